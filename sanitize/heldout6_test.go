package sanitize

// A sixth held-out corpus for "Detection that generalizes" (issue 10),
// written without reading the engine and kept distinct from the earlier
// corpora: enterprise remote access and corporate proxies (Proxy-
// Authorization, Zscaler, GlobalProtect, AnyConnect, FortiGate SSL VPN,
// Citrix Gateway, VMware Horizon, F5 BIG-IP APM), Microsoft 365 on the web
// (OWA, Teams, SharePoint REST, Graph $batch, MSAL.js caches in storage
// dumps), Google Workspace (batchexecute f.req, at= XSRF tokens,
// SAPISIDHASH), Atlassian (Jira/Confluence REST, atl_token), support widgets
// (Zendesk, Freshdesk, Intercom), Salesforce Lightning aura, Workday, SAP
// Fiori, Oracle APEX, HR and payroll; carriers such as gRPC-web-text frames,
// protobuf-JSON, Thrift JSON, JSON with comments, UTF-16 bodies, base32, hex,
// unpadded base64url and zlib without a gzip header; Burp, ZAP and Fiddler
// exports; European PSPs (Mollie, Klarna, Worldline); airline and hotel
// bookings. It reuses the harness of generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"bytes"
	"compress/zlib"
	"encoding/base32"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"html"
	"net/url"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestHeldout6Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 6", "heldout6Open", heldout6Cases(), heldout6Open)
}

func TestHeldout6CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout6Cases())
}

func heldout6Cases() []gdef {
	return gCollect(h6Names, h6Pairs, h6Unnamed, h6Carriers, h6Exporters, h6Everywhere, h6GraphQL, h6Vendors, h6CardsPhrases, h6Personal)
}

// h6Pw is a realistic human password: two words, a symbol and digits.
func (c *gcase) h6Pw() string {
	words := []string{"Harbour", "Copper", "Meadow", "Sparrow", "Tundra", "Violet", "Gravel", "Monsoon", "Nutmeg", "Obsidian", "Puffin", "Quartz", "Ridge", "Sorrel", "Timber", "Umber"}
	syms := "!#$%*-+=?@^_~."
	return words[c.rng.IntN(len(words))] + string(syms[c.rng.IntN(len(syms))]) + words[c.rng.IntN(len(words))] + c.digits(3)
}

// h6JWT is an RS256 JWT with the given claims and a random signature.
func (c *gcase) h6JWT(claims string) string {
	return gB64u(`{"alg":"RS256","kid":"`+c.pick(gB64uAlpha, 27)+`","typ":"JWT"}`) + "." + gB64u(claims) + "." + c.b64u(256)
}

// h6PB encodes protobuf fields: pairs of field number and value, a string
// ([]byte too) as length-delimited, an int as varint.
func h6PB(kv ...any) []byte {
	var b []byte
	for i := 0; i+1 < len(kv); i += 2 {
		n := uint64(kv[i].(int))
		switch v := kv[i+1].(type) {
		case int:
			b = binary.AppendUvarint(b, n<<3)
			b = binary.AppendUvarint(b, uint64(v))
		case string:
			b = binary.AppendUvarint(b, n<<3|2)
			b = binary.AppendUvarint(b, uint64(len(v)))
			b = append(b, v...)
		case []byte:
			b = binary.AppendUvarint(b, n<<3|2)
			b = binary.AppendUvarint(b, uint64(len(v)))
			b = append(b, v...)
		}
	}
	return b
}

// h6GRPCWebText frames msgs as gRPC-web messages (flag 0, 4-byte length)
// and base64s each frame as application/grpc-web-text does.
func h6GRPCWebText(msgs ...[]byte) string {
	var out strings.Builder
	for _, m := range msgs {
		f := append([]byte{0, 0, 0, 0, 0}, m...)
		binary.BigEndian.PutUint32(f[1:5], uint32(len(m)))
		out.WriteString(base64.StdEncoding.EncodeToString(f))
	}
	return out.String()
}

// h6Trailer is a gRPC-web trailer frame (flag 0x80), base64.
func h6Trailer() string {
	t := "grpc-status:0\r\ngrpc-message:\r\n"
	f := append([]byte{0x80, 0, 0, 0, 0}, t...)
	binary.BigEndian.PutUint32(f[1:5], uint32(len(t)))
	return base64.StdEncoding.EncodeToString(f)
}

