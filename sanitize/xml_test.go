package sanitize

import (
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

// wellFormedXML checks that a sanitized XML body still parses.
func wellFormedXML(t *testing.T, body string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(body))
	for {
		if _, err := d.Token(); err == io.EOF {
			return
		} else if err != nil {
			t.Errorf("sanitized XML does not parse: %v\n%s", err, body)
			return
		}
	}
}

func TestXMLCarrier(t *testing.T) {
	jwt := testJWT(`{"iss":"https://idp.example.com","sub":"svc-7","exp":1893456000}`)
	cases := []carrierCase{
		{
			name: "soap ws-security usernametoken",
			mime: "text/xml; charset=utf-8",
			body: `<?xml version="1.0" encoding="utf-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1">
      <wsse:UsernameToken wsu:Id="UsernameToken-42">
        <wsse:Username>svc-billing</wsse:Username>
        <!-- the user name is personal data (word.personal-name) and is pseudonymised -->
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">PLANTwssePw-9&amp;x</wsse:Password>
        <wsse:Nonce EncodingType="#Base64Binary">bm9uY2UtdmFsdWUtMTIz</wsse:Nonce>
        <wsu:Created>2026-11-22T10:15:00Z</wsu:Created>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body><m:GetInvoice xmlns:m="urn:billing"><m:InvoiceId>INV-2026-0042</m:InvoiceId></m:GetInvoice></soapenv:Body>
</soapenv:Envelope>`,
			secrets: []string{"PLANTwssePw-9"},
			decoys: []string{"<wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">",
				"2026-11-22T10:15:00Z", "INV-2026-0042", "UsernameToken-42",
				`xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"`},
			validate: wellFormedXML,
		},
		{
			name: "soap 1.2 body with apiKey, sniffed without an xml mime type",
			mime: "text/plain",
			body: "\ufeff  <soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:tns=\"urn:geo\">\r\n" +
				"<soap:Body><tns:Lookup><tns:apiKey>PLANTsoapApiKey77</tns:apiKey><tns:query>Main Street 1</tns:query>" +
				"<tns:note>token is PLANT-not-a-secret-word</tns:note><tns:auth>" + jwt + "</tns:auth>" +
				"<tns:clientSecret><![CDATA[PLANTcdataSecret5]]></tns:clientSecret></tns:Lookup></soap:Body></soap:Envelope>",
			secrets:  []string{"PLANTsoapApiKey77", "PLANTcdataSecret5", testJWTSig},
			decoys:   []string{"<tns:apiKey>", "</tns:apiKey>", "Main Street 1", "token is PLANT-not-a-secret-word", "<![CDATA[", `xmlns:tns="urn:geo"`},
			validate: wellFormedXML,
		},
		{
			name:     "attributes",
			mime:     "application/xml",
			body:     `<config version="3"><credentials user="bob" password="PLANTattrPw1" api_key='PLANTattrKey2'/><endpoint url="https://api.example.com/v2" timeout="30"/></config>`,
			secrets:  []string{"PLANTattrPw1", "PLANTattrKey2"},
			decoys:   []string{`user="bob"`, `url="https://api.example.com/v2"`, `timeout="30"`, `<config version="3">`},
			validate: wellFormedXML,
		},
		{
			name: "name/value descriptors in one element",
			mime: "application/xml",
			body: `<?xml version="1.0"?><appSettings><add key="ClientSecret" value="PLANTaddSecret3"/><add key="Theme" value="dark-blue"/>` +
				`<form><input type="hidden" name="password" value="PLANTinputPw4"/><input name="user" value="alice-ops"/></form></appSettings>`,
			secrets:  []string{"PLANTaddSecret3", "PLANTinputPw4"},
			decoys:   []string{`<add key="Theme" value="dark-blue"/>`, `name="user" value="alice-ops"`, `key="ClientSecret"`},
			validate: wellFormedXML,
		},
		{
			name: "saml assertion",
			mime: "application/samlassertion+xml",
			body: `<saml2:Assertion xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="_a75adf55-01d7-40cc-929f-dbd8372ebdfc" IssueInstant="2026-11-22T10:15:00Z" Version="2.0">
<saml2:Issuer>https://idp.example.com/saml</saml2:Issuer>
<saml2:Subject><saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">PLANTalice@example.com</saml2:NameID></saml2:Subject>
<saml2:AttributeStatement>
<saml2:Attribute Name="email" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic"><saml2:AttributeValue>PLANTalice.attr@example.com</saml2:AttributeValue></saml2:Attribute>
<saml2:Attribute Name="password"><saml2:AttributeValue>PLANTsamlAttrPw</saml2:AttributeValue></saml2:Attribute>
<saml2:Attribute Name="department"><saml2:AttributeValue>Engineering</saml2:AttributeValue></saml2:Attribute>
</saml2:AttributeStatement>
<!-- signed by the IdP --><?audit keep?>
</saml2:Assertion>`,
			secrets: []string{"PLANTalice@example.com", "PLANTalice.attr@example.com", "PLANTsamlAttrPw"},
			decoys: []string{"https://idp.example.com/saml", "_a75adf55-01d7-40cc-929f-dbd8372ebdfc", "Engineering", `Name="email"`,
				"urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress", "<!-- signed by the IdP -->"},
			validate: wellFormedXML,
		},
		{
			name: "saml assertion, personal data kept on request",
			mime: "text/xml",
			body: `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><saml:Subject><saml:NameID>alice@example.com</saml:NameID></saml:Subject>` +
				`<saml:AttributeStatement><saml:Attribute Name="http://schemas.xmlsoap.org/claims/name"><saml:AttributeValue>Alice Example</saml:AttributeValue></saml:Attribute></saml:AttributeStatement></saml:Assertion>`,
			decoys:   []string{"<saml:NameID>alice@example.com</saml:NameID>", "Alice Example"},
			opts:     []Option{WithKeepPersonal(true)},
			validate: wellFormedXML,
		},
		{
			name: "malformed xml falls back to the text scanner",
			mime: "text/xml",
			body: `<?xml version="1.0"?><root><password>oops</root> api_key=PLANTbrokenXmlKey01&x=1 ` +
				"ghp_PLANTbrokenGh0123456789abcdefghijklmnopq",
			secrets: []string{"PLANTbrokenGh0123456789abcdefghijklmnopq"},
			decoys:  []string{"<root><password>oops</root>"},
		},
	}
	runCarrierCases(t, cases)
}

