package sanitize

// A fifteenth held-out corpus for "Detection that generalizes", written
// without reading the engine and kept distinct from the earlier corpora:
// legacy and machine-to-machine traffic seen in browser HARs of admin and
// partner portals. SOAP 1.1 and 1.2 with WS-Security (UsernameToken with
// PasswordText and PasswordDigest, BinarySecurityToken, SAML assertions),
// WS-Trust and WS-Federation (ADFS, SharePoint /_trust/), XML-RPC (Odoo),
// SAP (Fiori/OData with X-CSRF-Token, MYSAPSSO2, SAP GUI for HTML, PI/PO
// directory, BTP XSUAA), Oracle EBS, PeopleSoft, JD Edwards AIS, Siebel,
// WebLogic, IBM WebSphere/Liberty (LTPA, {xor}/{aes} passwords), Domino,
// Maximo, API Connect, Microsoft Dynamics (Web API and Organization
// service), SharePoint (FedAuth, X-RequestDigest, sharing links), Java EE
// (j_security_check, JSF partial responses, ;jsessionid=), ASP.NET
// WebForms and MVC (__VIEWSTATE, .ASPXAUTH, cookieless sessions),
// ColdFusion (CFID/CFTOKEN), Liferay, EDI/AS2 portals and X12 documents,
// IoT and smart-home hubs (Home Assistant, Philips Hue, Tuya, Shelly,
// ThingsBoard, Node-RED, EMQX, AWS IoT), NAS and cameras (Synology, QNAP,
// Foscam, Hikvision ISAPI, ONVIF with RTSP URLs carrying credentials) and
// printers' embedded web servers, in the carriers they really use: XML and
// SOAP faults, CDATA, form posts, multipart, plist, properties/INI/YAML
// text, X12 segments, MQTT frames over websockets, base64 ViewState and
// PowerShell -EncodedCommand layers, query strings and basic-auth URLs.
// It reuses the harness of generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"encoding/base64"
	"net/url"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestHeldout15Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 15", "heldout15Open", heldout15Cases(), heldout15Open)
}

func TestHeldout15CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout15Cases())
}

func heldout15Cases() []gdef {
	return gCollect(u15Names, u15Pairs, u15Unnamed, u15Carriers, u15Exporters, u15Everywhere, u15GraphQL, u15Vendors, u15CardsPhrases, u15Personal)
}

// u15Pw is a realistic operator password: a word, digits, a symbol, a word.
func (c *gcase) u15Pw() string {
	words := []string{"Turbine", "Gantry", "Conveyor", "Boiler", "Forklift", "Lathe", "Spindle", "Ferrite", "Relay", "Hopper", "Piston", "Rotor", "Anvil", "Siphon", "Tundra", "Marlin"}
	syms := "!#$%*+-=?@_~"
	return words[c.rng.IntN(len(words))] + c.digits(3) + string(syms[c.rng.IntN(len(syms))]) + strings.ToLower(words[c.rng.IntN(len(words))])
}

// u15Part is one multipart/form-data part.
func u15Part(b, name, extra, body string) string {
	return "--" + b + "\r\nContent-Disposition: form-data; name=\"" + name + "\"" + extra + "\r\n\r\n" + body + "\r\n"
}

const u15WSNS = `xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"`

const u15PwText = `http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText`

// u15Env11 is a SOAP 1.1 envelope.
func u15Env11(hdr, body string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header>` + hdr + `</soapenv:Header><soapenv:Body>` + body + `</soapenv:Body></soapenv:Envelope>`
}

// u15Env12 is a SOAP 1.2 envelope with WS-Addressing.
func u15Env12(hdr, body string) string {
	return `<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://www.w3.org/2005/08/addressing"><s:Header>` + hdr + `</s:Header><s:Body>` + body + `</s:Body></s:Envelope>`
}

// u15MQTTPublish is an MQTT 3.1.1 PUBLISH packet (QoS 0).
func u15MQTTPublish(topic, payload string) []byte {
	vh := append([]byte{byte(len(topic) >> 8), byte(len(topic))}, topic...)
	vh = append(vh, payload...)
	return gMQTTPacket(0x30, vh)
}

// u15ViewState is an unencrypted ASP.NET LosFormatter ViewState holding strs.
func u15ViewState(strs ...string) string {
	b := []byte{0xff, 0x01, 0x0f, 0x0f, 0x05, 0x0a}
	b = append(b, "-184732921"...)
	b = append(b, 0x0f, 0x16, 0x02)
	for _, s := range strs {
		b = append(b, 0x1e, 0x04, 'T', 'e', 'x', 't', 0x05, byte(len(s)))
		b = append(b, s...)
	}
	b = append(b, 0x64, 0x64)
	return base64.StdEncoding.EncodeToString(b)
}

// u15UTF16B64 is base64 of the UTF-16LE encoding of s (PowerShell -EncodedCommand).
func u15UTF16B64(s string) string {
	var b []byte
	for _, r := range utf16.Encode([]rune(s)) {
		b = append(b, byte(r), byte(r>>8))
	}
	return base64.StdEncoding.EncodeToString(b)
}

// 1. Compound, abbreviated and foreign-language names.
func u15Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "sap-odata-csrf-fetch-sso2-and-session-cookies", func(c *gcase) {
			sso2 := c.secret("MYSAPSSO2 logon ticket cookie", "AjQxMDMBABhKAEQATwBFACAAIAAgACAAIAAgACAAIAACAAYxADAAMAAD"+c.b64s(120))
			sid := c.secret("SAP_SESSIONID_PRD_100 cookie", c.b64u(30))
			csrf := c.secret("x-csrf-token response header (fetched)", c.b64s(16))
			ck := "sap-usercontext=" + c.decoy("sap-client=100") + "; MYSAPSSO2=" + url.QueryEscape(sso2) + "; SAP_SESSIONID_PRD_100=" + sid + "%3d"
			c.get("https://fiori.acme-corp.example/sap/opu/odata/sap/ZPARTNER_ORDERS_SRV/?sap-client=100").
				rh("X-CSRF-Token", c.decoy("Fetch"), "Cookie", ck, "DataServiceVersion", "2.0").
				sh("x-csrf-token", csrf, "sap-server", "true", "sap-perf-fesrec", c.decoy("84312.000000")).resp("application/json", `{"d":{"EntitySets":["OrderSet","PartnerSet"]}}`)
			b := "batch_" + c.decoy(c.uuid())
			c.post("https://fiori.acme-corp.example/sap/opu/odata/sap/ZPARTNER_ORDERS_SRV/$batch?sap-client=100", "multipart/mixed; boundary="+b,
				"--"+b+"\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"+c.decoy("GET OrderSet?$skip=0&$top=20 HTTP/1.1")+"\r\nsap-cancel-on-close: true\r\nAccept: application/json\r\n\r\n\r\n--"+b+"--\r\n").
				rh("X-CSRF-Token", csrf, "Cookie", ck)
		}},
		{cat, "sap-webgui-login-form-and-contextid", func(c *gcase) {
			pw := c.secret("sap-password form field", c.u15Pw())
			xsrf := c.secret("sap-login-XSRF form field", c.b64u(40))
			ctx := c.secret("sap-contextid cookie (random part)", c.b64u(30))
			body := "FOCUS_ID=sap-user&" + c.decoy("sap-system-login-oninputprocessing=onLogin") + "&sap-urlscheme=&sap-system-login=onLogin&sap-system-login-basic_auth=&sap-client=100&sap-accessibility=&sap-login-XSRF=" + url.QueryEscape(xsrf) +
				"&sap-system-login-cookie_disabled=&sap-user=PARTNER01&sap-password=" + url.QueryEscape(pw) + "&" + c.decoy("sap-language=DE")
			c.post("https://erp.acme-corp.example/sap/bc/gui/sap/its/webgui?sap-client=100&sap-language=DE", "application/x-www-form-urlencoded", body).code(302).
				sh("Set-Cookie", "sap-contextid=SID%3aANON%3aerpapp01_ERP_00%3a"+ctx+"-NEW; path=/sap/bc/gui/sap/its/webgui", "Location", "/sap/bc/gui/sap/its/webgui?sap-client=100&"+c.decoy("~transaction=SU01"))
		}},
		{cat, "websphere-j-security-check-ltpa2", func(c *gcase) {
			pw := c.secret("j_password", c.u15Pw())
			ltpa := c.secret("LtpaToken2 Set-Cookie", c.b64s(225))
			js := c.secret("WebSphere JSESSIONID", "0000"+c.pick(gAlnum+"_-", 23)+":"+c.hexs(9))
			c.post("https://was.acme-corp.example:9043/ibm/console/j_security_check", "application/x-www-form-urlencoded", "j_username=wasadmin&j_password="+url.QueryEscape(pw)+"&"+c.decoy("action=Log+in")).code(302).
				sh("Set-Cookie", "LtpaToken2="+ltpa+"; Path=/; Secure; HttpOnly\nJSESSIONID="+js+"; Path=/ibm/console; Secure; HttpOnly\n"+c.decoy(`WASReqURL=""; Expires=Thu, 01 Dec 1994 16:00:00 GMT; Path=/`),
					"Location", c.decoy("https://was.acme-corp.example:9043/ibm/console/login.do?action=secure"))
		}},
		{cat, "sharepoint-fedauth-rtfa-and-request-digest", func(c *gcase) {
			fed := c.secret("FedAuth cookie", "77u/"+gB64(`<?xml version="1.0" encoding="utf-8"?><SP>V13,0h.f|membership|10032000a1b2c3d4@live.com,0#.f|membership|edi-ops@contoso.example,133766`+c.digits(10)+`,False,`+c.b64s(90)+`</SP>`))
			rtfa := c.secret("rtFa cookie", c.b64s(180))
			dg := c.secret("FormDigestValue / X-RequestDigest", "0x"+strings.ToUpper(c.hexs(128)))
			ck := "FedAuth=" + fed + "; rtFa=" + rtfa
			c.post("https://contoso.sharepoint.com/sites/Partners/_api/contextinfo", "", "").rh("Cookie", ck, "Accept", "application/json;odata=verbose").
				sh("SPRequestGuid", c.decoy(c.uuid()), "MicrosoftSharePointTeamServices", c.decoy("16.0.0.25506")).
				resp("application/json;odata=verbose", `{"d":{"GetContextWebInformation":{"__metadata":{"type":"SP.ContextWebInformation"},`+c.decoy(`"FormDigestTimeoutSeconds":1800`)+`,"FormDigestValue":"`+dg+`,22 Nov 2026 10:15:00 -0000",`+c.decoy(`"LibraryVersion":"16.0.25506.12003"`)+`,"SiteFullUrl":"https://contoso.sharepoint.com/sites/Partners"}}}`)
			c.post("https://contoso.sharepoint.com/sites/Partners/_api/web/lists/getbytitle('Shipments')/items", "application/json;odata=verbose", `{"__metadata":{"type":"SP.Data.ShipmentsListItem"},"Title":"`+c.decoy("ASN 0047112")+`"}`).
				rh("Cookie", ck, "X-RequestDigest", dg+",22 Nov 2026 10:15:00 -0000").code(201)
		}},
		{cat, "aspnet-mvc-aspxauth-sessionid-antiforgery", func(c *gcase) {
			rvt := c.secret("__RequestVerificationToken form field", c.b64u(69))
			rvc := c.secret("__RequestVerificationToken cookie", c.b64u(69))
			pw := c.secret("Password form field", c.u15Pw())
			auth := c.secret(".ASPXAUTH Set-Cookie", strings.ToUpper(c.hexs(288)))
			sess := c.secret("ASP.NET_SessionId Set-Cookie", c.pick("abcdefghijklmnopqrstuvwxyz012345", 24))
			c.post("https://partners.acme-corp.example/Account/Login?"+c.decoy("ReturnUrl=%2FOrders%2FOpen"), "application/x-www-form-urlencoded",
				"__RequestVerificationToken="+rvt+"&UserName=edi-ops&Password="+url.QueryEscape(pw)+"&"+c.decoy("RememberMe=false")).
				rh("Cookie", "__RequestVerificationToken="+rvc).code(302).
				sh("Set-Cookie", ".ASPXAUTH="+auth+"; path=/; secure; HttpOnly\nASP.NET_SessionId="+sess+"; path=/; HttpOnly; SameSite=Lax", "X-AspNet-Version", c.decoy("4.0.30319"), "X-AspNetMvc-Version", c.decoy("5.2"))
		}},
		{cat, "coldfusion-cfid-cftoken-url-and-cfglobals", func(c *gcase) {
			cfid := c.digits(7)
			tok := c.secret("CFTOKEN (UUID form)", c.hexs(16)+"-"+strings.ToUpper(c.hexs(8)+"-"+c.hexs(4)+"-"+c.hexs(4)+"-"+c.hexs(16)))
			c.get("https://legacy.acme-corp.example/partners/index.cfm?"+c.decoy("fuseaction=orders.list")+"&CFID="+cfid+"&CFTOKEN="+tok).
				rh("Cookie", "CFID="+cfid+"; CFTOKEN="+tok).
				sh("Set-Cookie", "CFGLOBALS=urltoken%3DCFID%23%3D"+cfid+"%26CFTOKEN%23%3D"+tok+"%23lastvisit%3D%7Bts%20%272026%2D11%2D22%2010%3A15%3A00%27%7D%23"+"hitcount%3D14"+"%23; expires=Sun, 15-Nov-2056 10:15:00 GMT; path=/").
				resp("text/html", `<a href="index.cfm?fuseaction=orders.detail&amp;`+c.decoy("order=PO-2026-118842")+`&amp;CFID=`+cfid+`&amp;CFTOKEN=`+tok+`">PO-2026-118842</a>`)
		}},
		{cat, "peoplesoft-signon-pwd-and-ps-token", func(c *gcase) {
			pw := c.secret("PeopleSoft pwd form field", c.u15Pw())
			pst := c.secret("PS_TOKEN Set-Cookie", c.b64s(174))
			jsid := c.secret("WebLogic PORTAL-PSJSESSIONID Set-Cookie", c.pick(gAlnum+"-_", 52)+"!-"+c.digits(10))
			c.post("https://hcm.acme-corp.example/psp/HRPRD/?cmd=login&languageCd=ENG", "application/x-www-form-urlencoded",
				c.decoy("timezoneOffset=-60")+"&ptmode=f&"+c.decoy("ptlangcd=ENG")+"&ptinstalledlang=ENG&userid=PSPARTNER&pwd="+url.QueryEscape(pw)+"&ptlangsel=ENG").code(302).
				sh("Set-Cookie", "PS_TOKEN="+pst+"; domain=.acme-corp.example; path=/; secure\nPS_TOKENEXPIRE="+c.decoy("22_Nov_2026_10:15:00_GMT")+"; domain=.acme-corp.example; path=/\nhcm-prd-8000-PORTAL-PSJSESSIONID="+jsid+"; path=/; HttpOnly\nPS_LOGINLIST="+c.decoy("https://hcm.acme-corp.example/HRPRD")+"; domain=.acme-corp.example; path=/")
		}},
		{cat, "oracle-ebs-passwordfield-and-icx-ticket", func(c *gcase) {
			pw := c.secret("EBS passwordField", c.u15Pw())
			tk := c.secret("EBS oas= ICX ticket in the redirect", c.b64u(22)+"..")
			c.post("https://ebs.acme-corp.example/OA_HTML/AppsLocalLogin.jsp", "application/x-www-form-urlencoded",
				"usernameField=SUPPLIER_EDI&passwordField="+url.QueryEscape(pw)+"&"+c.decoy("langCode=US")+"&_lAccessibility=N").code(302).
				sh("Location", "https://ebs.acme-corp.example/OA_HTML/OA.jsp?OAFunc=OAHOMEPAGE&oas="+tk, "X-ORACLE-DMS-ECID", c.decoy("005Z"+strings.ToUpper(c.hexs(12))+"^"+c.digits(4)))
		}},
		{cat, "domino-names-nsf-login-domauthsessid", func(c *gcase) {
			pw := c.secret("Domino Password form field", c.u15Pw())
			das := c.secret("DomAuthSessId Set-Cookie", strings.ToUpper(c.hexs(32)))
			c.post("https://mail.acme-corp.example/names.nsf?Login", "application/x-www-form-urlencoded",
				c.decoy("%25%25ModDate=0000000000000000")+"&Username=edi.gateway&Password="+url.QueryEscape(pw)+"&"+c.decoy("RedirectTo=%2Fpartners%2Forders.nsf")).code(302).
				sh("Set-Cookie", "DomAuthSessId="+das+"; path=/; HttpOnly", "Server", c.decoy("Lotus-Domino"))
		}},
		{cat, "api-connect-client-secret-and-maximo-maxauth", func(c *gcase) {
			c.get("https://api.acme-corp.example/partner/v1/shipments?"+c.decoy("status=IN_TRANSIT")).
				rh("X-IBM-Client-Id", c.decoy(c.hexs(32)), "X-IBM-Client-Secret", c.secret("X-IBM-Client-Secret header", c.pick(gAlnum, 48)), "Accept", "application/json").
				sh("X-Global-Transaction-ID", c.decoy(c.hexs(24)))
			mpw := c.secret("MAXAUTH header (base64 user:password)", c.u15Pw())
			c.get("https://maximo.acme-corp.example/maximo/oslc/os/mxapiasset?"+c.decoy("lean=1")+"&oslc.select=assetnum,status").
				rh("MAXAUTH", gB64("MXINTADM:"+mpw), "apikey", c.secret("Maximo apikey header", c.pick(gLower+gDigits, 26)))
		}},
		{cat, "german-dutch-json-field-names", func(c *gcase) {
			c.post("https://lieferanten.acme-corp.example/api/konto/kennwort", "application/json",
				`{"benutzername":"lieferant-4711","altesKennwort":"`+c.secret("altesKennwort (German)", c.u15Pw())+`","neuesKennwort":"`+c.secret("neuesKennwort (German)", c.u15Pw())+`",`+c.decoy(`"kennwortRichtlinie":{"mindestLaenge":12}`)+`,`+c.decoy(`"sprache":"de-DE"`)+`}`)
			c.post("https://leveranciers.acme-corp.example/api/koppeling", "application/json",
				`{"gebruikersnaam":"edi-nl","wachtwoord":"`+c.secret("wachtwoord (Dutch)", c.u15Pw())+`","geheimeSleutel":"`+c.secret("geheimeSleutel (Dutch: secret key)", c.b64u(32))+`",`+c.decoy(`"omgeving":"productie"`)+`}`)
		}},
		{cat, "french-portuguese-polish-form-and-xml", func(c *gcase) {
			c.post("https://fournisseurs.acme-corp.example/connexion", "application/x-www-form-urlencoded",
				"identifiant=edi-fr&motdepasse="+url.QueryEscape(c.secret("motdepasse (French form)", c.u15Pw()))+"&"+c.decoy("langue=fr"))
			c.post("https://fornecedores.acme-corp.example/ws/Autenticacao", "text/xml; charset=utf-8",
				u15Env11("", `<aut:Entrar xmlns:aut="urn:acme:autenticacao"><aut:usuario>edi-br</aut:usuario><aut:senha>`+c.secret("aut:senha (Portuguese XML)", c.u15Pw())+`</aut:senha>`+c.decoy(`<aut:filial>0001</aut:filial>`)+`</aut:Entrar>`)).rh("SOAPAction", `"urn:acme:autenticacao/Entrar"`)
			c.post("https://dostawcy.acme-corp.example/logowanie", "application/x-www-form-urlencoded", "login=edi-pl&haslo="+url.QueryEscape(c.secret("haslo (Polish form)", c.u15Pw()))+"&"+c.decoy("jezyk=pl"))
		}},
		{cat, "home-assistant-legacy-api-password", func(c *gcase) {
			c.get("https://ha.acme-home.example/api/states?api_password=" + url.QueryEscape(c.secret("api_password query (legacy HA)", c.u15Pw())))
			c.get("https://ha.acme-home.example/api/config").rh("X-HA-Access", c.secret("X-HA-Access header", c.u15Pw())).
				sh("Server", c.decoy("Python/3.12 aiohttp/3.9.5")).resp("application/json", `{`+c.decoy(`"version":"2024.1.6"`)+`,"unit_system":{"length":"km"},`+c.decoy(`"time_zone":"Europe/Amsterdam"`)+`}`)
		}},
	}
}

