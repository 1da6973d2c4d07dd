namespace RoboMirror.Ros.Dds.Native;

/// <summary>The DDSI type and sample hooks a custom sertype needs (what rmw_cyclonedds uses too).</summary>
internal sealed unsafe partial class DdscApi
{
    /// <summary>void ddsi_sertype_init(struct ddsi_sertype *, const char *type_name, const struct ddsi_sertype_ops *, const struct ddsi_serdata_ops *, bool topickind_no_key)</summary>
    public delegate* unmanaged<IntPtr, byte*, IntPtr, IntPtr, byte, void> ddsi_sertype_init;

    /// <summary>void ddsi_sertype_fini(struct ddsi_sertype *)</summary>
    public IntPtr ddsi_sertype_fini;

    /// <summary>void ddsi_serdata_init(struct ddsi_serdata *, const struct ddsi_sertype *, enum ddsi_serdata_kind)</summary>
    public IntPtr ddsi_serdata_init;

    /// <summary>Address of ddsi_sertype_v0: the version marker a sertype's ops table must start with.</summary>
    public IntPtr ddsi_sertype_v0;

    private void BindSerdata()
    {
        ddsi_sertype_init = (delegate* unmanaged<IntPtr, byte*, IntPtr, IntPtr, byte, void>)Symbol("ddsi_sertype_init");
        ddsi_sertype_fini = Symbol("ddsi_sertype_fini");
        ddsi_serdata_init = Symbol("ddsi_serdata_init");
        ddsi_sertype_v0 = Symbol("ddsi_sertype_v0");
    }
}
