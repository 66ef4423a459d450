package sanitize

// Cases for the mechanisms added in session 11, several shapes each, with
// decoys beside them, written from how the products really write these
// things (other products than the held-out corpora that found the gaps):
// capability URLs named up to three segments back, CSRF nonces, logins
// told as user / password, .pgpass lines, e-mail addresses in address
// fields, ARNs and identifier elements, pairs spelled as data in forms,
// in nested objects and in [name, value, type] triples, vCards and events
// in values, eSIM activation codes, OpenWrt UCI text, table rows of status
// pages, base36 keys and a short password echoed in a console. They run
// with the corpus of generalize_test.go.

import (
	"net/url"
	"strings"
)

func gSession11() []gdef {
	return []gdef{
		{"2.unnamed", "capability-paths-three-segments-back", func(c *gcase) {
			c.get("https://bi.acme.example/public/question/"+c.secret("Metabase public question uuid", c.uuid())).resp("application/json", `{"id":`+c.decoy("4812")+`,"name":"Weekly signups"}`)
			c.get("https://status.acme.example/api/public/dashboards/" + c.secret("public dashboard token", c.hexs(32)) + "/panels/" + c.decoy("17") + "/query")
			c.post("https://events.pagerduty.example/integration/"+c.secret("integration key after /integration/", c.hexs(32))+"/enqueue", "application/json", `{"event_action":"trigger",`+c.decoy(`"dedup_key":"db-latency"`)+`}`)
			c.post("https://hooks.acme.example/integrations/v2/opsgenie/"+c.secret("integration token three segments on, version not counted", c.alnum(26))+"/alert", "application/json", `{"message":"disk full"}`)
			c.get("https://cdn.acme.example/public/js/" + c.decoy("app."+c.hexs(32)+".js"))
			c.get("https://cdn.acme.example/embed/fonts/" + c.decoy("inter-"+c.hexs(20)+".woff2"))
			c.get("https://api.acme.example/v1/integrations/" + c.decoy("github") + "/settings")
		}},
		{"1.names", "wordpress-nonces-and-replay-nonces", func(c *gcase) {
			n1, n2 := c.hexs(10), c.hexs(10)
			c.get("https://blog.acme.example/wp-admin/post.php?post="+c.decoy("1204")+"&action=edit").resp("text/html",
				`<script>var wpApiSettings = {"root":"https:\/\/blog.acme.example\/wp-json\/","nonce":"`+c.secret("wpApiSettings.nonce", n1)+`","versionString":"`+c.decoy("wp/v2/")+`"};</script>`+
					`<form><input type="hidden" id="_wpnonce" name="_wpnonce" value="`+c.secret("_wpnonce hidden input", n2)+`" /></form>`)
			c.post("https://blog.acme.example/wp-json/wp/v2/posts/1204", "application/json", `{"title":"Release notes"}`).rh("X-WP-Nonce", n1)
			c.get("https://login.acme.example/authorize?response_type=code&" + c.decoy("client_id=acme-web") + "&" + c.decoy("nonce="+c.b64u(24)) + "&state=" + c.b64u(16))
			c.post("https://exchange.acme.example/0/private/Balance", "application/x-www-form-urlencoded", c.decoy("nonce=1733227200123")).rh("API-Sign", c.secret("API-Sign header", c.b64s(64)))
		}},
		{"7.phrases", "login-slash-password-and-pgpass", func(c *gcase) {
			c.post("https://desk.acme.example/api/v2/tickets/"+c.decoy("88213")+"/comments", "application/json", gJS(map[string]any{
				"body": "Test tenant ready. login: qa-admin / " + c.secret("login: user / password", "Maple#Rocket"+c.digits(3)) + " (expires Friday). " + c.decoy("Login / Register") + " links are on the portal.",
			}))
			c.get("https://wiki.acme.example/rest/api/content/"+c.decoy("99120")).resp("text/html", `<p>staging login is deploy / pw `+c.secret("login is user / pw password", "Tern"+c.digits(2)+"!moss")+`</p><p>`+c.decoy("login: https://sso.acme.example / SSO")+`</p>`)
			c.get("https://files.acme.example/ops/.pgpass").resp("text/plain", c.decoy("db-replica.internal:5432:reports:")+"reporter:"+c.secret(".pgpass fifth field", c.alnum(18))+"\n"+c.decoy("*:5432:*:postgres:*")+"\n")
		}},
		{"8.personal", "emails-in-address-fields-arns-and-identifier-elements", func(c *gcase) {
			c.get("https://api.oncall.example/v1/users/"+c.decoy("PX7Y2Z")+"/contact_methods").resp("application/json",
				`{"contact_methods":[{"type":"email_contact_method","address":"`+c.secret("contact method address (e-mail)", "m.okafor@acme-corp.example")+`",`+c.decoy(`"label":"Work"`)+`},{"type":"push_notification_contact_method","address":"`+c.decoy("ios-device-7")+`"}]}`)
			c.post("https://sts.amazonaws.com/", "application/x-www-form-urlencoded", "Action=GetCallerIdentity&Version=2011-06-15").resp("text/xml",
				`<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:sts::`+c.decoy("210987654321")+`:assumed-role/Developer/`+c.secret("role session name (e-mail) in an ARN", "p.lindqvist@acme-corp.example")+`</Arn>`+
					`<UserId>AROA4EXAMPLE7Q2Z9X8WV:`+c.secret("UserId element holding an e-mail", "q.lindqvist@acme-corp.example")+`</UserId></GetCallerIdentityResult></GetCallerIdentityResponse>`)
		}},
		{"1.pairs", "form-descriptor-pairs", func(c *gcase) {
			c.post("https://ci.acme.example/job/deploy/build", "application/x-www-form-urlencoded",
				c.decoy("name=ENVIRONMENT&value=staging")+"&name=REGISTRY_PASSWORD&value="+url.QueryEscape(c.secret("Jenkins parameter name=/value= pair", "Quarry#"+c.alnum(10)))+"&json=%7B%7D")
			c.post("https://cloudformation.eu-west-1.amazonaws.com/", "application/x-www-form-urlencoded",
				"Action=CreateStack&StackName="+c.decoy("orders-db")+"&Parameters.member.1.ParameterKey=DBInstanceClass&"+c.decoy("Parameters.member.1.ParameterValue=db.t3.medium")+
					"&Parameters.member.2.ParameterKey=MasterUserPassword&Parameters.member.2.ParameterValue="+url.QueryEscape(c.secret("AWS Query ParameterKey/ParameterValue", c.alnum(20))))
			c.post("https://shop.acme.example/admin/system_config/save/section/payment/", "application/x-www-form-urlencoded",
				"groups%5Bgateway%5D%5Bfields%5D%5Bmerchant_id%5D%5Bvalue%5D="+c.decoy("M-44120")+"&groups%5Bgateway%5D%5Bfields%5D%5Bapi_secret%5D%5Bvalue%5D="+c.secret("bracketed path named by the segment before [value]", c.alnum(24)))
		}},
		{"1.pairs", "nested-object-descriptors", func(c *gcase) {
			c.post("https://forms.acme.example/webhooks/typeform", "application/json",
				`{"form_response":{"answers":[{"type":"text","text":"`+c.secret("answer text named by field.ref", "Lantern"+c.digits(4)+"!")+`","field":{"id":"`+c.decoy("kX9q2Lm")+`","ref":"wifi_password","type":"short_text"}},`+
					c.decoy(`{"type":"text","text":"Building 4, floor 2","field":{"id":"aB3dE5","ref":"office_location","type":"short_text"}}`)+`]}}`)
			c.get("wss://csms.acme.example/ocpp/CP-77").code(101).wsMsg("send", 1,
				`[2,"`+c.decoy(c.uuid())+`","SetVariables",{"setVariableData":[{"attributeValue":"`+c.secret("attributeValue named by variable.name", c.alnum(16))+`","component":{"name":"SecurityCtrlr"},"variable":{"name":"BasicAuthPassword"}},`+
					c.decoy(`{"attributeValue":"300","component":{"name":"OCPPCommCtrlr"},"variable":{"name":"HeartbeatInterval"}}`)+`]}]`)
			c.post("https://acs.acme.example/devices/"+c.decoy("00D09E-F4A9")+"/tasks", "application/json",
				`{"name":"setParameterValues","parameterValues":[["InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Password","`+c.secret("[path, value, xsd:string] triple", "Fjord"+c.digits(4)+"#")+`","xsd:string"],`+
					c.decoy(`["InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID","Acme-Guest","xsd:string"]`)+`]}`)
		}},
		{"3.carriers", "vcards-events-and-esim-codes-in-values", func(c *gcase) {
			c.post("https://dav.acme.example/addressbooks/ops/", "application/xml", "").resp("application/xml; charset=utf-8",
				`<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav"><d:response><d:href>`+c.decoy("/addressbooks/ops/4f1c.vcf")+`</d:href><d:propstat><d:prop><card:address-data>BEGIN:VCARD
VERSION:4.0
FN:`+c.secret("vCard FN in CardDAV address-data", "Ragnhild Overby")+`
TEL;TYPE=cell:`+c.secret("vCard TEL", "+47 412 55 019")+`
`+c.decoy("ORG:Acme Logistics")+`
END:VCARD
</card:address-data></d:prop></d:propstat></d:response></d:multistatus>`)
			c.get("https://calendar.acme.example/api/events/"+c.decoy("ev-5521")).resp("application/json", gJS(map[string]any{
				"ics": "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + c.decoy("SUMMARY:Quarterly ops review") + "\r\nORGANIZER;CN=" + c.secret("ORGANIZER CN", "Tomasz Wielgus") + ":mailto:t.wielgus@acme.example\r\nATTENDEE;CN=\"" + c.secret("ATTENDEE CN (quoted)", "Nakamura, Aiko") + "\";ROLE=REQ-PARTICIPANT:mailto:a.nakamura@acme.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
			}))
			c.get("https://esim.carrier.example/api/orders/"+c.decoy("ORD-88120")).resp("application/json",
				`{"activation":"LPA:1$`+c.decoy("rsp.carrier.example")+`$`+c.secret("eSIM matching id", strings.ToUpper(c.alnum(5)+"-"+c.alnum(5)+"-"+c.alnum(5)))+`","iccid":"`+c.decoy("8947000000001234567")+`"}`)
		}},
		{"3.carriers", "uci-config-and-status-table-rows", func(c *gcase) {
			c.post("http://192.168.1.1/ubus", "application/json", `{"jsonrpc":"2.0","id":4,"method":"call","params":["`+c.hexs(32)+`","file","read",{"path":"/etc/config/wireless"}]}`).resp("application/json",
				gJS(map[string]any{"jsonrpc": "2.0", "id": 4, "result": []any{0, map[string]any{"data": "config wifi-iface 'guest'\n\t" + c.decoy("option ssid 'Acme-Guest'") + "\n\toption encryption 'sae'\n\toption key '" + c.secret("UCI option key", "Harbor"+c.digits(4)+"+tide") + "'\n\toption auth_secret " + c.secret("UCI option auth_secret (bare)", c.alnum(16)) + "\n"}}}))
			c.get("http://modem.local/status.html").resp("text/html",
				`<table><tr><td>`+c.decoy("Firmware")+`</td><td>7.57</td></tr><tr><td>WLAN-Schlüssel</td><td>`+c.secret("table row WLAN-Schlüssel", c.digits(4)+" "+c.digits(4)+" "+c.digits(4))+`</td></tr>`+
					`<tr><th>Admin password:</th><td class="val">`+c.secret("header cell label", "Cobalt"+c.digits(3)+"!x")+`</td></tr><tr><td>SSID</td><td>`+c.decoy("Acme-Office")+`</td></tr></table>`)
		}},
		{"4.everywhere", "short-password-echoed-in-a-console-and-base36-keys", func(c *gcase) {
			pw := c.secret("a human password, then typed in a console frame", "Osprey"+c.digits(2)+"~reef")
			c.post("https://panel.acme.example/api/servers/"+c.decoy("a1b2c3d4")+"/settings", "application/json", `{"rcon_password":"`+pw+`","max_players":`+c.decoy("24")+`}`)
			e := c.get("wss://panel.acme.example/ws/console").code(101)
			e.wsMsg("send", 1, `{"event":"send command","args":["rcon login `+pw+`"]}`)
			e.wsMsg("receive", 1, `{"event":"console output","args":["`+c.decoy("Logged in as operator")+`"]}`)
			c.post("https://chat.acme.example/hooks/"+c.secret("base36 incoming hook key", c.pick(gLower+gDigits, 26)), "application/json", `{"text":"deploy done",`+c.decoy(`"channel":"releases"`)+`}`)
		}},
		{"8.personal", "user-hash-last-ip-and-national-ids", func(c *gcase) {
			c.get("https://app.acme.example/dashboard").resp("text/html",
				`<script>window.crispSettings={website_id:"`+c.decoy(c.uuid())+`",user_hash:"`+c.secret("user_hash (identity-verification HMAC)", c.hexs(64))+`"};</script>`)
			c.get("https://lms.acme.example/webservice/rest/server.php?wsfunction=core_user_get_users&moodlewsrestformat=json").resp("application/json",
				`{"users":[{"id":`+c.decoy("3301")+`,"lastip":"`+c.secret("lastip", "81.17.22.190")+`","lastaccess":`+c.decoy("1733212800")+`}]}`)
			c.get("https://id.gov.example/myinfo/v4/person").resp("application/json",
				`{"uinfin":{"value":"`+c.secret("uinfin.value", "S"+c.digits(7)+"D")+`"},`+c.decoy(`"residentialstatus":{"code":"C","desc":"Citizen"}`)+`}`)
		}},
		{"7.phrases", "long-gap-and-italian-phrases", func(c *gcase) {
			c.post("https://support.acme.example/api/messages", "application/json", gJS(map[string]any{
				"text":  "Hello, the one-time password the service desk sent me on Monday is " + c.secret("phrase with an article inside the gap", "Willow"+c.digits(3)+"#k") + " and it fails.",
				"note":  "Per il VPN: la password temporanea è " + c.secret("Italian phrase", "Gelso"+c.digits(4)+"!") + " (cambiala).",
				"other": c.decoy("The password policy is strict: 12 characters") + ".",
			}))
		}},
	}
}