// 2. Name/value pairs spelled as data.
func u15Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "wildfly-management-write-attribute", func(c *gcase) {
			c.post("https://wildfly.acme-corp.example:9990/management", "application/json",
				`{"operation":"write-attribute","address":[{"subsystem":"datasources"},{"data-source":"PartnerDS"}],"name":"password","value":"`+c.secret("write-attribute name=password value", c.u15Pw())+`"}`).
				resp("application/json", `{"outcome":"success",`+c.decoy(`"response-headers":{"operation-requires-reload":true,"process-state":"reload-required"}`)+`}`)
			c.post("https://wildfly.acme-corp.example:9990/management", "application/json",
				`{"operation":"write-attribute","address":[{"subsystem":"datasources"},{"data-source":"PartnerDS"}],`+c.decoy(`"name":"user-name","value":"partner_app"`)+`}`)
		}},
		{cat, "hawtio-jolokia-write-and-exec", func(c *gcase) {
			c.post("https://hawtio.acme-corp.example/hawtio/jolokia/", "application/json",
				`[{"type":"write","mbean":"org.apache.activemq.artemis:broker=\"edi\"","attribute":"ClusterPassword","value":"`+c.secret("jolokia write attribute=ClusterPassword value", c.b64u(24))+`"},`+
					`{"type":"exec","mbean":"org.apache.activemq.artemis:broker=\"edi\"","operation":"resetUser(java.lang.String,java.lang.String,java.lang.String)","arguments":["edi-bridge","`+c.secret("jolokia exec resetUser arguments[1] (the new password)", c.u15Pw())+`","amq"]},`+
					c.decoy(`{"type":"read","mbean":"org.apache.activemq.artemis:broker=\"edi\"","attribute":"Version"}`)+`]`).
				resp("application/json", `[{"status":200,"timestamp":1732270500},{"status":200},{"value":"`+c.decoy("2.37.0")+`","status":200}]`)
		}},
		{cat, "odoo-xmlrpc-struct-members", func(c *gcase) {
			body := `<?xml version="1.0"?><methodCall><methodName>execute_kw</methodName><params><param><value><string>acme-prod</string></value></param><param><value><int>7</int></value></param>` +
				`<param><value><string>` + c.secret("execute_kw positional password (3rd param)", c.hexs(40)) + `</string></value></param><param><value><string>res.users</string></value></param><param><value><string>write</string></value></param>` +
				`<param><value><array><data><value><array><data><value><int>42</int></value></data></array></value><value><struct><member><name>password</name><value><string>` + c.secret("struct member name=password", c.u15Pw()) + `</string></value></member>` +
				c.decoy(`<member><name>tz</name><value><string>Europe/Berlin</string></value></member>`) + `</struct></value></data></array></value></param></params></methodCall>`
			c.post("https://erp.acme-corp.example/xmlrpc/2/object", "text/xml", body).resp("text/xml", c.decoy(`<?xml version='1.0'?><methodResponse><params><param><value><boolean>1</boolean></value></param></params></methodResponse>`))
		}},
		{cat, "jaxb-map-entry-key-value", func(c *gcase) {
			body := u15Env11("", `<cfg:updateEndpoint xmlns:cfg="http://edi.acme-corp.example/config/v2"><cfg:endpointId>`+c.decoy("DHL-SFTP-OUT")+`</cfg:endpointId><cfg:properties>`+
				c.decoy(`<entry><key>sftp.host</key><value>sftp.partner.example</value></entry>`)+`<entry><key>sftp.password</key><value>`+c.secret("map entry key=sftp.password", c.u15Pw())+`</value></entry>`+
				`<entry><key>pgp.passphrase</key><value>`+c.secret("map entry key=pgp.passphrase", c.b64u(24))+`</value></entry>`+c.decoy(`<entry><key>sftp.port</key><value>22</value></entry>`)+`</cfg:properties></cfg:updateEndpoint>`)
			c.post("https://b2b.acme-corp.example/services/EndpointConfigService", "text/xml; charset=utf-8", body).rh("SOAPAction", `""`)
		}},
		{cat, "dynamics-organization-service-keyvaluepair", func(c *gcase) {
			kv := func(k, typ, v string) string {
				return `<a:KeyValuePairOfstringanyType><b:key>` + k + `</b:key><b:value i:type="` + typ + `">` + v + `</b:value></a:KeyValuePairOfstringanyType>`
			}
			body := u15Env11("", `<Execute xmlns="http://schemas.microsoft.com/xrm/2011/Contracts/Services" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><request i:type="a:UpdateRequest" xmlns:a="http://schemas.microsoft.com/xrm/2011/Contracts"><a:Parameters xmlns:b="http://schemas.datacontract.org/2004/07/System.Collections.Generic"><a:KeyValuePairOfstringanyType><b:key>Target</b:key><b:value i:type="a:Entity"><a:Attributes>`+
				c.decoy(kv("new_name", "c:string", "Contoso EDI Gateway"))+kv("new_partnerapikey", "c:string", c.secret("KeyValuePair b:key=new_partnerapikey", c.alnum(40)))+kv("new_sftppassword", "c:string", c.secret("KeyValuePair b:key=new_sftppassword", c.u15Pw()))+
				`</a:Attributes><a:EntityState i:nil="true"/><a:Id>`+c.decoy(c.uuid())+`</a:Id><a:LogicalName>new_integration</a:LogicalName></b:value></a:KeyValuePairOfstringanyType></a:Parameters><a:RequestName>Update</a:RequestName></request></Execute>`)
			c.post("https://crm.acme-corp.example/AcmeCRM/XRMServices/2011/Organization.svc/web", "text/xml; charset=utf-8", body).rh("SOAPAction", c.decoy("http://schemas.microsoft.com/xrm/2011/Contracts/Services/IOrganizationService/Execute"))
		}},
		{cat, "sharepoint-validateupdatelistitem-formvalues", func(c *gcase) {
			s := c.secret("formValues FieldName=ClientSecret FieldValue", c.b64s(32))
			c.post("https://contoso.sharepoint.com/sites/Partners/_api/web/lists/GetByTitle('Integrations')/items(42)/ValidateUpdateListItem()", "application/json;odata=verbose",
				`{"formValues":[`+c.decoy(`{"FieldName":"Title","FieldValue":"DHL EDI"}`)+`,{"FieldName":"ClientSecret","FieldValue":"`+s+`"},{"FieldName":"SftpPwd","FieldValue":"`+c.secret("formValues FieldName=SftpPwd FieldValue", c.u15Pw())+`"}],"bNewDocumentUpdate":false}`).
				resp("application/json;odata=verbose", `{"d":{"ValidateUpdateListItem":{"results":[{"ErrorMessage":null,"FieldName":"ClientSecret","FieldValue":"`+s+`","HasException":false,`+c.decoy(`"ItemId":42`)+`}]}}}`)
		}},
		{cat, "websphere-custom-properties-name-value", func(c *gcase) {
			c.get("https://was.acme-corp.example:9043/ibm/api/admin/servers/edi01/jvm").resp("application/json",
				`{"server":"edi01","customProperties":[`+c.decoy(`{"name":"com.ibm.ssl.keyStoreType","value":"PKCS12"}`)+`,{"name":"com.ibm.ssl.keyStorePassword","value":"`+c.secret("customProperties name=com.ibm.ssl.keyStorePassword", c.u15Pw())+`"},`+
					`{"name":"edi.partner.hmacKey","value":"`+c.secret("customProperties name=edi.partner.hmacKey", c.hexs(64))+`"},`+c.decoy(`{"name":"com.ibm.ws.webcontainer.invokefilterscompatibility","value":"true"}`)+`]}`)
		}},
		{cat, "maximo-mxprop-propname-propvalue", func(c *gcase) {
			c.post("https://maximo.acme-corp.example/maximo/oslc/os/mxapiprop?lean=1", "application/json",
				`{"member":[`+c.decoy(`{"propname":"mxe.system.reguser","propvalue":"maxreg"}`)+`,{"propname":"mxe.system.regpassword","propvalue":"`+c.secret("propname=mxe.system.regpassword propvalue", c.u15Pw())+`"},`+
					`{"propname":"mxe.int.globaldir","propvalue":"/opt/maximo/globaldir"},{"propname":"mxe.report.birt.dbpassword","propvalue":"`+c.secret("propname=mxe.report.birt.dbpassword propvalue", c.u15Pw())+`"}]}`).
				rh("x-method-override", "BULK")
		}},
		{cat, "printer-ews-password-input-innocuous-name", func(c *gcase) {
			html := `<form method="post" action="/mail/smtp.cgi"><input type="hidden" name="wimToken" value="` + c.secret("hidden wimToken input", c.digits(10)) + `">` +
				`<label>SMTP server</label>` + c.decoy(`<input type="text" name="smtpServer" value="smtp.acme-corp.example">`) + c.decoy(`<input type="text" name="smtpPort" value="587">`) +
				`<label>Login password</label><input type="password" name="smtpAuthInfo2" id="smtpAuthInfo2" maxlength="64" value="` + c.secret("input type=password name=smtpAuthInfo2 value", c.u15Pw()) + `"></form>`
			c.get("https://printer-3f.acme-corp.example/mail/smtp.html").resp("text/html; charset=utf-8", html).sh("Server", c.decoy("KM-MFP-http/V0.0.1"))
		}},
		{cat, "as2-partnership-attributes-key-val", func(c *gcase) {
			c.req("PUT", "https://as2.acme-corp.example/api/partnerships/acme-to-dhl", "application/json",
				`{"partnership":"acme-to-dhl","attributes":[`+c.decoy(`{"key":"as2_id","val":"ACMECORP"}`)+`,{"key":"ssl.keystore.pass","val":"`+c.secret("attributes key=ssl.keystore.pass val", c.u15Pw())+`"},`+
					`{"key":"http.auth.pwd","val":"`+c.secret("attributes key=http.auth.pwd val", c.alnum(20))+`"},`+c.decoy(`{"key":"mdnurl","val":"https://as2.acme-corp.example/as2/mdn"}`)+`]}`)
		}},
		{cat, "dynamics-environment-variable-definitions", func(c *gcase) {
			c.get("https://acme.crm4.dynamics.com/api/data/v9.2/environmentvariabledefinitions?$select=schemaname,defaultvalue,type").resp("application/json",
				`{"@odata.context":"https://acme.crm4.dynamics.com/api/data/v9.2/$metadata#environmentvariabledefinitions(schemaname,defaultvalue,type)","value":[`+
					c.decoy(`{"schemaname":"cr5_SftpHost","defaultvalue":"sftp.partner.example","type":100000000}`)+`,{"schemaname":"cr5_PartnerApiSecret","defaultvalue":"`+c.secret("schemaname=cr5_PartnerApiSecret defaultvalue", c.b64s(32))+`","type":100000000},`+
					`{"schemaname":"cr5_SftpPwd","defaultvalue":"`+c.secret("schemaname=cr5_SftpPwd defaultvalue", c.u15Pw())+`","type":100000000}]}`)
		}},
		{cat, "home-assistant-input-text-mode-password", func(c *gcase) {
			c.get("https://ha.acme-home.example/api/states/input_text.gate_code").resp("application/json",
				`{"entity_id":"input_text.gate_code","state":"`+c.secret("state of an input_text whose attributes.mode is password", c.pick(gDigits+gUpper, 10))+`","attributes":{"min":0,"max":100,"pattern":null,"mode":"password","friendly_name":"Gate code"},`+
					c.decoy(`"last_changed":"2026-11-21T17:02:11.123456+00:00"`)+`,"context":{`+c.decoy(`"id":"01JD8Q2Y5V3N8K7M6P4R2T0W9X"`)+`}}`)
		}},
		{cat, "sap-pi-adapter-specific-attributes", func(c *gcase) {
			attr := func(n, v string) string {
				return `<AdapterSpecificAttribute><Name>` + n + `</Name><Namespace>http://sap.com/xi/XI/System</Namespace><Value>` + v + `</Value></AdapterSpecificAttribute>`
			}
			body := u15Env11("", `<yq1:CommunicationChannelChangeRequest xmlns:yq1="http://sap.com/xi/BASIS"><ChangeListID>`+c.decoy(c.hexs(32))+`</ChangeListID><CommunicationChannel><ChannelID><PartyID/><ComponentID>BS_DHL</ComponentID><ChannelID>CC_SFTP_RCV</ChannelID></ChannelID>`+
				c.decoy(attr("host", "sftp.partner.example"))+attr("pwd", c.secret("AdapterSpecificAttribute Name=pwd Value", c.u15Pw()))+attr("privateKeyPassphrase", c.secret("AdapterSpecificAttribute Name=privateKeyPassphrase Value", c.b64u(20)))+
				c.decoy(attr("port", "22"))+`</CommunicationChannel></yq1:CommunicationChannelChangeRequest>`)
			c.post("https://pipo.acme-corp.example/CommunicationChannelService/HTTPBasicAuth", "text/xml; charset=utf-8", body).rh("SOAPAction", `"http://sap.com/xi/WebService/xi2.0"`)
		}},
	}
}

