/* Prints the sizes and offsets of the Cyclone DDS structures that RoboMirror's binding lays out by hand
 * (ros_nodes/RoboMirror.Ros/Dds/Native). The header marks them unstable across versions; the test
 * LayoutProbe_InstalledHeaders_MatchTheBinding compares this output with the binding's constants. */
#include <stddef.h>
#include <stdio.h>
#include "dds/dds.h"
#include "dds/ddsi/ddsi_serdata.h"
#include "dds/ddsi/ddsi_sertype.h"
#include "dds/ddsi/q_radmin.h"

#define SHOW(name, value) printf("%s=%zu\n", name, (size_t)(value))

int main(void)
{
  SHOW("serdata.size", sizeof(struct ddsi_serdata));
  SHOW("serdata.refc", offsetof(struct ddsi_serdata, refc));
  SHOW("serdata.kind", offsetof(struct ddsi_serdata, kind));
  SHOW("serdata.type", offsetof(struct ddsi_serdata, type));
  SHOW("sertype.size", sizeof(struct ddsi_sertype));
  SHOW("sertype_ops.count", sizeof(struct ddsi_sertype_ops) / sizeof(void *));
  SHOW("serdata_ops.count", sizeof(struct ddsi_serdata_ops) / sizeof(void *));
  SHOW("rmsg.size", sizeof(struct nn_rmsg));
  SHOW("rdata.nextfrag", offsetof(struct nn_rdata, nextfrag));
  SHOW("rdata.min", offsetof(struct nn_rdata, min));
  SHOW("rdata.maxp1", offsetof(struct nn_rdata, maxp1));
  SHOW("rdata.payload_zoff", offsetof(struct nn_rdata, payload_zoff));
  SHOW("sample_info.size", sizeof(dds_sample_info_t));
  SHOW("sample_info.valid_data", offsetof(dds_sample_info_t, valid_data));
  SHOW("sample_info.source_timestamp", offsetof(dds_sample_info_t, source_timestamp));
  SHOW("sample_info.instance_handle", offsetof(dds_sample_info_t, instance_handle));
  SHOW("sample_info.publication_handle", offsetof(dds_sample_info_t, publication_handle));
  SHOW("endpoint.size", sizeof(dds_builtintopic_endpoint_t));
  SHOW("endpoint.topic_name", offsetof(dds_builtintopic_endpoint_t, topic_name));
  SHOW("endpoint.type_name", offsetof(dds_builtintopic_endpoint_t, type_name));
  SHOW("endpoint.qos", offsetof(dds_builtintopic_endpoint_t, qos));
  SHOW("participant.qos", offsetof(dds_builtintopic_participant_t, qos));
  return 0;
}