// h6UTF16LE is s as UTF-16LE bytes with a byte order mark.
func h6UTF16LE(s string) []byte {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// h6Zlib is s compressed as a zlib stream (RFC 1950, no gzip header).
func h6Zlib(s string) []byte {
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func h6B32(s string) string { return base32.StdEncoding.EncodeToString([]byte(s)) }

// h6Put adds a PUT request.
func (c *gcase) h6Put(u, mime, body string) *gent { return c.req("PUT", u, mime, body) }

// 1. Names: compound, abbreviated and vendor-specific names.
func h6Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "proxy-authorization-basic-then-negotiate", func(c *gcase) {
			c.get("http://intranet.acme.example/wiki/").rh("Proxy-Authorization", "Basic "+gB64("ACME\\dvance:"+c.secret("password in Proxy-Authorization Basic", c.h6Pw())), "Proxy-Connection", c.decoy("keep-alive")).
				sh("Via", c.decoy("1.1 proxy-fra-02.acme.example (squid/6.10)"), "X-Cache", c.decoy("MISS from proxy-fra-02"))
			c.get("http://intranet.acme.example/wiki/Main").rh("Proxy-Authorization", "Negotiate "+c.secret("Proxy-Authorization Negotiate SPNEGO blob", "YIIH"+c.pick(gAlnum+"+/", 300)+"=="))
		}},
		{cat, "globalprotect-getconfig-userauthcookie", func(c *gcase) {
			pw := c.secret("GlobalProtect passwd form field", c.h6Pw())
			cookie := c.secret("GlobalProtect portal-userauthcookie in XML", c.b64s(48))
			c.post("https://vpn.acme.example/global-protect/getconfig.esp", "application/x-www-form-urlencoded",
				"user=dvance&passwd="+url.QueryEscape(pw)+"&"+c.decoy("clientVer=4100")+"&"+c.decoy("clientos=Windows")+"&os-version=Microsoft+Windows+11+Enterprise&host-id="+c.uuid()+"&portal-userauthcookie=empty&portal-prelogonuserauthcookie=empty").
				resp("application/xml; charset=UTF-8", `<?xml version="1.0" encoding="UTF-8" ?><policy><version>`+c.decoy("6.1.3")+`</version><portal-name>GP-Portal</portal-name><portal-userauthcookie>`+cookie+`</portal-userauthcookie><portal-prelogonuserauthcookie>`+c.secret("GlobalProtect portal-prelogonuserauthcookie", c.b64s(48))+`</portal-prelogonuserauthcookie><gateways><external><list><entry name="`+c.decoy("gw-fra.acme.example")+`"/></list></external></gateways></policy>`)
		}},
		{cat, "anyconnect-config-auth-session-token", func(c *gcase) {
			c.post("https://vpn2.acme.example/", "application/xml",
				`<?xml version="1.0" encoding="UTF-8"?><config-auth client="vpn" type="auth-reply" aggregate-auth-version="2"><version who="vpn">`+c.decoy("4.10.07073")+`</version><opaque is-for="sg"><tunnel-group>Employees</tunnel-group><config-hash>`+c.decoy("1700000000123")+`</config-hash></opaque><auth><username>dvance</username><password>`+c.secret("AnyConnect auth-reply password element", c.h6Pw())+`</password></auth></config-auth>`).
				rh("X-Aggregate-Auth", "1", "X-Transcend-Version", "1").
				resp("text/xml", `<?xml version="1.0" encoding="UTF-8"?><config-auth client="vpn" type="complete" aggregate-auth-version="2"><session-id>`+c.decoy("18453")+`</session-id><session-token>`+c.secret("AnyConnect session-token element", strings.ToUpper(c.hexs(8))+"@"+c.digits(5)+"@"+strings.ToUpper(c.hexs(4))+"@"+strings.ToUpper(c.hexs(40)))+`</session-token><auth id="success"><banner>Authorized use only</banner></auth></config-auth>`).
				sh("Set-Cookie", "webvpn="+c.secret("AnyConnect webvpn cookie", strings.ToUpper(c.hexs(8))+"@"+c.digits(5)+"@"+strings.ToUpper(c.hexs(4))+"@"+strings.ToUpper(c.hexs(40)))+"; path=/; Secure; HttpOnly")
		}},
		{cat, "fortigate-logincheck-credential", func(c *gcase) {
			c.post("https://sslvpn.acme.example:10443/remote/logincheck", "text/plain;charset=UTF-8",
				"ajax=1&username=dvance&realm=&"+c.decoy("just_logged_in=1")+"&credential="+url.QueryEscape(c.secret("FortiGate credential= field (text/plain mime)", c.h6Pw()))).
				sh("Set-Cookie", "SVPNCOOKIE="+c.secret("FortiGate SVPNCOOKIE", c.b64s(96))+"; path=/; secure; httponly").
				resp("text/plain", "ret=1,redir=/remote/fortisslvpn_xml,"+c.decoy("portal=full-access"))
		}},
		{cat, "citrix-gateway-nfactor-passwd-and-csrf-token", func(c *gcase) {
			c.post("https://gw.acme.example/nf/auth/doAuthentication.do", "application/x-www-form-urlencoded",
				"login=dvance&passwd="+url.QueryEscape(c.secret("Citrix nFactor passwd", c.h6Pw()))+"&passwd1="+c.secret("Citrix nFactor passwd1 (OTP)", c.digits(8))+"&savecredentials=false&"+c.decoy("nsg-x1-logon-button=Log+On"))
			c.post("https://gw.acme.example/Citrix/StoreWeb/Resources/List", "application/x-www-form-urlencoded", "format=json&"+c.decoy("resourceDetails=Default")).
				rh("Csrf-Token", c.secret("Citrix StoreFront Csrf-Token header", c.hexs(32)), "X-Citrix-IsUsingHTTPS", c.decoy("Yes"))
		}},
		{cat, "f5-apm-my-policy-and-x-f5-auth-token", func(c *gcase) {
			c.post("https://remote.acme.example/my.policy", "application/x-www-form-urlencoded",
				"username=dvance&password="+url.QueryEscape(c.secret("F5 APM my.policy password", c.h6Pw()))+"&"+c.decoy("vhost=standard")).
				sh("Set-Cookie", "MRHSession="+c.secret("F5 MRHSession cookie", c.hexs(32))+"; path=/; secure\nLastMRH_Session="+c.secret("F5 LastMRH_Session", c.hexs(8)+c.hexs(8))+"; path=/; secure")
			c.get("https://bigip.acme.example/mgmt/tm/ltm/pool?"+c.decoy("expandSubcollections=true")).rh("X-F5-Auth-Token", c.secret("X-F5-Auth-Token", strings.ToUpper(c.pick(gUpper+gDigits, 26))))
		}},
		{cat, "owa-auth-and-x-owa-canary", func(c *gcase) {
			c.post("https://mail.acme.example/owa/auth.owa", "application/x-www-form-urlencoded",
				"destination=https%3A%2F%2Fmail.acme.example%2Fowa%2F&"+c.decoy("flags=4")+"&forcedownlevel=0&username=ACME%5Cdvance&password="+url.QueryEscape(c.secret("OWA auth.owa password", c.h6Pw()))+"&passwordText=&isUtf8=1")
			c.post("https://mail.acme.example/owa/service.svc?action=GetFolder&"+c.decoy("app=Mail"), "application/json; charset=utf-8", `{"__type":"GetFolderJsonRequest:#Exchange","Header":{"RequestServerVersion":"`+c.decoy("V2018_01_08")+`"}}`).
				rh("X-OWA-CANARY", c.secret("X-OWA-CANARY header", c.pick(gB64uAlpha, 43)+"."), "Action", c.decoy("GetFolder"), "X-OWA-ActionName", "GetFolder")
		}},
		{cat, "teams-skypetoken-and-authentication-header", func(c *gcase) {
			sk := c.secret("Teams X-Skypetoken", c.h6JWT(`{"iat":1700000000,"exp":1700086400,"skypeid":"orgid:`+c.uuid()+`","scp":780,"csi":"1700000000","rgn":"emea"}`))
			c.get("https://teams.microsoft.com/api/csa/emea/api/v1/teams/users/me?"+c.decoy("isPrefetch=false")).rh("X-Skypetoken", sk, "x-ms-client-version", c.decoy("1415/24102001418"), "x-ms-client-request-id", c.decoy(c.uuid()))
			c.get("https://emea.ng.msg.teams.microsoft.com/v1/users/ME/conversations?view=msnp24Equivalent").rh("Authentication", "skypetoken="+sk)
		}},
		{cat, "sharepoint-formdigest-and-x-requestdigest", func(c *gcase) {
			dig := c.secret("SharePoint FormDigestValue", "0x"+strings.ToUpper(c.hexs(128))+",22 Nov 2026 10:15:00 -0000")
			c.post("https://acme.sharepoint.com/sites/hr/_api/contextinfo", "", "").rh("Accept", "application/json;odata=verbose").
				resp("application/json;odata=verbose;charset=utf-8", `{"d":{"GetContextWebInformation":{"__metadata":{"type":"SP.ContextWebInformation"},"FormDigestTimeoutSeconds":1800,"FormDigestValue":"`+dig+`",`+c.decoy(`"LibraryVersion":"16.0.24322.12007"`)+`,"SiteFullUrl":"https://acme.sharepoint.com/sites/hr"}}}`)
			c.post("https://acme.sharepoint.com/sites/hr/_api/web/lists/getbytitle('Onboarding')/items", "application/json;odata=verbose", `{"__metadata":{"type":"SP.Data.OnboardingListItem"},"Title":"`+c.decoy("Laptop request")+`"}`).rh("X-RequestDigest", dig)
		}},
		{cat, "jira-atl-token-form-and-no-check-decoy", func(c *gcase) {
			c.post("https://jira.acme.example/secure/admin/EditApplicationProperties.jspa", "application/x-www-form-urlencoded",
				"atl_token="+c.secret("Jira atl_token (xsrf)", strings.ToUpper(c.pick(gUpper+gDigits, 4)+"-"+c.pick(gUpper+gDigits, 4)+"-"+c.pick(gUpper+gDigits, 4)+"-"+c.pick(gUpper+gDigits, 4))+"_"+c.hexs(40)+"_lin")+"&title=Acme+Jira&"+c.decoy("baseURL=https%3A%2F%2Fjira.acme.example")).
				rh("X-Atlassian-Token", c.decoy("no-check"), "X-AUSERNAME", "dvance")
			c.get("https://jira.acme.example/rest/api/2/myself").rh("Authorization", "Bearer "+c.secret("Jira DC personal access token", c.pick(gAlnum+"+/", 44)))
		}},
		{cat, "salesforce-aura-token-and-context", func(c *gcase) {
			ctx := `{"mode":"PROD","fwuid":"` + c.decoy(c.pick(gB64uAlpha, 22)) + `","app":"siteforce:communityApp","loaded":{"APPLICATION@markup://siteforce:communityApp":"` + c.decoy(c.pick(gB64uAlpha, 22)) + `"},"dn":[],"globals":{},"uad":false}`
			msg := `{"actions":[{"id":"87;a","descriptor":"apex://LightningLoginFormController/ACTION$login","callingDescriptor":"markup://salesforceIdentity:loginForm2","params":{"username":"dvance@acme.example","password":"` + c.secret("aura action params.password", c.h6Pw()) + `","startUrl":"/s/"}}]}`
			c.post("https://acme.my.site.com/s/sfsites/aura?r=3&"+c.decoy("other.LightningLoginForm.login=1"), "application/x-www-form-urlencoded;charset=UTF-8",
				"message="+url.QueryEscape(msg)+"&aura.context="+url.QueryEscape(ctx)+"&aura.pageURI=%2Fs%2Flogin%2F&aura.token="+c.secret("aura.token (dotted name)", c.h6JWT(`{"exp":1700007200,"iat":1700000000,"sub":"005"}`)))
		}},
		{cat, "workday-session-secure-token", func(c *gcase) {
			tok := c.secret("Workday Session-Secure-Token", c.pick(gLower+gDigits, 8)+"-"+c.pick(gLower+gDigits, 4)+"-"+c.pick(gLower+gDigits, 4)+"-"+c.pick(gLower+gDigits, 4)+"-"+c.pick(gLower+gDigits, 12)+c.pick(gLower+gDigits, 20))
			c.post("https://wd3.myworkday.com/acme/login-auth.xml", "application/x-www-form-urlencoded", "userName=dvance&password="+url.QueryEscape(c.secret("Workday login-auth password", c.h6Pw()))).
				resp("application/json", `{"result":"SUCCESS","sessionSecureToken":"`+tok+`",`+c.decoy(`"serverVersion":"2026.42.13"`)+`}`)
			c.get("https://wd3.myworkday.com/acme/inst/home.htmld").rh("Session-Secure-Token", tok, "X-Workday-Client", c.decoy("2026.42.013"))
		}},
		{cat, "sap-fiori-csrf-fetch-and-reuse", func(c *gcase) {
			tok := c.secret("SAP x-csrf-token response header", c.pick(gAlnum+"_-", 22)+"==")
			c.req("HEAD", "https://fiori.acme.example/sap/opu/odata/sap/HCM_LEAVE_REQ_CREATE_SRV/?"+c.decoy("sap-client=100"), "", "").rh("x-csrf-token", c.decoy("Fetch"), "sap-language", "EN").
				sh("x-csrf-token", tok, "sap-server", c.decoy("true"), "sap-perf-fesrec", c.decoy("73682.000000"))
			c.post("https://fiori.acme.example/sap/opu/odata/sap/HCM_LEAVE_REQ_CREATE_SRV/LeaveRequestCollection?sap-client=100", "application/json", `{"AbsenceTypeCode":"`+c.decoy("0100")+`","StartDate":"\/Date(1767225600000)\/"}`).
				rh("X-CSRF-Token", tok, "Cookie", "MYSAPSSO2="+c.secret("SAP MYSAPSSO2 logon ticket", "AjQxMDMBABg"+c.pick(gAlnum+"!", 200)+"%3d")+"; "+"SAP_SESSIONID_P01_100="+c.secret("SAP_SESSIONID cookie", c.pick(gAlnum+"_-", 40)+"%3d"))
		}},
		{cat, "aspnet-requestverificationtoken-hidden-input", func(c *gcase) {
			rvt := c.secret("__RequestVerificationToken hidden input", "CfDJ8"+c.pick(gB64uAlpha, 150))
			c.get("https://hr.acme.example/Payroll/BankDetails").resp("text/html; charset=utf-8", `<form method="post" action="/Payroll/BankDetails"><input type="hidden" name="EmployeeId" value="`+c.decoy("E-104233")+`" /><input name="__RequestVerificationToken" type="hidden" value="`+rvt+`" /></form>`)
			c.post("https://hr.acme.example/Payroll/BankDetails", "application/x-www-form-urlencoded", "EmployeeId=E-104233&__RequestVerificationToken="+rvt+"&"+c.decoy("Currency=EUR")).rh("RequestVerificationToken", rvt)
		}},
		{cat, "jsessionid-matrix-param-and-portal-sso", func(c *gcase) {
			c.get("https://hr.acme.example/portal/home.jsp;jsessionid=" + c.secret("jsessionid path parameter", strings.ToUpper(c.hexs(32))) + "?" + c.decoy("tab=payslips"))
			c.post("https://hr.acme.example/portal/sso", "application/x-www-form-urlencoded", "ssoTicket="+url.QueryEscape(c.secret("ssoTicket form field", c.b64s(48)))+"&"+c.decoy("target=%2Fportal%2Fhome.jsp"))
		}},
	}
}

