/* RoboMirror's C interop peer: an ordinary Cyclone DDS program with idlc-generated ROS 2 types.
 *
 *   c_peer echo <domain> <type> <in_topic> <out_topic> <count> <timeout_s>
 *       Takes <count> samples of <type> (String or JointState) from <in_topic>, prints each one decoded,
 *       and writes a transformed copy to <out_topic>: String data gets the prefix "c:"; JointState gets
 *       frame_id prefixed with "c:" and every position doubled. Exits 0 when done, 2 on timeout.
 *   c_peer pong <domain> <timeout_s>              answers every String on rt/bench_ping on rt/bench_pong
 *   c_peer ping <domain> <count> <timeout_s>      <count> round trips; prints median and p90 in µs
 *
 * Topics are DDS names (rt/...). Reliable, volatile, keep-last 10: ROS 2's default QoS.
 * CYCLONEDDS_URI selects the configuration (the tests pin it to loopback). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "dds/dds.h"
#include "ros_types.h"

#define CHECK(x, what) do { if ((x) < 0) { fprintf(stderr, "c_peer: %s failed: %s\n", what, dds_strretcode(x)); exit(1); } } while (0)

static dds_qos_t *ros_default_qos(void)
{
  dds_qos_t *qos = dds_create_qos();
  dds_qset_reliability(qos, DDS_RELIABILITY_RELIABLE, DDS_INFINITY);
  dds_qset_durability(qos, DDS_DURABILITY_VOLATILE);
  dds_qset_history(qos, DDS_HISTORY_KEEP_LAST, 10);
  return qos;
}

static dds_entity_t make_topic(dds_entity_t pp, const dds_topic_descriptor_t *desc, const char *name)
{
  dds_entity_t t = dds_create_topic(pp, desc, name, NULL, NULL);
  CHECK(t, "dds_create_topic");
  return t;
}

/* Waits until the reader has data or the deadline passes; returns false on timeout. */
static bool wait_data(dds_entity_t ws, dds_time_t deadline)
{
  dds_attach_t triggered;
  dds_return_t n = dds_waitset_wait_until(ws, &triggered, 1, deadline);
  CHECK(n, "dds_waitset_wait_until");
  return n > 0;
}

static bool wait_matched(dds_entity_t rd, dds_entity_t wr, dds_time_t deadline)
{
  dds_publication_matched_status_t pm = { 0 };
  dds_subscription_matched_status_t sm = { 0 };
  while (dds_time() < deadline)
  {
    CHECK(dds_get_publication_matched_status(wr, &pm), "dds_get_publication_matched_status");
    CHECK(dds_get_subscription_matched_status(rd, &sm), "dds_get_subscription_matched_status");
    if (pm.current_count > 0 && sm.current_count > 0)
      return true;
    dds_sleepfor(DDS_MSECS(10));
  }
  return false;
}

static char *prefixed(const char *prefix, const char *s)
{
  size_t n = strlen(prefix) + strlen(s) + 1;
  char *r = dds_alloc(n);
  snprintf(r, n, "%s%s", prefix, s);
  return r;
}

static int echo(dds_entity_t pp, const char *type, const char *in_topic, const char *out_topic, int count, int timeout_s)
{
  bool is_string = strcmp(type, "String") == 0;
  const dds_topic_descriptor_t *desc = is_string ? &std_msgs_msg_dds__String__desc : &sensor_msgs_msg_dds__JointState__desc;
  dds_qos_t *qos = ros_default_qos();
  dds_entity_t rd = dds_create_reader(pp, make_topic(pp, desc, in_topic), qos, NULL);
  CHECK(rd, "dds_create_reader");
  dds_entity_t wr = dds_create_writer(pp, make_topic(pp, desc, out_topic), qos, NULL);
  CHECK(wr, "dds_create_writer");
  dds_delete_qos(qos);
  dds_entity_t ws = dds_create_waitset(pp);
  dds_entity_t rc = dds_create_readcondition(rd, DDS_ANY_STATE);
  CHECK(dds_waitset_attach(ws, rc, 0), "dds_waitset_attach");
  dds_time_t deadline = dds_time() + DDS_SECS(timeout_s);
  /* Volatile samples written before the other side's reader matched would be lost: wait for both matches. */
  if (!wait_matched(rd, wr, deadline))
  {
    fprintf(stderr, "c_peer: the other side did not match within %d s\n", timeout_s);
    return 2;
  }
  printf("ready\n");
  fflush(stdout);

  int done = 0;
  while (done < count)
  {
    if (!wait_data(ws, deadline))
    {
      fprintf(stderr, "c_peer: timed out after %d of %d samples\n", done, count);
      return 2;
    }
    void *samples[1] = { NULL };
    dds_sample_info_t info;
    dds_return_t n;
    while ((n = dds_take(rd, samples, &info, 1, 1)) > 0)
    {
      if (info.valid_data)
      {
        if (is_string)
        {
          const std_msgs_msg_dds__String_ *in = samples[0];
          printf("received String data='%s'\n", in->data);
          std_msgs_msg_dds__String_ out = { .data = prefixed("c:", in->data) };
          CHECK(dds_write(wr, &out), "dds_write");
          dds_free(out.data);
        }
        else
        {
          const sensor_msgs_msg_dds__JointState_ *in = samples[0];
          printf("received JointState frame_id='%s' stamp=%d.%09u names=%u", in->header.frame_id, in->header.stamp.sec, in->header.stamp.nanosec, in->name._length);
          for (uint32_t i = 0; i < in->name._length; i++)
            printf(" %s=%g", in->name._buffer[i], i < in->position._length ? in->position._buffer[i] : 0.0);
          printf("\n");
          sensor_msgs_msg_dds__JointState_ out = *in;
          out.header.frame_id = prefixed("c:", in->header.frame_id);
          double *pos = dds_alloc(sizeof(double) * (in->position._length + 1));
          for (uint32_t i = 0; i < in->position._length; i++)
            pos[i] = 2.0 * in->position._buffer[i];
          out.position._buffer = pos;
          CHECK(dds_write(wr, &out), "dds_write");
          dds_free(out.header.frame_id);
          dds_free(pos);
        }
        done++;
      }
      dds_return_loan(rd, samples, n);
      samples[0] = NULL;
    }
    fflush(stdout);
  }
  /* Let reliable delivery of the last reply finish before the writer goes away. */
  dds_sleepfor(DDS_MSECS(200));
  return 0;
}