// 3. Generated credentials without a telling name.
func u15Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "hue-bridge-api-key-in-path", func(c *gcase) {
			k := c.secret("Hue application key as /api/<key>/ path segment", c.pick(gAlnum+"-", 40))
			c.get("http://192.168.1.20/api/"+k+"/lights").resp("application/json", `{"3":{"state":{"on":false,"bri":200},"type":"Extended color light","name":"Hall","modelid":"`+c.decoy("LCT015")+`","swversion":"`+c.decoy("1.108.7")+`","uniqueid":"`+c.decoy("00:17:88:01:03:2b:44:1a-0b")+`"}}`)
			c.req("PUT", "http://192.168.1.20/api/"+k+"/lights/3/state", "application/json", c.decoy(`{"on":true,"bri":200}`)).resp("application/json", `[{"success":{"/lights/3/state/on":true}}]`)
		}},
		{cat, "home-assistant-webhook-id-and-cloudhook", func(c *gcase) {
			wid := c.secret("HA webhook_id as /api/webhook/<id> path segment", c.hexs(64))
			c.post("https://ha.acme-home.example/api/webhook/"+wid, "application/json", `{"type":"update_sensor_states","data":[`+c.decoy(`{"unique_id":"battery_level","state":81,"type":"sensor"}`)+`]}`)
			c.post("https://hooks.nabu.casa/"+c.secret("Nabu Casa cloudhook path token (fernet)", "gAAAAAB"+c.b64u(120)), "application/json", c.decoy(`{"event":"door_open","zone":"garage"}`))
		}},
		{cat, "ifttt-maker-key-in-path", func(c *gcase) {
			c.post("https://maker.ifttt.com/trigger/"+c.decoy("plant_alarm")+"/with/key/"+c.secret("IFTTT Maker key path segment", c.b64u(16)), "application/json", `{"value1":"`+c.decoy("Line 3 pressure high")+`","value2":"4.7 bar"}`).
				resp("text/plain", c.decoy("Congratulations! You've fired the plant_alarm event"))
		}},
		{cat, "sharepoint-anonymous-sharing-link", func(c *gcase) {
			g := c.decoy(strings.ToUpper(c.uuid()))
			c.get("https://contoso.sharepoint.com/:x:/s/Partners/"+c.secret("SharePoint anyone-link token path segment", "E"+c.b64u(34))+"?e="+c.pick(gAlnum, 6)).code(302).
				sh("Location", "https://contoso.sharepoint.com/sites/Partners/_layouts/15/Doc.aspx?sourcedoc=%7B"+g+"%7D&file=Forecast%20Q1.xlsx&action=default&mobileredirect=true", "request-id", c.decoy(c.uuid()))
		}},
		{cat, "siebel-sn-cookie-and-swe-query", func(c *gcase) {
			sn := c.secret("Siebel _sn session in query and cookie", c.pick(gAlnum+"-.", 64))
			c.get("https://crm.acme-corp.example/callcenter_enu/start.swe?"+c.decoy("SWECmd=GotoView")+"&"+c.decoy("SWEView=Account+List+View")+"&SWERF=1&SWEHo=crm.acme-corp.example&SWEBU=1&_sn="+sn).
				rh("Cookie", "_sn="+sn+"; "+c.decoy("SWEUserName=")).resp("text/html", `<html><body><div id="`+c.decoy("s_S_A1_div")+`"></div></body></html>`)
		}},
		{cat, "aspnet-cookieless-session-and-forms-ticket-in-path", func(c *gcase) {
			s := c.secret("cookieless session id (S(...)) in path", c.pick("abcdefghijklmnopqrstuvwxyz012345", 24))
			f := c.secret("cookieless forms ticket (F(...)) in path", c.b64u(150))
			c.get("https://legacy.acme-corp.example/(S(" + s + "))/Orders/" + c.decoy("Default.aspx?orderId=4711"))
			c.get("https://legacy.acme-corp.example/(S(" + s + ")F(" + f + "))/Invoices/" + c.decoy("List.aspx?page=2"))
		}},
		{cat, "django-password-reset-link-path", func(c *gcase) {
			tok := c.secret("password reset token path segment", c.pick(gLower+gDigits, 6)+"-"+c.hexs(32))
			c.get("https://edi.acme-corp.example/accounts/reset/MTQ4Mg/"+tok+"/").code(302).sh("Location", "/accounts/reset/MTQ4Mg/"+c.decoy("set-password")+"/")
			c.post("https://edi.acme-corp.example/accounts/reset/MTQ4Mg/set-password/", "application/x-www-form-urlencoded", "csrfmiddlewaretoken="+c.secret("csrfmiddlewaretoken", c.alnum(64))+"&new_password1="+url.QueryEscape(c.secret("new_password1", c.u15Pw()))+"&new_password2=").code(302)
		}},
		{cat, "magic-sign-in-link-in-outbox-html", func(c *gcase) {
			lnk := c.secret("magic sign-in path token inside e-mail HTML", c.b64u(32))
			c.get("https://partners.acme-corp.example/admin/api/outbox/"+c.decoy("msg_8812")).resp("application/json",
				gJS(map[string]any{"subject": "Sign in to the Acme partner portal", "template": c.decoy("magic-link-v3"), "html": `<p>Click to sign in:</p><a href="https://partners.acme-corp.example/auth/m/` + lnk + `">Sign in</a><p>The link expires in 15 minutes.</p>`}))
		}},
		{cat, "as2-async-mdn-capability-url", func(c *gcase) {
			c.post("https://as2.acme-corp.example/as2/receive", "application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m", c.b64s(300)).
				rh("AS2-From", c.decoy("DHLEDI"), "AS2-To", c.decoy("ACMECORP"), "AS2-Version", "1.2", "Message-ID", c.decoy("<ms-20261122101500-8812@as2.partner.example>"),
					"Receipt-Delivery-Option", "https://as2.partner.example/mdn/"+c.secret("async MDN URL capability path segment", c.hexs(32)),
					"Disposition-Notification-Options", c.decoy("signed-receipt-protocol=optional, pkcs7-signature; signed-receipt-micalg=optional, sha-256"))
		}},
		{cat, "synology-sid-qnap-sid-query", func(c *gcase) {
			c.get("https://nas.acme-home.example:5001/webapi/entry.cgi?"+c.decoy("api=SYNO.Core.System")+"&version=3&method=info&_sid="+c.secret("Synology _sid query", c.b64u(64))).
				rh("X-SYNO-TOKEN", c.secret("X-SYNO-TOKEN header", c.pick(gAlnum, 13)+"."))
			c.get("https://qnap.acme-home.example/cgi-bin/filemanager/utilRequest.cgi?" + c.decoy("func=get_tree") + "&sid=" + c.secret("QNAP sid query", c.pick(gLower+gDigits, 8)) + "&is_iso=0&node=share_root")
		}},
		{cat, "x-zumo-auth-opaque-header", func(c *gcase) {
			c.get("https://partner-app.azurewebsites.net/tables/Shipment?$top=50").
				rh("x-zumo-auth", c.secret("x-zumo-auth header (App Service token)", c.hs256JWT(`{"stable_sid":"sid:`+c.hexs(32)+`","sub":"sid:`+c.hexs(32)+`","idp":"aad","ver":"3","nbf":1732270500,"exp":1732274100}`)),
					"ZUMO-API-VERSION", c.decoy("2.0.0"), "x-ms-client-principal-id", c.decoy(c.uuid()))
		}},
		{cat, "thingsboard-device-token-in-path", func(c *gcase) {
			t := c.secret("ThingsBoard device access token in /api/v1/<token>/ path", c.alnum(20))
			c.post("https://iot.acme-corp.example/api/v1/"+t+"/telemetry", "application/json", c.decoy(`{"temperature":21.5,"humidity":48}`))
			c.get("https://iot.acme-corp.example/api/v1/" + t + "/attributes?" + c.decoy("sharedKeys=firmwareVersion"))
		}},
	}
}