// 2. Pairs spelled as data.
func h6Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "horizon-broker-xml-param-name-values", func(c *gcase) {
			c.post("https://horizon.acme.example/broker/xml", "text/xml",
				`<?xml version="1.0"?><broker version="15.0"><do-submit-authentication><screen><name>windows-password</name><params><param><name>username</name><values><value>dvance</value></values></param><param><name>domain</name><values><value>`+c.decoy("ACME-CORP")+`</value></values></param><param><name>password</name><values><value>`+c.secret("Horizon param name=password values/value", c.h6Pw())+`</value></values></param></params></screen></do-submit-authentication></broker>`).
				sh("Set-Cookie", "JSESSIONID="+c.secret("Horizon JSESSIONID", strings.ToUpper(c.hexs(32)))+"; Path=/; Secure; HttpOnly")
		}},
		{cat, "apex-itemstosubmit-n-v", func(c *gcase) {
			pj := `{"pageItems":{"itemsToSubmit":[{"n":"P9999_USERNAME","v":"dvance"},{"n":"P9999_PASSWORD","v":"` + c.secret("APEX itemsToSubmit n=P9999_PASSWORD v", c.h6Pw()) + `"},{"n":"P9999_REMEMBER","v":[]}],"protected":"` + c.decoy(c.pick(gB64uAlpha, 22)) + `","rowVersion":"","formRegionChecksums":[]},"salt":"` + c.decoy(c.digits(38)) + `"}`
			c.post("https://apex.acme.example/ords/wwv_flow.accept?p_context=hr/login/"+c.digits(16), "application/x-www-form-urlencoded",
				"p_flow_id=100&p_flow_step_id=9999&p_instance="+c.digits(16)+"&"+c.decoy("p_page_submission_id=")+"&p_request=LOGIN&p_reload_on_submit=S&p_json="+url.QueryEscape(pj))
		}},
		{cat, "msal-localstorage-dump-storage-state", func(c *gcase) {
			home := c.uuid() + "." + c.uuid()
			cid := c.uuid()
			at := `{"homeAccountId":"` + home + `","environment":"login.windows.net","credentialType":"AccessToken","clientId":"` + cid + `","secret":"` + c.secret("MSAL AccessToken entry secret", c.h6JWT(`{"aud":"00000003-0000-0000-c000-000000000000","iss":"https://sts.windows.net/`+c.uuid()+`/","scp":"User.Read Mail.Read","exp":1700003600}`)) + `","realm":"` + c.uuid() + `","target":"openid profile User.Read","cachedAt":"1700000000","expiresOn":"1700003600","tokenType":"Bearer"}`
			rt := `{"homeAccountId":"` + home + `","environment":"login.windows.net","credentialType":"RefreshToken","clientId":"` + cid + `","secret":"` + c.secret("MSAL RefreshToken entry secret (0.A...)", "0.A"+c.pick(gB64uAlpha+".", 900)) + `"}`
			dump := `{"cookies":[],"origins":[{"origin":"https://outlook.office.com","localStorage":[{"name":"` + home + `-login.windows.net-accesstoken-` + cid + `-organizations-openid profile user.read","value":` + gJS(at) + `},{"name":"` + home + `-login.windows.net-refreshtoken-` + cid + `--","value":` + gJS(rt) + `},{"name":"msal.version","value":"` + c.decoy("3.27.0") + `"}]}]}`
			c.post("https://qa-artifacts.acme.example/upload/storageState.json", "application/json", dump)
		}},
		{cat, "graph-batch-headers-and-password-profile", func(c *gcase) {
			c.post("https://graph.microsoft.com/v1.0/$batch", "application/json",
				`{"requests":[{"id":"1","method":"POST","url":"/users","headers":{"Content-Type":"application/json"},"body":{"accountEnabled":true,"displayName":"Onboard Bot","mailNickname":"onboard-bot",`+c.decoy(`"usageLocation":"DE"`)+`,"userPrincipalName":"onboard-bot@acme.example","passwordProfile":{"forceChangePasswordNextSignIn":true,"password":"`+c.secret("Graph batch body passwordProfile.password", c.h6Pw())+`"}}},{"id":"2","method":"GET","url":"/me/messages?$top=5","headers":{"Authorization":"Bearer `+c.secret("Graph batch inner headers.Authorization", c.h6JWT(`{"aud":"https://graph.microsoft.com","scp":"Mail.Read","exp":1700003600}`))+`","ConsistencyLevel":"`+c.decoy("eventual")+`"}}]}`)
		}},
		{cat, "protobuf-json-struct-fields", func(c *gcase) {
			c.post("https://config.acme.example/v1/projects/acme/configs/vpn:update", "application/json",
				`{"config":{"@type":"type.googleapis.com/google.protobuf.Struct","value":{"fields":{"gateway":{"stringValue":"`+c.decoy("gw-fra.acme.example")+`"},"preSharedKey":{"stringValue":"`+c.secret("protobuf Struct fields.preSharedKey.stringValue", c.alnum(32))+`"},"password":{"stringValue":"`+c.secret("protobuf Struct fields.password.stringValue", c.h6Pw())+`"},"mtu":{"numberValue":`+c.decoy("1380")+`}}}},"updateMask":"config.value"}`)
		}},
		{cat, "confluence-storage-format-macro-parameters", func(c *gcase) {
			body := `<p>Build status</p><ac:structured-macro ac:name="jenkins" ac:schema-version="1" ac:macro-id="` + c.decoy(c.uuid()) + `"><ac:parameter ac:name="url">https://ci.acme.example/job/app</ac:parameter><ac:parameter ac:name="username">svc-ci</ac:parameter><ac:parameter ac:name="password">` + c.secret("Confluence ac:parameter ac:name=password", c.h6Pw()) + `</ac:parameter><ac:parameter ac:name="apiToken">` + c.secret("Confluence ac:parameter ac:name=apiToken", "11"+c.hexs(32)) + `</ac:parameter></ac:structured-macro>`
			c.h6Put("https://acme.atlassian.net/wiki/rest/api/content/"+c.decoy("884736021"), "application/json", `{"id":"884736021","type":"page","title":"Release","body":{"storage":{"value":`+gJS(body)+`,"representation":"storage"}},"version":`+c.decoy(`{"number":17}`)+`}`)
		}},
		{cat, "jira-meta-ajs-atl-token", func(c *gcase) {
			tok := c.secret("Jira <meta name=atlassian-token content=X>", c.hexs(40)+"_lin")
			c.get("https://jira.acme.example/browse/"+c.decoy("OPS-4412")).resp("text/html;charset=UTF-8",
				`<html><head><meta name="ajs-version-number" content="`+c.decoy("9.12.15")+`"><meta name="atlassian-token" content="`+tok+`"><meta name="ajs-remote-user" content="dvance"><meta id="atlassian-token" name="atlassian-token" content="`+tok+`"></head><body></body></html>`)
		}},
		{cat, "freshdesk-custom-fields-key-value", func(c *gcase) {
			c.post("https://acme.freshdesk.com/api/v2/tickets", "application/json",
				`{"subject":"VPN onboarding","status":2,"priority":1,"custom_fields":{"cf_asset_tag":"`+c.decoy("LT-88213")+`","cf_temp_password":"`+c.secret("Freshdesk custom_fields cf_temp_password", c.h6Pw())+`"},"form_fields":[{"name":"cf_recovery_code","label":"Recovery code","type":"custom_text","value":"`+c.secret("Freshdesk form_fields name=cf_recovery_code value", c.pick(gLower+gDigits, 10)+"-"+c.pick(gLower+gDigits, 10))+`"}]}`)
		}},
		{cat, "zendesk-widget-prefill-fields-id-and-type", func(c *gcase) {
			c.post("https://acme.zendesk.com/api/v2/requests.json", "application/json",
				`{"request":{"subject":"Can't reach VPN","comment":{"body":"see fields"},"custom_fields":[{"id":`+c.decoy("360049123456")+`,"value":"`+c.decoy("laptop_windows")+`"},{"id":360049123457,"type":"password","value":"`+c.secret("Zendesk field {type:password, value}", c.h6Pw())+`"}]}}`).
				rh("X-Zendesk-Client", c.decoy("web_widget"), "X-Zendesk-Client-Version", c.decoy("1.0"))
		}},
		{cat, "thrift-json-struct-field-names-in-idl-map", func(c *gcase) {
			c.post("https://scribe.acme.example/thrift/Auth", "application/vnd.apache.thrift.json",
				`[1,"authenticate",1,7,{"1":{"rec":{"1":{"str":"dvance"},"2":{"str":"`+c.secret("Thrift JSON credential struct field 2 (machine key)", c.alnum(40))+`"}}}}]`).
				resp("application/vnd.apache.thrift.json", `[1,"authenticate",2,7,{"0":{"rec":{"1":{"str":"`+c.secret("Thrift JSON reply session key", c.b64u(32))+`"},"2":{"i64":`+c.decoy("1700086400")+`}}}}]`)
		}},
		{cat, "klarna-attachment-body-key-value", func(c *gcase) {
			att := `{"customer_account_info":[{"unique_account_identifier":"` + c.decoy("cust-44812") + `","account_registration_date":"2024-03-01T10:00:00Z"}],"other":[{"key":"loyalty_pin","value":"` + c.secret("Klarna EMD other[] key=loyalty_pin value", c.digits(8)) + `"}]}`
			c.post("https://api.klarna.com/payments/v1/sessions", "application/json", `{"purchase_country":"SE","purchase_currency":"SEK","order_amount":`+c.decoy("129900")+`,"attachment":{"content_type":"application/vnd.klarna.internal.emd-v2+json","body":`+gJS(att)+`}}`).
				rh("Authorization", "Basic "+gB64("PK"+c.digits(5)+"_"+c.hexs(12)+":"+c.secret("Klarna API password in Basic", c.alnum(16))))
		}},
		{cat, "intercom-settings-array-pairs", func(c *gcase) {
			c.get("https://support.acme.example/").resp("text/html", `<script>window.__ENV__ = [["INTERCOM_APP_ID", "`+c.decoy("k7q9x2m1")+`"], ["INTERCOM_IDENTITY_SECRET", "`+c.secret("env tuple INTERCOM_IDENTITY_SECRET", c.pick(gB64uAlpha, 40))+`"], ["FRESHDESK_API", "`+c.secret("env tuple FRESHDESK_API key", c.alnum(20))+`"]];</script>`)
		}},
	}
}

// 3. Unnamed machine credentials, judged by shape.
func h6Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "apex-session-in-f-p-url", func(c *gcase) {
			sess := c.secret("APEX session id in f?p=app:page:SESSION", c.digits(14))
			c.get("https://apex.acme.example/ords/f?p=" + c.decoy("100:1") + ":" + sess + "::NO:::")
			c.get("https://apex.acme.example/ords/wwv_flow.ajax?p_flow_id=100&p_flow_step_id=1&p_instance="+sess+"&"+c.decoy("p_debug=")).rh("X-Requested-With", c.decoy("XMLHttpRequest"))
		}},
		{cat, "google-batchexecute-at-param", func(c *gcase) {
			freq := `[[["` + c.decoy("otAQ7b") + `","[null,[\"Inbox\"],null,1]",null,"generic"]]]`
			c.post("https://docs.google.com/document/u/0/_/DocsDocumentUi/data/batchexecute?rpcids=otAQ7b&source-path=%2Fdocument%2Fu%2F0%2F&f.sid=-"+c.digits(19)+"&"+c.decoy("bl=boq_docs-ui_20261118.08_p0")+"&hl=en&_reqid="+c.decoy("142857")+"&rt=c", "application/x-www-form-urlencoded;charset=UTF-8",
				"f.req="+url.QueryEscape(freq)+"&at="+url.QueryEscape(c.secret("batchexecute at= XSRF token", "AJpMio"+c.pick(gB64uAlpha, 22)+":1700000000123"))+"&")
		}},
		{cat, "sapisidhash-authorization", func(c *gcase) {
			c.get("https://clients6.google.com/calendar/v3/calendars/primary/events?"+c.decoy("maxResults=50")).rh("Authorization", "SAPISIDHASH 1700000000_"+c.secret("SAPISIDHASH digest", c.hexs(40)), "X-Goog-AuthUser", "0", "X-Origin", c.decoy("https://calendar.google.com"))
		}},
		{cat, "sharepoint-anyone-link-share-token-path", func(c *gcase) {
			c.get("https://acme-my.sharepoint.com/:x:/g/personal/dvance_acme_example/" + c.secret("SharePoint anyone-link share token path segment", "E"+c.pick(gB64uAlpha, 45)) + "?" + c.decoy("rtime=Hd2ZkU3x3Eg"))
		}},
		{cat, "workday-password-reset-path", func(c *gcase) {
			c.get("https://wd3.myworkday.com/acme/passwordreset/" + c.secret("Workday password reset link path token", c.pick(gLower+gDigits, 64)) + "/" + c.decoy("en-US"))
			c.get("https://acme.freshdesk.com/support/activate/" + c.secret("Freshdesk activation path token", c.pick(gAlnum, 20)))
		}},
		{cat, "batchexecute-response-xssi-prefix-array", func(c *gcase) {
			inner := `[null,"` + c.secret("unnamed token in batchexecute wrb.fr inner array", "ya29.a0"+c.pick(gB64uAlpha, 150)) + `",` + c.decoy("3599") + `]`
			c.post("https://myaccount.google.com/_/AccountSettingsUi/data/batchexecute?rpcids=UnvKjb", "application/x-www-form-urlencoded", "f.req=%5B%5D&").
				resp("application/json; charset=utf-8", ")]}'\n\n"+`[["wrb.fr","UnvKjb",`+gJS(inner)+`,null,null,null,"generic"],`+c.decoy(`["di",88]`)+`,["af.httprm",88,"`+c.decoy("-2401827338274635012")+`",4]]`)
		}},
		{cat, "grpc-web-text-unnamed-token-field", func(c *gcase) {
			tok := c.secret("gRPC-web-text response field 1 (machine token)", c.alnum(48))
			req := h6GRPCWebText(h6PB(1, "dvance@acme.example", 3, 2))
			c.post("https://api.acme.example/acme.auth.v1.SessionService/Refresh", "application/grpc-web-text", req).rh("X-Grpc-Web", "1", "X-User-Agent", c.decoy("grpc-web-javascript/0.1")).
				resp("application/grpc-web-text", h6GRPCWebText(h6PB(1, tok, 2, 1700086400, 4, "rt-eu-west1-7"))+h6Trailer())
		}},
		{cat, "citrix-ica-file-logon-ticket", func(c *gcase) {
			c.post("https://gw.acme.example/Citrix/StoreWeb/Resources/LaunchIca/"+c.decoy("Q2l0cml4LlJlc291cmNlLkRlc2t0b3A-")+".ica", "application/x-www-form-urlencoded", "displayNameDesktopTitle=Desktop&"+c.decoy("createFileFetchTicket=false")).
				resp("application/x-ica", "[Encoding]\r\nInputEncoding=UTF8\r\n[WFClient]\r\n"+c.decoy("Version=2")+"\r\n[ApplicationServers]\r\nDesktop=\r\n[Desktop]\r\nAddress=;40;STA"+strings.ToUpper(c.hexs(10))+";"+c.secret("ICA Address STA ticket", strings.ToUpper(c.hexs(32)))+"\r\nLogonTicket="+c.secret("ICA LogonTicket", strings.ToUpper(c.hexs(30)))+"\r\nLogonTicketType=CTXS1\r\nSSLProxyHost=gw.acme.example:443\r\n")
		}},
		{cat, "decoys-only-m365-identifiers", func(c *gcase) {
			c.get("https://outlook.office.com/owa/0/"+c.decoy("AAMkADk0YzU2")+"?"+c.decoy("correlationId="+c.uuid())).rh("client-request-id", c.decoy(c.uuid()), "request-id", c.decoy(c.uuid()), "traceparent", c.decoy("00-"+c.hexs(32)+"-"+c.hexs(16)+"-00")).
				sh("X-CalculatedBETarget", c.decoy("AM6PR04MB5639.eurprd04.prod.outlook.com"), "X-BackEndHttpStatus", "200", "X-FEServer", c.decoy("FR3P281CA0123"), "ETag", c.decoy(`"`+c.hexs(16)+`"`), "X-MS-Diagnostics", c.decoy(`2000010;reason="no-error"`))
		}},
		{cat, "zscaler-auth-redirect-unnamed-query", func(c *gcase) {
			c.get("https://gateway.zscalertwo.net/auT?origurl=https%3A%2F%2Fintranet.acme.example%2F&"+c.decoy("wexps=1")+"&_ordtok="+c.secret("Zscaler _ordtok", c.pick(gAlnum, 26))).code(302).
				sh("Location", "https://intranet.acme.example/?_sm_au_=1&_sm_byp="+c.secret("Zscaler _sm_byp bypass token", c.pick(gAlnum, 60)), "Set-Cookie", "_sm_au_c="+c.secret("Zscaler _sm_au_c cookie", c.pick(gAlnum+"/+", 64)+"=")+"; path=/; secure")
		}},
		{cat, "hotel-folio-capability-url", func(c *gcase) {
			c.get("https://guest.hotelgroup.example/folio/" + c.decoy("FO-2026-118842") + "/" + c.secret("hotel e-folio capability path token", c.pick(gAlnum, 32)) + "/pdf?" + c.decoy("lang=de"))
		}},
		{cat, "csv-import-json-rows-unnamed", func(c *gcase) {
			c.post("https://idm.acme.example/api/import/rows", "application/json",
				`{"columns":["account","credential","rotated"],"rows":[["`+c.decoy("svc-backup")+`","`+c.secret("unnamed machine credential in JSON row array", c.alnum(40))+`","`+c.decoy("2026-11-20")+`"],["svc-print","`+c.secret("second row machine credential", c.b64s(30))+`","2026-11-21"]]}`)
		}},
	}
}