// An XML body in base64 (a SOAP response saved with encoding: base64) is
// read as XML too.
func TestXMLCarrierBase64(t *testing.T) {
	runCarrierCases(t, []carrierCase{{
		name:     "base64 soap response",
		mime:     "application/soap+xml",
		base64:   true,
		body:     `<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><LoginResult><SessionToken>PLANTb64SoapSess</SessionToken><UserId>1042</UserId></LoginResult></s:Body></s:Envelope>`,
		secrets:  []string{"PLANTb64SoapSess"},
		decoys:   []string{"<UserId>1042</UserId>", "<SessionToken>"},
		validate: wellFormedXML,
	}})
}

func TestSniffCarrier(t *testing.T) {
	for _, c := range []struct {
		mime, body string
		raw        bool
		want       carrierType
	}{
		{"text/xml", "", false, carrierXML},
		{"application/soap+xml; charset=utf-8", "", false, carrierXML},
		{"application/xhtml+xml", "<html>", false, carrierNone},
		{"image/svg+xml", "<svg>", false, carrierNone},
		{"", "<?xml version", false, carrierXML},
		{"", "\xef\xbb\xbf\n <?xml version", false, carrierXML},
		{"", `\ufeff\n<?xml version=\"1.0\"?>`, true, carrierXML},
		{"", "<SOAP-ENV:Envelope xmlns:SOAP-ENV", false, carrierXML},
		{"", "<s:Envelope xmlns:s", false, carrierXML},
		{"", "<samlp:Response ", false, carrierXML},
		{"text/html", "<!DOCTYPE html><html>", false, carrierNone},
		{"", "<div class=x>", false, carrierNone},
		{"text/event-stream", "", false, carrierSSE},
		{"", "event: ping\ndata: {}\n\n", false, carrierSSE},
		{"", "data: {\"a\":1}\n\n", false, carrierSSE},
		{"", "data:image/png;base64,AAAA\n", false, carrierNone},
		{"", `data: {\"a\":1}\n\n`, true, carrierSSE},
		{"", `data:image/png;base64,AAAA\n`, true, carrierNone},
		{"application/x-ndjson", "", false, carrierNDJSON},
		{"application/jsonl", "", false, carrierNDJSON},
		{"application/json-seq", "", false, carrierNDJSON},
		{"application/json", "{\"a\":1}\n{\"b\":2}\n", false, carrierNDJSON},
		{"application/json", "{\n  \"a\": 1\n}\n", false, carrierNone},
		{"application/json", "{\"a\":1}", false, carrierNone},
	} {
		if got := sniffCarrier(c.mime, []byte(c.body), c.raw); got != c.want {
			t.Errorf("sniffCarrier(%q, %q) = %d, want %d", c.mime, c.body, got, c.want)
		}
	}
}