// 4. Carriers of the domain.
func u15Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "soap11-wsse-usernametoken-passwordtext", func(c *gcase) {
			hdr := `<wsse:Security soapenv:mustUnderstand="1" ` + u15WSNS + `><wsse:UsernameToken wsu:Id="` + c.decoy("UsernameToken-"+strings.ToUpper(c.hexs(32))) + `"><wsse:Username>partner-edi</wsse:Username><wsse:Password Type="` + u15PwText + `">` +
				c.secret("wsse:Password PasswordText", c.u15Pw()) + `</wsse:Password><wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">` + c.b64s(16) + `</wsse:Nonce>` +
				c.decoy(`<wsu:Created>2026-11-22T10:15:03.412Z</wsu:Created>`) + `</wsse:UsernameToken></wsse:Security>`
			c.post("https://b2b.acme-corp.example/services/OrderService", "text/xml; charset=utf-8", u15Env11(hdr, `<ord:submitOrder xmlns:ord="urn:acme:orders">`+c.decoy(`<ord:OrderNumber>PO-2026-118842</ord:OrderNumber>`)+`</ord:submitOrder>`)).
				rh("SOAPAction", c.decoy(`"urn:submitOrder"`))
		}},
		{cat, "soap12-binarysecuritytoken-kerberos-and-jwt", func(c *gcase) {
			hdr := `<a:Action s:mustUnderstand="1">` + c.decoy("http://tempuri.org/IPartnerService/GetInvoices") + `</a:Action><a:MessageID>` + c.decoy("urn:uuid:"+c.uuid()) + `</a:MessageID><o:Security s:mustUnderstand="1" xmlns:o="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">` +
				`<o:BinarySecurityToken ValueType="http://docs.oasis-open.org/wss/oasis-wss-kerberos-token-profile-1.1#GSS_Kerberosv5_AP_REQ" EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">YIIHMgYJKoZIhvcSAQICAQBuggchMIIHHaADAgEFoQMCAQ6iBwMFACAAAACjggU` + c.secret("Kerberos AP-REQ in BinarySecurityToken", c.b64s(420)) + `</o:BinarySecurityToken>` +
				`<o:BinarySecurityToken ValueType="urn:ietf:params:oauth:token-type:jwt" EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">` +
				gB64(c.secret("JWT wrapped base64 in BinarySecurityToken", c.rs256JWT("X5eXk4xyojNFum1kl2Ytv8dlNP4", `{"aud":"urn:partner-service","iss":"https://sts.acme-corp.example/","upn":"svc-edi@acme-corp.example","exp":1732274100}`))) + `</o:BinarySecurityToken></o:Security>`
			c.post("https://wcf.acme-corp.example/PartnerService.svc", `application/soap+xml; charset=utf-8; action="http://tempuri.org/IPartnerService/GetInvoices"`, u15Env12(hdr, `<GetInvoices xmlns="http://tempuri.org/">`+c.decoy(`<since>2026-11-01</since>`)+`</GetInvoices>`))
		}},
		{cat, "wstrust-adfs-usernamemixed-rstr-proof-key", func(c *gcase) {
			hdr := `<a:Action s:mustUnderstand="1">http://docs.oasis-open.org/ws-sx/ws-trust/200512/RST/Issue</a:Action><a:To s:mustUnderstand="1">https://adfs.acme-corp.example/adfs/services/trust/13/usernamemixed</a:To><o:Security s:mustUnderstand="1" xmlns:o="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><o:UsernameToken><o:Username>CORP\svc-sp-sync</o:Username><o:Password Type="` + u15PwText + `">` +
				c.secret("UsernameToken password in an RST", c.u15Pw()) + `</o:Password></o:UsernameToken></o:Security>`
			rst := `<trust:RequestSecurityToken xmlns:trust="http://docs.oasis-open.org/ws-sx/ws-trust/200512"><wsp:AppliesTo xmlns:wsp="http://schemas.xmlsoap.org/ws/2004/09/policy"><a:EndpointReference><a:Address>urn:sharepoint:partners</a:Address></a:EndpointReference></wsp:AppliesTo>` +
				c.decoy(`<trust:KeyType>http://docs.oasis-open.org/ws-sx/ws-trust/200512/SymmetricKey</trust:KeyType>`) + `<trust:RequestType>http://docs.oasis-open.org/ws-sx/ws-trust/200512/Issue</trust:RequestType></trust:RequestSecurityToken>`
			resp := `<trust:RequestSecurityTokenResponseCollection xmlns:trust="http://docs.oasis-open.org/ws-sx/ws-trust/200512"><trust:RequestSecurityTokenResponse>` + c.decoy(`<trust:Lifetime><wsu:Created xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">2026-11-22T10:15:03.000Z</wsu:Created>`) +
				`<wsu:Expires xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">2026-11-22T11:15:03.000Z</wsu:Expires></trust:Lifetime><trust:RequestedSecurityToken><saml:Assertion MajorVersion="1" MinorVersion="1" AssertionID="` + c.decoy("_"+c.uuid()) + `" Issuer="http://adfs.acme-corp.example/adfs/services/trust" xmlns:saml="urn:oasis:names:tc:SAML:1.0:assertion">` +
				`<saml:AttributeStatement><saml:Subject><saml:NameIdentifier>svc-sp-sync@acme-corp.example</saml:NameIdentifier></saml:Subject></saml:AttributeStatement><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:DigestValue>` + c.decoy(c.b64s(32)) + `</ds:DigestValue></ds:SignedInfo><ds:SignatureValue>` +
				c.secret("SAML assertion ds:SignatureValue (bearer assertion)", c.b64s(256)) + `</ds:SignatureValue></ds:Signature></saml:Assertion></trust:RequestedSecurityToken><trust:RequestedProofToken><trust:BinarySecret>` + c.secret("trust:BinarySecret proof key", c.b64s(32)) + `</trust:BinarySecret></trust:RequestedProofToken>` +
				c.decoy(`<trust:TokenType>urn:oasis:names:tc:SAML:1.0:assertion</trust:TokenType>`) + `</trust:RequestSecurityTokenResponse></trust:RequestSecurityTokenResponseCollection>`
			c.post("https://adfs.acme-corp.example/adfs/services/trust/13/usernamemixed", "application/soap+xml; charset=utf-8", u15Env12(hdr, rst)).resp("application/soap+xml; charset=utf-8", u15Env12("", resp))
		}},
		{cat, "soap-fault-detail-echoes-request-entity-escaped", func(c *gcase) {
			pw := c.secret("PasswordText echoed entity-escaped inside a fault detail", c.u15Pw())
			fault := `<soapenv:Fault><faultcode>` + c.decoy("wsse:FailedAuthentication") + `</faultcode><faultstring>The security token could not be authenticated or authorized</faultstring><detail><ns1:ErrorInfo xmlns:ns1="urn:acme:errors"><ns1:Code>` + c.decoy("EDI-SEC-0041") + `</ns1:Code><ns1:RequestDump>` +
				`&lt;wsse:UsernameToken&gt;&lt;wsse:Username&gt;partner-edi&lt;/wsse:Username&gt;&lt;wsse:Password Type="` + u15PwText + `"&gt;` + pw + `&lt;/wsse:Password&gt;&lt;/wsse:UsernameToken&gt;</ns1:RequestDump></ns1:ErrorInfo></detail></soapenv:Fault>`
			c.post("https://b2b.acme-corp.example/services/InvoiceService", "text/xml; charset=utf-8", u15Env11("", `<inv:ping xmlns:inv="urn:acme:invoices"/>`)).code(500).resp("text/xml; charset=utf-8", u15Env11("", fault))
		}},
		{cat, "odoo-xmlrpc-authenticate-positional", func(c *gcase) {
			c.post("https://erp.acme-corp.example/xmlrpc/2/common", "text/xml",
				`<?xml version="1.0"?><methodCall><methodName>`+c.decoy("authenticate")+`</methodName><params><param><value><string>acme-prod</string></value></param><param><value><string>edi-sync</string></value></param><param><value><string>`+
					c.secret("positional password in XML-RPC authenticate", c.u15Pw())+`</string></value></param><param><value><struct></struct></value></param></params></methodCall>`).
				resp("text/xml", `<?xml version='1.0'?><methodResponse><params><param><value><int>`+c.decoy("17")+`</int></value></param></params></methodResponse>`)
		}},
		{cat, "multipart-as2-profile-properties-and-key", func(c *gcase) {
			b := "----WebKitFormBoundaryQ7rA2xB9cD4eF6gH"
			props := c.decoy("as2.id=ACMECORP") + "\nkeystore.path=/opt/as2/acme.p12\nkeystore.password=" + c.secret("keystore.password= in a properties part", c.u15Pw()) + "\nhttp.basic.password=" + c.secret("http.basic.password= in a properties part", c.alnum(24)) + "\n" + c.decoy("mdn.async=false") + "\n"
			line := c.secret("encrypted private key PEM body line", c.pick(gAlnum+"+/", 64))
			pem := "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI" + c.pick(gAlnum, 16) + "\n" + line + "\n" + c.pick(gAlnum+"+/", 44) + "=\n-----END ENCRYPTED PRIVATE KEY-----\n"
			body := u15Part(b, "name", "", c.decoy("DHL Freight EU")) + u15Part(b, "profile", `; filename="partner.properties"`+"\r\nContent-Type: text/x-java-properties", props) + u15Part(b, "key", `; filename="acme.key"`+"\r\nContent-Type: application/x-pem-file", pem) + "--" + b + "--\r\n"
			c.post("https://as2.acme-corp.example/admin/partners/import", "multipart/form-data; boundary="+b, body)
		}},
		{cat, "plist-mobileconfig-wifi-and-eap", func(c *gcase) {
			pl := `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd"><plist version="1.0"><dict><key>PayloadContent</key><array><dict>` +
				c.decoy(`<key>PayloadType</key><string>com.apple.wifi.managed</string>`) + c.decoy(`<key>SSID_STR</key><string>Plant-Floor-IoT</string>`) + `<key>EncryptionType</key><string>WPA2</string><key>Password</key><string>` + c.secret("plist Password of a Wi-Fi payload", c.u15Pw()) + `</string>` +
				`<key>EAPClientConfiguration</key><dict><key>UserName</key><string>svc-scanner</string><key>UserPassword</key><string>` + c.secret("plist EAPClientConfiguration UserPassword", c.alnum(18)) + `</string></dict>` +
				`<key>PayloadUUID</key><string>` + c.decoy(strings.ToUpper(c.uuid())) + `</string></dict></array><key>PayloadDisplayName</key><string>Plant Wi-Fi</string></dict></plist>`
			c.post("https://mdm.acme-corp.example/api/v1/profiles", "application/x-apple-aspen-config", pl).code(201).resp("application/json", `{`+c.decoy(`"profileId":"prof_20481"`)+`}`)
		}},
		{cat, "jsf-partial-response-cdata-html", func(c *gcase) {
			vs := c.decoy("-4127301945062148270:8312984701271390125")
			c.post("https://portal.acme-corp.example/partner/settings.xhtml", "application/x-www-form-urlencoded; charset=UTF-8",
				"javax.faces.partial.ajax=true&javax.faces.source=form%3AgenKey&javax.faces.partial.execute=%40all&"+c.decoy("javax.faces.partial.render=form%3AkeyPanel")+"&form%3AgenKey=form%3AgenKey&form=form&javax.faces.ViewState="+url.QueryEscape(vs)).
				rh("Faces-Request", "partial/ajax").
				resp("text/xml;charset=UTF-8", `<?xml version='1.0' encoding='UTF-8'?><partial-response id="j_id1"><changes><update id="form:keyPanel"><![CDATA[<span id="form:keyPanel"><label for="form:apiKey">API key</label><input id="form:apiKey" name="form:apiKey" type="text" readonly="readonly" value="`+
					c.secret("generated API key in an <input> inside a JSF CDATA update", c.alnum(40))+`" />`+c.decoy(`<span class="hint">Created 2026-11-22 10:15 UTC</span>`)+`</span>]]></update><update id="j_id1:javax.faces.ViewState:0"><![CDATA[`+vs+`]]></update></changes></partial-response>`)
		}},
		{cat, "aspnet-viewstate-base64-holds-textbox-value", func(c *gcase) {
			smtp := c.secret("SMTP password inside an unencrypted __VIEWSTATE", c.u15Pw())
			vs := u15ViewState("smtp.acme-corp.example", "scan2mail", smtp)
			body := "__EVENTTARGET=&__EVENTARGUMENT=&__VIEWSTATE=" + url.QueryEscape(vs) + "&" + c.decoy("__VIEWSTATEGENERATOR=C2EE9ABB") + "&__EVENTVALIDATION=" + url.QueryEscape(c.b64s(60)) + "&ctl00%24Main%24txtServer=smtp.acme-corp.example&" + c.decoy("ctl00%24Main%24btnSave=Save")
			c.post("https://intranet.acme-corp.example/Admin/Mail.aspx", "application/x-www-form-urlencoded", body)
		}},
		{cat, "liferay-authtoken-and-js-escaped-state", func(c *gcase) {
			at := c.secret("Liferay.authToken (JS assignment)", c.alnum(8))
			rt := c.secret("refreshToken inside JSON.parse with \\x22 escapes", c.b64u(40))
			html := `<html><head><script>Liferay.authToken = '` + at + `'; ` + c.decoy(`themeDisplay.getCompanyId = function() { return "20097"; };`) + `</script>` +
				`<script>window.__PORTAL_STATE__ = JSON.parse('{\x22session\x22:{\x22refreshToken\x22:\x22` + rt + `\x22,\x22expiresIn\x22:3600},\x22locale\x22:\x22en_US\x22}');</script></head><body></body></html>`
			c.get("https://liferay.acme-corp.example/web/partners/home").resp("text/html;charset=UTF-8", html).sh("Liferay-Portal", c.decoy("Liferay Digital Experience Platform 7.4.13 Update 92"))
			c.post("https://liferay.acme-corp.example/api/jsonws/invoke?p_auth="+at, "application/x-www-form-urlencoded", c.decoy("cmd=%7B%22%2Fuser%2Fget-current-user%22%3A%7B%7D%7D"))
		}},
		{cat, "mqtt-over-websocket-connect-and-publish", func(c *gcase) {
			mq := gMQTTConnect("dashboard_"+c.hexs(8), "plant-hmi", c.secret("MQTT CONNECT password (binary frame, base64)", c.u15Pw()))
			pub := u15MQTTPublish("acme/plant3/provision", `{"cmd":"provision","device":"plc-07","psk":"`+c.secret("psk inside a PUBLISH payload (binary frame)", c.hexs(32))+`","fw":"4.2.1"}`)
			e := c.get("wss://mqtt.acme-corp.example:8084/mqtt").code(101).rh("Sec-WebSocket-Protocol", c.decoy("mqtt")).sh("Sec-WebSocket-Protocol", "mqtt")
			e.wsMsg("send", 2, base64.StdEncoding.EncodeToString(mq))
			e.wsMsg("receive", 2, c.decoy("IAIAAA=="))
			e.wsMsg("send", 2, base64.StdEncoding.EncodeToString(pub))
		}},
		{cat, "home-assistant-file-editor-saves-secrets-yaml", func(c *gcase) {
			ing := c.secret("hassio ingress session token in the path", c.b64u(32))
			yaml := "# secrets.yaml\nmqtt_password: " + c.secret("secrets.yaml mqtt_password:", c.u15Pw()) + "\nalarm_code: \"" + c.secret("secrets.yaml alarm_code:", c.digits(8)) + "\"\nzwave_s2_access_key: " + c.secret("secrets.yaml zwave_s2_access_key:", strings.ToUpper(c.hexs(32))) + "\nhttp_port: 8123\n"
			c.post("https://ha.acme-home.example/api/hassio_ingress/"+ing+"/api/save", "application/x-www-form-urlencoded", c.decoy("filename=%2Fconfig%2Fsecrets.yaml")+"&text="+url.QueryEscape(yaml)).
				rh("Cookie", "ingress_session="+c.secret("ingress_session cookie", c.hexs(128))).resp("text/plain", c.decoy("Saved file: /config/secrets.yaml"))
		}},
		{cat, "onvif-getstreamuri-rtsp-with-credentials", func(c *gcase) {
			pw := c.secret("camera password in rtsp:// and http:// userinfo", c.u15Pw())
			dig := c.secret("ONVIF PasswordDigest", c.b64s(20))
			hdr := `<Security s:mustUnderstand="1" xmlns="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><UsernameToken><Username>admin</Username><Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">` + dig +
				`</Password><Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">` + c.b64s(16) + `</Nonce><Created xmlns="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">2026-11-22T10:15:03Z</Created></UsernameToken></Security>`
			c.post("http://192.168.1.64/onvif/media_service", `application/soap+xml; charset=utf-8; action="http://www.onvif.org/ver10/media/wsdl/GetStreamUri"`,
				u15Env12(hdr, `<GetStreamUri xmlns="http://www.onvif.org/ver10/media/wsdl"><StreamSetup><Stream xmlns="http://www.onvif.org/ver10/schema">RTP-Unicast</Stream></StreamSetup><ProfileToken>`+c.decoy("Profile_1")+`</ProfileToken></GetStreamUri>`)).
				resp("application/soap+xml; charset=utf-8", u15Env12("", `<trt:GetStreamUriResponse xmlns:trt="http://www.onvif.org/ver10/media/wsdl" xmlns:tt="http://www.onvif.org/ver10/schema"><trt:MediaUri><tt:Uri>rtsp://admin:`+url.PathEscape(pw)+`@192.168.1.64:554/`+c.decoy("Streaming/Channels/101")+`?transportmode=unicast</tt:Uri>`+
					c.decoy(`<tt:Timeout>PT60S</tt:Timeout>`)+`</trt:MediaUri></trt:GetStreamUriResponse>`))
			c.get("https://nvr.acme-home.example/api/cameras/front").resp("application/json", `{"snapshot":"http://admin:`+url.PathEscape(pw)+`@192.168.1.64/ISAPI/Streaming/channels/101/picture",`+c.decoy(`"model":"DS-2CD2143G2-I"`)+`}`)
		}},
		{cat, "ws-federation-wresult-form-post-to-sharepoint", func(c *gcase) {
			rstr := `<t:RequestSecurityTokenResponse xmlns:t="http://schemas.xmlsoap.org/ws/2005/02/trust"><t:Lifetime><wsu:Created xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">2026-11-22T10:15:03.000Z</wsu:Created></t:Lifetime><t:RequestedSecurityToken><saml:Assertion MajorVersion="1" MinorVersion="1" xmlns:saml="urn:oasis:names:tc:SAML:1.0:assertion">` +
				`<saml:AttributeStatement><saml:Attribute AttributeName="emailaddress" AttributeNamespace="http://schemas.xmlsoap.org/ws/2005/05/identity/claims"><saml:AttributeValue>` + c.secret("SAML emailaddress attribute in wresult", "henrike.vandenberg@acme-corp.example") + `</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>` +
				`<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignatureValue>` + c.secret("SAML SignatureValue inside the percent-encoded wresult", c.b64s(256)) + `</ds:SignatureValue></ds:Signature></saml:Assertion></t:RequestedSecurityToken></t:RequestSecurityTokenResponse>`
			c.post("https://contoso.sharepoint.com/_trust/", "application/x-www-form-urlencoded", c.decoy("wa=wsignin1.0")+"&wresult="+url.QueryEscape(rstr)+"&wctx="+url.QueryEscape("https://contoso.sharepoint.com/_layouts/15/Authenticate.aspx?Source=%2Fsites%2FPartners")).code(302).
				sh("Set-Cookie", "FedAuth="+c.secret("FedAuth set after the wsignin1.0 post", c.b64s(150))+"; path=/; secure; HttpOnly")
		}},
	}
}