// 4. Carriers and layers of encoding.
func h6Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "grpc-web-text-login-request-frames", func(c *gcase) {
			msg := h6PB(1, "dvance", 2, c.secret("gRPC-web-text request: password field bytes (machine)", c.alnum(32)), 3, h6PB(1, c.secret("gRPC-web-text nested device key", c.b64u(32))))
			c.post("https://portal.acme.example/acme.iam.v1.AuthService/Login", "application/grpc-web-text; charset=utf-8", h6GRPCWebText(msg)).rh("X-Grpc-Web", "1", "grpc-timeout", c.decoy("9998m")).
				resp("application/grpc-web-text+proto", h6GRPCWebText(h6PB(1, c.secret("gRPC-web-text response JWT", c.h6JWT(`{"sub":"dvance","exp":1700003600}`))))+h6Trailer())
		}},
		{cat, "json-with-comments-teams-app-settings", func(c *gcase) {
			c.h6Put("https://dev.acme.example/api/files/teams-app/env/.env.local.jsonc", "application/json",
				"{\n  // Bot registration\n  \"botId\": \""+c.decoy(c.uuid())+"\",\n  /* rotated 2026-11 */\n  \"botPassword\": \""+c.secret("botPassword in JSON with comments", c.pick(gAlnum, 3)+"8Q~"+c.pick(gAlnum+"._~-", 31))+"\",\n  \"tenantId\": \""+c.decoy(c.uuid())+"\", // trailing comment\n  \"sqlConnection\": \"Server=tcp:acme.database.windows.net,1433;User ID=app;Password="+c.secret("Password= in connection string in JSONC", c.h6Pw())+";\",\n}\n")
		}},
		{cat, "utf16-soap-response-base64", func(c *gcase) {
			soap := `<?xml version="1.0" encoding="utf-16"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><LogonResponse xmlns="urn:acme:payroll"><SessionTicket>` + c.secret("SessionTicket in UTF-16 SOAP (base64 content)", c.b64s(36)) + `</SessionTicket><ServerVersion>` + "10.2.7" + `</ServerVersion></LogonResponse></soap:Body></soap:Envelope>`
			e := c.post("https://payroll.acme.example/ws/Logon.asmx", "text/xml; charset=utf-8", `<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Logon xmlns="urn:acme:payroll"><User>dvance</User><Pwd>`+c.secret("Pwd element in SOAP request", c.h6Pw())+`</Pwd></Logon></soap:Body></soap:Envelope>`).
				rh("SOAPAction", c.decoy(`"urn:acme:payroll/Logon"`)).resp("text/xml; charset=utf-16", base64.StdEncoding.EncodeToString(h6UTF16LE(soap)))
			e.respEncoding = "base64"
		}},
		{cat, "utf16-json-request-text-with-nuls", func(c *gcase) {
			js := `{"userName":"dvance","apiSecret":"` + c.secret("apiSecret in UTF-16LE request text", c.alnum(40)) + `","client":"LegacyHR 7.3"}`
			c.post("https://hr-legacy.acme.example/api/session", "application/json; charset=utf-16le", string(h6UTF16LE(js)[2:]))
		}},
		{cat, "hex-encoded-state-param", func(c *gcase) {
			st := hex.EncodeToString([]byte(`{"csrf":"` + c.secret("csrf inside hex-encoded state", c.b64u(24)) + `","return":"/hr/payslips"}`))
			c.get("https://hr.acme.example/sso/callback?code=" + c.secret("OIDC code beside hex state", c.b64u(32)) + "&state=" + st + "&" + c.decoy("session_state="+c.uuid()))
		}},
		{cat, "base32-debug-context-header", func(c *gcase) {
			c.get("https://intranet.acme.example/api/v1/me").rh("X-Debug-Context", h6B32("user=dvance;sess="+c.secret("sess= inside base32 header value", c.alnum(32))+";"), "X-Client-Build", c.decoy("2026.11.3-rc2"))
		}},
		{cat, "zlib-base64-telemetry-payload", func(c *gcase) {
			p := `{"events":[{"name":"login","props":{"url":"https://portal.acme.example/cb#id_token=` + c.secret("id_token in fragment inside zlib+base64 payload", c.h6JWT(`{"sub":"dvance","aud":"portal","exp":1700003600}`)) + `"}}]}`
			c.post("https://telemetry.acme.example/v2/collect", "application/json", `{"encoding":"zlib","payload":"`+base64.StdEncoding.EncodeToString(h6Zlib(p))+`",`+c.decoy(`"sdk":"acme-rum/3.4.1"`)+`}`)
		}},
		{cat, "base64url-unpadded-relaystate-json", func(c *gcase) {
			rs := gB64u(`{"target":"/sites/finance","tok":"` + c.secret("tok in unpadded base64url RelayState", c.alnum(40)) + `"}`)
			c.post("https://acme.sharepoint.com/_trust/", "application/x-www-form-urlencoded", "wa=wsignin1.0&"+c.decoy("wctx=rm%3D0%26id%3Dpassive")+"&RelayState="+rs)
		}},
		{cat, "ews-mime-content-base64-in-json", func(c *gcase) {
			eml := "From: it-helpdesk@acme.example\r\nTo: new.hire@acme.example\r\nSubject: Your account\r\n\r\nWelcome! Temporary password: " + c.secret("temporary password inside base64 MimeContent", c.h6Pw()) + "\r\nPlease change it at first login.\r\n"
			c.post("https://mail.acme.example/owa/service.svc?action=CreateItem", "application/json", `{"__type":"CreateItemJsonRequest:#Exchange","Body":{"Items":[{"__type":"Message:#Exchange","MimeContent":{"CharacterSet":"UTF-8","Value":"`+gB64(eml)+`"}}],"MessageDisposition":"`+c.decoy("SendAndSaveCopy")+`"}}`)
		}},
		{cat, "multipart-base64-cte-credentials-part", func(c *gcase) {
			b := "----=_Part_" + c.digits(6) + "_" + c.digits(9)
			part := `{"service":"sftp-payroll","user":"payroll","privateKeyPassphrase":"` + c.secret("privateKeyPassphrase in base64 CTE multipart part", c.h6Pw()) + `"}`
			body := "--" + b + "\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n" + c.decoy("batch-2026-11") + "\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"connection\"; filename=\"conn.json\"\r\nContent-Type: application/json\r\nContent-Transfer-Encoding: base64\r\n\r\n" + gB64(part) + "\r\n--" + b + "--\r\n"
			c.post("https://integrations.acme.example/upload", "multipart/form-data; boundary=\""+b+"\"", body)
		}},
		{cat, "sap-odata-batch-mixed-inner-headers", func(c *gcase) {
			b := "batch_" + c.uuid()
			cs := "changeset_" + c.uuid()
			tok := c.secret("X-CSRF-Token inside $batch inner request headers", c.pick(gAlnum+"_-", 22)+"==")
			body := "--" + b + "\r\nContent-Type: multipart/mixed; boundary=" + cs + "\r\n\r\n--" + cs + "\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nPOST PasswordChangeSet HTTP/1.1\r\nsap-contextid-accept: header\r\nX-CSRF-Token: " + tok + "\r\nContent-Type: application/json\r\n\r\n{\"OldPassword\":\"" + c.secret("$batch inner body OldPassword", c.h6Pw()) + "\",\"NewPassword\":\"" + c.secret("$batch inner body NewPassword", c.h6Pw()) + "\"}\r\n--" + cs + "--\r\n\r\n--" + b + "--\r\n"
			c.post("https://fiori.acme.example/sap/opu/odata/sap/ZHR_PWD_SRV/$batch?"+c.decoy("sap-client=100"), "multipart/mixed; boundary="+b, body)
		}},
		{cat, "spPageContextInfo-in-script", func(c *gcase) {
			c.get("https://acme.sharepoint.com/sites/hr/SitePages/Home.aspx").resp("text/html; charset=utf-8",
				`<script type="text/javascript">var _spPageContextInfo={webServerRelativeUrl:"\u002fsites\u002fhr",webAbsoluteUrl:"https:\u002f\u002facme.sharepoint.com\u002fsites\u002fhr",formDigestValue:"`+c.secret("formDigestValue in _spPageContextInfo JS literal", "0x"+strings.ToUpper(c.hexs(128))+",22 Nov 2026 10:15:00 -0000")+`",siteId:"{`+c.decoy(c.uuid())+`}",`+c.decoy(`currentUICultureName:"en-US"`)+`};</script>`)
		}},
		{cat, "intercom-settings-entity-encoded-json", func(c *gcase) {
			cfg := html.EscapeString(`{"app_id":"k7q9x2m1","user_id":"u-88123","user_hash":"` + c.secret("Intercom user_hash (identity-verification HMAC) in entity-escaped attribute", c.hexs(64)) + `","api_base":"https://api-iam.eu.intercom.io"}`)
			c.get("https://support.acme.example/portal").resp("text/html", `<div id="intercom-boot" data-settings="`+cfg+`" data-build="`+c.decoy("4f1c2a9")+`"></div>`)
		}},
		{cat, "sse-zendesk-sunco-stream", func(c *gcase) {
			c.get("https://acme.zendesk.com/sc/sdk/v2/apps/"+c.decoy("64a1b2c3d4e5f60718293a4b")+"/stream").resp("text/event-stream",
				"event: ready\ndata: {\"clientId\":\""+c.decoy(c.uuid())+"\"}\n\nevent: auth\ndata: {\"sessionToken\":\n"+"data: \""+c.secret("sessionToken in an SSE event split over data: lines", c.pick(gB64uAlpha, 48))+"\"}\n\n")
		}},
	}
}

