package sanitize

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"testing"
)

// pbString is a length-delimited field.
func pbString(num int, v []byte) []byte {
	b := binary.AppendUvarint(nil, uint64(num)<<3|2)
	b = binary.AppendUvarint(b, uint64(len(v)))
	return append(b, v...)
}

// grpcFrame is a gRPC-Web data frame.
func grpcFrame(flag byte, msg []byte) []byte {
	return append(binary.BigEndian.AppendUint32([]byte{flag}, uint32(len(msg))), msg...)
}

// TestProtobufPairs: a string field that names a secret makes the next
// field of its message the secret, in gRPC-Web text bodies and binary
// websocket frames, nested or not; the output still parses, with its
// lengths rewritten.
func TestProtobufPairs(t *testing.T) {
	const pw = "Harbour42!lagoon"
	name := []byte("PG_REPLICATION_PASSWORD")
	create := append(pbString(1, name), pbString(2, []byte(pw))...)
	widget := append(pbString(1, []byte("$$ID-5f2c9a1e0b7d4c3a8e6f1b2d9c0a7e5f-warehouse_password")), pbString(6, []byte(pw+"x"))...)
	other := append(pbString(1, []byte("$$ID-0a1b2c3d4e5f60718293a4b5c6d7e8f9-region")), pbString(6, []byte("eu-west-1"))...)
	state := pbString(11, append(pbString(1, []byte("tab=etl")), pbString(2, append(pbString(1, widget), pbString(1, other)...))...))
	trailers := []byte("grpc-status:0\r\n")
	for _, tc := range []struct {
		name, mime string
		body       []byte
		ws         bool
	}{
		{"grpc-web-text", "application/grpc-web-text", append(grpcFrame(0, create), grpcFrame(0x80, trailers)...), false},
		{"grpc-web+proto base64", "application/grpc-web+proto", append(grpcFrame(0, create), grpcFrame(0x80, trailers)...), false},
		{"websocket binary frame", "", state, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := base64.StdEncoding.EncodeToString(tc.body)
			content := map[string]any{"mimeType": tc.mime, "text": text}
			if tc.mime != "application/grpc-web-text" {
				content["encoding"] = "base64"
			}
			entry := map[string]any{"request": map[string]any{"method": "POST", "url": "https://a.example/svc", "headers": []any{}, "cookies": []any{}},
				"response": map[string]any{"status": 200, "headers": []any{}, "cookies": []any{}, "content": content}}
			if tc.ws {
				entry["response"] = map[string]any{"status": 101, "headers": []any{}, "cookies": []any{}, "content": map[string]any{"mimeType": "", "text": ""}}
				entry["_webSocketMessages"] = []any{map[string]any{"type": "send", "time": 1, "opcode": 2, "data": text}}
			}
			raw, _ := json.Marshal(entry)
			out, _ := sanitizeBytes(t, harOf([]json.RawMessage{raw}))
			var h struct {
				Log struct {
					Entries []struct {
						Response struct{ Content struct{ Text string } }
						WS       []struct{ Data string } `json:"_webSocketMessages"`
					}
				}
			}
			if err := json.Unmarshal(out, &h); err != nil {
				t.Fatal(err)
			}
			got := h.Log.Entries[0].Response.Content.Text
			if tc.ws {
				got = h.Log.Entries[0].WS[0].Data
			}
			dec, err := base64.StdEncoding.DecodeString(got)
			if err != nil {
				t.Fatalf("output not base64: %v", err)
			}
			if bytes.Contains(dec, []byte(pw)) {
				t.Errorf("the password is kept: %q", dec)
			}
			for _, keep := range [][]byte{name, []byte("eu-west-1"), []byte("tab=etl")} {
				if bytes.Contains(tc.body, keep) && !bytes.Contains(dec, keep) {
					t.Errorf("%s lost: %q", keep, dec)
				}
			}
			msg := dec
			if !tc.ws {
				for i := 0; i < len(dec); {
					if i+5 > len(dec) || i+5+int(binary.BigEndian.Uint32(dec[i+1:i+5])) > len(dec) {
						t.Fatalf("output frames do not parse: %q", dec)
					}
					i += 5 + int(binary.BigEndian.Uint32(dec[i+1:i+5]))
				}
				n := int(binary.BigEndian.Uint32(dec[1:5]))
				msg = dec[5 : 5+n]
			}
			if _, ok := protoParse(msg, 0, len(msg), maxProtoDepth); !ok {
				t.Errorf("output message does not parse: %q", msg)
			}
		})
	}
}

// FuzzProtoRebuild: a message rebuilt with any of its leaf payloads
// replaced (longer or shorter) parses again, with the same fields in the
// same order, and holds the replacements.
func FuzzProtoRebuild(f *testing.F) {
	f.Add(append(pbString(1, []byte("PG_REPLICATION_PASSWORD")), pbString(2, []byte("Harbour42!lagoon"))...))
	f.Add(pbString(11, append(pbString(1, []byte("tab")), pbString(2, pbString(1, append(pbString(1, []byte("id")), 0x30, 0x05)))...)))
	f.Add([]byte{0x08, 0x96, 0x01, 0x12, 0x02, 'h', 'i', 0x1d, 1, 2, 3, 4})
	f.Fuzz(func(t *testing.T, b []byte) {
		fields, ok := protoParse(b, 0, len(b), maxProtoDepth)
		if !ok {
			return
		}
		var list []edit
		var leaves func(fs []protoField)
		leaves = func(fs []protoField) {
			for _, fd := range fs {
				switch {
				case fd.wire == 2 && fd.nested:
					leaves(fd.children)
				case fd.wire == 2 && fd.pe > fd.ps && (fd.pe-fd.ps)%2 == 0:
					list = append(list, edit{start: fd.ps, end: fd.pe, repl: []byte("safehar-secret-0123456789abcdef")})
				}
			}
		}
		leaves(fields)
		out, ok := protoRebuild(b, 0, len(b), fields, list)
		if !ok {
			t.Fatalf("rebuild refused edits that are all inside payloads: %x", b)
		}
		again, ok := protoParse(out, 0, len(out), maxProtoDepth)
		if !ok {
			t.Fatalf("rebuilt message does not parse: %x -> %x", b, out)
		}
		if len(again) != len(fields) {
			t.Fatalf("rebuilt message has %d fields, want %d", len(again), len(fields))
		}
		for i := range fields {
			if again[i].num != fields[i].num || again[i].wire != fields[i].wire {
				t.Fatalf("field %d: %d/%d, want %d/%d", i, again[i].num, again[i].wire, fields[i].num, fields[i].wire)
			}
		}
		if got := bytes.Count(out, []byte("safehar-secret-0123456789abcdef")); got < len(list) {
			t.Fatalf("%d replacements in the output, want %d", got, len(list))
		}
	})
}