// 5. Exporter and proxy quirks.
func u15Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "charles-soap-body-in-params-name", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "4.6.6"}
			soap := u15Env11(`<wsse:Security `+u15WSNS+`><wsse:UsernameToken><wsse:Username>partner-edi</wsse:Username><wsse:Password Type="`+u15PwText+`">`+c.secret("wsse:Password inside params[0].name", c.u15Pw())+`</wsse:Password></wsse:UsernameToken></wsse:Security>`,
				`<ord:getOrderStatus xmlns:ord="urn:acme:orders">`+c.decoy(`<ord:OrderNumber>PO-2026-120077</ord:OrderNumber>`)+`</ord:getOrderStatus>`)
			e := c.post("https://b2b.acme-corp.example/services/OrderService", "text/xml; charset=utf-8", "")
			e.post.params = []any{map[string]any{"name": soap, "value": ""}}
		}},
		{cat, "fiddler-aspnet-form-in-params-name", func(c *gcase) {
			c.creator = [2]string{"Fiddler", "5.0.20245.10105"}
			body := "__VIEWSTATE=%2FwEPDwUKMTY1NDU2MTA1MmRk&" + c.decoy("__VIEWSTATEGENERATOR=CA0B0334") + "&ctl00%24MainContent%24LoginUser%24UserName=edi-ops&ctl00%24MainContent%24LoginUser%24Password=" + url.QueryEscape(c.secret("LoginUser$Password inside params[0].name", c.u15Pw())) + "&" + c.decoy("ctl00%24MainContent%24LoginUser%24LoginButton=Log+In")
			e := c.post("https://intranet.acme-corp.example/Account/Login.aspx", "application/x-www-form-urlencoded", "")
			e.post.params = []any{map[string]any{"name": body, "value": ""}}
		}},
		{cat, "xml-rpc-posted-with-form-mime", func(c *gcase) {
			x := `<?xml version="1.0"?><methodCall><methodName>` + c.decoy("system.login") + `</methodName><params><param><value><struct><member><name>username</name><value><string>edi</string></value></member><member><name>password</name><value><string>` +
				c.secret("XML-RPC password posted as application/x-www-form-urlencoded", c.u15Pw()) + `</string></value></member></struct></value></param></params></methodCall>`
			c.post("https://portal.acme-corp.example/RPC2", "application/x-www-form-urlencoded; charset=UTF-8", x).resp("text/xml", `<?xml version="1.0"?><methodResponse><params><param><value><string>`+c.secret("session key returned by system.login", c.hexs(32))+`</string></value></param></params></methodResponse>`)
		}},
		{cat, "soap-response-served-as-text-html", func(c *gcase) {
			c.post("https://b2b.acme-corp.example/services/AuthService", "text/xml", u15Env11("", `<au:login xmlns:au="urn:acme:auth"><au:user>edi</au:user><au:pass>`+c.secret("au:pass in the request", c.u15Pw())+`</au:pass></au:login>`)).
				resp("text/html; charset=ISO-8859-1", u15Env11("", `<au:loginResponse xmlns:au="urn:acme:auth"><au:sessionId>`+c.secret("au:sessionId in a SOAP reply labelled text/html", c.b64s(36))+`</au:sessionId>`+c.decoy(`<au:timeoutMinutes>30</au:timeoutMinutes>`)+`</au:loginResponse>`))
		}},
		{cat, "jde-ais-token-response-base64-encoded", func(c *gcase) {
			c.creator = [2]string{"WebKit", "Safari 18.1"}
			tok := c.secret("JDE AIS userInfo.token (response stored base64)", "044"+c.b64s(96))
			js := c.secret("JDE aisSessionCookie (response stored base64)", c.pick(gAlnum+"-_", 40)+"!"+c.digits(10))
			c.post("https://jde.acme-corp.example/jderest/v2/tokenrequest", "application/json", `{"username":"EDIUSER","password":"`+c.secret("JDE tokenrequest password", c.u15Pw())+`",`+c.decoy(`"deviceName":"partner-portal"`)+`,"environment":"JDV920"}`)
			e := c.entries[len(c.entries)-1].resp("application/json", gB64(`{"username":"EDIUSER","environment":"JDV920","role":"*ALL","jasserver":"https://jde.acme-corp.example:8080","userInfo":{"token":"`+tok+`","langPref":"  ","locale":"en"},"userAuthorized":false,"aisSessionCookie":"`+js+`","adminAuthorized":false}`))
			e.respEncoding = "base64"
		}},
		{cat, "charles-postdata-base64-soap", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "4.6.6"}
			e := c.post("https://b2b.acme-corp.example/services/PartnerAdmin", "application/soap+xml", gB64(u15Env12("", `<pa:resetCredentials xmlns:pa="urn:acme:partner"><pa:partnerId>DHLEDI</pa:partnerId><pa:newSharedSecret>`+c.secret("newSharedSecret in base64 postData", c.b64s(24))+`</pa:newSharedSecret></pa:resetCredentials>`)))
			e.post.encoding = "base64"
			e.resp("application/soap+xml", u15Env12("", c.decoy(`<pa:resetCredentialsResponse xmlns:pa="urn:acme:partner"><pa:status>OK</pa:status></pa:resetCredentialsResponse>`)))
		}},
		{cat, "safari-cookies-array-without-headers", func(c *gcase) {
			c.creator = [2]string{"WebKit", "Safari 18.1"}
			e := c.get("https://weblogic.acme-corp.example/console/console.portal?"+c.decoy("_nfpb=true")).sh("Content-Type", "text/html")
			e.reqCookies = []any{map[string]any{"name": "ADMINCONSOLESESSION", "value": c.secret("ADMINCONSOLESESSION only in request.cookies[]", c.pick(gAlnum+"-_", 52)+"!"+c.digits(9))}, map[string]any{"name": "ADMINCONSOLE-LANG", "value": c.decoy("en_US")}}
			e.respCookies = []any{map[string]any{"name": "_WL_AUTHCOOKIE_ADMINCONSOLESESSION", "value": c.secret("_WL_AUTHCOOKIE_ only in response.cookies[]", c.pick(gAlnum, 20)), "path": "/console", "secure": true, "httpOnly": true}}
		}},
		{cat, "firefox-multipart-params-only", func(c *gcase) {
			c.creator = [2]string{"Firefox", "133.0"}
			e := c.post("https://edi.acme-corp.example/upload/j_security_check", "multipart/form-data; boundary=---------------------------41184676334", "")
			e.post.params = []any{map[string]any{"name": "j_username", "value": "edi-ops"}, map[string]any{"name": "j_password", "value": c.secret("j_password in multipart params only", c.u15Pw())},
				map[string]any{"name": "upload", "value": "", "fileName": c.decoy("ORDERS_20261122.x12"), "contentType": "application/EDI-X12"}}
		}},
		{cat, "chrome-initiator-url-with-saml-artifact", func(c *gcase) {
			art := c.secret("SAMLart in _initiator.url", c.b64s(33))
			e := c.get("https://hcm.acme-corp.example/psc/HRPRD/EMPLOYEE/HRMS/s/WEBLIB_PTBR.ISCRIPT1.FieldFormula.IScript_StartPage?"+c.decoy("HPTYPE=C")).rh("Referer", "https://hcm.acme-corp.example/psp/HRPRD/?cmd=start")
			e.set("_initiator", map[string]any{"type": "parser", "url": "https://hcm.acme-corp.example/sso/acs?SAMLart=" + url.QueryEscape(art) + "&RelayState=" + c.decoy("ss-HRPRD-7712"), "lineNumber": 12})
			e.set("_resourceType", "script")
		}},
		{cat, "page-title-with-cas-service-ticket", func(c *gcase) {
			st := c.secret("CAS service ticket in pages[].title", "ST-"+c.digits(5)+"-"+c.alnum(20)+"-cas01")
			c.extraLog = map[string]any{"pages": []any{map[string]any{"startedDateTime": "2026-11-22T10:15:00.000Z", "id": "page_1", "title": "https://maximo.acme-corp.example/maximo/webclient/login/login.jsp?ticket=" + st, "pageTimings": map[string]any{"onContentLoad": 210.5, "onLoad": 512.9}}}}
			c.get("https://maximo.acme-corp.example/maximo/webclient/login/login.jsp?ticket="+st).code(302).sh("Location", c.decoy("https://maximo.acme-corp.example/maximo/ui/?event=loadapp&value=startcntr"))
		}},
		{cat, "mitmproxy-comma-joined-weblogic-set-cookie", func(c *gcase) {
			c.creator = [2]string{"mitmproxy", "10.4.2"}
			sc := "JSESSIONID=" + c.secret("JSESSIONID in comma-joined Set-Cookie", c.pick(gAlnum+"-_", 52)+"!-"+c.digits(10)) + "; path=/; HttpOnly, _WL_AUTHCOOKIE_JSESSIONID=" + c.secret("_WL_AUTHCOOKIE_JSESSIONID in comma-joined Set-Cookie", c.pick(gAlnum+"-", 20)) +
				"; path=/edi; secure; HttpOnly, " + "oam.Flash.RENDERMAP.TOKEN=-g3kyu2ffx" + "; path=/; expires=Sun, 22-Nov-2026 10:15:00 GMT"
			e := c.get("https://edi.acme-corp.example/edi/faces/home.jspx").sh("Set-Cookie", sc)
			e.respCookies = []any{}
		}},
		{cat, "empty-querystring-foscam-cgi-password", func(c *gcase) {
			e := c.get("http://192.168.1.50:88/cgi-bin/CGIProxy.fcgi?" + c.decoy("cmd=snapPicture2") + "&usr=admin&pwd=" + url.QueryEscape(c.secret("Foscam pwd= in the URL while queryString is empty", c.u15Pw())))
			e.query = []any{}
			e.resp("image/jpeg", "")
		}},
	}
}

// 6. One secret everywhere: known in one place, echoed elsewhere.
func u15Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "jsessionid-cookie-then-path-parameter-and-links", func(c *gcase) {
			js := c.secret("JSESSIONID cookie, later ;jsessionid= in paths and HTML links", strings.ToUpper(c.hexs(32)))
			c.post("https://portal.acme-corp.example/partner/j_security_check", "application/x-www-form-urlencoded", "j_username=edi&j_password="+url.QueryEscape(c.secret("j_password", c.u15Pw()))).code(302).
				sh("Set-Cookie", "JSESSIONID="+js+"; Path=/partner; Secure; HttpOnly", "Location", "https://portal.acme-corp.example/partner/orders.jsf")
			c.get("https://portal.acme-corp.example/partner/orders.jsf;jsessionid="+js+"?"+c.decoy("status=OPEN")).resp("text/html",
				`<a href="/partner/`+c.decoy("invoice.jsf")+`;jsessionid=`+js+`?id=4711">Invoice 4711</a><form action="/partner/orders.jsf;jsessionid=`+js+`" method="post"></form>`)
		}},
		{cat, "sap-csrf-token-header-then-query-and-base64-state", func(c *gcase) {
			tok := c.secret("x-csrf-token fetched in a header, later ?t= and base64 in a state param", c.b64s(16))
			c.get("https://fiori.acme-corp.example/sap/opu/odata/sap/ZPARTNER_DOCS_SRV/").rh("X-CSRF-Token", "Fetch").sh("x-csrf-token", tok)
			c.get("https://fiori.acme-corp.example/sap/opu/odata/sap/ZPARTNER_DOCS_SRV/DocumentSet('" + c.decoy("4500012345") + "')/$value?t=" + url.QueryEscape(tok))
			c.get("https://fiori.acme-corp.example/sap/bc/ui5_ui5/sap/zpartner/index.html?" + c.decoy("sap-ui-language=EN") + "&state=" + gB64u(`{"c":"`+tok+`","v":"1.120.4"}`))
		}},
		{cat, "wsse-password-then-base64-payload-in-audit-viewer", func(c *gcase) {
			pw := c.secret("wsse:Password, later inside a base64 payload in an audit API", c.u15Pw())
			env := u15Env11(`<wsse:Security `+u15WSNS+`><wsse:UsernameToken><wsse:Username>partner-edi</wsse:Username><wsse:Password Type="`+u15PwText+`">`+pw+`</wsse:Password></wsse:UsernameToken></wsse:Security>`, `<ord:ping xmlns:ord="urn:acme:orders"/>`)
			c.post("https://b2b.acme-corp.example/services/OrderService", "text/xml", env)
			c.get("https://b2b.acme-corp.example/admin/api/messages?"+c.decoy("service=OrderService")).resp("application/json",
				`{"messages":[{`+c.decoy(`"id":"msg-20261122-000817"`)+`,"direction":"IN","payloadBase64":"`+gB64(env)+`"}]}`)
		}},
		{cat, "home-assistant-long-lived-token-result-then-bearer-and-flow", func(c *gcase) {
			tok := c.secret("HA long-lived token as a bare websocket result, later Bearer and in a flow export", c.hs256JWT(`{"iss":"`+c.hexs(32)+`","iat":1732270500,"exp":2047630500}`))
			e := c.get("wss://ha.acme-home.example/api/websocket").code(101)
			e.wsMsg("send", 1, `{"type":"auth/long_lived_access_token","client_name":"`+c.decoy("node-red")+`","lifespan":3650,"id":12}`)
			e.wsMsg("receive", 1, `{"id":12,"type":"result","success":true,"result":"`+tok+`"}`)
			c.get("https://ha.acme-home.example/api/states").rh("Authorization", "Bearer "+tok)
			c.post("https://nodered.acme-home.example/flows", "application/json", `[{"id":"`+c.decoy("a1b2c3d4e5f60718")+`","type":"server","name":"Home Assistant","addon":false,"rejectUnauthorizedCerts":true,"ha_boolean":"y|yes|true|on|home|open","connectionDelay":true,"cacheJson":true,"heartbeat":false},`+
				`{"id":"a1b2c3d4e5f60718","credentials":{"host":"https://ha.acme-home.example","access_token":"`+tok+`"}}]`)
		}},
		{cat, "maximo-apikey-header-then-query-and-referer", func(c *gcase) {
			k := c.secret("Maximo apikey header, later ?apikey= and inside an encoded Referer", c.pick(gLower+gDigits, 26))
			c.get("https://maximo.acme-corp.example/maximo/api/os/mxapiwodetail?"+c.decoy("oslc.where=status%3D%22APPR%22")).rh("apikey", k)
			u := "https://maximo.acme-corp.example/maximo/api/os/mxapiwodetail/_V09OVU0vMTAwNDQ3MS9CRURGT1JE?apikey=" + k
			c.get(u)
			c.get("https://bi.acme-corp.example/birt/frameset?__report=wo_list.rptdesign&" + c.decoy("__format=pdf") + "&returnUrl=" + url.QueryEscape(u))
		}},
		{cat, "tuya-local-key-positional-first-then-named", func(c *gcase) {
			lk := c.secret("Tuya local_key, first positional in an array, then named", c.pick(gAlnum+"'|;^`<", 16))
			did := c.decoy("bf3a1c9e2d7f4b8a06xkqz")
			c.get("https://tinytuya.acme-home.example/api/devices").resp("application/json", `{"devices":[["`+did+`","192.168.1.33","`+lk+`","3.3"]]}`)
			c.get("https://openapi.tuyaeu.com/v1.0/devices/"+did).resp("application/json", `{"result":{"id":"`+did+`","name":"Garage plug","local_key":"`+lk+`",`+c.decoy(`"product_id":"keyjup78v54myhan"`)+`,"online":true},"success":true,"t":1732270500123}`)
		}},
		{cat, "domino-session-cookie-then-js-variable", func(c *gcase) {
			das := c.secret("DomAuthSessId cookie, later a JS variable and a query", strings.ToUpper(c.hexs(32)))
			c.post("https://mail.acme-corp.example/names.nsf?Login", "application/x-www-form-urlencoded", "Username=edi.gateway&Password="+url.QueryEscape(c.secret("Domino Password", c.u15Pw()))).code(302).sh("Set-Cookie", "DomAuthSessId="+das+"; path=/; HttpOnly")
			c.get("https://mail.acme-corp.example/partners/orders.nsf/vwOpen?OpenView").resp("text/html", `<script>var sessId = "`+das+`"; var `+c.decoy(`dbPath = "partners/orders.nsf"`)+`;</script>`)
			c.get("https://mail.acme-corp.example/partners/orders.nsf/api/data/collections/name/vwOpen?" + c.decoy("count=50") + "&sess=" + das)
		}},
		{cat, "basic-auth-header-then-smb-url-in-scan-profile", func(c *gcase) {
			pw := c.secret("password known from Basic, later in an smb:// URL and a JSON field", c.u15Pw())
			c.get("https://printer-2f.acme-corp.example/DevMgmt/ProductConfigDyn.xml").rh("Authorization", "Basic "+gB64("admin:"+pw)).resp("text/xml", c.decoy(`<prdcfgdyn:ProductInformation><dd:MakeAndModel>HP LaserJet MFP M480f</dd:MakeAndModel></prdcfgdyn:ProductInformation>`))
			c.get("https://printer-2f.acme-corp.example/api/scan/profiles/1").resp("application/json", `{"name":"`+c.decoy("Scan to Finance")+`","destination":"smb://admin:`+url.PathEscape(pw)+`@fs01.acme-corp.example/scans/finance","fileType":"pdf"}`)
		}},
		{cat, "ha-webhook-id-in-path-first-then-registration", func(c *gcase) {
			wid := c.secret("mobile_app webhook_id, first as a path segment, later named", c.hexs(64))
			c.post("https://ha.acme-home.example/api/webhook/"+wid, "application/json", `{"type":"get_config"}`).resp("application/json", `{`+c.decoy(`"version":"2024.11.3"`)+`}`)
			c.post("https://ha.acme-home.example/api/mobile_app/registrations", "application/json", `{"device_id":"`+c.decoy(c.hexs(16))+`","app_id":"io.homeassistant.companion.android","app_version":"2024.11.2-full","device_name":"Pixel 8","os_version":"15","supports_encryption":true}`).code(201).
				resp("application/json", `{"cloudhook_url":null,"remote_ui_url":null,"secret":"`+c.secret("mobile_app registration secret", c.hexs(64))+`","webhook_id":"`+wid+`"}`)
		}},
		{cat, "form-password-then-powershell-encodedcommand", func(c *gcase) {
			pw := c.secret("service password from a form, later in a UTF-16LE base64 -EncodedCommand", c.u15Pw())
			c.post("https://sccm.acme-corp.example/AdminService/wmi/SMS_SCI_Reserved", "application/x-www-form-urlencoded", "Account=CORP%5Csvc-edi&Password="+url.QueryEscape(pw)+"&"+c.decoy("ItemType=User"))
			ps := "$p = ConvertTo-SecureString '" + pw + "' -AsPlainText -Force; New-PSDrive -Name E -PSProvider FileSystem -Root \\\\fs01\\edi -Credential (New-Object PSCredential('CORP\\svc-edi',$p))"
			c.post("https://sccm.acme-corp.example/AdminService/v1.0/Device(16777220)/AdminService.RunScript", "application/json", `{"ScriptGuid":"`+c.decoy(strings.ToUpper(c.uuid()))+`","CommandLine":"powershell.exe -NoProfile -EncodedCommand `+u15UTF16B64(ps)+`"}`)
		}},
		{cat, "jde-token-json-then-header-and-logout-form", func(c *gcase) {
			tok := c.secret("JDE AIS token, named in JSON, later in jde-AIS-Auth and a logout form", "044"+c.b64s(96))
			c.post("https://jde.acme-corp.example/jderest/v2/tokenrequest", "application/json", `{"username":"EDIUSER","password":"`+c.secret("tokenrequest password", c.u15Pw())+`","deviceName":"portal"}`).
				resp("application/json", `{"username":"EDIUSER","environment":"JDV920","userInfo":{"token":"`+tok+`"},`+c.decoy(`"aisVersion":"9.2.8.3"`)+`}`)
			c.get("https://jde.acme-corp.example/jderest/v2/dataservice/table/F0101?"+c.decoy("$field=F0101.AN8")).rh("jde-AIS-Auth", tok, "jde-AIS-Auth-Environment", c.decoy("JDV920"))
			c.post("https://jde.acme-corp.example/jderest/tokenrequest/logout", "application/x-www-form-urlencoded", "token="+url.QueryEscape(tok))
		}},
	}
}