// 5. Exporter quirks (Burp, ZAP, Fiddler, Chrome HTTP/2).
func h6Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "fiddler-whole-form-body-as-param-name", func(c *gcase) {
			c.creator = [2]string{"Fiddler", "5.0.20211.51073"}
			body := "username=dvance&password=" + url.QueryEscape(c.secret("password in form body stored as params[0].name (Fiddler)", c.h6Pw())) + "&" + c.decoy("realm=Employees")
			e := c.post("https://sslvpn.acme.example/remote/logincheck", "application/x-www-form-urlencoded", body)
			e.post.params = []any{map[string]any{"name": body, "value": ""}}
		}},
		{cat, "fiddler-base64-postdata-encoding", func(c *gcase) {
			c.creator = [2]string{"Fiddler", "5.0.20211.51073"}
			e := c.post("https://mail.acme.example/EWS/Exchange.asmx", "text/xml; charset=utf-8", gB64(`<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header><h:ExchangeImpersonation xmlns:h="http://schemas.microsoft.com/exchange/services/2006/types"/></s:Header><s:Body><m:GetUserOofSettingsRequest xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages"/></s:Body></s:Envelope>`)).
				rh("Authorization", "Basic "+gB64("ACME\\svc-ews:"+c.secret("EWS Basic password (Fiddler base64 postData)", c.h6Pw())))
			e.post.encoding = "base64"
		}},
		{cat, "zap-empty-request-mime-json-body", func(c *gcase) {
			c.creator = [2]string{"OWASP ZAP", "2.15.0"}
			c.post("https://acme.atlassian.net/rest/api/3/issue", "", `{"fields":{"project":{"key":"`+c.decoy("OPS")+`"},"summary":"rotate","description":"x"},"serviceAccountSecret":"`+c.secret("secret field in JSON body with empty mimeType (ZAP)", c.alnum(36))+`"}`).
				rh("Authorization", "Basic "+gB64("svc@acme.example:"+c.secret("Atlassian API token in Basic (ZAP)", "ATATT3xFfGF0"+c.pick(gB64uAlpha, 170)+"="+strings.ToUpper(c.hexs(8)))))
		}},
		{cat, "burp-wrong-mime-text-plain-form", func(c *gcase) {
			c.creator = [2]string{"Burp Suite Professional", "2024.11.1"}
			c.post("https://remote.acme.example/my.policy", "text/plain", "username=dvance&password="+url.QueryEscape(c.secret("form body under text/plain mime (Burp)", c.h6Pw()))+"&"+c.decoy("vhost=standard")+"&otp="+c.secret("otp field in form under text/plain", c.digits(8)))
		}},
		{cat, "burp-octet-stream-json-response", func(c *gcase) {
			c.creator = [2]string{"Burp Suite Professional", "2024.11.1"}
			c.get("https://api.acme.example/v1/integrations/zendesk").resp("application/octet-stream", `{"subdomain":"`+c.decoy("acme-support")+`","email":"svc@acme.example","apiToken":"`+c.secret("apiToken in JSON served as octet-stream", c.alnum(40))+`"}`)
		}},
		{cat, "chrome-h2-pseudo-header-path-with-canary", func(c *gcase) {
			can := c.secret("X-OWA-CANARY in :path pseudo-header query", c.pick(gB64uAlpha, 43)+".")
			e := c.get("https://outlook.office.com/owa/service.svc/s/GetFileAttachment?id=" + c.decoy("AAMkADk0YzU2ZTAz") + "&X-OWA-CANARY=" + can)
			e.httpVersion = "h2"
			e.rh(":authority", c.decoy("outlook.office.com"), ":method", "GET", ":path", "/owa/service.svc/s/GetFileAttachment?id=AAMkADk0YzU2ZTAz&X-OWA-CANARY="+can, ":scheme", "https")
		}},
		{cat, "set-cookie-joined-comma-with-expires", func(c *gcase) {
			c.creator = [2]string{"Fiddler", "5.0.20211.51073"}
			e := c.post("https://gw.acme.example/cgi/login", "application/x-www-form-urlencoded", "login=dvance&passwd="+url.QueryEscape(c.secret("Citrix /cgi/login passwd", c.h6Pw())))
			nsc := c.secret("NSC_AAAC cookie in comma-joined Set-Cookie", c.hexs(72))
			tmas := c.secret("NSC_TMAS cookie after an Expires comma", c.hexs(72))
			e.sh("Set-Cookie", "NSC_AAAC="+nsc+";Path=/;Secure;HttpOnly, NSC_TMAS="+tmas+";expires=Sat, 22-Nov-2026 18:15:00 GMT;Path=/;Secure;HttpOnly, "+c.decoy("NSC_EPAC")+"=;expires=Thu, 01-Jan-1970 00:00:00 GMT;Path=/")
			e.respCookies = []any{}
		}},
		{cat, "cookie-header-without-equals", func(c *gcase) {
			c.get("https://horizon.acme.example/portal/webclient/index.html").rh("Cookie", c.secret("bare cookie without name", c.b64u(32))+"; JSESSIONID="+c.secret("Horizon JSESSIONID in Cookie", strings.ToUpper(c.hexs(32)))+"; clientlang=en").rh("Accept-Language", c.decoy("en-GB,en;q=0.9"))
		}},
		{cat, "zap-note-and-comment-with-request-line", func(c *gcase) {
			c.creator = [2]string{"OWASP ZAP", "2.15.0"}
			e := c.get("https://jira.acme.example/rest/api/2/serverInfo").rh("User-Agent", c.decoy("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"))
			e.set("comment", "replayed with\nAuthorization: Bearer "+c.secret("bearer in pasted header inside entry comment (ZAP note)", c.pick(gAlnum+"+/", 44))+"\nX-AUSERNAME: dvance")
		}},
		{cat, "burp-websocket-binary-frame-base64", func(c *gcase) {
			c.creator = [2]string{"Burp Suite Professional", "2024.11.1"}
			fr := h6PB(1, "auth", 2, c.secret("token in protobuf in base64 opcode-2 ws frame", c.alnum(40)))
			c.get("wss://rt.acme.example/ws").code(101).wsMsg("send", 2, base64.StdEncoding.EncodeToString(fr)).wsMsg("receive", 1, `{"op":"ready",`+c.decoy(`"node":"rt-eu-3"`)+`}`)
		}},
		{cat, "fiddler-response-headers-with-token-in-warning", func(c *gcase) {
			c.creator = [2]string{"Fiddler", "5.0.20211.51073"}
			dt := c.secret("X-Debug-Token response header, also in the profiler link", c.hexs(6)+c.hexs(6))
			c.get("https://intranet.acme.example/api/").sh("X-Debug-Token", dt, "X-Debug-Token-Link", "https://intranet.acme.example/_profiler/"+dt, "X-Powered-By", c.decoy("PHP/8.3.13"))
		}},
	}
}