static int cmp_double(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static int pingpong(dds_entity_t pp, bool is_ping, int count, int timeout_s)
{
  const dds_topic_descriptor_t *desc = &std_msgs_msg_dds__String__desc;
  dds_qos_t *qos = ros_default_qos();
  dds_entity_t rd = dds_create_reader(pp, make_topic(pp, desc, is_ping ? "rt/bench_pong" : "rt/bench_ping"), qos, NULL);
  dds_entity_t wr = dds_create_writer(pp, make_topic(pp, desc, is_ping ? "rt/bench_ping" : "rt/bench_pong"), qos, NULL);
  CHECK(rd, "dds_create_reader");
  CHECK(wr, "dds_create_writer");
  dds_delete_qos(qos);
  dds_entity_t ws = dds_create_waitset(pp);
  CHECK(dds_waitset_attach(ws, dds_create_readcondition(rd, DDS_ANY_STATE), 0), "dds_waitset_attach");
  dds_time_t deadline = dds_time() + DDS_SECS(timeout_s);
  printf("ready\n");
  fflush(stdout);
  if (is_ping)
  {
    dds_publication_matched_status_t pm;
    do { dds_sleepfor(DDS_MSECS(10)); dds_get_publication_matched_status(wr, &pm); } while (pm.current_count == 0 && dds_time() < deadline);
    dds_subscription_matched_status_t sm;
    do { dds_sleepfor(DDS_MSECS(10)); dds_get_subscription_matched_status(rd, &sm); } while (sm.current_count == 0 && dds_time() < deadline);
    dds_sleepfor(DDS_MSECS(200));
  }
  double *rtt = calloc((size_t)count + 1, sizeof(double));
  int warmup = is_ping ? count / 10 : 0;
  for (int i = 0; is_ping ? i < count + warmup : 1; i++)
  {
    std_msgs_msg_dds__String_ msg = { .data = "ping" };
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (is_ping)
      CHECK(dds_write(wr, &msg), "dds_write");
    bool got = false;
    while (!got)
    {
      if (!wait_data(ws, deadline))
        return is_ping ? 2 : 0;
      void *samples[1] = { NULL };
      dds_sample_info_t info;
      dds_return_t n = dds_take(rd, samples, &info, 1, 1);
      if (n > 0)
      {
        got = info.valid_data;
        if (got && !is_ping)
          CHECK(dds_write(wr, samples[0]), "dds_write");
        dds_return_loan(rd, samples, n);
      }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (is_ping && i >= warmup)
      rtt[i - warmup] = (double)(t1.tv_sec - t0.tv_sec) * 1e6 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e3;
  }
  qsort(rtt, (size_t)count, sizeof(double), cmp_double);
  printf("round trips %d median_us %.1f p90_us %.1f p99_us %.1f\n", count, rtt[count / 2], rtt[count * 9 / 10], rtt[count * 99 / 100]);
  free(rtt);
  return 0;
}

int main(int argc, char **argv)
{
  if (argc < 4)
  {
    fprintf(stderr, "usage: c_peer echo <domain> <String|JointState> <in_topic> <out_topic> <count> <timeout_s>\n"
                    "       c_peer pong <domain> <timeout_s>\n"
                    "       c_peer ping <domain> <count> <timeout_s>\n");
    return 64;
  }
  dds_entity_t pp = dds_create_participant((dds_domainid_t)atoi(argv[2]), NULL, NULL);
  CHECK(pp, "dds_create_participant");
  int rc;
  if (strcmp(argv[1], "echo") == 0 && argc == 8)
    rc = echo(pp, argv[3], argv[4], argv[5], atoi(argv[6]), atoi(argv[7]));
  else if (strcmp(argv[1], "pong") == 0)
    rc = pingpong(pp, false, 0, atoi(argv[3]));
  else if (strcmp(argv[1], "ping") == 0 && argc == 5)
    rc = pingpong(pp, true, atoi(argv[3]), atoi(argv[4]));
  else
  {
    fprintf(stderr, "c_peer: unknown mode or wrong arguments: %s\n", argv[1]);
    rc = 64;
  }
  dds_delete(pp);
  return rc;
}