// 7. GraphQL in admin and partner portals.
func u15GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "magento-generate-customer-token-variables", func(c *gcase) {
			c.post("https://b2b-shop.acme-corp.example/graphql", "application/json",
				`{"operationName":"SignIn","query":"mutation SignIn($email: String!, $pw: String!) { generateCustomerToken(email: $email, password: $pw) { token } }","variables":{"email":"`+c.secret("variables.email (a person)", "rosalind.ekwueme@northwind.example")+`","pw":"`+c.secret("variables.pw bound to password:", c.u15Pw())+`"}}`).
				rh("Store", c.decoy("b2b_en")).resp("application/json", `{"data":{"generateCustomerToken":{"token":"`+c.secret("generateCustomerToken.token (32 alnum)", c.pick(gLower+gDigits, 32))+`"}}}`)
		}},
		{cat, "appsync-realtime-header-query-base64", func(c *gcase) {
			key := c.secret("AppSync da2- API key inside base64 header= query", "da2-"+c.pick(gLower+gDigits, 26))
			host := "x7kq2m4v5nb3zh6wtcpy4l3rfe.appsync-api.eu-central-1.amazonaws.com"
			e := c.get("wss://x7kq2m4v5nb3zh6wtcpy4l3rfe.appsync-realtime-api.eu-central-1.amazonaws.com/graphql?header="+url.QueryEscape(gB64(`{"host":"`+host+`","x-api-key":"`+key+`"}`))+"&payload=e30=").code(101).rh("Sec-WebSocket-Protocol", c.decoy("graphql-ws"))
			e.wsMsg("send", 1, `{"type":"connection_init"}`)
			e.wsMsg("send", 1, `{"id":"`+c.decoy(c.uuid())+`","payload":{"data":"{\"query\":\"subscription OnAlarm($site: ID!) { onAlarm(site: $site) { id level } }\",\"variables\":{\"site\":\"plant-3\"}}","extensions":{"authorization":{"host":"`+host+`","x-api-key":"`+key+`"}}},"type":"start"}`)
			e.wsMsg("receive", 1, c.decoy(`{"type":"connection_ack","payload":{"connectionTimeoutMs":300000}}`))
		}},
		{cat, "hasura-admin-secret-and-insert-variables", func(c *gcase) {
			c.post("https://hasura.acme-corp.example/v1/graphql", "application/json",
				`{"query":"mutation AddGateway($objects: [gateways_insert_input!]!) { insert_gateways(objects: $objects) { affected_rows } }","variables":{"objects":[{"name":"`+c.decoy("plant3-gw")+`","mqtt_user":"gw3","mqtt_password":"`+c.secret("variables.objects[0].mqtt_password", c.u15Pw())+`","site_id":7}]}}`).
				rh("x-hasura-admin-secret", c.secret("x-hasura-admin-secret header", c.alnum(32)), "x-hasura-role", c.decoy("admin")).
				resp("application/json", c.decoy(`{"data":{"insert_gateways":{"affected_rows":1}}}`))
		}},
		{cat, "apq-get-bound-reset-code", func(c *gcase) {
			h := c.decoy(c.hexs(64))
			vars := url.QueryEscape(`{"c":"` + c.secret("variables.c bound to confirmReset(code:) in an APQ GET", c.b64u(24)) + `","n":"` + c.secret("variables.n bound to confirmReset(newPassword:)", c.u15Pw()) + `"}`)
			c.get("https://partners.acme-corp.example/graphql?" + c.decoy("operationName=ConfirmReset") + "&variables=" + vars + "&extensions=" + url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"`+h+`"}}`))
			c.post("https://partners.acme-corp.example/graphql", "application/json", `{"operationName":"ConfirmReset","variables":{},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"`+h+`"}},"query":"mutation ConfirmReset($c: String!, $n: String!) { confirmReset(code: $c, newPassword: $n) { ok } }"}`)
		}},
		{cat, "batched-login-and-register-device", func(c *gcase) {
			c.post("https://iot.acme-corp.example/graphql", "application/json",
				`[{"operationName":"Login","query":"mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { jwt } }","variables":{"u":"plant-admin","p":"`+c.secret("batch[0] variables.p bound to password:", c.u15Pw())+`"}},`+
					`{"operationName":"Register","query":"mutation Register($d: DeviceInput!) { registerDevice(device: $d) { id } }","variables":{"d":{"serial":"`+c.decoy("PLC-07-000412")+`","provisioningSecret":"`+c.secret("batch[1] variables.d.provisioningSecret", c.b64u(32))+`"}}}]`).
				resp("application/json", `[{"data":{"login":{"jwt":"`+c.secret("batch response data.login.jwt", c.hs256JWT(`{"sub":"plant-admin","role":"admin","exp":1732274100}`))+`"}}},{"data":{"registerDevice":{`+c.decoy(`"id":"dev_0412"`)+`}}}]`)
		}},
		{cat, "inline-literal-consumer-secret", func(c *gcase) {
			c.post("https://b2b-shop.acme-corp.example/graphql", "application/json",
				`{"query":"mutation { createIntegration(input: {name: \"edi-dhl\", consumerKey: \"`+c.secret("inline consumerKey literal", c.pick(gLower+gDigits, 32))+`\", consumerSecret: \"`+c.secret("inline consumerSecret literal", c.pick(gLower+gDigits, 32))+`\"}) { integration { `+c.decoy("id status")+` } } }"}`)
		}},
		{cat, "response-create-access-token-fields", func(c *gcase) {
			c.post("https://cmdb.acme-corp.example/graphql", "application/json", `{"query":"mutation { createPersonalAccessToken(name: \"grafana\", expiresInDays: 90) { token { id name expiresAt } plaintext } }"}`).
				resp("application/json", `{"data":{"createPersonalAccessToken":{"token":{`+c.decoy(`"id":"pat_7f3a21"`)+`,"name":"grafana",`+c.decoy(`"expiresAt":"2027-02-20T10:15:00Z"`)+`},"plaintext":"`+c.secret("createPersonalAccessToken.plaintext", "cmdb_"+c.alnum(36))+`"}}}`)
		}},
		{cat, "graphql-transport-ws-connection-init-headers", func(c *gcase) {
			e := c.get("wss://hasura.acme-corp.example/v1/graphql").code(101).rh("Sec-WebSocket-Protocol", "graphql-transport-ws")
			e.wsMsg("send", 1, `{"type":"connection_init","payload":{"headers":{"x-hasura-admin-secret":"`+c.secret("connection_init payload.headers.x-hasura-admin-secret", c.alnum(32))+`","content-type":"application/json"}}}`)
			e.wsMsg("receive", 1, `{"type":"connection_ack"}`)
			e.wsMsg("send", 1, `{"id":"`+c.decoy(c.uuid())+`","type":"subscribe","payload":{"query":"subscription Alarms { alarms(where: {acked: {_eq: false}}) { id tag value } }"}}`)
		}},
		{cat, "multipart-upload-operations-with-signing-key", func(c *gcase) {
			b := "----WebKitFormBoundaryG7pQ2rT5vX8zA1cE"
			ops := `{"query":"mutation Upload($file: Upload!, $sig: String!) { uploadFirmware(file: $file, signingKey: $sig) { id } }","variables":{"file":null,"sig":"` + c.secret("operations variables.sig bound to signingKey:", c.hexs(64)) + `"}}`
			body := u15Part(b, "operations", "", ops) + u15Part(b, "map", "", c.decoy(`{"0":["variables.file"]}`)) + u15Part(b, "0", `; filename="plc07-fw-4.2.1.bin"`+"\r\nContent-Type: application/octet-stream", "\x7fELF") + "--" + b + "--\r\n"
			c.post("https://iot.acme-corp.example/graphql", "multipart/form-data; boundary="+b, body).rh("apollo-require-preflight", "true")
		}},
		{cat, "errors-echo-variable-value", func(c *gcase) {
			v := c.secret("variable value echoed in an errors[].message", c.b64u(30))
			c.post("https://partners.acme-corp.example/graphql", "application/json", `{"query":"mutation Link($cred: LinkInput!) { linkErp(input: $cred) { ok } }","variables":{"cred":{"system":"S4H","clientSecret":"`+v+`","client":100}}}`).
				resp("application/json", `{"errors":[{"message":"Variable \"$cred\" got invalid value { system: \"S4H\", clientSecret: \"`+v+`\", client: 100 }; Int cannot represent non-integer value.","extensions":{`+c.decoy(`"code":"BAD_USER_INPUT"`)+`}}]}`)
		}},
		{cat, "variables-as-json-string-and-aliases", func(c *gcase) {
			c.post("https://cmdb.acme-corp.example/graphql", "application/json",
				`{"query":"mutation($a: String!, $b: String!) { primary: setBindCredential(dn: \"cn=svc-cmdb,ou=svc,dc=acme\", credential: $a) { ok } backup: setBindCredential(dn: \"cn=svc-cmdb2,ou=svc,dc=acme\", credential: $b) { ok } }","variables":"{\"a\":\"`+
					c.secret("stringified variables.a bound to credential:", c.u15Pw())+`\",\"b\":\"`+c.secret("stringified variables.b bound to credential:", c.u15Pw())+`\"}"}`).
				resp("application/json", c.decoy(`{"data":{"primary":{"ok":true},"backup":{"ok":true}}}`))
		}},
		{cat, "get-query-inline-password-percent-encoded", func(c *gcase) {
			q := `mutation { login(user: "hmi-op", password: "` + c.secret("inline password: literal in a GET ?query=", c.u15Pw()) + `") { session } }`
			c.get("https://scada.acme-corp.example/api/graphql?query="+url.QueryEscape(q)+"&"+c.decoy("client=ignition-perspective")).
				resp("application/json", `{"data":{"login":{"session":"`+c.secret("login.session in response", c.hexs(40))+`"}}}`)
		}},
	}
}

// 8. Vendor token formats of the domain.
func u15Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "hue-bridge-pairing-username-clientkey", func(c *gcase) {
			c.post("http://192.168.1.20/api", "application/json", c.decoy(`{"devicetype":"ha#acme-hub","generateclientkey":true}`)).
				resp("application/json", `[{"success":{"username":"`+c.secret("Hue success.username (the application key)", c.pick(gAlnum+"-", 40))+`","clientkey":"`+c.secret("Hue success.clientkey (entertainment PSK)", strings.ToUpper(c.hexs(32)))+`"}}]`)
			c.get("http://192.168.1.20/api/config").resp("application/json", `{"name":"Hue Bridge",`+c.decoy(`"bridgeid":"001788FFFE6A1B2C"`)+`,`+c.decoy(`"swversion":"1967054020"`)+`,"apiversion":"1.67.0"}`)
		}},
		{cat, "tuya-openapi-sign-token-and-local-key", func(c *gcase) {
			c.get("https://openapi.tuyaeu.com/v1.0/token?grant_type=1").
				rh("client_id", c.decoy(c.pick(gLower+gDigits, 20)), "sign", c.secret("Tuya sign header (HMAC-SHA256 upper hex)", strings.ToUpper(c.hexs(64))), "t", c.decoy("1732270500123"), "sign_method", c.decoy("HMAC-SHA256")).
				resp("application/json", `{"result":{"access_token":"`+c.secret("Tuya access_token", c.hexs(32))+`",`+c.decoy(`"expire_time":7200`)+`,"refresh_token":"`+c.secret("Tuya refresh_token", c.hexs(32))+`","uid":"`+"bay1732270"+c.pick(gLower+gDigits, 10)+`"},"success":true,"t":1732270500210,"tid":"`+c.decoy(c.hexs(32))+`"}`)
		}},
		{cat, "shelly-cloud-auth-key-form", func(c *gcase) {
			c.post("https://shelly-49-eu.shelly.cloud/device/status", "application/x-www-form-urlencoded", c.decoy("id=a8032ab12c34")+"&auth_key="+c.secret("Shelly Cloud auth_key", "MTJkNDZ1aWQ"+c.b64u(54))).
				resp("application/json", `{"isok":true,"data":{"online":true,"device_status":{"sys":{`+c.decoy(`"mac":"A8032AB12C34"`)+`,"restart_required":false},"switch:0":{"output":true,"apower":41.2}}}}`)
		}},
		{cat, "home-assistant-auth-token-exchange", func(c *gcase) {
			c.post("https://ha.acme-home.example/auth/token", "application/x-www-form-urlencoded", "grant_type=authorization_code&code="+c.secret("HA authorization code", c.hexs(32))+"&"+c.decoy("client_id=https%3A%2F%2Fha.acme-home.example%2F")).
				resp("application/json", `{"access_token":"`+c.secret("HA access_token (HS256 JWT)", c.hs256JWT(`{"iss":"`+c.hexs(32)+`","iat":1732270500,"exp":1732272300}`))+`","token_type":"Bearer","refresh_token":"`+c.secret("HA refresh_token (128 hex)", c.hexs(128))+`",`+c.decoy(`"expires_in":1800`)+`,`+c.decoy(`"ha_auth_provider":"homeassistant"`)+`}`)
		}},
		{cat, "sap-btp-xsuaa-service-key", func(c *gcase) {
			c.get("https://cockpit.eu10.hana.ondemand.com/ajax/serviceinstances/"+c.decoy(c.uuid())+"/servicekeys/edi-key").resp("application/json",
				`{"credentials":{"uaa":{`+c.decoy(`"clientid":"sb-partner-portal!t4711"`)+`,"clientsecret":"`+c.secret("XSUAA clientsecret (uuid$b64=)", c.uuid()+"$"+c.b64u(32)+"=")+`","url":"https://acme.authentication.eu10.hana.ondemand.com",`+c.decoy(`"identityzone":"acme"`)+`,"xsappname":"partner-portal!t4711"},"url":"https://api.acme.cfapps.eu10.hana.ondemand.com"}}`)
		}},
		{cat, "ibm-cloud-apikey-iam-exchange", func(c *gcase) {
			c.post("https://iam.cloud.ibm.com/identity/token", "application/x-www-form-urlencoded", c.decoy("grant_type=urn%3Aibm%3Aparams%3Aoauth%3Agrant-type%3Aapikey")+"&apikey="+c.secret("IBM Cloud apikey (44 chars)", c.pick(gAlnum+"-_", 44))).
				resp("application/json", `{"access_token":"`+c.secret("IBM IAM access_token", c.rs256JWT("20261101", `{"iam_id":"IBMid-6630004ABC","iss":"https://iam.cloud.ibm.com/identity","grant_type":"urn:ibm:params:oauth:grant-type:apikey","exp":1732274100}`))+`","refresh_token":"`+c.secret("IBM IAM refresh_token", "not_supported_"+c.b64u(60))+`",`+
					c.decoy(`"ims_user_id":10293847`)+`,"token_type":"Bearer",`+c.decoy(`"expiration":1732274100`)+`,"scope":"ibm openid"}`)
		}},
		{cat, "oci-request-signature-authorization", func(c *gcase) {
			comp := c.decoy("ocid1.compartment.oc1..aaaaaaaa" + c.pick(gLower+gDigits, 52))
			c.get("https://iaas.eu-frankfurt-1.oraclecloud.com/20160918/instances?compartmentId="+comp).
				rh("date", c.decoy("Sun, 22 Nov 2026 10:15:00 GMT"), "authorization", `Signature version="1",keyId="ocid1.tenancy.oc1..aaaaaaaa`+c.pick(gLower+gDigits, 52)+`/ocid1.user.oc1..aaaaaaaa`+c.pick(gLower+gDigits, 52)+`/`+c.hexs(2)+`:`+c.hexs(2)+`:`+c.hexs(2)+`:`+c.hexs(2)+`",algorithm="rsa-sha256",headers="date (request-target) host",signature="`+c.secret("OCI HTTP signature", c.b64s(256))+`"`).
				sh("opc-request-id", c.decoy(strings.ToUpper(c.hexs(32))+"/"+strings.ToUpper(c.hexs(32))))
		}},
		{cat, "entra-client-secret-for-sharepoint-app", func(c *gcase) {
			tn := c.decoy(c.uuid())
			c.post("https://login.microsoftonline.com/"+tn+"/oauth2/v2.0/token", "application/x-www-form-urlencoded",
				"client_id="+c.decoy(c.uuid())+"&client_secret="+url.QueryEscape(c.secret("Entra client secret (xxx8Q~...)", c.pick(gAlnum, 3)+"8Q~"+c.pick(gAlnum+"_.-~", 34)))+"&"+c.decoy("scope=https%3A%2F%2Fcontoso.sharepoint.com%2F.default")+"&grant_type=client_credentials").
				resp("application/json", `{"token_type":"Bearer",`+c.decoy(`"expires_in":3599`)+`,"ext_expires_in":3599,"access_token":"`+c.secret("Entra app-only access_token", c.rs256JWT("3PaK4EfyBNQu3CtjYsa3YmhQ5E0", `{"aud":"00000003-0000-0ff1-ce00-000000000000","iss":"https://sts.windows.net/`+tn+`/","roles":["Sites.Selected"],"exp":1732274100}`))+`"}`)
		}},
		{cat, "websphere-liberty-xor-and-aes-passwords", func(c *gcase) {
			x := c.secret("Liberty {xor} encoded password", "{xor}"+c.b64s(12))
			a := c.secret("Liberty {aes} encoded password", "{aes}ARB"+c.b64s(48))
			c.get("https://liberty.acme-corp.example:9443/ibm/api/config/dataSource/PartnerDS").resp("application/json",
				`[{"configElementName":"dataSource","uid":"PartnerDS",`+c.decoy(`"jndiName":"jdbc/partner"`)+`,"properties.db2.jcc":[{"databaseName":"EDI","serverName":"db2.acme-corp.example","portNumber":50000,"user":"ediapp","password":"`+x+`"}]}]`)
			c.get("https://liberty.acme-corp.example:9443/ibm/adminCenter/explore-1.0/api/files?path=server.xml").resp("application/xml",
				`<server>`+c.decoy(`<featureManager><feature>jdbc-4.2</feature></featureManager>`)+`<keyStore id="defaultKeyStore" password="`+a+`"/><basicRegistry><user name="edi" password="`+x+`"/></basicRegistry></server>`)
		}},
		{cat, "emqx-dashboard-login-and-api-key", func(c *gcase) {
			c.post("https://mqtt.acme-corp.example:18083/api/v5/login", "application/json", `{"username":"admin","password":"`+c.secret("EMQX dashboard password", c.u15Pw())+`"}`).
				resp("application/json", `{"token":"`+c.secret("EMQX dashboard token (JWT)", c.hs256JWT(`{"exp":1732273500,"iss":"EMQX","jti":"`+c.hexs(16)+`"}`))+`",`+c.decoy(`"version":"5.8.1"`)+`,"license":{"edition":"opensource"}}`)
			c.post("https://mqtt.acme-corp.example:18083/api/v5/api_key", "application/json", `{"name":"grafana","expired_at":"infinity","enable":true}`).
				resp("application/json", `{"name":"grafana","api_key":"`+c.secret("EMQX api_key", c.hexs(16))+`","api_secret":"`+c.secret("EMQX api_secret", c.pick(gAlnum, 46))+`",`+c.decoy(`"created_at":"2026-11-22T10:15:03+00:00"`)+`}`)
		}},
		{cat, "node-red-admin-token-and-bcrypt-hash", func(c *gcase) {
			c.post("https://nodered.acme-home.example/auth/token", "application/x-www-form-urlencoded", c.decoy("client_id=node-red-editor")+"&grant_type=password&scope=*&username=admin&password="+url.QueryEscape(c.secret("Node-RED admin password", c.u15Pw()))).
				resp("application/json", `{"access_token":"`+c.secret("Node-RED access_token", c.b64s(96))+`",`+c.decoy(`"expires_in":604800`)+`,"token_type":"Bearer"}`)
			c.get("https://nodered.acme-home.example/settings/user/raw").resp("text/javascript", "module.exports = {\n    adminAuth: {\n        type: \"credentials\",\n        users: [{ username: \"admin\", password: \""+
				c.secret("bcrypt hash of the admin password in settings.js", "$2b$08$"+c.pick(gAlnum+"./", 53))+"\", permissions: \"*\" }]\n    },\n    "+c.decoy("uiPort: process.env.PORT || 1880")+",\n}\n")
		}},
		{cat, "aws-iot-sigv4-presigned-wss", func(c *gcase) {
			sig := c.secret("X-Amz-Signature of a presigned IoT wss URL", c.hexs(64))
			st := c.secret("X-Amz-Security-Token of a presigned IoT wss URL", "IQoJb3JpZ2luX2VjE"+c.b64s(240))
			c.get("wss://a3k7odshaiipe8-ats.iot.eu-central-1.amazonaws.com/mqtt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA"+c.pick(gUpper+gDigits, 16)+"%2F20261122%2Feu-central-1%2Fiotdevicegateway%2Faws4_request&"+c.decoy("X-Amz-Date=20261122T101500Z")+"&"+c.decoy("X-Amz-SignedHeaders=host")+"&X-Amz-Signature="+sig+"&X-Amz-Security-Token="+url.QueryEscape(st)).code(101).
				rh("Sec-WebSocket-Protocol", "mqtt")
		}},
		{cat, "hikvision-isapi-session-login", func(c *gcase) {
			c.get("http://192.168.1.64/ISAPI/Security/sessionLogin/capabilities?username=admin").resp("application/xml",
				`<SessionLoginCap version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema"><sessionID>`+c.hexs(64)+`</sessionID><challenge>`+c.hexs(32)+`</challenge>`+c.decoy(`<iterations>100</iterations>`)+`<isIrreversible>true</isIrreversible><salt>`+c.hexs(64)+`</salt></SessionLoginCap>`)
			sid := c.secret("Hikvision sessionID of the login", c.hexs(64))
			c.post("http://192.168.1.64/ISAPI/Security/sessionLogin?timeStamp=1732270500123", "application/xml",
				`<SessionLogin><userName>admin</userName><password>`+c.secret("Hikvision hashed password (sha256, challenge-bound)", c.hexs(64))+`</password><sessionID>`+sid+`</sessionID><isSessionIDValidLongTerm>false</isSessionIDValidLongTerm>`+c.decoy(`<sessionIDVersion>2</sessionIDVersion>`)+`</SessionLogin>`).
				sh("Set-Cookie", "WebSession_"+c.hexs(10)+"="+c.secret("Hikvision WebSession_ cookie", c.hexs(64))+"; path=/; HttpOnly").resp("application/xml", c.decoy(`<ResponseStatus version="2.0"><statusCode>1</statusCode><statusString>OK</statusString></ResponseStatus>`))
		}},
	}
}