// 6. One secret, redacted everywhere in the file.
func h6Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "f5-mrhsession-echoed-earlier-and-later", func(c *gcase) {
			s := c.secret("F5 MRHSession echoed in an earlier log body and a later query", c.hexs(32))
			c.post("https://log.acme.example/ingest", "application/json", `{"msg":"webtop start","ref":"`+s+`",`+c.decoy(`"level":"info"`)+`}`)
			c.post("https://remote.acme.example/my.policy", "application/x-www-form-urlencoded", "username=dvance&password="+url.QueryEscape(c.secret("F5 password", c.h6Pw()))).sh("Set-Cookie", "MRHSession="+s+"; path=/; secure")
			c.get("https://remote.acme.example/vdesk/webtop.eui?webtop=/Common/wt&" + c.decoy("webtop_type=webtop") + "&sid=" + s)
		}},
		{cat, "globalprotect-cookie-from-xml-reused-in-gateway-form", func(c *gcase) {
			ck := c.secret("GlobalProtect portal-userauthcookie reused in gateway login form and telemetry", c.b64s(48))
			c.get("https://telemetry.acme.example/t?ev=gp&c=" + url.QueryEscape(ck))
			c.post("https://vpn.acme.example/global-protect/getconfig.esp", "application/x-www-form-urlencoded", "user=dvance&passwd=&portal-userauthcookie=empty").
				resp("application/xml", `<policy><portal-userauthcookie>`+ck+`</portal-userauthcookie></policy>`)
			c.post("https://gw-fra.acme.example/ssl-vpn/login.esp", "application/x-www-form-urlencoded", "user=dvance&"+c.decoy("prot=https%3A")+"&passwd=&portal-userauthcookie="+url.QueryEscape(ck))
		}},
		{cat, "google-at-token-from-wiz-global-data", func(c *gcase) {
			at := c.secret("Google XSRF at token in WIZ_global_data SNlM0e, reused in at=", "AJpMio"+c.pick(gB64uAlpha, 22)+":1700000000456")
			c.get("https://mail.google.com/chat/u/0/").resp("text/html", `<script>window.WIZ_global_data = {"Qzxixc":"`+c.decoy("S-1")+`","SNlM0e":"`+at+`","TSDtV":"`+c.decoy("%.@.[[null,[[45459555,null,false]]]]")+`","cfb2h":"`+c.decoy("boq_dynamiteuiserver_20261118.06_p0")+`"};</script>`)
			c.post("https://mail.google.com/chat/u/0/_/DynamiteWebUi/data/batchexecute?rpcids=Wm4Zgb", "application/x-www-form-urlencoded", "f.req=%5B%5B%5B%22Wm4Zgb%22%2C%22%5B%5D%22%2Cnull%2C%22generic%22%5D%5D%5D&at="+url.QueryEscape(at)+"&")
		}},
		{cat, "salesforce-sid-cookie-as-oauth-header-and-json", func(c *gcase) {
			sid := c.secret("Salesforce sid cookie, later Authorization: OAuth and JSON echo", "00D"+c.pick(gAlnum, 12)+"!AQ"+c.pick(gAlnum, 1)+"AQ"+c.pick(gAlnum+"._", 92))
			c.post("https://diag.acme.example/dump", "application/json", `{"ctx":{"org":"`+c.decoy("00D5g000004ABCD")+`","value":"`+sid+`"}}`)
			c.get("https://acme.my.salesforce.com/services/data/v61.0/sobjects").rh("Cookie", "sid="+sid)
			c.get("https://acme.my.salesforce.com/services/data/v61.0/limits").rh("Authorization", "OAuth "+sid)
		}},
		{cat, "sap-csrf-token-percent-and-base64-echo", func(c *gcase) {
			tok := c.secret("SAP x-csrf-token echoed percent-encoded and inside base64", c.pick(gAlnum, 20)+"+/="+"=")
			c.get("https://fiori.acme.example/sap/bc/ui2/start_up?sap-client=100").rh("x-csrf-token", "Fetch").sh("x-csrf-token", tok)
			c.post("https://fiori.acme.example/sap/bc/ui5_ui5/ui2/ushell/resources/log", "application/x-www-form-urlencoded", "tok="+url.QueryEscape(tok)+"&"+c.decoy("lvl=warn"))
			c.post("https://apm.acme.example/v1/spans", "application/json", `{"attrs":{"ctx":"`+gB64("csrf="+tok)+`"},`+c.decoy(`"service":"fiori-launchpad"`)+`}`)
		}},
		{cat, "teams-skypetoken-in-earlier-ws-frame", func(c *gcase) {
			sk := c.secret("Teams skypetoken first in a ws frame under a neutral name, later in header", c.h6JWT(`{"skypeid":"orgid:`+c.uuid()+`","exp":1700086400}`))
			c.get("wss://go-eu.trouter.teams.microsoft.com/v4/c?"+c.decoy("tc=%7B%22cv%22%3A%222026.45.01.5%22%7D")).code(101).wsMsg("send", 1, `5:::{"name":"user.authenticate","args":[{"headers":{"X-Ms-Test-User":"False","X-MS-Migration":"True"},"v":"`+sk+`"}]}`)
			c.get("https://teams.microsoft.com/api/mt/emea/beta/users/me/").rh("X-Skypetoken", sk)
		}},
		{cat, "atl-token-meta-then-query-then-form", func(c *gcase) {
			tok := c.secret("Confluence atl_token in meta, query and form", c.hexs(40)+"_lin")
			c.get("https://wiki.acme.example/pages/viewpage.action?pageId="+c.decoy("88473602")).resp("text/html", `<meta name="ajs-atl-token" content="`+tok+`"><meta name="ajs-page-id" content="88473602">`)
			c.get("https://wiki.acme.example/pages/removepage.action?pageId=88473602&atl_token=" + tok)
			c.post("https://wiki.acme.example/pages/doeditpage.action", "application/x-www-form-urlencoded", "atl_token="+tok+"&"+c.decoy("originalVersion=12"))
		}},
		{cat, "workday-token-in-ndjson-log-before-login", func(c *gcase) {
			tok := c.secret("Workday session token in earlier NDJSON log line (unnamed), then header", c.pick(gLower+gDigits, 36))
			c.post("https://log.acme.example/bulk", "application/x-ndjson", `{"t":"2026-11-22T10:15:00Z","m":"boot"}`+"\n"+`{"t":"2026-11-22T10:15:01Z","m":"restored","x":"`+tok+`"}`+"\n"+c.decoy(`{"t":"2026-11-22T10:15:02Z","m":"idle"}`)+"\n")
			c.get("https://wd3.myworkday.com/acme/d/home.htmld").rh("Session-Secure-Token", tok)
		}},
		{cat, "mollie-api-key-in-config-js-and-header", func(c *gcase) {
			k := c.secret("Mollie live_ key in JS config and later Authorization", "live_"+c.pick(gAlnum, 30))
			c.get("https://shop.acme.example/static/js/cfg.js").resp("application/javascript", `window.CFG={profile:"`+c.decoy("pfl_QkEhN94Ba")+`",k:"`+k+`"};`)
			c.get("https://api.mollie.com/v2/payments/"+c.decoy("tr_WDqYK6vllg")).rh("Authorization", "Bearer "+k)
		}},
		{cat, "citrix-nsc-aaac-echoed-in-storefront-json-and-base64", func(c *gcase) {
			nsc := c.secret("Citrix NSC_AAAC echoed in StoreFront JSON and base64 header", c.hexs(72))
			c.get("https://gw.acme.example/vpn/index.html").sh("Set-Cookie", "NSC_AAAC="+nsc+";Path=/;Secure;HttpOnly")
			c.post("https://gw.acme.example/Citrix/StoreWeb/Home/Configuration", "application/x-www-form-urlencoded", "").resp("application/json", `{"ref":"`+nsc+`",`+c.decoy(`"receiverVersion":"3.28.0.0"`)+`}`)
			c.get("https://gw.acme.example/Citrix/StoreWeb/Resources/List").rh("X-Citrix-Ctx", gB64("gw="+nsc))
		}},
		{cat, "hotel-folio-token-json-then-path", func(c *gcase) {
			tok := c.secret("hotel folio access token in JSON, then a later URL path", c.pick(gAlnum, 32))
			c.get("https://guest.hotelgroup.example/api/stays/"+c.decoy("RSV-8842-12")).resp("application/json", `{"folioNumber":"`+c.decoy("FO-2026-118843")+`","folioAccessToken":"`+tok+`"}`)
			c.get("https://guest.hotelgroup.example/folio/FO-2026-118843/" + tok + "/pdf")
		}},
	}
}

