namespace RoboMirror.Ros.Dds.Native;

/// <summary>Domains, participants, topics, readers, writers, deletion, GUIDs and status.</summary>
internal sealed unsafe partial class DdscApi
{
    /// <summary>dds_entity_t dds_create_domain(dds_domainid_t domain, const char *config)</summary>
    public delegate* unmanaged<uint, byte*, int> dds_create_domain;

    /// <summary>dds_entity_t dds_create_participant(dds_domainid_t, const dds_qos_t *, const dds_listener_t *)</summary>
    public delegate* unmanaged<uint, IntPtr, IntPtr, int> dds_create_participant;

    /// <summary>dds_entity_t dds_create_topic_sertype(dds_entity_t participant, const char *name, struct ddsi_sertype **sertype, const dds_qos_t *, const dds_listener_t *, const struct ddsi_plist *)</summary>
    public delegate* unmanaged<int, byte*, IntPtr*, IntPtr, IntPtr, IntPtr, int> dds_create_topic_sertype;

    /// <summary>dds_entity_t dds_create_writer(dds_entity_t participant_or_publisher, dds_entity_t topic, const dds_qos_t *, const dds_listener_t *)</summary>
    public delegate* unmanaged<int, int, IntPtr, IntPtr, int> dds_create_writer;

    /// <summary>dds_entity_t dds_create_reader(dds_entity_t participant_or_subscriber, dds_entity_t topic, const dds_qos_t *, const dds_listener_t *)</summary>
    public delegate* unmanaged<int, int, IntPtr, IntPtr, int> dds_create_reader;

    /// <summary>dds_return_t dds_delete(dds_entity_t entity)</summary>
    public delegate* unmanaged<int, int> dds_delete;

    /// <summary>dds_return_t dds_get_guid(dds_entity_t entity, dds_guid_t *guid)</summary>
    public delegate* unmanaged<int, DdsGuid*, int> dds_get_guid;

    /// <summary>dds_return_t dds_get_publication_matched_status(dds_entity_t writer, dds_publication_matched_status_t *status)</summary>
    public delegate* unmanaged<int, DdsMatchedStatus*, int> dds_get_publication_matched_status;

    /// <summary>dds_return_t dds_get_subscription_matched_status(dds_entity_t reader, dds_subscription_matched_status_t *status)</summary>
    public delegate* unmanaged<int, DdsMatchedStatus*, int> dds_get_subscription_matched_status;

    /// <summary>const char *dds_strretcode(dds_return_t ret)</summary>
    public delegate* unmanaged<int, IntPtr> dds_strretcode;

    private void BindEntities()
    {
        dds_create_domain = (delegate* unmanaged<uint, byte*, int>)Symbol("dds_create_domain");
        dds_create_participant = (delegate* unmanaged<uint, IntPtr, IntPtr, int>)Symbol("dds_create_participant");
        dds_create_topic_sertype = (delegate* unmanaged<int, byte*, IntPtr*, IntPtr, IntPtr, IntPtr, int>)Symbol("dds_create_topic_sertype");
        dds_create_writer = (delegate* unmanaged<int, int, IntPtr, IntPtr, int>)Symbol("dds_create_writer");
        dds_create_reader = (delegate* unmanaged<int, int, IntPtr, IntPtr, int>)Symbol("dds_create_reader");
        dds_delete = (delegate* unmanaged<int, int>)Symbol("dds_delete");
        dds_get_guid = (delegate* unmanaged<int, DdsGuid*, int>)Symbol("dds_get_guid");
        dds_get_publication_matched_status = (delegate* unmanaged<int, DdsMatchedStatus*, int>)Symbol("dds_get_publication_matched_status");
        dds_get_subscription_matched_status = (delegate* unmanaged<int, DdsMatchedStatus*, int>)Symbol("dds_get_subscription_matched_status");
        dds_strretcode = (delegate* unmanaged<int, IntPtr>)Symbol("dds_strretcode");
    }
}