// 9. Card numbers, credential phrases and pasted configuration.
func u15CardsPhrases() []gdef {
	const cat = "9.cards"
	return []gdef{
		{cat, "peoplesoft-expense-corporate-card-form", func(c *gcase) {
			v := c.secret("Luhn-valid Visa in a PeopleSoft component field", c.card("4", 16))
			c.post("https://fscm.acme-corp.example/psc/FSPRD/EMPLOYEE/ERP/c/EX_SHEET_ENTRY.EX_SHEET_LINE.GBL", "application/x-www-form-urlencoded",
				c.decoy("ICAction=EX_SHEET_WRK_SAVE_PB")+"&ICStateNum=7&EX_CC_TRANS_CC_NUMBER%240="+v+"&EX_SHEET_LINE_EXPENSE_AMT%240=129.40&"+c.decoy("EX_SHEET_HDR_SHEET_ID=0000018842"))
		}},
		{cat, "sap-fiori-payment-card-odata", func(c *gcase) {
			mc := c.card("55", 16)
			c.secret("Luhn-valid Mastercard under CardNumber (OData)", mc)
			c.post("https://fiori.acme-corp.example/sap/opu/odata/sap/ZTRAVEL_SRV/PaymentCardSet", "application/json",
				`{"CardType":"MC","CardNumber":"`+mc+`","ValidTo":"\/Date(1830297600000)\/",`+c.decoy(`"MaskedNumber":"************`+mc[12:]+`"`)+`,`+c.decoy(`"PersonnelNumber":"00012345"`)+`}`).code(201)
		}},
		{cat, "dynamics-note-free-text-card-grouped", func(c *gcase) {
			v := c.card("4", 16)
			c.secret("Luhn-valid Visa grouped with spaces in a note", gGroup4(v, " "))
			c.post("https://acme.crm4.dynamics.com/api/data/v9.2/annotations", "application/json",
				`{"subject":"Refund request","notetext":"Customer called, card `+gGroup4(v, " ")+` exp 09/28 was charged twice for `+c.decoy("INV-2026-004471")+`, refund the second charge","objectid_incident@odata.bind":"/incidents(`+c.decoy(c.uuid())+`)"}`).code(204)
		}},
		{cat, "cybersource-soap-card-and-transaction-key", func(c *gcase) {
			pan := c.secret("Luhn-valid Amex in urn:accountNumber", c.card("37", 15))
			hdr := `<wsse:Security ` + u15WSNS + `><wsse:UsernameToken><wsse:Username>acme_b2b</wsse:Username><wsse:Password Type="` + u15PwText + `">` + c.secret("CyberSource transaction key as wsse:Password", c.b64s(258)) + `</wsse:Password></wsse:UsernameToken></wsse:Security>`
			c.post("https://ics2wstest.ic3.com/commerce/1.x/transactionProcessor", "text/xml", u15Env11(hdr, `<urn:requestMessage xmlns:urn="urn:schemas-cybersource-com:transaction-data-1.219"><urn:merchantID>acme_b2b</urn:merchantID>`+
				c.decoy(`<urn:merchantReferenceCode>PO-2026-77812</urn:merchantReferenceCode>`)+`<urn:card><urn:accountNumber>`+pan+`</urn:accountNumber>`+c.decoy(`<urn:expirationMonth>09</urn:expirationMonth>`)+`<urn:expirationYear>2029</urn:expirationYear><urn:cardType>003</urn:cardType></urn:card></urn:requestMessage>`))
		}},
		{cat, "expense-csv-export-card-column", func(c *gcase) {
			a := c.secret("Luhn-valid Amex in a CSV cell", c.card("34", 15))
			d := c.secret("Luhn-valid Discover in a CSV cell", c.card("6011", 16))
			csv := c.decoy("Transaction Date,Card Number,Merchant,Amount,Transaction ID") + "\n2026-11-03," + a + ",ACME FUEL 0412,54.20," + c.decoy("TX-884120") + "\n2026-11-04," + d + ",HOTEL LINDE,189.00,TX-884121\n"
			c.get("https://expenses.acme-corp.example/reports/cc-transactions.csv?"+c.decoy("period=2026-11")).resp("text/csv; charset=utf-8", csv)
		}},
		{cat, "coldfusion-checkout-query-ccnum", func(c *gcase) {
			c.get("https://legacy.acme-corp.example/checkout/process.cfm?ccnum=" + c.secret("Luhn-valid Visa in ?ccnum=", c.card("4", 16)) + "&ccexp=0929&" + c.decoy("amt=129.00") + "&" + c.decoy("orderid=118842"))
		}},
		{cat, "maximo-work-log-password-phrase", func(c *gcase) {
			c.post("https://maximo.acme-corp.example/maximo/oslc/os/mxapiwodetail/_V09OVU0vMTAwNDQ3MQ--?lean=1", "application/json",
				`{"worklog":[{"description":"HMI panel 3 access","description_longdescription":"<p>Operator login for HMI panel 3: user <b>operator</b>, the password is `+c.secret("the password is X in a work log", c.u15Pw())+`. PIN for the cabinet: `+c.secret("PIN for the cabinet: X", c.digits(8))+`</p>","logtype":"`+c.decoy("WORK")+`"}],`+c.decoy(`"wonum":"1004471"`)+`}`).rh("x-method-override", "PATCH", "patchtype", "MERGE")
		}},
		{cat, "foreign-language-password-phrases", func(c *gcase) {
			c.post("https://support.acme-corp.example/api/tickets/8812/comments", "application/json",
				`{"comments":[{"text":"Hallo, das Kennwort lautet: `+c.secret("German 'das Kennwort lautet: X'", c.u15Pw())+` (bitte ändern)"},{"text":"Bonjour, le mot de passe est `+c.secret("French 'le mot de passe est X'", c.u15Pw())+` pour le portail"},`+
					`{"text":"Hola, la contraseña es `+c.secret("Spanish 'la contraseña es X'", c.u15Pw())+` para el SFTP"},`+c.decoy(`{"text":"Passwörter müssen 12 Zeichen haben"}`)+`]}`)
		}},
		{cat, "wifi-onboarding-qr-string", func(c *gcase) {
			c.get("https://ha.acme-home.example/api/onboarding/wifi-qr").resp("application/json",
				`{"qr":"WIFI:T:WPA;`+c.decoy("S:Plant-Floor-IoT")+`;P:`+c.secret("P: field of a WIFI: QR string", c.u15Pw())+`;H:false;;","svg":"/local/qr/wifi.svg"}`)
		}},
		{cat, "sharepoint-wiki-pre-config-snippet", func(c *gcase) {
			html := `<div class="ms-rtestate-field"><p>EDI gateway settings (prod):</p><pre>` + c.decoy("ldap.url=ldaps://dc01.corp.acme:636") + "\nldap.bind.dn=cn=svc-edi,ou=svc,dc=acme\nldap.bind.password=" + c.secret("ldap.bind.password= in a wiki <pre>", c.u15Pw()) +
				"\n" + c.decoy("jdbc.url=jdbc:oracle:thin:@ebsdb:1521/EBSPROD") + "\njdbc.password=" + c.secret("jdbc.password= in a wiki <pre>", c.alnum(16)) + "\n</pre></div>"
			c.get("https://contoso.sharepoint.com/sites/IT/_api/web/GetFileByServerRelativeUrl('/sites/IT/SitePages/EDI.aspx')/ListItemAllFields?$select=CanvasContent1").resp("application/json", gJS(map[string]any{"CanvasContent1": html, "Modified": c.decoy("2026-11-21T17:02:11Z")}))
		}},
		{cat, "mosquitto-cli-snippet-in-chat", func(c *gcase) {
			c.post("https://chat.acme-corp.example/api/v4/posts", "application/json",
				`{"channel_id":"`+c.decoy(c.pick(gLower+gDigits, 26))+`","message":"try this:\n`+"```"+`\nmosquitto_pub -h 192.168.1.10 -p 1883 -u shelly -P `+c.secret("mosquitto_pub -P X", c.u15Pw())+` -t shellies/plug-7/relay/0/command -m on\n`+"```"+`\n`+c.decoy("broker is Mosquitto 2.0.18")+`"}`)
		}},
	}
}