// 7. GraphQL.
func h6GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "atlassian-gateway-create-api-token", func(c *gcase) {
			c.post("https://acme.atlassian.net/gateway/api/graphql", "application/json",
				`{"operationName":"CreateToken","query":"mutation CreateToken($cloudId: ID!, $label: String!) { createApiToken(cloudId: $cloudId, label: $label) { token id } }","variables":{"cloudId":"`+c.decoy(c.uuid())+`","label":"`+c.decoy("ci-runner")+`"}}`).
				resp("application/json", `{"data":{"createApiToken":{"token":"`+c.secret("createApiToken response token", "ATATT3xFfGF0"+c.pick(gB64uAlpha, 170)+"="+strings.ToUpper(c.hexs(8)))+`","id":"`+c.decoy(c.uuid())+`"}}}`)
		}},
		{cat, "variable-bound-to-newPassword-arg", func(c *gcase) {
			c.post("https://hr.acme.example/graphql", "application/json",
				`{"query":"mutation ($a: String!, $b: String!) { changePassword(currentPassword: $a, newPassword: $b) { ok } }","variables":{"a":"`+c.secret("variable $a bound to currentPassword", c.h6Pw())+`","b":"`+c.secret("variable $b bound to newPassword", c.h6Pw())+`"}}`)
		}},
		{cat, "input-object-literal-with-secret-field", func(c *gcase) {
			c.post("https://hr.acme.example/graphql", "application/json",
				`{"query":"mutation { connectPayroll(input: {provider: \"ADP\", clientId: \"`+c.decoy("acme-adp-01")+`\", clientSecret: \"`+c.secret("inline input object clientSecret literal", c.alnum(40))+`\"}) { status } }"}`)
		}},
		{cat, "persisted-query-get-variables-pct", func(c *gcase) {
			v := `{"inviteToken":"` + c.secret("persisted GET variables inviteToken", c.pick(gB64uAlpha, 40)) + `","email":"new.hire@acme.example"}`
			c.get("https://hr.acme.example/graphql?operationName=AcceptInvite&variables=" + url.QueryEscape(v) + "&extensions=" + url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"`+c.decoy(c.hexs(64))+`"}}`))
		}},
		{cat, "apollo-batched-array-variables", func(c *gcase) {
			c.post("https://support.acme.example/graphql", "application/json",
				`[{"operationName":"Me","variables":{},"query":"query Me { me { id } }"},{"operationName":"LinkAccount","variables":{"code":"`+c.secret("batched item variables.code bound to linkAccount(code:)", c.b64u(32))+`","provider":"`+c.decoy("zendesk")+`"},"query":"mutation LinkAccount($code: String!, $provider: String!) { linkAccount(oauthCode: $code, provider: $provider) { ok } }"}]`)
		}},
		{cat, "graphql-over-sse-next-event", func(c *gcase) {
			c.post("https://api.acme.example/graphql/stream", "application/json", `{"query":"subscription { sessionRotated { accessToken expiresIn } }"}`).rh("Accept", "text/event-stream").
				resp("text/event-stream", "event: next\ndata: {\"data\":{\"sessionRotated\":{\"accessToken\":\""+c.secret("accessToken in GraphQL SSE next event", c.alnum(48))+"\",\"expiresIn\":"+c.decoy("3600")+"}}}\n\nevent: complete\ndata:\n\n")
		}},
		{cat, "get-query-inline-apikey-literal", func(c *gcase) {
			q := `query { integrations(apiKey: "` + c.secret("inline apiKey literal in GET query=", c.alnum(32)) + `") { name } }`
			c.get("https://api.acme.example/graphql?query=" + url.QueryEscape(q) + "&" + c.decoy("operationName=Integrations"))
		}},
		{cat, "salesforce-graphql-bearer-and-alias", func(c *gcase) {
			c.post("https://acme.my.salesforce.com/services/data/v61.0/graphql", "application/json", `{"query":"query { uiapi { query { Contact(first: 2) { edges { node { Id } } } } } }"}`).
				rh("Authorization", "Bearer "+c.secret("Salesforce bearer (00D...!...)", "00D"+c.pick(gAlnum, 12)+"!AQ"+c.pick(gAlnum+"._", 96)))
			c.post("https://api.acme.example/graphql", "application/json", `{"query":"mutation { issue: createWebhook(url: \"https://hooks.acme.example/x\") { s: signingSecret id } }"}`).
				resp("application/json", `{"data":{"issue":{"s":"`+c.secret("aliased signingSecret field s", "whsec_"+c.pick(gAlnum, 32))+`","id":"`+c.decoy("V2ViaG9vazo0NDE=")+`"}}}`)
		}},
		{cat, "graphql-ws-connection-init-authorization", func(c *gcase) {
			c.get("wss://api.acme.example/graphql").rh("Sec-WebSocket-Protocol", "graphql-transport-ws").code(101).
				wsMsg("send", 1, `{"type":"connection_init","payload":{"Authorization":"Bearer `+c.secret("graphql-ws connection_init payload.Authorization", c.h6JWT(`{"sub":"dvance","exp":1700003600}`))+`"}}`).
				wsMsg("send", 1, `{"id":"`+c.decoy(c.uuid())+`","type":"subscribe","payload":{"query":"subscription { tickets { id } }"}}`)
		}},
		{cat, "persisted-query-post-variables-only", func(c *gcase) {
			c.post("https://hr.acme.example/graphql", "application/json",
				`{"operationName":"SignIn","variables":{"login":"dvance","password":"`+c.secret("persisted POST variables.password (no query text)", c.h6Pw())+`","otp":"`+c.secret("persisted POST variables.otp", c.digits(8))+`"},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"`+c.decoy(c.hexs(64))+`"}}}`)
		}},
		{cat, "neutral-variable-bound-to-token-arg", func(c *gcase) {
			c.post("https://support.acme.example/graphql", "application/json",
				`{"query":"mutation Verify($x: String!, $y: ID!) { verifyDevice(token: $x, deviceId: $y) { trusted } }","variables":{"x":"`+c.secret("neutral $x bound to token: argument", c.alnum(40))+`","y":"`+c.decoy("dev-7731")+`"}}`)
		}},
	}
}

// 8. Vendor token formats.
func h6Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "zendesk-email-token-basic-and-freshdesk-apikey-x", func(c *gcase) {
			c.get("https://acme.zendesk.com/api/v2/tickets.json?"+c.decoy("page%5Bsize%5D=100")).rh("Authorization", "Basic "+gB64("it-bot@acme.example/token:"+c.secret("Zendesk API token in email/token: Basic", c.alnum(40))))
			c.get("https://acme.freshdesk.com/api/v2/tickets?"+c.decoy("updated_since=2026-11-01T00:00:00Z")).rh("Authorization", "Basic "+gB64(c.secret("Freshdesk API key as Basic user with X password", c.alnum(20))+":X"))
		}},
		{cat, "intercom-access-token-dg9r", func(c *gcase) {
			c.get("https://api.intercom.io/contacts?"+c.decoy("per_page=50")).rh("Authorization", "Bearer "+c.secret("Intercom access token (dG9rOj...)", gB64("tok:"+c.uuid()+":1:0")+"="), "Intercom-Version", c.decoy("2.11"))
		}},
		{cat, "azure-ad-client-secret-form", func(c *gcase) {
			c.post("https://login.microsoftonline.com/"+c.decoy(c.uuid())+"/oauth2/v2.0/token", "application/x-www-form-urlencoded",
				"client_id="+c.uuid()+"&"+c.decoy("scope=https%3A%2F%2Fgraph.microsoft.com%2F.default")+"&client_secret="+url.QueryEscape(c.secret("Azure AD client secret (xxx8Q~...)", c.pick(gAlnum, 3)+"8Q~"+c.pick(gAlnum+"._~-", 31)))+"&grant_type=client_credentials")
		}},
		{cat, "teams-incoming-webhook-url-in-json", func(c *gcase) {
			u := "https://acme.webhook.office.com/webhookb2/" + c.uuid() + "@" + c.uuid() + "/IncomingWebhook/" + c.secret("Teams incoming webhook path key", c.hexs(32)) + "/" + c.uuid() + "/V2" + c.pick(gB64uAlpha, 44)
			c.post("https://ops.acme.example/api/alert-channels", "application/json", `{"name":"`+c.decoy("ops-oncall")+`","kind":"msteams","target":"`+u+`"}`)
		}},
		{cat, "azure-sas-sig-in-onedrive-download", func(c *gcase) {
			c.get("https://acmestorage.blob.core.windows.net/exports/payroll-2026-11.csv?" + c.decoy("sv=2022-11-02") + "&" + c.decoy("se=2026-11-22T11%3A15%3A00Z") + "&sr=b&" + c.decoy("sp=r") + "&sig=" + url.QueryEscape(c.secret("Azure SAS sig", c.b64s(32))))
			c.post("https://ops.acme.example/api/notes", "application/json", `{"n":"conn: DefaultEndpointsProtocol=https;AccountName=acmestorage;AccountKey=`+c.secret("AccountKey= in storage connection string", c.b64s(64))+`;EndpointSuffix=core.windows.net"}`)
		}},
		{cat, "google-oauth-ya29-and-1-slash-slash-refresh", func(c *gcase) {
			c.post("https://oauth2.googleapis.com/token", "application/x-www-form-urlencoded", "grant_type=refresh_token&client_id="+c.decoy(c.digits(12)+"-"+c.pick(gLower+gDigits, 32)+".apps.googleusercontent.com")+"&refresh_token="+url.QueryEscape(c.secret("Google refresh token 1//0", "1//0"+c.pick(gB64uAlpha, 99)))).
				resp("application/json", `{"access_token":"`+c.secret("Google ya29. access token", "ya29.a0"+c.pick(gB64uAlpha, 180))+`","expires_in":3599,`+c.decoy(`"scope":"https://www.googleapis.com/auth/calendar.readonly"`)+`,"token_type":"Bearer"}`)
		}},
		{cat, "worldline-gcs-v1hmac-and-ogone-shasign", func(c *gcase) {
			c.post("https://payment.preprod.direct.worldline-solutions.com/v2/"+c.decoy("1234")+"/hostedcheckouts", "application/json", `{"order":{"amountOfMoney":{"amount":2980,"currencyCode":"EUR"}}}`).
				rh("Authorization", "GCS v1HMAC:"+c.decoy(strings.ToUpper(c.hexs(16)))+":"+c.secret("Worldline GCS v1HMAC signature", c.b64s(32)), "Date", c.decoy("Sat, 22 Nov 2026 10:15:00 GMT"))
			c.post("https://secure.ogone.com/ncol/prod/orderstandard_utf8.asp", "application/x-www-form-urlencoded", "PSPID=acmeshop&ORDERID="+c.decoy("ORD2026118842")+"&AMOUNT=2980&CURRENCY=EUR&SHASIGN="+c.secret("Ogone SHASIGN", strings.ToUpper(c.hexs(128))))
		}},
		{cat, "mollie-access-token-and-ids", func(c *gcase) {
			c.post("https://api.mollie.com/v2/payments", "application/json", `{"amount":{"currency":"EUR","value":"29.80"},"description":"Order `+c.decoy("2026118842")+`","redirectUrl":"https://shop.acme.example/return","profileId":"`+c.decoy("pfl_QkEhN94Bb")+`"}`).
				rh("Authorization", "Bearer "+c.secret("Mollie OAuth access_ token", "access_"+c.pick(gAlnum, 40))).
				resp("application/hal+json", `{"resource":"payment","id":"`+c.decoy("tr_7UhSN1zuXS")+`","mode":"live","_links":{"checkout":{"href":"https://www.mollie.com/checkout/select-method/7UhSN1zuXS"}}}`)
		}},
		{cat, "dynatrace-and-gitlab-in-jira-integration-form", func(c *gcase) {
			c.post("https://jira.acme.example/plugins/servlet/integrations/save", "application/x-www-form-urlencoded",
				"dt="+c.secret("Dynatrace dt0c01 token", "dt0c01."+strings.ToUpper(c.pick(gUpper+gDigits, 24))+"."+strings.ToUpper(c.pick(gUpper+gDigits, 64)))+"&gl="+c.secret("GitLab glpat- token", "glpat-"+c.pick(gAlnum+"-_", 20))+"&"+c.decoy("project=OPS"))
		}},
		{cat, "slack-webhook-and-xoxb-in-workday-integration", func(c *gcase) {
			c.post("https://wd3.myworkday.com/acme/integrations/notify", "application/json", `{"cfg":{"hook":"https://hooks.slack.com/services/T`+c.pick(gUpper+gDigits, 8)+`/B`+c.pick(gUpper+gDigits, 10)+`/`+c.secret("Slack webhook path secret", c.pick(gAlnum, 24))+`","bot":"`+c.secret("Slack xoxb- bot token", "xoxb-"+c.digits(12)+"-"+c.digits(13)+"-"+c.pick(gAlnum, 24))+`"},`+c.decoy(`"channel":"#hr-alerts"`)+`}`)
		}},
		{cat, "okta-ssws-and-duo-skey-in-proxy-config", func(c *gcase) {
			c.post("https://zpa-admin.acme.example/api/idp", "application/json", `{"idp":"okta","org":"`+c.decoy("acme.okta.com")+`","token":"SSWS `+c.secret("Okta SSWS token", "00"+c.pick(gAlnum+"-_", 40))+`","duo":{"ikey":"`+c.decoy("DI"+strings.ToUpper(c.pick(gUpper+gDigits, 18)))+`","skey":"`+c.secret("Duo skey (40 alnum)", c.pick(gAlnum, 40))+`"}}`)
		}},
	}
}

// 9. Payment cards and free-text credential phrases.
func h6CardsPhrases() []gdef {
	const cat = "9.cards-phrases"
	return []gdef{
		{cat, "mollie-hosted-card-form", func(c *gcase) {
			c.post("https://pay.mollie.com/checkout/credit-card/7UhSN1zuXT", "application/x-www-form-urlencoded",
				"cardHolder=Dana+Vance&cardNumber="+c.secret("Mollie hosted form cardNumber", c.card("4543", 16))+"&cardExpiryDate=11%2F29&cardCvv=737&"+c.decoy("locale=nl_NL"))
		}},
		{cat, "worldline-direct-card-json", func(c *gcase) {
			c.post("https://payment.direct.worldline-solutions.com/v2/acme/payments", "application/json",
				`{"cardPaymentMethodSpecificInput":{"card":{"cardNumber":"`+c.secret("Worldline cardPaymentMethodSpecificInput.card.cardNumber", c.card("5137", 16))+`","cvv":"451","expiryDate":"1229","cardholderName":"Dana Vance"},`+c.decoy(`"paymentProductId":3`)+`},"order":{"references":{"merchantReference":"`+c.decoy("AC-2026-118842")+`"}}}`)
		}},
		{cat, "ogone-cardno-form", func(c *gcase) {
			c.post("https://secure.ogone.com/ncol/prod/orderdirect.asp", "application/x-www-form-urlencoded",
				"PSPID=acmeshop&ORDERID=ORD2026118843&AMOUNT=2980&CURRENCY=EUR&CARDNO="+c.secret("Ogone CARDNO (Amex 15)", c.card("3714", 15))+"&ED=0429&CVC=1234&"+c.decoy("OPERATION=SAL"))
		}},
		{cat, "airline-fop-card-grouped-spaces", func(c *gcase) {
			p := c.card("5425", 16)
			c.secret("airline formOfPayment card with spaces", gGroup4(p, " "))
			c.post("https://book.airline.example/api/v3/orders/"+c.decoy("X7K2QP")+"/payments", "application/json",
				`{"formOfPayment":{"type":"CC","creditCard":{"vendorCode":"CA","number":"`+gGroup4(p, " ")+`","expiryDate":"2029-04","holder":"DANA VANCE"}},"amount":{"total":"`+c.decoy("412.80")+`","currency":"EUR"}}`)
		}},
		{cat, "hotel-folio-note-card-and-decoy-numbers", func(c *gcase) {
			p := c.card("3566", 16)
			c.secret("JCB card in hotel folio free-text note", p)
			c.get("https://pms.hotelgroup.example/api/folios/"+c.decoy("FO-2026-118842")).resp("application/json",
				`{"folio":"FO-2026-118842","notes":"guest paid by card `+p+` at check-in; loyalty `+c.decoy("7012345678901234")+`; conf `+c.decoy("8123400012")+`"}`)
		}},
		{cat, "diners-14-in-workday-expense", func(c *gcase) {
			p := c.secret("Diners 14-digit in Workday expense JSON number", c.card("3056", 14))
			c.post("https://wd3.myworkday.com/acme/expense/items", "application/json", `{"merchant":"Lufthansa","corporateCard":`+p+`,"amount":`+c.decoy("412.8")+`,"receiptId":"`+c.decoy("RCPT-99120")+`"}`)
		}},
		{cat, "zendesk-chat-vpn-password-is", func(c *gcase) {
			c.get("wss://widget-mediator.zopim.com/s/W/ws/"+c.decoy("Lk2pQ9")+"/c/1").code(101).wsMsg("send", 1, `{"__type":"chat.msg","msg":"hi, I reset my VPN password, it is now `+c.secret("'password, it is now X' in Zendesk chat", c.h6Pw())+` but the GlobalProtect agent still fails","timestamp":`+c.decoy("1700000000999")+`}`)
		}},
		{cat, "freshdesk-ticket-psk-and-passphrase", func(c *gcase) {
			c.post("https://acme.freshdesk.com/api/v2/tickets/"+c.decoy("44812")+"/reply", "application/json", `{"body":"<div>Branch router config:<br>psk=`+c.secret("psk= in ticket HTML", c.alnum(24))+`<br>ike passphrase: `+c.secret("passphrase: X in ticket HTML", c.h6Pw())+`<br>`+c.decoy("mtu=1380")+`</div>"}`)
		}},
		{cat, "jira-comment-npmrc-authtoken", func(c *gcase) {
			c.post("https://jira.acme.example/rest/api/2/issue/OPS-4413/comment", "application/json", `{"body":"CI fails, here is our .npmrc:\n{code}\nregistry=https://npm.acme.example/\n//npm.acme.example/:_authToken=`+c.secret(".npmrc _authToken in Jira comment", c.uuid())+`\n`+c.decoy("always-auth=true")+`\n{code}"}`)
		}},
		{cat, "teams-chat-message-german-passwort", func(c *gcase) {
			c.post("https://emea.ng.msg.teams.microsoft.com/v1/users/ME/conversations/19%3A"+c.decoy("a1b2c3d4e5f6")+"%40thread.v2/messages", "application/json",
				`{"content":"<p>Das neue Passwort f\u00fcr den Drucker-Admin ist `+c.secret("German 'Passwort ... ist X' in Teams message", c.h6Pw())+`</p>","messagetype":"RichText/Html","contenttype":"text","clientmessageid":"`+c.decoy(c.digits(19))+`"}`)
		}},
		{cat, "owa-getitem-html-body-temporary-credentials", func(c *gcase) {
			c.post("https://mail.acme.example/owa/service.svc?action=GetItem", "application/json", `{"__type":"GetItemJsonRequest:#Exchange"}`).resp("application/json",
				`{"Body":{"ResponseMessages":{"Items":[{"Items":[{"Subject":"Welcome","Body":{"BodyType":"HTML","Value":"<html><body><p>Username: new.hire<br>Initial password: `+c.secret("'Initial password: X' in OWA HTML body", c.h6Pw())+`<br>Wi-Fi key: `+c.secret("'Wi-Fi key: X' in OWA HTML body", c.alnum(16))+`</p></body></html>"},"ItemId":{"Id":"`+c.decoy("AAMkADk0YzU2ZTAzLTBl")+`"}}]}]}}}`)
		}},
		{cat, "intercom-reply-api-key-prose", func(c *gcase) {
			c.post("https://api-iam.intercom.io/messenger/web/conversations/"+c.decoy("215467009876541")+"/reply", "application/x-www-form-urlencoded",
				"app_id=k7q9x2m1&body="+url.QueryEscape("ok here is the token you asked for: "+c.secret("'the token ...: X' in Intercom reply", c.pick(gB64uAlpha, 40))+" (expires Friday)"))
		}},
	}
}

// 10. Personal data.
func h6Personal() []gdef {
	const cat = "10.personal"
	return []gdef{
		{cat, "graph-me-profile", func(c *gcase) {
			c.get("https://graph.microsoft.com/v1.0/me").resp("application/json",
				`{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users/$entity","businessPhones":["`+c.secret("Graph businessPhones[0]", "+49 69 1234 5678")+`"],"displayName":"`+c.secret("Graph displayName", "Dana Vance")+`","givenName":"`+c.secret("Graph givenName", "Danielle")+`","surname":"`+c.secret("Graph surname", "Vanderhoven")+`","mail":"`+c.secret("Graph mail", "dana.vanderhoven@acme-corp.example")+`","mobilePhone":"`+c.secret("Graph mobilePhone", "+49 171 2345678")+`","userPrincipalName":"`+c.secret("Graph userPrincipalName", "dvanderhoven@acme-corp.example")+`","id":"`+c.decoy(c.uuid())+`",`+c.decoy(`"preferredLanguage":"de-DE"`)+`}`)
		}},
		{cat, "workday-worker-descriptor", func(c *gcase) {
			c.get("https://wd3.myworkday.com/ccx/api/v1/acme/workers/me").resp("application/json",
				`{"id":"`+c.decoy(c.hexs(32))+`","descriptor":"`+c.secret("Workday worker descriptor (person name)", "Marisol Etxeberria")+`","primaryWorkEmail":"`+c.secret("Workday primaryWorkEmail", "marisol.etxeberria@acme-corp.example")+`","primaryWorkPhone":"`+c.secret("Workday primaryWorkPhone", "+34 943 123 456")+`","businessTitle":"`+c.decoy("Payroll Specialist")+`","location":{"descriptor":"`+c.decoy("San Sebastian Office")+`"}}`)
		}},
		{cat, "zendesk-user-and-x-forwarded-for", func(c *gcase) {
			c.post("https://acme.zendesk.com/api/v2/users/create_or_update.json", "application/json", `{"user":{"name":"`+c.secret("Zendesk user.name", "Oluwaseun Adeyemi")+`","email":"`+c.secret("Zendesk user.email", "o.adeyemi@partner-mail.example")+`","phone":"`+c.secret("Zendesk user.phone", "+44 7700 900123")+`","role":"end-user",`+c.decoy(`"locale":"en-gb"`)+`}}`).
				rh("X-Forwarded-For", c.secret("X-Forwarded-For client IP (Zscaler-inserted)", "203.0.113.58")+", "+c.decoy("165.225.72.11"), "X-Zscaler-Cloud", c.decoy("zscalertwo"))
		}},
		{cat, "airline-pnr-passengers", func(c *gcase) {
			c.get("https://book.airline.example/api/v3/orders?recordLocator="+c.decoy("X7K2QP")+"&lastName="+c.secret("lastName in manage-booking query", "Kowalczyk")).resp("application/json",
				`{"recordLocator":"X7K2QP","passengers":[{"id":"`+c.decoy("PAX-1")+`","firstName":"`+c.secret("passenger firstName", "Agnieszka")+`","lastName":"Kowalczyk","dateOfBirth":"1987-03-14","contact":{"email":"`+c.secret("passenger contact.email", "a.kowalczyk@poczta.example")+`","phone":"`+c.secret("passenger contact.phone", "+48 601 234 567")+`"},"loyalty":{"program":"`+c.decoy("Miles&More")+`"}}],"segments":[{"flight":"`+c.decoy("LH1351")+`","departure":"2026-12-01T07:05:00+01:00"}]}`)
		}},
		{cat, "hotel-guest-profile-and-client-ip", func(c *gcase) {
			c.post("https://pms.hotelgroup.example/api/reservations/"+c.decoy("RSV-8842-11")+"/guest", "application/json",
				`{"guest":{"title":"Mr","fullName":"`+c.secret("hotel guest fullName", "Tobias Lindqvist")+`","emailAddress":"`+c.secret("hotel guest emailAddress", "tobias.lindqvist@mejl.example")+`","mobile":"`+c.secret("hotel guest mobile", "+46 70 123 45 67")+`"},"meta":{"client_ip":"`+c.secret("client_ip in body", "198.51.100.201")+`","pms_version":"`+c.decoy("7.4.2")+`"}}`)
		}},
		{cat, "salesforce-aura-current-user", func(c *gcase) {
			c.post("https://acme.my.site.com/s/sfsites/aura?r=5", "application/x-www-form-urlencoded", "message=%7B%7D&aura.token=null").resp("application/json",
				`{"actions":[{"id":"92;a","state":"SUCCESS","returnValue":{"Id":"`+c.decoy("0055g00000ABCDEAA4")+`","Name":"`+c.secret("aura returnValue Name (current user)", "Priyanka Raghunathan")+`","Email":"`+c.secret("aura returnValue Email", "priyanka.r@acme-corp.example")+`","MobilePhone":"`+c.secret("aura returnValue MobilePhone", "+91 98765 43210")+`","CommunityNickname":"User17000","LanguageLocaleKey":"`+c.decoy("en_US")+`"}}]}`)
		}},
		{cat, "intercom-boot-settings-js", func(c *gcase) {
			c.get("https://support.acme.example/").resp("text/html", `<script>window.intercomSettings = {app_id: "k7q9x2m1", name: "`+c.secret("intercomSettings name (JS literal)", "Hannelore Brückner")+`", email: "`+c.secret("intercomSettings email (JS literal)", "h.brueckner@acme-corp.example")+`", created_at: `+c.decoy("1699990000")+`};</script>`)
		}},
		{cat, "anyconnect-client-ip-in-xml-and-payroll-iban-holder", func(c *gcase) {
			c.post("https://vpn2.acme.example/", "application/xml", `<?xml version="1.0"?><config-auth client="vpn" type="init"><version who="vpn">4.10.07073</version><device-id computer-name="DV-LT-0042" device-type="`+c.decoy("VMware, Inc. VMware7,1")+`" platform-version="`+c.decoy("10.0.22631 #1")+`">win</device-id><group-access>https://vpn2.acme.example</group-access></config-auth>`).
				rh("X-Real-IP", c.secret("X-Real-IP client address", "192.0.2.187"))
			c.get("https://payroll.acme.example/api/v2/employees/"+c.decoy("E-104233")+"/bank").resp("application/json", `{"accountHolder":"`+c.secret("payroll accountHolder (person name)", "Dana Vanderhoven-Marsh")+`","bic":"`+c.decoy("COBADEFFXXX")+`","personalEmail":"`+c.secret("payroll personalEmail", "dana.vm@freemail.example")+`"}`)
		}},
		{cat, "google-people-me-and-serverip-decoy", func(c *gcase) {
			e := c.get("https://people-pa.clients6.google.com/v2/people/me?"+c.decoy("personFields=names%2CemailAddresses")).resp("application/json",
				`{"resourceName":"`+c.decoy("people/"+c.digits(21))+`","names":[{"displayName":"`+c.secret("People API names[].displayName", "Kwame Mensah-Bonsu")+`","givenName":"Kwame","familyName":"Mensah-Bonsu"}],"emailAddresses":[{"value":"`+c.secret("People API emailAddresses[].value", "kwame.mb@acme-corp.example")+`","metadata":{"primary":true}}]}`)
			e.set("serverIPAddress", c.decoy("142.250.185.74"))
		}},
	}
}

