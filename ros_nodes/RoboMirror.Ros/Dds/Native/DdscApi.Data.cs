namespace RoboMirror.Ros.Dds.Native;

/// <summary>Writing and taking samples: serialized (serdata) for user topics, loaned for built-in topics.</summary>
internal sealed unsafe partial class DdscApi
{
    /// <summary>dds_return_t dds_writecdr(dds_entity_t writer, struct ddsi_serdata *serdata); consumes the reference.</summary>
    public delegate* unmanaged<int, IntPtr, int> dds_writecdr;

    /// <summary>dds_return_t dds_takecdr(dds_entity_t reader, struct ddsi_serdata **buf, uint32_t maxs, dds_sample_info_t *si, uint32_t mask)</summary>
    public delegate* unmanaged<int, IntPtr*, uint, DdsSampleInfo*, uint, int> dds_takecdr;

    /// <summary>dds_return_t dds_take(dds_entity_t reader, void **buf, dds_sample_info_t *si, size_t bufsz, uint32_t maxs)</summary>
    public delegate* unmanaged<int, IntPtr*, DdsSampleInfo*, nuint, uint, int> dds_take;

    /// <summary>dds_return_t dds_return_loan(dds_entity_t entity, void **buf, int32_t bufsz)</summary>
    public delegate* unmanaged<int, IntPtr*, int, int> dds_return_loan;

    /// <summary>dds_builtintopic_endpoint_t *dds_get_matched_publication_data(dds_entity_t reader, dds_instance_handle_t ih)</summary>
    public delegate* unmanaged<int, ulong, DdsBuiltinEndpoint*> dds_get_matched_publication_data;

    /// <summary>void dds_builtintopic_free_endpoint(dds_builtintopic_endpoint_t *)</summary>
    public delegate* unmanaged<DdsBuiltinEndpoint*, void> dds_builtintopic_free_endpoint;

    private void BindData()
    {
        dds_writecdr = (delegate* unmanaged<int, IntPtr, int>)Symbol("dds_writecdr");
        dds_takecdr = (delegate* unmanaged<int, IntPtr*, uint, DdsSampleInfo*, uint, int>)Symbol("dds_takecdr");
        dds_take = (delegate* unmanaged<int, IntPtr*, DdsSampleInfo*, nuint, uint, int>)Symbol("dds_take");
        dds_return_loan = (delegate* unmanaged<int, IntPtr*, int, int>)Symbol("dds_return_loan");
        dds_get_matched_publication_data = (delegate* unmanaged<int, ulong, DdsBuiltinEndpoint*>)Symbol("dds_get_matched_publication_data");
        dds_builtintopic_free_endpoint = (delegate* unmanaged<DdsBuiltinEndpoint*, void>)Symbol("dds_builtintopic_free_endpoint");
    }
}
