package sanitize

import "testing"

func TestHeaderLinesCarrier(t *testing.T) {
	runCarrierCases(t, []carrierCase{
		{
			name:    "vcard contact",
			mime:    "text/vcard",
			body:    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ingeborg Castellanos\r\nEMAIL;TYPE=home:ingeborg.c@fabrikam.example\r\nTEL;TYPE=cell,voice:+34 612 555 0199\r\nORG:Fabrikam\r\nEND:VCARD\r\n",
			secrets: []string{"Ingeborg Castellanos", "ingeborg.c@fabrikam.example", "612 555 0199"},
			decoys:  []string{"VERSION:4.0", "ORG:Fabrikam", "END:VCARD"},
		},
		{
			name:    "vcard sniffed without its type",
			mime:    "text/plain",
			body:    "BEGIN:VCARD\nVERSION:3.0\nN:Okafor;Chidinma;;;\nFN:Chidinma Okafor\nEND:VCARD\n",
			secrets: []string{"Chidinma Okafor"},
			decoys:  []string{"VERSION:3.0", "END:VCARD"},
		},
		{
			name:    "stomp connect frame",
			mime:    "",
			body:    "CONNECT\naccept-version:1.2,1.1\nhost:broker.example\nlogin:svc-orders\npasscode:Quokka!Ferry!52\nheart-beat:10000,10000\n\n\x00",
			secrets: []string{"Quokka!Ferry!52"},
			decoys:  []string{"accept-version:1.2,1.1", "host:broker.example", "heart-beat:10000,10000"},
		},
		{
			name:    "stomp send frame with a json body",
			mime:    "",
			body:    "SEND\ndestination:/queue/orders\ncontent-type:application/json\n\n{\"orderId\":\"A-1009\",\"apiToken\":\"PLANTstompBodyTok9\"}\x00",
			secrets: []string{"PLANTstompBodyTok9"},
			decoys:  []string{"destination:/queue/orders", "content-type:application/json", `"orderId":"A-1009"`},
		},
		{
			name:   "a text that starts with a command word is prose",
			mime:   "text/plain",
			body:   "CONNECT failed: see the log\nretry in 5s",
			decoys: []string{"CONNECT failed: see the log", "retry in 5s"},
		},
	})
}