// heldout6Open lists the cases of this corpus the engine does not handle
// yet, each with the reason. They are reported, not failed; any other leak
// or lost decoy fails the test, and so does an entry here that no longer
// leaks (the list only shrinks).
var heldout6Open = map[string]string{
	"4.carriers/hex-encoded-state-param: csrf inside hex-encoded state":                                                "hex is not an encoding layer: hex-encoded JSON in a query value is not decoded",
	"10.personal/intercom-boot-settings-js: intercomSettings name (JS literal)":                                        "plain name key in a JS object literal beside email is not an identity field",
	"2.pairs/intercom-settings-array-pairs: env tuple FRESHDESK_API key":                                               "name word API alone (no key/token) is not a secret word, and a 20-char alnum value is below the unnamed-shape threshold",
	"3.unnamed/apex-session-in-f-p-url: APEX session id in f?p=app:page:SESSION":                                       "colon-separated positional values inside a query value (APEX f?p=app:page:session) are not split and judged by shape; a digits-only session id is never machine-shaped",
	"3.unnamed/google-batchexecute-at-param: batchexecute at= XSRF token":                                              "two-letter query name at is not a secret word and the value-shape rule does not judge a token with a :timestamp suffix",
	"3.unnamed/citrix-ica-file-logon-ticket: ICA Address STA ticket":                                                   "semicolon-separated positional fields inside an INI value (ICA Address=;40;STA..;TICKET) are not split and judged by shape",
	"4.carriers/spPageContextInfo-in-script: formDigestValue in _spPageContextInfo JS literal":                         "weak name digest with a 0x-hex,date value (SharePoint form digest) is treated as a content digest, not a credential",
	"6.everywhere/google-at-token-from-wiz-global-data: Google XSRF at token in WIZ_global_data SNlM0e, reused in at=": "neither occurrence is recognised (opaque key SNlM0e, two-letter name at), so the echo pass has nothing to propagate",
	"lost 1.names/anyconnect-config-auth-session-token: 18453":                                                         "weak name session-id redacts a 5-digit counter; the weak-word rule does not require a machine-generated value in XML elements",
	"lost 1.names/salesforce-aura-token-and-context: FYRb3LCa73k56uw7znxtRf":                                           "weak word uid (fwuid) with a 22-char base64url build id is judged a machine credential",
	"lost 8.vendors/worldline-gcs-v1hmac-and-ogone-shasign: BD107C55234506A9":                                          "an unknown Authorization scheme (GCS v1HMAC:keyId:signature) is redacted whole; its public key id is not kept",
}
