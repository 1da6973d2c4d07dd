namespace RoboMirror.Ros.Dds.Native;

/// <summary>Listeners: data-available (it only signals) and subscription-matched (it notes the writer's GUID).</summary>
internal sealed unsafe partial class DdscApi
{
    /// <summary>dds_listener_t *dds_create_listener(void *arg)</summary>
    public delegate* unmanaged<IntPtr, IntPtr> dds_create_listener;

    /// <summary>void dds_delete_listener(dds_listener_t *)</summary>
    public delegate* unmanaged<IntPtr, void> dds_delete_listener;

    /// <summary>void dds_lset_data_available(dds_listener_t *, void (*callback)(dds_entity_t reader, void *arg))</summary>
    public delegate* unmanaged<IntPtr, delegate* unmanaged<int, IntPtr, void>, void> dds_lset_data_available;

    /// <summary>void dds_lset_subscription_matched(dds_listener_t *, void (*callback)(dds_entity_t reader, const dds_subscription_matched_status_t status, void *arg))</summary>
    public delegate* unmanaged<IntPtr, delegate* unmanaged<int, DdsMatchedStatus, IntPtr, void>, void> dds_lset_subscription_matched;

    private void BindListeners()
    {
        dds_lset_subscription_matched = (delegate* unmanaged<IntPtr, delegate* unmanaged<int, DdsMatchedStatus, IntPtr, void>, void>)Symbol("dds_lset_subscription_matched");
        dds_create_listener = (delegate* unmanaged<IntPtr, IntPtr>)Symbol("dds_create_listener");
        dds_delete_listener = (delegate* unmanaged<IntPtr, void>)Symbol("dds_delete_listener");
        dds_lset_data_available = (delegate* unmanaged<IntPtr, delegate* unmanaged<int, IntPtr, void>, void>)Symbol("dds_lset_data_available");
    }
}
