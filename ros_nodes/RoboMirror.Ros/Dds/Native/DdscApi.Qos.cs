namespace RoboMirror.Ros.Dds.Native;

/// <summary>QoS objects: create, delete, set and get the policies ROS 2 uses.</summary>
internal sealed unsafe partial class DdscApi
{
    public delegate* unmanaged<IntPtr> dds_create_qos;
    public delegate* unmanaged<IntPtr, void> dds_delete_qos;

    /// <summary>void dds_qset_reliability(dds_qos_t *, dds_reliability_kind_t, dds_duration_t max_blocking_time)</summary>
    public delegate* unmanaged<IntPtr, int, long, void> dds_qset_reliability;
    public delegate* unmanaged<IntPtr, int, void> dds_qset_durability;

    /// <summary>void dds_qset_history(dds_qos_t *, dds_history_kind_t, int32_t depth)</summary>
    public delegate* unmanaged<IntPtr, int, int, void> dds_qset_history;
    public delegate* unmanaged<IntPtr, long, void> dds_qset_deadline;
    public delegate* unmanaged<IntPtr, long, void> dds_qset_lifespan;

    /// <summary>void dds_qset_liveliness(dds_qos_t *, dds_liveliness_kind_t, dds_duration_t lease_duration)</summary>
    public delegate* unmanaged<IntPtr, int, long, void> dds_qset_liveliness;

    /// <summary>void dds_qset_userdata(dds_qos_t *, const void *value, size_t sz)</summary>
    public delegate* unmanaged<IntPtr, void*, nuint, void> dds_qset_userdata;

    /// <summary>void dds_qset_data_representation(dds_qos_t *, uint32_t n, const dds_data_representation_id_t *values)</summary>
    public delegate* unmanaged<IntPtr, uint, short*, void> dds_qset_data_representation;

    /// <summary>void dds_qset_writer_data_lifecycle(dds_qos_t *, bool autodispose)</summary>
    public delegate* unmanaged<IntPtr, byte, void> dds_qset_writer_data_lifecycle;

    public delegate* unmanaged<IntPtr, int*, long*, byte> dds_qget_reliability;
    public delegate* unmanaged<IntPtr, int*, byte> dds_qget_durability;
    public delegate* unmanaged<IntPtr, int*, int*, byte> dds_qget_history;
    public delegate* unmanaged<IntPtr, long*, byte> dds_qget_deadline;
    public delegate* unmanaged<IntPtr, long*, byte> dds_qget_lifespan;
    public delegate* unmanaged<IntPtr, int*, long*, byte> dds_qget_liveliness;

    /// <summary>bool dds_qget_userdata(const dds_qos_t *, void **value, size_t *sz); the copy is freed with dds_free.</summary>
    public delegate* unmanaged<IntPtr, void**, nuint*, byte> dds_qget_userdata;

    /// <summary>void dds_free(void *)</summary>
    public delegate* unmanaged<void*, void> dds_free;

    private void BindQos()
    {
        dds_create_qos = (delegate* unmanaged<IntPtr>)Symbol("dds_create_qos");
        dds_delete_qos = (delegate* unmanaged<IntPtr, void>)Symbol("dds_delete_qos");
        dds_qset_reliability = (delegate* unmanaged<IntPtr, int, long, void>)Symbol("dds_qset_reliability");
        dds_qset_durability = (delegate* unmanaged<IntPtr, int, void>)Symbol("dds_qset_durability");
        dds_qset_history = (delegate* unmanaged<IntPtr, int, int, void>)Symbol("dds_qset_history");
        dds_qset_deadline = (delegate* unmanaged<IntPtr, long, void>)Symbol("dds_qset_deadline");
        dds_qset_lifespan = (delegate* unmanaged<IntPtr, long, void>)Symbol("dds_qset_lifespan");
        dds_qset_liveliness = (delegate* unmanaged<IntPtr, int, long, void>)Symbol("dds_qset_liveliness");
        dds_qset_userdata = (delegate* unmanaged<IntPtr, void*, nuint, void>)Symbol("dds_qset_userdata");
        dds_qset_data_representation = (delegate* unmanaged<IntPtr, uint, short*, void>)Symbol("dds_qset_data_representation");
        dds_qset_writer_data_lifecycle = (delegate* unmanaged<IntPtr, byte, void>)Symbol("dds_qset_writer_data_lifecycle");
        dds_qget_reliability = (delegate* unmanaged<IntPtr, int*, long*, byte>)Symbol("dds_qget_reliability");
        dds_qget_durability = (delegate* unmanaged<IntPtr, int*, byte>)Symbol("dds_qget_durability");
        dds_qget_history = (delegate* unmanaged<IntPtr, int*, int*, byte>)Symbol("dds_qget_history");
        dds_qget_deadline = (delegate* unmanaged<IntPtr, long*, byte>)Symbol("dds_qget_deadline");
        dds_qget_lifespan = (delegate* unmanaged<IntPtr, long*, byte>)Symbol("dds_qget_lifespan");
        dds_qget_liveliness = (delegate* unmanaged<IntPtr, int*, long*, byte>)Symbol("dds_qget_liveliness");
        dds_qget_userdata = (delegate* unmanaged<IntPtr, void**, nuint*, byte>)Symbol("dds_qget_userdata");
        dds_free = (delegate* unmanaged<void*, void>)Symbol("dds_free");
    }
}
