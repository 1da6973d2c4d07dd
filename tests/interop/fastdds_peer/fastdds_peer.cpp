// RoboMirror's Fast DDS interop peer: an ordinary Fast DDS 2.9 program (ROS 2's default middleware)
// with fastddsgen-generated ROS 2 types.
//
//   fastdds_peer echo <domain> <String|JointState> <in_topic> <out_topic> <count> <timeout_s>
//
// Takes <count> samples from <in_topic>, prints each one decoded, and writes a transformed copy to
// <out_topic>: String data gets the prefix "fastdds:"; JointState gets frame_id prefixed with
// "fastdds:" and every position doubled. Exits 0 when done, 2 on timeout. Topics are DDS names (rt/...).
// Reliable, volatile, keep-last 10 (ROS 2's default QoS). The participant profile comes from the XML
// file named by FASTRTPS_DEFAULT_PROFILES_FILE (the tests pin it to loopback).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include <fastdds/dds/domain/DomainParticipant.hpp>
#include <fastdds/dds/domain/DomainParticipantFactory.hpp>
#include <fastdds/dds/publisher/DataWriter.hpp>
#include <fastdds/dds/publisher/Publisher.hpp>
#include <fastdds/dds/subscriber/DataReader.hpp>
#include <fastdds/dds/subscriber/SampleInfo.hpp>
#include <fastdds/dds/subscriber/Subscriber.hpp>
#include <fastdds/dds/topic/TypeSupport.hpp>

#include "ros_typesPubSubTypes.h"

using namespace eprosima::fastdds::dds;
using StringMsg = std_msgs::msg::dds_::String_;
using JointStateMsg = sensor_msgs::msg::dds_::JointState_;

namespace {

[[noreturn]] void fail(const char* what)
{
  std::fprintf(stderr, "fastdds_peer: %s failed\n", what);
  std::exit(1);
}

template <typename T>
T* check(T* p, const char* what)
{
  if (p == nullptr) fail(what);
  return p;
}

void apply_ros_default_qos(DataWriterQos& q)
{
  q.reliability().kind = RELIABLE_RELIABILITY_QOS;
  q.durability().kind = VOLATILE_DURABILITY_QOS;
  q.history().kind = KEEP_LAST_HISTORY_QOS;
  q.history().depth = 10;
}

void apply_ros_default_qos(DataReaderQos& q)
{
  q.reliability().kind = RELIABLE_RELIABILITY_QOS;
  q.durability().kind = VOLATILE_DURABILITY_QOS;
  q.history().kind = KEEP_LAST_HISTORY_QOS;
  q.history().depth = 10;
}

void transform(StringMsg& msg)
{
  std::printf("received String data='%s'\n", msg.data().c_str());
  msg.data() = "fastdds:" + msg.data();
}

void transform(JointStateMsg& msg)
{
  std::printf("received JointState frame_id='%s' stamp=%d.%09u names=%zu", msg.header().frame_id().c_str(),
      msg.header().stamp().sec(), msg.header().stamp().nanosec(), msg.name().size());
  for (size_t i = 0; i < msg.name().size(); i++)
    std::printf(" %s=%g", msg.name()[i].c_str(), i < msg.position().size() ? msg.position()[i] : 0.0);
  std::printf("\n");
  msg.header().frame_id() = "fastdds:" + msg.header().frame_id();
  for (double& p : msg.position()) p *= 2.0;
}

template <typename Msg, typename PubSubType>
int echo(DomainParticipant* participant, const char* in_topic, const char* out_topic, int count, int timeout_s)
{
  TypeSupport type(new PubSubType());
  if (type.register_type(participant) != ReturnCode_t::RETCODE_OK) fail("register_type");
  Topic* in = check(participant->create_topic(in_topic, type.get_type_name(), TOPIC_QOS_DEFAULT), "create_topic(in)");
  Topic* out = check(participant->create_topic(out_topic, type.get_type_name(), TOPIC_QOS_DEFAULT), "create_topic(out)");
  Subscriber* subscriber = check(participant->create_subscriber(SUBSCRIBER_QOS_DEFAULT), "create_subscriber");
  Publisher* publisher = check(participant->create_publisher(PUBLISHER_QOS_DEFAULT), "create_publisher");
  DataReaderQos rq = DATAREADER_QOS_DEFAULT;
  apply_ros_default_qos(rq);
  DataWriterQos wq = DATAWRITER_QOS_DEFAULT;
  apply_ros_default_qos(wq);
  DataReader* reader = check(subscriber->create_datareader(in, rq), "create_datareader");
  DataWriter* writer = check(publisher->create_datawriter(out, wq), "create_datawriter");
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_s);

  // Volatile samples written before the other side's reader matched would be lost: wait for both matches.
  PublicationMatchedStatus pm;
  SubscriptionMatchedStatus sm;
  while (writer->get_publication_matched_status(pm) == ReturnCode_t::RETCODE_OK && reader->get_subscription_matched_status(sm) == ReturnCode_t::RETCODE_OK
      && (pm.current_count == 0 || sm.current_count == 0))
  {
    if (std::chrono::steady_clock::now() > deadline)
    {
      std::fprintf(stderr, "fastdds_peer: the other side did not match within %d s\n", timeout_s);
      return 2;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  std::printf("ready\n");
  std::fflush(stdout);

  int done = 0;
  while (done < count)
  {
    auto left = std::chrono::duration_cast<std::chrono::nanoseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0)
    {
      std::fprintf(stderr, "fastdds_peer: timed out after %d of %d samples\n", done, count);
      return 2;
    }
    if (!reader->wait_for_unread_message(eprosima::fastrtps::Duration_t(0, static_cast<uint32_t>(std::min<int64_t>(left.count(), 100000000)))))
      continue;
    Msg msg;
    SampleInfo info;
    while (reader->take_next_sample(&msg, &info) == ReturnCode_t::RETCODE_OK)
    {
      if (!info.valid_data) continue;
      transform(msg);
      if (!writer->write(&msg)) fail("write");
      done++;
    }
    std::fflush(stdout);
  }
  // Let reliable delivery of the last reply finish before the writer goes away.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  return 0;
}

}  // namespace

int main(int argc, char** argv)
{
  if (argc != 8 || std::strcmp(argv[1], "echo") != 0)
  {
    std::fprintf(stderr, "usage: fastdds_peer echo <domain> <String|JointState> <in_topic> <out_topic> <count> <timeout_s>\n");
    return 64;
  }
  auto factory = DomainParticipantFactory::get_instance();
  DomainParticipant* participant = check(factory->create_participant(std::atoi(argv[2]), PARTICIPANT_QOS_DEFAULT), "create_participant");
  int count = std::atoi(argv[6]);
  int timeout = std::atoi(argv[7]);
  int rc = std::strcmp(argv[3], "String") == 0
      ? echo<StringMsg, std_msgs::msg::dds_::String_PubSubType>(participant, argv[4], argv[5], count, timeout)
      : echo<JointStateMsg, sensor_msgs::msg::dds_::JointState_PubSubType>(participant, argv[4], argv[5], count, timeout);
  participant->delete_contained_entities();
  factory->delete_participant(participant);
  return rc;
}
