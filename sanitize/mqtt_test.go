package sanitize

import (
	"bytes"
	"encoding/binary"
	"testing"
)

// mqttField is a length-prefixed MQTT string.
func mqttField(s string) []byte {
	b := binary.BigEndian.AppendUint16(nil, uint16(len(s)))
	return append(b, s...)
}

// mqttPacket builds a CONNECT packet (level 4 or 5) with the fields given.
func mqttPacket(level byte, will bool, user, pass string) []byte {
	var vh []byte
	vh = append(vh, mqttField("MQTT")...)
	flags := byte(0x02)
	if will {
		flags |= 0x04
	}
	if user != "" {
		flags |= 0x80
	}
	if pass != "" {
		flags |= 0x40
	}
	vh = append(vh, level, flags, 0, 60)
	if level == 5 {
		vh = append(vh, 0) // no properties
	}
	vh = append(vh, mqttField("dash-42")...)
	if will {
		if level == 5 {
			vh = append(vh, 0)
		}
		vh = append(vh, mqttField("status/dash-42")...)
		vh = append(vh, mqttField("offline")...)
	}
	if user != "" {
		vh = append(vh, mqttField(user)...)
	}
	if pass != "" {
		vh = append(vh, mqttField(pass)...)
	}
	return append(mqttAppendVarint([]byte{0x10}, len(vh)), vh...)
}

func TestMQTTConnect(t *testing.T) {
	const pass = "Kestrel!Mango!41-long-enough-to-need-two-length-bytes-" +
		"Kestrel!Mango!41-Kestrel!Mango!41-Kestrel!Mango!41-Kestrel!Mango!41-Kestrel!Mango!41"
	for _, tc := range []struct {
		name       string
		level      byte
		will       bool
		user, pass string
		redacted   bool
	}{
		{"3.1.1 user and password", 4, false, "ops", pass, true},
		{"5 with will", 5, true, "ops", "Otter^Lime^57", true},
		{"no password", 4, false, "ops", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := mqttPacket(tc.level, tc.will, tc.user, tc.pass)
			x := newTestRun(DefaultRules())
			var ed edits
			if !x.mqttConnect(in, &ed) {
				t.Fatal("not read as a CONNECT packet")
			}
			ed.normalize()
			out := apply(in, ed.list)
			if tc.redacted == bytes.Equal(out, in) {
				t.Fatalf("redacted %v, want %v", !bytes.Equal(out, in), tc.redacted)
			}
			if tc.pass != "" && bytes.Contains(out, []byte(tc.pass)) {
				t.Fatal("the password survived")
			}
			// The output is a CONNECT packet again, its lengths right.
			var ed2 edits
			if !x.mqttConnect(out, &ed2) {
				t.Fatalf("output is not a valid packet: %q", out)
			}
			if len(ed2.list) != 0 {
				t.Fatalf("not idempotent: %v", ed2.list)
			}
		})
	}
	if x := newTestRun(DefaultRules()); x.mqttConnect([]byte("\x10\x05hello world, not mqtt"), &edits{}) {
		t.Fatal("text read as a packet")
	}
}