// 10. Personal data.
func u15Personal() []gdef {
	const cat = "10.personal"
	return []gdef{
		{cat, "sap-fiori-startup-user", func(c *gcase) {
			c.get("https://fiori.acme-corp.example/sap/bc/ui2/start_up?sap-client=100&shellType=FLP&depth=0").resp("application/json",
				`{"client":"100","id":"KWAGNER","fullName":"`+c.secret("start_up fullName", "Katharina Wagner-Ostrowski")+`","firstName":"Katharina","lastName":"`+c.secret("start_up lastName", "Wagner-Ostrowski")+`","email":"`+c.secret("start_up email", "katharina.wagner@acme-corp.example")+`",`+
					c.decoy(`"language":"DE"`)+`,`+c.decoy(`"timeZone":"CET"`)+`,"dateFormat":"1","rtl":false}`)
		}},
		{cat, "sharepoint-currentuser-claims-login", func(c *gcase) {
			em := c.secret("SharePoint Email (also inside the claims LoginName)", "aurelio.bianchi-ferraro@contoso.example")
			c.get("https://contoso.sharepoint.com/sites/Partners/_api/web/currentuser").rh("Accept", "application/json;odata=nometadata").resp("application/json",
				`{`+c.decoy(`"Id":11`)+`,"IsHiddenInUI":false,"LoginName":"i:0#.f|membership|`+em+`","Title":"`+c.secret("SharePoint Title (display name)", "Aurelio Bianchi-Ferraro")+`","PrincipalType":1,"Email":"`+em+`",`+c.decoy(`"IsSiteAdmin":false`)+`,"UserPrincipalName":"`+em+`"}`)
		}},
		{cat, "peoplesoft-personal-data-component", func(c *gcase) {
			body := c.decoy("ICAction=%23ICSave") + "&ICStateNum=5&PERSONAL_DATA_FIRST_NAME=" + url.QueryEscape(c.secret("PeopleSoft FIRST_NAME field", "Bartholomaeus")) + "&PERSONAL_DATA_LAST_NAME=" + url.QueryEscape(c.secret("PeopleSoft LAST_NAME field", "Nyambura-Kiprop")) +
				"&EMAIL_ADDRESSES_EMAIL_ADDR%240=" + url.QueryEscape(c.secret("PeopleSoft EMAIL_ADDR field", "b.nyambura@homemail.example")) + "&PERSONAL_PHONE_PHONE%240=" + url.QueryEscape(c.secret("PeopleSoft PHONE field", "+254 722 123456")) + "&" + c.decoy("PERSONAL_PHONE_PHONE_TYPE%240=CELL")
			c.post("https://hcm.acme-corp.example/psc/HRPRD/EMPLOYEE/HRMS/c/MAINTAIN_PERSONAL_INFO.PERSONAL_DATA.GBL", "application/x-www-form-urlencoded", body)
		}},
		{cat, "dynamics-contact-web-api", func(c *gcase) {
			id := c.uuid()
			c.get("https://acme.crm4.dynamics.com/api/data/v9.2/contacts("+c.decoy(id)+")?$select=fullname,emailaddress1,telephone1,mobilephone").resp("application/json",
				`{"@odata.context":"https://acme.crm4.dynamics.com/api/data/v9.2/$metadata#contacts(fullname,emailaddress1,telephone1,mobilephone)/$entity",`+c.decoy(`"@odata.etag":"W/\"8812345\""`)+`,"fullname":"`+c.secret("Dynamics fullname", "Oyelaran Adebayo-Smith")+`","emailaddress1":"`+
					c.secret("Dynamics emailaddress1", "o.adebayo-smith@fabrikam.example")+`","telephone1":"`+c.secret("Dynamics telephone1", "+44 20 7946 0321")+`","mobilephone":"`+c.secret("Dynamics mobilephone", "+44 7700 900456")+`","contactid":"`+id+`"}`)
		}},
		{cat, "sap-bapi-user-get-detail-address", func(c *gcase) {
			body := `<n0:BAPI_USER_GET_DETAILResponse xmlns:n0="urn:sap-com:document:sap:rfc:functions"><ADDRESS><FIRSTNAME>` + c.secret("BAPI ADDRESS FIRSTNAME", "Friederike") + `</FIRSTNAME><LASTNAME>` + c.secret("BAPI ADDRESS LASTNAME", "Zimmermann-Kuhl") + `</LASTNAME><FULLNAME>` + c.secret("BAPI ADDRESS FULLNAME", "Friederike Zimmermann-Kuhl") + `</FULLNAME>` +
				`<TEL1_NUMBR>` + c.secret("BAPI ADDRESS TEL1_NUMBR", "+49 621 4711 2233") + `</TEL1_NUMBR><E_MAIL>` + c.secret("BAPI ADDRESS E_MAIL", "f.zimmermann-kuhl@acme-corp.example") + `</E_MAIL>` + c.decoy(`<COUNTRY>DE</COUNTRY>`) + `<LANGU_P>D</LANGU_P></ADDRESS><LOGONDATA>` + c.decoy(`<USTYP>A</USTYP>`) + `<CLASS>EDI</CLASS></LOGONDATA></n0:BAPI_USER_GET_DETAILResponse>`
			c.post("https://erp.acme-corp.example/sap/bc/soap/rfc?sap-client=100", "text/xml", u15Env11("", `<urn:BAPI_USER_GET_DETAIL xmlns:urn="urn:sap-com:document:sap:rfc:functions"><USERNAME>FZIMMER</USERNAME></urn:BAPI_USER_GET_DETAIL>`)).resp("text/xml", u15Env11("", body))
		}},
		{cat, "home-assistant-refresh-tokens-last-used-ip-and-person", func(c *gcase) {
			e := c.get("wss://ha.acme-home.example/api/websocket").code(101)
			e.wsMsg("send", 1, `{"type":"auth/refresh_tokens","id":21}`)
			e.wsMsg("receive", 1, `{"id":21,"type":"result","success":true,"result":[{"id":"`+c.decoy(c.hexs(32))+`",`+c.decoy(`"client_id":"https://home-assistant.io/android"`)+`,"client_name":null,"type":"normal","created_at":"2026-10-02T08:11:05+00:00","is_current":true,"last_used_at":"2026-11-22T10:14:59+00:00","last_used_ip":"`+c.secret("HA last_used_ip", "203.0.113.58")+`"}]}`)
			e.wsMsg("send", 1, `{"type":"get_states","id":22}`)
			e.wsMsg("receive", 1, `{"id":22,"type":"result","success":true,"result":[{"entity_id":"person.`+c.decoy("household_member_1")+`","state":"home","attributes":{"friendly_name":"`+c.secret("HA person friendly_name", "Marisol Echeverría")+`","gps_accuracy":12}}]}`)
		}},
		{cat, "domino-das-person-document", func(c *gcase) {
			unid := c.decoy(strings.ToUpper(c.hexs(32)))
			c.get("https://mail.acme-corp.example/names.nsf/api/data/documents/unid/"+unid).resp("application/json",
				`{"@unid":"`+unid+`","@form":"Person","FullName":["`+c.secret("Domino canonical FullName (CN=...)", "CN=Leopoldine Haugland/OU=Sales/O=Acme")+`","lhaugland"],"FirstName":"Leopoldine","LastName":"Haugland","InternetAddress":"`+c.secret("Domino InternetAddress", "leopoldine.haugland@acme-corp.example")+`","OfficePhoneNumber":"`+c.secret("Domino OfficePhoneNumber", "+47 22 12 34 56")+`",`+c.decoy(`"MailServer":"CN=mail01/O=Acme"`)+`}`)
		}},
		{cat, "x12-850-per-contact-segment", func(c *gcase) {
			x12 := c.decoy("ISA*00*          *00*          *ZZ*ACMECORP       *ZZ*DHLEDI         *261122*1015*U*00401*000004711*0*P*>") + "~GS*PO*ACMECORP*DHLEDI*20261122*1015*4711*X*004010~ST*850*0001~" + c.decoy("BEG*00*SA*PO-2026-118842**20261122") +
				"~N1*ST*ACME PLANT 3*92*0003~PER*IC*" + c.secret("X12 PER contact name", "Ekaterina Volkonskaya") + "*TE*" + c.secret("X12 PER phone", "+1 313 555 0187") + "*EM*" + c.secret("X12 PER e-mail", "e.volkonskaya@acme-corp.example") + "~PO1*1*40*EA*12.50**VP*" + c.decoy("VALVE-DN50-PN16") + "~SE*6*0001~GE*1*4711~IEA*1*000004711~"
			c.post("https://edi.acme-corp.example/api/documents/validate", "application/edi-x12", x12).resp("application/json", `{"valid":true,`+c.decoy(`"controlNumber":"000004711"`)+`}`)
		}},
		{cat, "iis-arr-client-ip-with-port", func(c *gcase) {
			c.get("https://partners.acme-corp.example/api/session/whoami").
				rh("X-Forwarded-For", c.secret("X-Forwarded-For client IP with port (ARR)", "198.51.100.77")+":52344", "X-Client-IP", c.secret("X-Client-IP", "198.51.100.178"), "X-ARR-LOG-ID", c.decoy(c.uuid())).
				set("serverIPAddress", c.decoy("20.50.2.14")).
				resp("application/json", `{"remoteAddr":"`+c.secret("remoteAddr echoed in JSON", "2001:db8:4f2a::1c")+`",`+c.decoy(`"node":"web-02"`)+`,`+c.decoy(`"build":"2026.11.3.412"`)+`}`)
		}},
		{cat, "maximo-person-record", func(c *gcase) {
			c.get("https://maximo.acme-corp.example/maximo/oslc/os/mxapiperson?"+c.decoy("oslc.select=personid,displayname,primaryemail,primaryphone")+"&lean=1").resp("application/json",
				`{"member":[{"displayname":"`+c.secret("Maximo displayname", "Thandiwe Mokoena-Pretorius")+`","primaryemail":"`+c.secret("Maximo primaryemail", "t.mokoena@acme-corp.example")+`","primaryphone":"`+c.secret("Maximo primaryphone", "+27 11 555 0143")+`",`+c.decoy(`"department":"MAINT"`)+`,`+c.decoy(`"status":"ACTIVE"`)+`}]}`)
		}},
		{cat, "ldap-group-members-dn-and-mail", func(c *gcase) {
			c.get("https://idm.acme-corp.example/api/groups/"+c.decoy("plant3-operators")+"/members").resp("application/json",
				`{"members":[{"distinguishedName":"CN=`+c.secret("person name in a distinguishedName", "Quirin Oberhauser")+`,OU=Users,OU=Plant3,DC=corp,DC=acme","sAMAccountName":"qoberhauser","mail":"`+c.secret("LDAP mail", "quirin.oberhauser@acme-corp.example")+`","telephoneNumber":"`+c.secret("LDAP telephoneNumber", "+43 1 5877 4412")+`",`+c.decoy(`"whenChanged":"20261121170211.0Z"`)+`}]}`)
		}},
		{cat, "printer-ews-syscontact-and-device-info", func(c *gcase) {
			c.get("https://printer-3f.acme-corp.example/net/snmp.html").resp("text/html",
				`<form><input type="text" name="SysContact" value="`+c.secret("SNMP sysContact (a person and e-mail)", "Ignatius Brennan-Ochoa <i.brennan@acme-corp.example>")+`">`+c.decoy(`<input type="text" name="SysLocation" value="Building 2, Floor 3">`)+
					`<input type="text" name="Community" value="`+c.secret("SNMP read community", c.alnum(16))+`"></form><dl><dt>Firmware</dt><dd>`+c.decoy("2TS_S000.002.274")+`</dd><dt>Serial</dt><dd>`+c.decoy("VCF4Z01234")+`</dd></dl>`)
		}},
	}
}

// heldout15Open lists the cases of this corpus the engine does not handle
// yet, each with the reason. They are reported, not failed; any other leak
// or lost decoy fails the test, and so does an entry here that no longer
// leaks (the list only shrinks).
var heldout15Open = map[string]string{
	"lost 1.names/sap-odata-csrf-fetch-sso2-and-session-cookies: sap-client=100":                                        "every cookie value is redacted: no exemption for a non-secret cookie (sap-usercontext holds only the SAP client number)",
	"lost 1.names/sap-webgui-login-form-and-contextid: sap-system-login-oninputprocessing=onLogin":                      "'login' inside a compound form name (sap-system-login-oninputprocessing) is read as a user-name field and its value (onLogin) pseudonymised",
	"lost 1.names/peoplesoft-signon-pwd-and-ps-token: 22_Nov_2026_10:15:00_GMT":                                         "every cookie value is redacted: PS_TOKENEXPIRE (a date) is taken for a token by its name, no exemption for expiry-named cookies",
	"lost 1.names/peoplesoft-signon-pwd-and-ps-token: https://hcm.acme-corp.example/HRPRD":                              "every cookie value is redacted: PS_LOGINLIST (a portal URL) has no secret name or shape",
	"1.names/home-assistant-legacy-api-password: X-HA-Access header":                                                    "name word not recognised: Home Assistant's legacy X-HA-Access header (the API password) has no secret word",
	"10.personal/sharepoint-currentuser-claims-login: SharePoint Title (display name)":                                  "identity field not recognised: Title of a SP.User (currentuser) is a person's display name",
	"10.personal/home-assistant-refresh-tokens-last-used-ip-and-person: HA person friendly_name":                        "identity field not recognised: friendly_name of a person.* entity is a person's name",
	"10.personal/x12-850-per-contact-segment: X12 PER contact name":                                                     "carrier not parsed: X12 segments (PER*IC*<name>*TE*<phone>*EM*<mail>) are not split into elements; the name has no field name",
	"10.personal/x12-850-per-contact-segment: X12 PER phone":                                                            "carrier not parsed: X12 PER segment elements are not read, and the phone is not caught by value in '*'-delimited text",
	"10.personal/ldap-group-members-dn-and-mail: person name in a distinguishedName":                                    "identity value not recognised: the CN= of an LDAP distinguishedName is a person's name",
	"10.personal/printer-ews-syscontact-and-device-info: SNMP read community":                                           "name word not recognised: an SNMP community string (input name Community) is a shared secret",
	"lost 2.pairs/wildfly-management-write-attribute: \\\"name\\\":\\\"user-name\\\",\\\"value\\\":\\\"partner_app\\\"": "a datasource user-name in a name/value pair is pseudonymised as personal data: service accounts are not told apart from people",
	"2.pairs/hawtio-jolokia-write-and-exec: jolokia exec resetUser arguments[1] (the new password)":                     "positional arguments not bound: the arguments[] of a Jolokia exec are not tied to the operation signature (resetUser(user, password, role))",
	"2.pairs/home-assistant-input-text-mode-password: state of an input_text whose attributes.mode is password":         "pairs as data not read: the secret-ness sits in a sibling attribute (attributes.mode=password) of the value (state)",
	"3.unnamed/aspnet-cookieless-session-and-forms-ticket-in-path: cookieless forms ticket (F(...)) in path":            "URL path carrier not parsed: ASP.NET cookieless (F(...)) forms-auth ticket segments are not recognised",
	"3.unnamed/magic-sign-in-link-in-outbox-html: magic sign-in path token inside e-mail HTML":                          "capability path segment not recognised: a random token in a URL path inside HTML inside JSON (/auth/m/<token>) survives",
	"3.unnamed/as2-async-mdn-capability-url: async MDN URL capability path segment":                                     "capability path segment not recognised: 32-hex segments of URLs are exempt as digests even in a Receipt-Delivery-Option URL",
	"lost 3.unnamed/as2-async-mdn-capability-url: <ms-20261122101500-8812@as2.partner.example>":                         "personal data: an AS2 Message-ID (addr-spec shaped) is pseudonymised as an e-mail",
	"3.unnamed/thingsboard-device-token-in-path: ThingsBoard device access token in /api/v1/<token>/ path":              "capability path segment not recognised: /api/v1/<access token>/telemetry carries the device credential in the path",
	"lost 4.carriers/onvif-getstreamuri-rtsp-with-credentials: Profile_1":                                               "strong word in an element name: ONVIF ProfileToken (a media profile handle) is redacted as a token",
	"5.exporters/xml-rpc-posted-with-form-mime: session key returned by system.login":                                   "positional value not recognised: the sole string of an XML-RPC methodResponse (a 32-hex session key) is exempt as a digest",
	"lost 5.exporters/safari-cookies-array-without-headers: en_US":                                                      "every cookie value is redacted: a locale cookie (ADMINCONSOLE-LANG) listed only in request.cookies[] is not exempt",
	"6.everywhere/tuya-local-key-positional-first-then-named: Tuya local_key, first positional in an array, then named": "weak name word (key) with a 16-char printable value containing punctuation is not judged secret, positional or under local_key",
	"lost 6.everywhere/tuya-local-key-positional-first-then-named: bf3a1c9e2d7f4b8a06xkqz":                              "a device id in a URL path is judged a generated credential and its echoes (JSON id, array) are redacted: no id exemption",
	"lost 6.everywhere/jde-token-json-then-header-and-logout-form: JDV920":                                              "strong word in a compound header name (jde-AIS-Auth-Environment) redacts a non-secret environment name",
	"7.graphql/apq-get-bound-reset-code: variables.n bound to confirmReset(newPassword:)":                               "graphql binding across entries not done: an APQ GET carries only the hash; the query text that binds $n to newPassword: is in another entry",
	"lost 8.vendors/sap-btp-xsuaa-service-key: \\\"clientid\\\":\\\"sb-partner-portal!t4711\\\"":                        "every member of a credentials object is redacted: the public OAuth clientid of an XSUAA service key is not kept",
	"lost 8.vendors/sap-btp-xsuaa-service-key: \\\"identityzone\\\":\\\"acme\\\"":                                       "every member of a credentials object is redacted: the XSUAA identityzone (a tenant subdomain) is not kept",
	"9.cards/mosquitto-cli-snippet-in-chat: mosquitto_pub -P X":                                                         "credential phrase not recognised: a CLI flag (-P <password> of mosquitto_pub) in pasted free text",
}
