package sanitize

// An eighteenth held-out corpus for "Detection that generalizes", written
// without reading the engine and kept distinct from the earlier corpora:
// collaboration, support, education and government portals. Team chat and
// workspaces (the Slack web client with xoxc tokens, multipart API calls,
// boot data and RTM websockets, Discord web and gateway, Mattermost,
// Rocket.Chat over SockJS/DDP, Zulip, Element/Matrix), docs, boards and
// work trackers (Notion, Jira Cloud and Data Center, Jira Service
// Management, Confluence automation, Google Docs, Forms and Calendar,
// Figma, Miro, Airtable, Trello, Asana, monday.com, ClickUp, Linear),
// customer support and ticketing (Zendesk agent and attachments,
// ServiceNow with g_ck and sysparm_ck, Intercom messenger and API, Help
// Scout original messages, Zammad's GraphQL over ActionCable), learning
// platforms (Canvas LMS, Moodle with sesskey, wstoken and the mobile
// launch, Blackboard Learn, LTI 1.3 launches, xAPI launches and LRS
// statements, Khan Academy), government and citizen identity (EU Login
// CAS, Swedish BankID, Singpass with a JWE id token, login.gov userinfo,
// GOV.UK Pay, benefits and appointment portals), form builders and surveys
// (Jotform, Typeform, Google Forms, Qualtrics), webmail and calendars
// (Zimbra JSON-SOAP, SOGo, Outlook on the web, CalDAV and CardDAV) and
// video (Zoom join links, recordings and the web client, Webex XML API and
// bots, Teams meet links), in the carriers these products use: JSON, form
// posts, multipart uploads, HTML with inline state, XML (Webex XML API,
// WebDAV REPORT, CAS), websockets (Slack RTM, Discord gateway with zlib
// payloads, SockJS, ActionCable), NDJSON, iCalendar and vCard text, MIME
// messages, custom-scheme redirects with base64 and exporters' quirks. It
// reuses the harness of generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"testing"
)

func TestHeldout18Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 18", "heldout18Open", heldout18Cases(), heldout18Open)
}

func TestHeldout18CorpusDeterministic(t *testing.T) { gCheckDeterministic(t, heldout18Cases()) }

func heldout18Cases() []gdef {
	return gCollect(u18Names, u18Pairs, u18Unnamed, u18Carriers, u18Exporters, u18Everywhere, u18GraphQL, u18Vendors, u18Cards, u18Personal)
}

// u18Pw is a realistic human password: a word, digits, a symbol, a word, digits.
func (c *gcase) u18Pw() string {
	a := []string{"Harbour", "Meadow", "Trellis", "Sparrow", "Copper", "Willow", "Ember", "Thistle", "Granite", "Puffin", "Maple", "Comet", "Heron", "Lagoon", "Nimbus", "Pebble"}
	b := []string{"lantern", "otter", "fjord", "cactus", "raven", "sprout", "tundra", "walnut", "pepper", "marsh", "canyon", "violet"}
	syms := "!#$%*+-=?@_"
	return a[c.rng.IntN(len(a))] + c.digits(2) + string(syms[c.rng.IntN(len(syms))]) + b[c.rng.IntN(len(b))] + c.digits(2)
}

// u18NonLuhnP is an n-digit number starting with prefix that is not Luhn-valid.
func (c *gcase) u18NonLuhnP(prefix string, n int) string {
	for {
		s := prefix + c.digits(n-len(prefix))
		if s[0] != '0' && !gLuhn(s) {
			return s
		}
	}
}

// u18NonLuhn is an n-digit number that is not Luhn-valid.
func (c *gcase) u18NonLuhn(n int) string { return c.u18NonLuhnP("", n) }

// u18MM is a Mattermost id or token: 26 lower-case letters and digits.
func (c *gcase) u18MM() string { return c.pick(gLower+gDigits, 26) }

// u18Xoxc is a Slack web client token.
func (c *gcase) u18Xoxc() string {
	return "xoxc-" + c.digits(10) + "-" + c.digits(13) + "-" + c.digits(13) + "-" + c.hexs(64)
}

// u18Xoxd is the value of Slack's d cookie (percent-encoded).
func (c *gcase) u18Xoxd() string { return "xoxd-" + url.QueryEscape(c.b64s(96)) }

// u18Discord is a Discord user or bot token for the user id uid.
func (c *gcase) u18Discord(uid string) string { return gB64u(uid) + "." + c.b64u(4) + "." + c.b64u(28) }

// u18Matrix is a Synapse access token (syt_<base64 localpart>_<random>_<crc>).
func (c *gcase) u18Matrix(local string) string {
	return "syt_" + gB64u(local) + "_" + c.pick(gAlnum, 20) + "_" + c.pick(gAlnum, 6)
}

// u18Zpwd is the pwd= of a Zoom join link (base64 of a base64 string, ending in 09).
func (c *gcase) u18Zpwd() string { return gB64(c.b64s(16)) }

// u18JWE is a compact JWE (five parts) with the given protected header.
func (c *gcase) u18JWE(hdr string) string {
	return gB64u(hdr) + "." + c.b64u(40) + "." + c.b64u(16) + "." + c.b64u(420) + "." + c.b64u(32)
}

// u18ATATT is an Atlassian API token.
func (c *gcase) u18ATATT() string {
	return "ATATT3xFfGF0" + c.pick(gB64uAlpha, 171) + "=" + strings.ToUpper(c.hexs(8))
}

// u18Part is one multipart/form-data part.
func u18Part(b, name, extra, body string) string {
	return "--" + b + "\r\nContent-Disposition: form-data; name=\"" + name + "\"" + extra + "\r\n\r\n" + body + "\r\n"
}

// u18Zlib is s compressed with zlib (one complete stream).
func u18Zlib(s string) []byte {
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

// u18Wrap76 wraps base64 text at 76 columns with CRLF, as MIME does.
func u18Wrap76(s string) string {
	var lines []string
	for len(s) > 76 {
		lines = append(lines, s[:76])
		s = s[76:]
	}
	return strings.Join(append(lines, s), "\r\n")
}

// u18NRIC is a Singapore NRIC number (S series) with its check letter.
func (c *gcase) u18NRIC() string {
	d := c.digits(7)
	w := []int{2, 7, 6, 5, 4, 3, 2}
	sum := 0
	for i := range 7 {
		sum += int(d[i]-'0') * w[i]
	}
	return "S" + d + string("JZIHGFEDCBA"[sum%11])
}

// u18IBANDE is a German IBAN with a valid check number.
func (c *gcase) u18IBANDE() string {
	bban := c.digits(8) + c.digits(10)
	mod := 0
	for _, ch := range bban + "131400" {
		mod = (mod*10 + int(ch-'0')) % 97
	}
	return fmt.Sprintf("DE%02d%s", 98-mod, bban)
}

// u18SSN is a US social security number in its usual dashed shape.
func (c *gcase) u18SSN() string {
	return fmt.Sprintf("%03d-%02d-%04d", 1+c.rng.IntN(665), 1+c.rng.IntN(99), 1+c.rng.IntN(9999))
}

// 1. Names as these products spell them.
func u18Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "slack-web-client-multipart-xoxc", func(c *gcase) {
			b := "----WebKitFormBoundary" + c.alnum(16)
			body := u18Part(b, "token", "", c.secret("multipart part token (xoxc web client token)", c.u18Xoxc())) + u18Part(b, "channel", "", c.decoy("C07QK4M2X9R")) + u18Part(b, "limit", "", "28") +
				u18Part(b, "ignore_replies", "", "true") + u18Part(b, "include_pin_count", "", "true") + u18Part(b, "_x_reason", "", c.decoy("message-pane/requestHistory")) +
				u18Part(b, "_x_mode", "", "online") + u18Part(b, "_x_sonic", "", "true") + u18Part(b, "_x_app_name", "", "client") + "--" + b + "--\r\n"
			c.post("https://acme-eng.slack.com/api/conversations.history?_x_id="+c.decoy("a1f3c9e2-1732270503.412")+"&_x_csid="+c.b64u(8)+"&slack_route=T04AB12CD3E&_x_version_ts=1732184411&_x_frontend_build_type=current&_x_gantry=true&fp=7c",
				"multipart/form-data; boundary="+b, body).
				rh("Cookie", "b="+c.hexs(32)+"; d="+c.secret("d cookie (xoxd)", c.u18Xoxd())+"; d-s=1732184400; lc=1732184401", "Origin", "https://app.slack.com").
				resp("application/json; charset=utf-8", `{"ok":true,"messages":[{"type":"message","user":"U05LQ2N8HJK","text":"rollout of billing-api 2026.11.3 finished","ts":"`+c.decoy("1732270488.739219")+`","client_msg_id":"`+c.decoy(c.uuid())+`"}],"has_more":true,"pin_count":0,"channel_actions_ts":null,"channel_actions_count":0}`).
				sh("x-slack-req-id", c.decoy(c.hexs(32)), "x-backend", "main_normal main_canary_with_overflow main_control_with_overflow")
		}},
		{cat, "discord-raw-authorization-and-mfa-ticket", func(c *gcase) {
			uid := c.u18NonLuhn(18)
			sp := gB64(`{"os":"Linux","browser":"Chrome","device":"","system_locale":"en-US","browser_user_agent":"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36","browser_version":"131.0.0.0","os_version":"","referrer":"","referring_domain":"","release_channel":"stable","client_build_number":349214,"client_event_source":null}`)
			ticket := c.secret("login response ticket (MFA ticket)", gB64u(`["`+uid+`","login"]`)+"."+c.b64u(32))
			tok := c.secret("mfa/totp response token, then the raw Authorization header", c.u18Discord(uid))
			c.post("https://discord.com/api/v9/auth/login", "application/json", `{"login":"kai.brennan@outlook.example","password":"`+c.secret("login password", c.u18Pw())+`","undelete":false,"login_source":null,"gift_code_sku_id":null}`).
				rh("X-Super-Properties", c.decoy(sp), "X-Discord-Locale", "en-US", "X-Debug-Options", "bugReporterEnabled").
				resp("application/json", `{"user_id":"`+uid+`","mfa":true,"sms":false,"webauthn":null,"ticket":"`+ticket+`","backup":true,"totp":true}`)
			c.post("https://discord.com/api/v9/auth/mfa/totp", "application/json", `{"code":"482913","ticket":"`+ticket+`","login_source":null,"gift_code_sku_id":null}`).rh("X-Super-Properties", sp).
				resp("application/json", `{"token":"`+tok+`","user_settings":{"locale":"en-US","theme":"dark"}}`)
			c.get("https://discord.com/api/v9/users/@me/affinities/guilds").rh("Authorization", tok, "X-Super-Properties", sp).
				resp("application/json", `{"guild_affinities":[{"guild_id":"`+c.decoy(c.u18NonLuhn(19))+`",`+c.decoy(`"affinity":0.4187`)+`}]}`)
		}},
		{cat, "zulip-x-csrftoken-and-api-key-regenerate", func(c *gcase) {
			key := c.secret("api_key in the regenerate response, then in Basic auth", c.pick(gAlnum, 32))
			c.post("https://acme-uni.zulipchat.com/json/users/me/api_key/regenerate", "", "").
				rh("X-CSRFToken", c.secret("X-CSRFToken header", c.alnum(64)), "Cookie", "csrftoken="+c.alnum(32)+"; sessionid="+c.secret("sessionid cookie", c.pick(gLower+gDigits, 32)), "X-Requested-With", "XMLHttpRequest").
				resp("application/json", `{"result":"success","msg":"","api_key":"`+key+`"}`)
			c.post("https://acme-uni.zulipchat.com/api/v1/register", "application/x-www-form-urlencoded", c.decoy("event_types=%5B%22message%22%2C%22subscription%22%5D")+"&apply_markdown=true&client_gravatar=true").
				rh("Authorization", "Basic "+gB64("helpdesk-bot@acme-uni.zulipchat.com:"+key), "User-Agent", "ZulipPython/0.9.0").
				resp("application/json", `{"queue_id":"`+c.decoy("1732270503:4117")+`","last_event_id":-1,`+c.decoy(`"zulip_version":"10.1"`)+`,`+c.decoy(`"zulip_feature_level":305`)+`,"result":"success","msg":""}`)
		}},
		{cat, "servicenow-sysparm-ck-and-x-usertoken", func(c *gcase) {
			gck := c.secret("sysparm_ck form field and X-UserToken header (g_ck)", c.hexs(64))
			sys := c.decoy(c.hexs(32))
			c.post("https://acmegov.service-now.com/incident.do", "application/x-www-form-urlencoded",
				"sysparm_ck="+gck+"&sys_target=incident&sys_uniqueValue="+sys+"&sys_row=-1&sysparm_encoded_record=&incident.short_description=VPN+drops+every+hour+on+the+badge+kiosks&incident.urgency=2&sys_action=sysverb_update&"+
					c.decoy("sysparm_record_target=incident")+"&"+c.decoy("sysparm_transaction_scope=global")).
				rh("Cookie", "JSESSIONID="+c.secret("JSESSIONID cookie", strings.ToUpper(c.hexs(32)))+"; glide_user_route=glide."+c.hexs(32)+"; glide_session_store="+c.secret("glide_session_store cookie", strings.ToUpper(c.hexs(32)))).
				code(302).sh("Location", "https://acmegov.service-now.com/incident.do?sys_id="+sys+"&sysparm_view=")
			c.get("https://acmegov.service-now.com/api/now/table/incident?sysparm_query=active%3Dtrue%5Eassignment_group%3D"+c.decoy(c.hexs(32))+"&"+c.decoy("sysparm_fields=number,short_description,state")+"&sysparm_limit=10").
				rh("X-UserToken", gck, "Accept", "application/json").
				resp("application/json", `{"result":[{"number":"`+c.decoy("INC0048213")+`","short_description":"VPN drops every hour on the badge kiosks","state":"2"}]}`).sh("X-Transaction-ID", c.decoy(c.hexs(12)))
		}},
		{cat, "moodle-token-php-privatetoken-and-sesskey", func(c *gcase) {
			wst := c.secret("token.php token (wstoken)", c.hexs(32))
			c.post("https://moodle.acme-uni.example/login/token.php", "application/x-www-form-urlencoded", "username=m.okafor&password="+url.QueryEscape(c.secret("token.php password", c.u18Pw()))+"&"+c.decoy("service=moodle_mobile_app")).
				resp("application/json", `{"token":"`+wst+`","privatetoken":"`+c.secret("token.php privatetoken", c.alnum(64))+`"}`)
			c.get("https://moodle.acme-uni.example/webservice/rest/server.php?moodlewsrestformat=json&"+c.decoy("wsfunction=core_webservice_get_site_info")+"&wstoken="+wst).
				resp("application/json", `{"sitename":"ACME University VLE","siteurl":"https:\/\/moodle.acme-uni.example",`+c.decoy(`"release":"4.4.3+ (Build: 20241011)"`)+`,`+c.decoy(`"version":"2024042203.03"`)+`,"userid":4412,"functions":[{"name":"core_course_get_contents","version":"2024042203.03"}]}`)
			c.post("https://moodle.acme-uni.example/lib/ajax/service.php?sesskey="+c.secret("sesskey query parameter of service.php", c.alnum(10))+"&"+c.decoy("info=core_message_get_unread_conversation_counts"), "application/json",
				`[{"index":0,"methodname":"core_message_get_unread_conversation_counts","args":{"userid":"4412"}}]`).
				resp("application/json", `[{"error":false,"data":{"favourites":0,"types":{"1":2,"2":0,"3":0}}}]`)
		}},
		{cat, "zimbra-json-soap-password-content", func(c *gcase) {
			uid := c.uuid()
			at := c.secret("AuthResponse authToken _content (and ZM_AUTH_TOKEN)", "0_"+c.hexs(40)+"_"+hex.EncodeToString([]byte("id=36:"+uid+";exp=13:1732443303412;type=6:zimbra;u=1:a;tid=10:1384917733;version=14:10.1.2_GA_4638;")))
			csrf := c.secret("AuthResponse csrfToken and context csrfToken", "0_"+c.hexs(40))
			ua := `"userAgent":{"name":"ZimbraWebClient - GC131 (Linux)","version":"10.1.2_GA_4638"}`
			c.post("https://mail.acme-gov.example/service/soap/AuthRequest", "application/soap+xml; charset=utf-8",
				`{"Header":{"context":{"_jsns":"urn:zimbra",`+c.decoy(ua)+`,"csrfToken":null}},"Body":{"AuthRequest":{"_jsns":"urn:zimbraAccount","csrfTokenSecured":1,"persistAuthTokenCookie":1,"account":{"by":"name","_content":"r.lindqvist@mail.acme-gov.example"},"password":{"_content":"`+
					c.secret("AuthRequest password _content", c.u18Pw())+`"},"prefs":[{"pref":[{"name":"zimbraPrefMailPollingInterval"},{"name":"zimbraPrefLocale"}]}]}}}`).
				resp("application/json; charset=utf-8", `{"Header":{"context":{"change":{"token":21874},"_jsns":"urn:zimbra"}},"Body":{"AuthResponse":{"authToken":[{"_content":"`+at+`"}],`+c.decoy(`"lifetime":172799997`)+`,"csrfToken":{"_content":"`+csrf+
					`"},"prefs":{"_attrs":{`+c.decoy(`"zimbraPrefMailPollingInterval":"500"`)+`,"zimbraPrefLocale":"en_US"}},"skin":[{"_content":"harmony"}],"_jsns":"urn:zimbraAccount"}},"_jsns":"urn:zimbraSoap"}`).
				sh("Set-Cookie", "ZM_AUTH_TOKEN="+at+"; Path=/; Secure; HttpOnly")
			c.post("https://mail.acme-gov.example/service/soap/SearchRequest", "application/soap+xml; charset=utf-8",
				`{"Header":{"context":{"_jsns":"urn:zimbra",`+ua+`,"session":{"_content":1841,"id":1841},"csrfToken":"`+csrf+`"}},"Body":{"SearchRequest":{"_jsns":"urn:zimbraMail","sortBy":"dateDesc",`+c.decoy(`"tz":{"id":"Europe/Stockholm"}`)+`,"offset":0,"limit":100,"query":"in:inbox","types":"conversation","needExp":1}}}`).
				rh("Cookie", "ZM_AUTH_TOKEN="+at+"; ZM_TEST=true")
		}},
		{cat, "sogo-connect-and-x-xsrf-token", func(c *gcase) {
			x := c.secret("XSRF-TOKEN cookie and X-XSRF-TOKEN header", c.hexs(32))
			hf := c.secret("0xHIGHFLYxSOGo cookie", "basic%20"+url.QueryEscape(c.b64s(60)))
			c.post("https://mail.acme-gov.example/SOGo/connect", "application/json;charset=utf-8",
				`{"userName":"h.moreau","password":"`+c.secret("connect body password", c.u18Pw())+`","domain":null,"rememberLogin":0,"language":"French"}`).
				sh("Set-Cookie", "0xHIGHFLYxSOGo="+hf+"; path=/SOGo/; HttpOnly; secure\nXSRF-TOKEN="+x+"; path=/SOGo/; secure").
				resp("application/json", `{"expire":-1,"cookieDate":null}`)
			c.post("https://mail.acme-gov.example/SOGo/so/h.moreau/Mail/0/folderINBOX/view", "application/json;charset=utf-8", `{"sortingAttributes":{`+c.decoy(`"sort":"arrival","asc":0,"match":"OR"`)+`}}`).
				rh("X-XSRF-TOKEN", x, "Cookie", "0xHIGHFLYxSOGo="+hf+"; XSRF-TOKEN="+x).
				resp("application/json", `{"threaded":0,`+c.decoy(`"uids":[4821,4820,4819]`)+`,"headers":[["To","hasAttachment","isFlagged","Subject"]]}`)
		}},
		{cat, "canvas-csrf-header-and-file-verifier", func(c *gcase) {
			raw := c.b64s(64)
			c.req("PUT", "https://acme.instructure.com/api/v1/courses/4821/assignments/190233", "application/json", `{"assignment":{`+c.decoy(`"points_possible":25`)+`,"due_at":"2026-12-04T05:59:59Z","published":true}}`).
				rh("X-CSRF-Token", c.secret("X-CSRF-Token header (the _csrf_token cookie, URL-decoded)", raw), "Cookie", "_csrf_token="+url.QueryEscape(raw)+"; canvas_session="+c.secret("canvas_session cookie", c.b64u(180)), "X-Requested-With", "XMLHttpRequest").
				sh("X-Request-Context-Id", c.decoy(c.uuid()), "X-Canvas-Meta", c.decoy("q=2000;a=1;g=cH7VnQ2k;s=4821;c=cluster41;z=us-east-1c;b=1843012;m=1843816;u=0.09;y=0.00;d=0.01;")).
				resp("application/json", `{"id":190233,"name":"Lab 6 write-up","points_possible":25,"published":true}`)
			fu := c.decoy(c.uuid())
			c.get("https://acme.instructure.com/courses/4821/files/2042913/download?download_frd=1&verifier="+c.secret("verifier query parameter of a file download", c.alnum(40))).code(302).
				sh("Location", "https://inst-fs-iad-prod.inscloudgate.net/files/"+fu+"/lab6-template.docx?download=1&token="+
					c.secret("inst-fs token (JWT) in Location", c.hs256JWT(`{"iat":1732270503,"user_id":"10000000004412","resource":"/files/`+c.uuid()+`/lab6-template.docx","jti":"`+c.uuid()+`","host":"acme.instructure.com"}`)))
		}},
		{cat, "blackboard-nonceutil-nonce-and-xsrf-header", func(c *gcase) {
			nonce := c.secret("hidden input blackboard.platform.security.NonceUtil.nonce", c.uuid())
			c.get("https://learn.acme-uni.example/webapps/blackboard/execute/manageCourseItem?"+c.decoy("content_id=_1184213_1")+"&course_id=_48213_1&dispatch=edit").
				resp("text/html; charset=UTF-8", `<form name="the_form" method="post" action="/webapps/blackboard/execute/manageCourseItem"><input type="hidden" name="blackboard.platform.security.NonceUtil.nonce" value="`+nonce+`"><input type="hidden" name="course_id" value="_48213_1">`+
					c.decoy(`<input type="hidden" name="dispatch" value="save">`)+`<input type="text" name="user_title" value="Week 9 reading"></form>`)
			c.post("https://learn.acme-uni.example/webapps/blackboard/execute/manageCourseItem", "application/x-www-form-urlencoded",
				"blackboard.platform.security.NonceUtil.nonce="+nonce+"&course_id=_48213_1&dispatch=save&user_title=Week+9+reading&"+c.decoy("isAvailable=true")).code(302)
			xs := c.secret("X-Blackboard-XSRF header", c.uuid())
			c.req("PATCH", "https://learn.acme-uni.example/learn/api/v1/courses/_48213_1/contents/_1184213_1", "application/json", `{"availability":{"available":"Yes"}}`).
				rh("X-Blackboard-XSRF", xs, "Cookie", "BbRouter=expires:1732281303,id:"+c.hexs(32)+",signature:"+c.hexs(64)+",site:"+c.uuid()+",timeout:10800,user:"+c.hexs(32)+",v:2,xsrf:"+xs).
				resp("application/json", `{"id":"_1184213_1","title":"Week 9 reading",`+c.decoy(`"contentHandler":{"id":"resource/x-bb-document"}`)+`}`)
		}},
		{cat, "bankid-autostarttoken-and-qrstartsecret", func(c *gcase) {
			ast := c.secret("autoStartToken (JSON, then the bankid:/// link)", c.uuid())
			ref := c.uuid()
			c.post("https://minasidor.acme-kommun.se/api/auth/bankid/start", "application/json", `{"method":"qr","userVisibleData":null}`).
				resp("application/json", `{"orderRef":"`+ref+`","autoStartToken":"`+ast+`","qrStartToken":"`+c.uuid()+`","qrStartSecret":"`+c.secret("qrStartSecret", c.uuid())+`",`+c.decoy(`"pollIntervalMs":2000`)+`}`)
			c.get("https://minasidor.acme-kommun.se/logga-in/bankid").resp("text/html; charset=utf-8", `<a class="btn btn-primary" href="bankid:///?autostarttoken=`+ast+`&amp;redirect=null">Öppna BankID på den här enheten</a>`)
			c.post("https://minasidor.acme-kommun.se/api/auth/bankid/collect", "application/json", `{"orderRef":"`+ref+`"}`).
				resp("application/json", `{"orderRef":"`+ref+`",`+c.decoy(`"status":"pending","hintCode":"outstandingTransaction"`)+`}`)
		}},
		{cat, "eu-login-cas-service-ticket-and-castgc", func(c *gcase) {
			svc := "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/home"
			st := c.secret("CAS service ticket (Location, then the callback URL)", "ST-"+c.digits(7)+"-"+c.alnum(40)+"-ecas.ec.europa.eu")
			c.get("https://webgate.ec.europa.eu/cas/login?"+c.decoy("service="+url.QueryEscape(svc))).
				rh("Cookie", "CASTGC="+c.secret("CASTGC cookie (ticket-granting ticket)", "TGT-"+c.digits(6)+"-"+c.alnum(48)+"-ecas")).code(302).sh("Location", svc+"?ticket="+st)
			c.get(svc+"?ticket="+st).resp("text/html; charset=utf-8", `<title>Funding &amp; tenders</title><meta name="ecl-version" content="`+c.decoy("4.8.1")+`">`)
		}},
		{cat, "webex-xml-api-password-and-session-ticket", func(c *gcase) {
			tk := c.secret("<use:sessionTicket>, then <sessionTicket> in securityContext", "AAABk"+c.pick(gAlnum+"+/", 120)+"==")
			env := `<?xml version="1.0" encoding="UTF-8"?><serv:message xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:serv="http://www.webex.com/schemas/2002/06/service"><header><securityContext>` + c.decoy("<siteName>acme-uni</siteName>") + `<webExID>av-helpdesk</webExID>`
			c.post("https://acme-uni.webex.com/WBXService/XMLService", "application/xml", env+`<password>`+c.secret("<password> of securityContext", c.u18Pw())+`</password></securityContext></header><body><bodyContent xsi:type="java:com.webex.service.binding.user.AuthenticateUser"/></body></serv:message>`).
				resp("text/xml;charset=UTF-8", `<?xml version="1.0" encoding="UTF-8"?><serv:message xmlns:serv="http://www.webex.com/schemas/2002/06/service" xmlns:use="http://www.webex.com/schemas/2002/06/service/user"><serv:header><serv:response><serv:result>SUCCESS</serv:result>`+
					c.decoy("<serv:gsbStatus>PRIMARY</serv:gsbStatus>")+`</serv:response></serv:header><serv:body><serv:bodyContent xsi:type="use:authenticateUserResponse" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><use:sessionTicket>`+tk+`</use:sessionTicket><use:createTime>1732270503412</use:createTime>`+
					c.decoy("<use:timeToLive>5400</use:timeToLive>")+`</serv:bodyContent></serv:body></serv:message>`)
			c.post("https://acme-uni.webex.com/WBXService/XMLService", "application/xml", env+`<sessionTicket>`+tk+`</sessionTicket></securityContext></header><body><bodyContent xsi:type="java:com.webex.service.binding.meeting.LstsummaryMeeting"><listControl><maximumNum>10</maximumNum></listControl></bodyContent></body></serv:message>`)
		}},
	}
}

// 2. Name/value pairs spelled as data.
func u18Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "jotform-submission-answers-name-answer", func(c *gcase) {
			fid := c.decoy(c.u18NonLuhn(15))
			c.get("https://eu-api.jotform.com/form/"+fid+"/submissions?apiKey="+c.secret("apiKey query parameter", c.hexs(32))+"&"+c.decoy("limit=20&orderby=created_at")).
				resp("application/json", `{"responseCode":200,"message":"success","content":[{"id":"`+c.decoy(c.u18NonLuhn(19))+`","form_id":"`+fid+`","created_at":"2026-11-22 10:14:55","status":"ACTIVE","new":"1","answers":{"3":{"name":"fullName","order":"1","text":"Full Name","type":"control_fullname","answer":{"first":"Ines","last":"Carvalho"}},`+
					`"5":{"name":"portalPassword","order":"3","text":"Temporary portal password","type":"control_textbox","answer":"`+c.secret("answers {name: portalPassword, answer}", c.u18Pw())+`"},`+
					`"6":{"name":"input6","order":"4","text":"Door PIN for lab B-214","type":"control_textbox","answer":"`+c.secret("answers {name: input6, text: Door PIN, answer}", c.digits(8))+`"},`+
					`"7":`+c.decoy(`{"name":"department","order":"5","text":"Department","type":"control_dropdown","answer":"Facilities"}`)+`}}],`+c.decoy(`"duration":"41.72ms"`)+`,"resultSet":{"offset":0,"limit":20,"count":1}}`)
		}},
		{cat, "servicenow-sys-properties-name-value-type", func(c *gcase) {
			c.get("https://acmegov.service-now.com/api/now/table/sys_properties?sysparm_query=nameSTARTSWITHx_acme_hr&"+c.decoy("sysparm_fields=name,value,type")).rh("X-UserToken", c.secret("X-UserToken header", c.hexs(64))).
				resp("application/json", `{"result":[{"name":"x_acme_hr.workday.client_secret","value":"`+c.secret("{name: x_acme_hr.workday.client_secret, value}", c.b64u(48))+`","type":"string"},`+
					c.decoy(`{"name":"x_acme_hr.workday.tenant","value":"acme_gov3","type":"string"}`)+`,{"name":"x_acme_hr.sftp.passphrase","value":"`+c.secret("{name: x_acme_hr.sftp.passphrase, value, type: password2}", c.u18Pw())+`","type":"password2"},`+
					c.decoy(`{"name":"glide.ui.session_timeout","value":"30","type":"integer"}`)+`]}`)
		}},
		{cat, "zendesk-ticket-custom-fields-by-id", func(c *gcase) {
			f1, f2 := "3600"+c.digits(8), "3600"+c.digits(8)
			psk := c.secret("custom_fields {id: <VPN pre-shared key field>, value}", c.alnum(24))
			c.get("https://acmegov.zendesk.com/api/v2/ticket_fields.json?"+c.decoy("locale=en-us")).resp("application/json", `{"ticket_fields":[{"url":"https://acmegov.zendesk.com/api/v2/ticket_fields/`+f1+`.json","id":`+f1+`,"type":"text",`+
				c.decoy(`"title":"VPN pre-shared key (site-to-site)"`)+`,"active":true,"required":false},{"id":`+f2+`,"type":"tagger","title":"Plan","custom_field_options":[{"name":"Enterprise","value":"plan_enterprise"}]}],"count":2}`)
			cf := `[{"id":` + f1 + `,"value":"` + psk + `"},` + c.decoy(`{"id":`+f2+`,"value":"plan_enterprise"}`) + `]`
			c.req("PUT", "https://acmegov.zendesk.com/api/v2/tickets/48213.json", "application/json", `{"ticket":{"custom_fields":`+cf+`,"comment":{"body":"Tunnel rebuilt, new PSK stored on the ticket","public":false}}}`).
				resp("application/json", `{"ticket":{"id":48213,"status":"pending","custom_fields":`+cf+`,"fields":`+cf+`}}`).
				sh("X-Zendesk-Origin-Server", c.decoy("app-server-7f9c.pod17.euc1.zdsys.com"), "X-Request-Id", c.decoy(c.hexs(16)+"-FRA"))
		}},
		{cat, "typeform-responses-answer-field-ref", func(c *gcase) {
			tok := c.hexs(32)
			c.get("https://api.typeform.com/forms/"+c.decoy("Xk9Lm2Qa")+"/responses?page_size=25&"+c.decoy("since=2026-11-01T00:00:00Z")).
				rh("Authorization", "Bearer "+c.secret("Authorization bearer (tfp_ personal token)", "tfp_"+c.alnum(44)+"_"+c.alnum(14))).
				resp("application/json; charset=utf-8", `{"total_items":1,"page_count":1,"items":[{"landing_id":"`+tok+`","token":"`+tok+`","response_id":"`+tok+`","landed_at":"2026-11-22T10:09:12Z","submitted_at":"2026-11-22T10:14:40Z","metadata":{"platform":"other","referer":"https://acme-uni.typeform.com/to/Xk9Lm2Qa","browser":"default"},`+
					c.decoy(`"hidden":{"cohort":"2026-autumn"}`)+`,"answers":[{"field":{"id":"Tq7wN1vB","ref":"lms_password","type":"short_text"},"type":"text","text":"`+c.secret("answers[] {field.ref: lms_password, text}", c.u18Pw())+
					`"},{"field":{"id":"Vb2cX4mR","ref":"preferred_campus","type":"multiple_choice"},"type":"choice",`+c.decoy(`"choice":{"id":"p9Fz2KqW","label":"North Campus"}`)+`}]}]}`)
		}},
		{cat, "qualtrics-flow-embedded-data-field-value", func(c *gcase) {
			sv := c.decoy("SV_" + c.alnum(15))
			c.req("PUT", "https://acme.eu.qualtrics.com/API/v3/survey-definitions/"+sv+"/flow", "application/json",
				`{"FlowID":"FL_1","Type":"Root","Flow":[{"Type":"EmbeddedData","FlowID":"FL_2","EmbeddedData":[{"Description":"crm_api_secret","Type":"Custom","Field":"crm_api_secret","VariableType":"String","DataVisibility":[],"AnalyzeText":false,"Value":"`+
					c.secret("EmbeddedData {Field: crm_api_secret, Value}", c.hexs(40))+`"},`+c.decoy(`{"Description":"panel","Type":"Custom","Field":"panel","VariableType":"String","DataVisibility":[],"AnalyzeText":false,"Value":"Q4-2026-alumni"}`)+
					`]},{"Type":"Block","ID":"`+c.decoy("BL_"+c.alnum(15))+`","FlowID":"FL_3","Autofill":[]}],"Properties":{"Count":3}}`).
				rh("X-API-TOKEN", c.secret("X-API-TOKEN header", c.alnum(40))).
				resp("application/json", `{"result":null,"meta":{"httpStatus":"200 - OK","requestId":"`+c.decoy(c.uuid())+`"}}`)
		}},
		{cat, "monday-column-values-title-and-text", func(c *gcase) {
			pw := c.u18Pw()
			c.post("https://api.monday.com/v2", "application/json", `{"query":"query { items (ids: [1782341123]) { id name column_values { id type text value column { title } } } }"}`).
				rh("Authorization", c.secret("Authorization header (monday token, a JWT without scheme)", c.hs256JWT(`{"tid":412345678,"aai":11,"uid":48213771,"iad":"2026-09-14T08:12:44.000Z","per":"me:write","actid":18822311,"rgn":"euc1"}`)), "API-Version", c.decoy("2024-10")).
				resp("application/json", `{"data":{"items":[{"id":"1782341123",`+c.decoy(`"name":"Kiosk #14 (Library, 2nd floor)"`)+`,"column_values":[`+c.decoy(`{"id":"status","type":"status","text":"Deployed","value":"{\"index\":1}","column":{"title":"Status"}}`)+
					`,{"id":"text_mkn4x2","type":"text","text":"`+c.secret("column_values {column.title: Local admin password, text}", pw)+`","value":"\"`+pw+`\"","column":{"title":"Local admin password"}},{"id":"date4","type":"date","text":"2026-11-20","value":"{\"date\":\"2026-11-20\"}","column":{"title":"Installed"}}]}]},`+
					c.decoy(`"account_id":18822311`)+`}`)
		}},
		{cat, "clickup-task-custom-fields-name-value", func(c *gcase) {
			c.get("https://api.clickup.com/api/v2/task/"+c.decoy("86b2x7k1m")+"?"+c.decoy("include_subtasks=false")).rh("Authorization", c.secret("Authorization header (pk_ token)", "pk_"+c.digits(8)+"_"+c.pick(gUpper+gDigits, 32))).
				resp("application/json", `{"id":"86b2x7k1m","custom_id":null,"name":"Rotate SIS integration account",`+c.decoy(`"status":{"status":"in progress","color":"#5f55ee","type":"custom","orderindex":1}`)+
					`,"custom_fields":[{"id":"`+c.uuid()+`","name":"Service account password","type":"short_text","type_config":{},"date_created":"1732180044123","hide_from_guests":true,"value":"`+c.secret("custom_fields {name: Service account password, value}", c.u18Pw())+`","required":false},`+
					c.decoy(`{"id":"`+c.uuid()+`","name":"Environment","type":"drop_down","type_config":{"default":0,"options":[{"name":"production","orderindex":0}]},"date_created":"1732180051877","hide_from_guests":false,"value":0,"required":true}`)+`]}`)
		}},
		{cat, "google-forms-entry-id-from-public-load-data", func(c *gcase) {
			fid := "1FAIpQLS" + c.pick(gB64uAlpha, 48)
			e1, e2 := "8"+c.digits(8), "15"+c.digits(8)
			fbzx := "-" + c.digits(19)
			html := `<script type="text/javascript" nonce="` + c.b64u(16) + `">var FB_PUBLIC_LOAD_DATA_ = [null,[null,[[1304558712,"Student number",null,0,[[` + e1 + `,null,1]]],[2093147716,"Current campus Wi-Fi password",null,0,[[` + e2 + `,null,1]]]],null,null,null,null,null,null,` +
				c.decoy(`"Campus Wi-Fi onboarding"`) + `,48,[null,null,null,2,0,null,1]],"/forms","Campus Wi-Fi onboarding",null,null,null,"",null,0,0,null,"",0,"e/` + fid + `",0,"[]",0,0];</script>`
			c.get("https://docs.google.com/forms/d/e/"+fid+"/viewform?"+c.decoy("usp=sf_link")).resp("text/html; charset=utf-8", html)
			c.post("https://docs.google.com/forms/d/e/"+fid+"/formResponse", "application/x-www-form-urlencoded",
				"entry."+e1+"=S"+c.digits(7)+"&entry."+e2+"="+url.QueryEscape(c.secret("entry.<id> answering the Wi-Fi password question", c.u18Pw()))+"&fvv=1&partialResponse="+url.QueryEscape(`[null,null,"`+fbzx+`"]`)+"&"+c.decoy("pageHistory=0")+"&fbzx="+fbzx).
				resp("text/html; charset=utf-8", `<div class="vHW8K">Your response has been recorded.</div>`)
		}},
		{cat, "mattermost-dialog-elements-and-submission", func(c *gcase) {
			ch, tm, uid := c.decoy(c.u18MM()), c.u18MM(), c.u18MM()
			dlg := `{"trigger_id":"` + c.b64u(60) + `","url":"https://hooks.acme-uni.example/mm/dialog","dialog":{"callback_id":"reset-kiosk","title":"Reset kiosk account","elements":[{"display_name":"Kiosk account","name":"acct","type":"text"},{"display_name":"New passphrase","name":"np","type":"text","subtype":"password","min_length":12}],"submit_label":"Reset"}}`
			e := c.get("wss://chat.acme-uni.example/api/v4/websocket?connection_id=&sequence_number=0").code(101)
			e.wsMsg("receive", 1, `{"event":"open_dialog","data":{"dialog":`+gJS(dlg)+`},"broadcast":{"omit_users":null,"user_id":"`+uid+`","channel_id":"","team_id":""},"seq":14}`)
			c.post("https://chat.acme-uni.example/api/v4/actions/dialogs/submit", "application/json", `{"url":"https://hooks.acme-uni.example/mm/dialog",`+c.decoy(`"callback_id":"reset-kiosk"`)+`,"state":"","user_id":"`+uid+`","channel_id":"`+ch+`","team_id":"`+tm+
				`","submission":{`+c.decoy(`"acct":"lab-kiosk-07"`)+`,"np":"`+c.secret("submission.np (element with subtype password)", c.u18Pw())+`"},"cancelled":false}`).resp("application/json", `{"errors":null}`)
		}},
		{cat, "rocketchat-savesettings-id-value", func(c *gcase) {
			inner := `{"msg":"method","id":"31","method":"saveSettings","params":[[{"_id":"SMTP_Password","value":"` + c.secret("saveSettings [{_id: SMTP_Password, value}] (JSON in a JSON string)", c.u18Pw()) + `"},{"_id":"SMTP_Host","value":"` + c.decoy("smtp.acme-school.example") +
				`"},{"_id":"LDAP_Authentication_Password","value":"` + c.secret("saveSettings [{_id: LDAP_Authentication_Password, value}]", c.alnum(20)) + `"}]]}`
			c.post("https://chat.acme-school.example/api/v1/method.call/saveSettings", "application/json", `{"message":`+gJS(inner)+`}`).
				rh("X-Auth-Token", c.secret("X-Auth-Token header", c.b64u(32)), "X-User-Id", c.decoy(c.pick(gAlnum, 17))).
				resp("application/json", `{"message":"{\"msg\":\"result\",\"id\":\"31\",\"result\":true}","success":true}`)
		}},
		{cat, "trello-custom-field-items-by-id", func(c *gcase) {
			cf, card := c.hexs(24), c.hexs(24)
			q := "key=" + c.hexs(32) + "&token=" + c.secret("token query parameter (ATTA)", "ATTA"+c.hexs(64)+strings.ToUpper(c.hexs(8)))
			c.get("https://trello.com/1/boards/"+c.decoy(c.hexs(24))+"/customFields?"+q).resp("application/json", `[{"id":"`+cf+`","idModel":"`+c.hexs(24)+`","modelType":"board","fieldGroup":"`+c.decoy(c.hexs(64))+`","display":{"cardFront":false},"name":"Guest Wi-Fi passphrase",`+c.decoy(`"pos":16384`)+`,"type":"text","isSuggestedField":false}]`)
			c.get("https://trello.com/1/cards/"+card+"/customFieldItems?"+q).resp("application/json", `[{"id":"`+c.hexs(24)+`","value":{"text":"`+c.secret("customFieldItems {idCustomField, value.text}", c.u18Pw())+`"},"idCustomField":"`+cf+`","idModel":"`+card+`","modelType":"card"}]`)
		}},
	}
}

// 3. Credentials without a telling name: path segments, capability URLs, free text, arrays.
func u18Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "discord-webhook-url-token-segment", func(c *gcase) {
			wid := c.decoy(c.u18NonLuhn(19))
			tok := c.secret("webhook token path segment", c.b64u(51))
			c.post("https://discord.com/api/webhooks/"+wid+"/"+tok+"?wait=true", "application/json", `{"content":"Nightly SIS sync finished: 4 812 records","username":"SIS bot",`+c.decoy(`"allowed_mentions":{"parse":[]}`)+`}`).
				resp("application/json", `{"type":0,"content":"Nightly SIS sync finished: 4 812 records","id":"`+c.decoy(c.u18NonLuhn(19))+`","channel_id":"`+c.decoy(c.u18NonLuhn(19))+`","webhook_id":"`+wid+`"}`)
		}},
		{cat, "mattermost-incoming-hook-path", func(c *gcase) {
			c.post("https://chat.acme-uni.example/hooks/"+c.secret("incoming webhook key path segment", c.u18MM()), "application/json",
				`{"channel":"it-alerts","username":"backup-bot",`+c.decoy(`"icon_emoji":":floppy_disk:"`)+`,"text":"Nightly Moodle backup OK (41.2 GB)"}`).resp("text/plain", "ok")
			c.post("https://chat.acme-uni.example/hooks/"+c.secret("second incoming webhook key (form-encoded payload)", c.u18MM()), "application/x-www-form-urlencoded",
				"payload="+url.QueryEscape(`{"text":"Grades export finished","props":{"files":4}}`)).resp("text/plain", "ok")
		}},
		{cat, "teams-incoming-webhook-in-jira-automation-rule", func(c *gcase) {
			hook := "https://acmeuni.webhook.office.com/webhookb2/" + c.uuid() + "@" + c.uuid() + "/IncomingWebhook/" + c.secret("IncomingWebhook path segment", c.hexs(32)) + "/" + c.uuid()
			c.req("PUT", "https://acme-uni.atlassian.net/gateway/api/automation/internal-api/jira/"+c.decoy(c.uuid())+"/pro/rest/GLOBAL/"+c.decoy("rule/18822"), "application/json",
				`{"id":18822,"name":"Notify IT channel on P1",`+c.decoy(`"trigger":{"component":"TRIGGER","type":"jira.issue.event.trigger:created"}`)+`,"components":[{"component":"ACTION","type":"msteams.send.message","value":{"url":"`+hook+`","message":"P1: {{issue.key}} {{issue.summary}}"}}]}`).
				resp("application/json", `{"id":18822,"state":"ENABLED"}`)
		}},
		{cat, "google-forms-edit2-response-link", func(c *gcase) {
			fid := "1FAIpQLS" + c.pick(gB64uAlpha, 48)
			e2 := c.secret("edit2 response-edit link parameter", "2_ABaOnud"+c.pick(gB64uAlpha, 76))
			c.post("https://docs.google.com/forms/d/e/"+fid+"/formResponse", "application/x-www-form-urlencoded", "entry.1387719234=Room+B-214&entry.902113370=Projector+flickers&fvv=1&pageHistory=0&fbzx=-"+c.digits(19)).
				resp("text/html; charset=utf-8", `<div class="vHW8K">Your response has been recorded.</div><div class="c2gzEf"><a href="https://docs.google.com/forms/d/e/`+fid+`/viewform?edit2=`+e2+`">Edit your response</a></div><div class="c2gzEf"><a href="`+
					c.decoy("https://docs.google.com/forms/d/e/"+fid+"/viewform?usp=form_confirm")+`">Submit another response</a></div>`)
		}},
		{cat, "slack-magic-sign-in-link", func(c *gcase) {
			c.get("https://acme-eng.slack.com/z-app-"+c.digits(10)+"-"+c.digits(13)+"-"+c.secret("z-app magic link path segment", c.hexs(64))+"?"+c.decoy("s=slack")).code(302).
				sh("Location", c.decoy("https://app.slack.com/client/T04AB12CD3E"), "Set-Cookie", "d="+c.secret("d cookie set by the magic link", c.u18Xoxd())+"; expires=Sat, 22-Nov-2036 10:15:03 GMT; Max-Age=315532800; path=/; domain=.slack.com; secure; SameSite=Lax; HttpOnly")
		}},
		{cat, "zendesk-attachment-token-path", func(c *gcase) {
			tk := c.secret("attachments/token/<token> path segment", c.alnum(25))
			aid := "3600" + c.digits(8)
			c.get("https://acmegov.zendesk.com/api/v2/tickets/48213/comments.json?"+c.decoy("include_inline_images=true")).resp("application/json",
				`{"comments":[{"id":`+"3600"+c.digits(8)+`,"type":"Comment","body":"Screenshot of the error attached","public":true,"attachments":[{"id":`+aid+`,"file_name":"portal-error.png","content_url":"https://acmegov.zendesk.com/attachments/token/`+tk+`/?name=portal-error.png","mapped_content_url":"https://support.acme-gov.example/attachments/token/`+tk+`/?name=portal-error.png",`+
					c.decoy(`"content_type":"image/png","size":48211,"width":1280,"height":720`)+`,"inline":false,"deleted":false,`+c.decoy(`"malware_scan_result":"malware_not_found"`)+`,"thumbnails":[]}]}],"next_page":null,"count":1}`)
			c.get("https://acmegov.zendesk.com/attachments/token/"+tk+"/?name=portal-error.png").code(302).
				sh("Location", "https://acmegov.zdusercontent.com/attachment/"+aid+"/"+c.b64u(30)+"?token="+c.secret("zdusercontent token (JWT) in Location", c.hs256JWT(`{"_ttl":1732270803,"attachment_id":`+aid+`,"account_id":9912345}`)))
		}},
		{cat, "canvas-calendar-feed-capability-url", func(c *gcase) {
			f := c.secret("calendar feed capability (after user_)", c.alnum(40))
			c.get("https://acme.instructure.com/api/v1/users/self/profile").resp("application/json", `{"id":10000004412,"calendar":{"ics":"https://acme.instructure.com/feeds/calendars/user_`+f+`.ics"},"lti_user_id":"`+c.decoy(c.uuid())+`",`+c.decoy(`"time_zone":"America/Chicago"`)+`,"locale":null,"effective_locale":"en","k5_user":false}`)
			c.get("https://acme.instructure.com/feeds/calendars/user_"+f+".ics").resp("text/calendar", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"+c.decoy("PRODID:-//Instructure//Canvas LMS//EN")+"\r\nX-WR-CALNAME:Canvas calendar\r\nBEGIN:VEVENT\r\nDTSTART:20261204T055900Z\r\nSUMMARY:Lab 6 write-up [CHEM 2101]\r\nUID:"+c.decoy("event-assignment-190233")+"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
		}},
		{cat, "google-calendar-secret-ical-address", func(c *gcase) {
			ical := "https://calendar.google.com/calendar/ical/lab.rota%40acme-uni.example/private-" + c.secret("private-<hex> segment of the secret iCal address", c.hexs(32)) + "/basic.ics"
			c.post("https://outlook.office.com/owa/service.svc?action=SubscribeToInternetCalendar&app=Calendar&n=51", "application/json; charset=utf-8",
				`{"__type":"SubscribeToInternetCalendarJsonRequest:#Exchange","Header":{"__type":"JsonRequestHeaders:#Exchange",`+c.decoy(`"RequestServerVersion":"V2018_01_08"`)+`,"TimeZoneContext":{"__type":"TimeZoneContext:#Exchange","TimeZoneDefinition":{"__type":"TimeZoneDefinitionType:#Exchange","Id":"W. Europe Standard Time"}}},`+
					`"Body":{"__type":"SubscribeToInternetCalendarRequest:#Exchange","ICalUrl":"`+ical+`",`+c.decoy(`"CalendarName":"Lab rota (Google)"`)+`,"ParentGroupGuid":"`+c.decoy(c.uuid())+`"}}`).
				rh("X-OWA-CANARY", c.secret("X-OWA-CANARY header", c.b64u(56)+"."), "Action", "SubscribeToInternetCalendar", "X-OWA-ActionId", "-51").
				resp("application/json; charset=utf-8", `{"Header":{"ServerVersionInfo":{"MajorVersion":15,"MinorVersion":20,"MajorBuildNumber":8158,"Version":"V2018_01_08"}},"Body":{"ResponseClass":"Success","ResponseCode":"NoError","FolderId":{"Id":"AAMkAD`+c.b64s(60)+`"}}}`)
		}},
		{cat, "zoom-recording-share-link-path", func(c *gcase) {
			sh := c.secret("rec/share/<token> path segment (announcement HTML, then the request URL)", c.b64u(60)+"."+c.b64u(12))
			c.req("PUT", "https://acme.instructure.com/api/v1/courses/4821/discussion_topics/77121", "application/json",
				`{"message":"<p>Recording of Thursday's lab briefing: <a href=\"https://acme-uni.zoom.us/rec/share/`+sh+`\">https://acme-uni.zoom.us/rec/share/`+sh+`</a></p>",`+c.decoy(`"is_announcement":true`)+`}`)
			c.get("https://acme-uni.zoom.us/rec/share/"+sh+"?"+c.decoy("startTime=1732268400000")).resp("text/html; charset=utf-8", `<title>Video Conferencing, Web Conferencing, Webinars, Screen Sharing - Zoom</title><meta name="zm-build" content="`+c.decoy("6.3.5.48211")+`">`)
		}},
		{cat, "teams-meet-link-passcode-parameter", func(c *gcase) {
			mid := "3" + c.digits(11)
			html := `<div><a href="https://teams.microsoft.com/meet/` + mid + `?p=` + c.secret("p= passcode parameter of a Teams meet link", c.alnum(16)) + `" target="_blank" rel="noreferrer noopener">Join the meeting now</a></div><div>` +
				c.decoy("Meeting ID: "+mid[:3]+" "+mid[3:6]+" "+mid[6:9]+" "+mid[9:]) + `</div><div><a href="` + c.decoy("https://aka.ms/JoinTeamsMeeting?omkt=en-US") + `">Need help?</a></div>`
			c.post("https://outlook.office.com/owa/service.svc?action=GetItem&app=Calendar&n=12", "application/json; charset=utf-8", `{"__type":"GetItemJsonRequest:#Exchange","Body":{"ItemShape":{"BaseShape":"IdOnly","AddBlankTargetToLinks":true}}}`).
				resp("application/json; charset=utf-8", `{"Body":{"ResponseMessages":{"Items":[{"ResponseClass":"Success","Items":[{"__type":"CalendarItem:#Exchange","Subject":"Records committee",`+c.decoy(`"Start":"2026-12-03T09:30:00+01:00"`)+`,"Body":{"BodyType":"HTML","Value":`+gJS(html)+`}}]}]}}}`)
		}},
		{cat, "intercom-conversation-free-text-credentials", func(c *gcase) {
			conv := c.decoy(c.u18NonLuhn(15))
			pw := c.secret("temporary password quoted by the user in a conversation part", c.u18Pw())
			rc := c.secret("recovery code quoted by an agent", strings.ToUpper(c.alnum(4)+"-"+c.alnum(4)+"-"+c.alnum(4)))
			c.get("https://api.intercom.io/conversations/"+conv+"?display_as=plaintext").
				rh("Authorization", "Bearer "+c.secret("Authorization bearer (Intercom token)", gB64("tok:"+strings.ReplaceAll(c.uuid(), "-", "_")+":1:0")), "Intercom-Version", "2.11").
				resp("application/json", `{"type":"conversation","id":"`+conv+`","state":"open","conversation_parts":{"type":"conversation_part.list","conversation_parts":[{"type":"conversation_part","id":"`+c.digits(11)+`",`+c.decoy(`"part_type":"comment"`)+
					`,"body":"I can't get into the student portal. Username is n.achebe and the temporary password the help desk gave me is `+pw+` but it says expired.","author":{"type":"user","id":"`+c.hexs(24)+`"}},{"type":"conversation_part","id":"`+c.digits(11)+
					`","part_type":"comment","body":"Thanks! I have reset MFA. Your one-time recovery code is `+rc+`. Please change the password right after you sign in.","author":{"type":"admin","id":"7123456"}}],`+c.decoy(`"total_count":2`)+`}}`)
		}},
		{cat, "discord-mfa-backup-codes-array", func(c *gcase) {
			uid := c.u18NonLuhn(18)
			codes := ""
			for i := range 4 {
				if i > 0 {
					codes += ","
				}
				codes += `{"user_id":"` + uid + `","code":"` + c.secret(fmt.Sprintf("backup_codes[%d].code", i), c.pick(gLower+gDigits, 8)) + `","consumed":false}`
			}
			c.post("https://discord.com/api/v9/users/@me/mfa/codes-verification", "application/json", `{"key":"`+c.secret("email verification key for viewing codes", c.pick(gLower+gDigits, 8)+c.pick(gLower+gDigits, 4))+`","regenerate":false}`).
				rh("Authorization", c.secret("raw Authorization header", c.u18Discord(uid))).
				resp("application/json", `{"backup_codes":[`+codes+`],`+c.decoy(`"mfa_level":1`)+`}`)
		}},
	}
}

// 4. Carriers: websockets, XML, HTML, multipart, MIME, NDJSON, iCalendar, base64 in redirects.
func u18Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "slack-rtm-websocket-token-and-message-text", func(c *gcase) {
			tok := c.secret("token query parameter of the RTM websocket URL", c.u18Xoxc())
			pw := c.secret("password in backticks in a channel message event", c.u18Pw())
			e := c.get("wss://wss-primary.slack.com/?token=" + tok + "&sync_desync=1&slack_client=desktop&start_args=" +
				url.QueryEscape("?agent=client&org_wide_aware=true&agent_version=1732184411&eac_cache_ts=true&cache_ts=0&name_tagging=true&only_self_subteams=true&connect_only=true&ms_latest=true") +
				"&no_query_on_subscribe=1&flannel=3&lazy_channels=1&" + c.decoy("gateway_server=T04AB12CD3E-4-1") + "&batch_presence_aware=1").code(101)
			e.wsMsg("receive", 1, `{"type":"hello","start":true,`+c.decoy(`"host_id":"gs-iad-7f3b2c"`)+`,"region":"us-east-1"}`)
			e.wsMsg("send", 1, `{"type":"ping","id":2}`)
			e.wsMsg("receive", 1, `{"type":"message","channel":"C07QK4M2X9R","user":"U05LQ2N8HJK","text":"staging DB for the migration: user `+"`etl_stage`"+` password `+"`"+pw+"`"+` (rotate after Friday)","ts":"`+c.decoy("1732270512.004211")+`","team":"T04AB12CD3E"}`)
		}},
		{cat, "discord-gateway-identify-and-zlib-payload", func(c *gcase) {
			tok := c.secret("IDENTIFY d.token", c.u18Discord(c.u18NonLuhn(18)))
			gh := c.secret("GitHub token pasted in a MESSAGE_CREATE (zlib binary frame)", "ghp_"+c.pick(gAlnum, 36))
			e := c.get("wss://gateway.discord.gg/?" + c.decoy("encoding=json&v=9")).code(101)
			e.wsMsg("receive", 1, `{"t":null,"s":null,"op":10,"d":{`+c.decoy(`"heartbeat_interval":41250`)+`,"_trace":["[\"gateway-prd-us-east1-c-7k2m\",{\"micros\":0.0}]"]}}`)
			e.wsMsg("send", 1, `{"op":2,"d":{"token":"`+tok+`","capabilities":30717,"properties":{"os":"Linux","browser":"Chrome","device":"","system_locale":"en-US","browser_version":"131.0.0.0","release_channel":"stable","client_build_number":349214},"presence":{"status":"unknown","since":0,"activities":[],"afk":false},"compress":true,"client_state":{"guild_versions":{}}}}`)
			var log strings.Builder
			for i := range 30 {
				fmt.Fprintf(&log, "2026-11-22T10:1%d:%02d.%03dZ [runner-%d] step %d/30 npm ci --prefer-offline exited 0\\n", i/10, i, 100+i, i%4, i+1)
			}
			msg := `{"t":"MESSAGE_CREATE","s":7,"op":0,"d":{"type":0,"content":"ci is failing again, log below. here is my token if you want to rerun it: ` + gh + `\n` + "```" + `\n` + log.String() + "```" + `","channel_id":"` + c.u18NonLuhn(19) + `","author":{"username":"lab-ta-jonas","global_name":null},"id":"` + c.u18NonLuhn(19) + `","timestamp":"2026-11-22T10:15:07.412000+00:00"}}`
			e.wsMsg("receive", 2, base64.StdEncoding.EncodeToString(u18Zlib(msg)))
		}},
		{cat, "lti13-oidc-login-and-id-token-form-post", func(c *gcase) {
			cid := c.decoy(c.u18NonLuhnP("1000000000", 14))
			tool := "https://sim.acme-labs.example/lti"
			hint := c.secret("lti_message_hint (JWT) in the login initiation and the redirect", c.hs256JWT(`{"verifier":"`+c.hexs(128)+`","canvas_domain":"acme.instructure.com","context_type":"Course","context_id":10000000004821,"canvas_locale":"en","include_storage_target":true,"exp":1732270803}`))
			lh := c.hexs(40)
			st := c.b64u(40)
			c.post(tool+"/login", "application/x-www-form-urlencoded", "iss=https%3A%2F%2Fcanvas.instructure.com&login_hint="+lh+"&client_id="+cid+"&lti_deployment_id=41%3A"+c.hexs(40)+"&target_link_uri="+url.QueryEscape(tool+"/launch")+"&lti_message_hint="+hint+
				"&"+c.decoy("canvas_region=us-east-1")+"&canvas_environment=prod&"+c.decoy("lti_storage_target=post_message_forwarding")).code(302).
				sh("Location", "https://sso.canvaslms.com/api/lti/authorize_redirect?scope=openid&response_type=id_token&response_mode=form_post&prompt=none&client_id="+cid+"&redirect_uri="+url.QueryEscape(tool+"/launch")+"&login_hint="+lh+"&lti_message_hint="+hint+"&state="+st+"&nonce="+c.uuid())
			idt := c.secret("id_token (LTI 1.3 launch JWT) in the auto-post form and the form post", c.rs256JWT(c.b64u(32), `{"iss":"https://canvas.instructure.com","aud":"`+cid+`","azp":"`+cid+`","sub":"`+c.uuid()+`","exp":1732274103,"iat":1732270503,"nonce":"`+c.uuid()+
				`","https://purl.imsglobal.org/spec/lti/claim/message_type":"LtiResourceLinkRequest","https://purl.imsglobal.org/spec/lti/claim/version":"1.3.0","https://purl.imsglobal.org/spec/lti/claim/roles":["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]}`))
			c.get("https://sso.canvaslms.com/api/lti/authorize_redirect?scope=openid&response_type=id_token&response_mode=form_post&prompt=none&client_id="+cid+"&lti_message_hint="+hint+"&state="+st).
				resp("text/html; charset=utf-8", `<form action="`+c.decoy(tool+"/launch")+`" method="POST" id="oidc_form"><input type="hidden" name="id_token" value="`+idt+`"><input type="hidden" name="state" value="`+st+`"><input type="hidden" name="lti_storage_target" value="post_message_forwarding"></form><script>document.getElementById("oidc_form").submit();</script>`)
			c.post(tool+"/launch", "application/x-www-form-urlencoded", "utf8=%E2%9C%93&id_token="+idt+"&state="+st+"&lti_storage_target=post_message_forwarding").resp("text/html", `<title>Lab simulator</title>`)
		}},
		{cat, "xapi-launch-auth-parameter-and-statement-post", func(c *gcase) {
			basic := "Basic " + gB64(c.hexs(40)+":"+c.secret("LRS secret inside Basic auth (auth= launch parameter, then Authorization)", c.hexs(40)))
			reg := c.decoy(c.uuid())
			act := "https://acme-lms.example/xapi/activities/fire-safety-2026"
			c.get("https://content.acme-lms.example/packages/fire-safety-2026/index_lms.html?endpoint="+url.QueryEscape("https://lrs.acme-lms.example/data/xAPI/")+"&auth="+url.QueryEscape(basic)+"&actor="+url.QueryEscape(`{"mbox":["mailto:student4412@acme-uni.example"],"objectType":"Agent"}`)+
				"&registration="+reg+"&"+c.decoy("activity_id="+url.QueryEscape(act))).resp("text/html", `<title>Fire safety 2026</title>`)
			c.post("https://lrs.acme-lms.example/data/xAPI/statements", "application/json", `{"id":"`+c.uuid()+`","actor":{"objectType":"Agent","mbox":"mailto:student4412@acme-uni.example"},`+c.decoy(`"verb":{"id":"http://adlnet.gov/expapi/verbs/completed","display":{"en-US":"completed"}}`)+
				`,"object":{"id":"`+act+`","objectType":"Activity"},"result":{"score":{"scaled":0.92},"completion":true,"success":true,"duration":"PT14M22S"},"context":{"registration":"`+reg+`"}}`).
				rh("Authorization", basic, "X-Experience-API-Version", c.decoy("1.0.3")).resp("application/json", `["`+c.decoy(c.uuid())+`"]`)
		}},
		{cat, "singpass-callback-jwe-id-token", func(c *gcase) {
			code := c.secret("authorization code in the callback URL and the body", c.b64u(32))
			st := c.b64u(24)
			cb := "https://eservices.acme-agency.gov.sg/auth/singpass/callback"
			c.get(cb+"?code="+code+"&state="+st).resp("text/html", "<title>Signing you in</title>")
			jwe := c.secret("idToken (compact JWE, five parts)", c.u18JWE(`{"alg":"ECDH-ES+A256KW","enc":"A256CBC-HS512","kid":"`+c.b64u(16)+`","epk":{"kty":"EC","crv":"P-256","x":"`+c.b64u(32)+`","y":"`+c.b64u(32)+`"},"cty":"JWT"}`))
			c.post("https://eservices.acme-agency.gov.sg/api/auth/singpass/token", "application/json", `{"code":"`+code+`","state":"`+st+`","codeVerifier":"`+c.secret("codeVerifier (PKCE) in the body", c.b64u(48))+`","redirectUri":"`+c.decoy(cb)+`"}`).
				resp("application/json", `{"idToken":"`+jwe+`",`+c.decoy(`"acr":"urn:singpass:authentication:loa:2"`)+`,"amr":["pwd","swk"],`+c.decoy(`"sessionExpiresIn":1800`)+`}`)
		}},
		{cat, "caldav-report-icalendar-zoom-link-in-xml", func(c *gcase) {
			pwd := c.secret("pwd= of the Zoom link inside the iCalendar DESCRIPTION", c.u18Zpwd())
			mn := "8" + c.digits(10)
			ics := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + c.decoy("PRODID:-//Inverse inc.//SOGo 5.11.2//EN") + "\r\nBEGIN:VEVENT\r\nUID:" + c.decoy(strings.ToUpper(c.uuid())) + "\r\nSUMMARY:Records committee\r\nDTSTART;TZID=Europe/Paris:20261203T093000\r\nDTEND;TZID=Europe/Paris:20261203T103000\r\nLOCATION:Zoom\r\nDESCRIPTION:Join Zoom Meeting\\n\r\n https://acme.zoom.us/j/" + mn + "?pwd=" + pwd +
				"\\n\r\n \\nMeeting ID: " + mn[:3] + " " + mn[3:7] + " " + mn[7:] + "\\nPasscode: " + c.secret("Zoom passcode in the DESCRIPTION text", c.alnum(10)) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
			c.req("REPORT", "https://mail.acme-gov.example/SOGo/dav/h.moreau/Calendar/personal/", "application/xml; charset=utf-8",
				`<?xml version="1.0" encoding="utf-8"?><C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><D:getetag/><C:calendar-data/></D:prop><C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">`+c.decoy(`<C:time-range start="20261130T000000Z" end="20261207T000000Z"/>`)+`</C:comp-filter></C:comp-filter></C:filter></C:calendar-query>`).
				rh("Authorization", "Basic "+gB64("h.moreau:"+c.secret("CalDAV Basic password", c.u18Pw())), "Depth", "1").code(207).
				resp("text/xml; charset=utf-8", `<?xml version="1.0" encoding="utf-8"?><D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:response><D:href>/SOGo/dav/h.moreau/Calendar/personal/1A2B-656F.ics</D:href><D:propstat><D:prop><D:getetag>`+c.decoy(`"gcs00000000004821"`)+`</D:getetag><C:calendar-data>`+ics+`</C:calendar-data></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>`)
		}},
		{cat, "jsm-temporary-attachment-multipart-yaml", func(c *gcase) {
			b := "----WebKitFormBoundary" + c.alnum(16)
			line := c.secret("PEM private key body line in a YAML block scalar", c.pick(gAlnum+"+/", 64))
			yml := "relay:\n  " + c.decoy("host: smtp.acme-gov.example") + "\n  port: 587\n  username: relay-svc\n  password: \"" + c.secret("password: in an uploaded YAML file", c.u18Pw()) + "\"\n  dkim:\n    " + c.decoy("selector: s2026") +
				"\n    private_key: |\n      -----BEGIN PRIVATE KEY-----\n      MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ" + c.pick(gAlnum+"+/", 14) + "\n      " + line + "\n      " + c.pick(gAlnum+"+/", 64) + "\n      " + c.pick(gAlnum+"+/", 40) + "==\n      -----END PRIVATE KEY-----\n"
			body := "--" + b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"smtp-relay.yml\"\r\nContent-Type: application/x-yaml\r\n\r\n" + yml + "\r\n--" + b + "--\r\n"
			tid := c.decoy(c.uuid())
			c.post("https://acme-gov.atlassian.net/rest/servicedeskapi/servicedesk/3/attachTemporaryFile", "multipart/form-data; boundary="+b, body).
				rh("X-Atlassian-Token", "no-check", "X-ExperimentalApi", "opt-in").
				resp("application/json", `{"temporaryAttachments":[{"temporaryAttachmentId":"`+tid+`","fileName":"smtp-relay.yml"}]}`).code(201)
			c.post("https://acme-gov.atlassian.net/rest/servicedeskapi/request/HD-4821/attachment", "application/json", `{"temporaryAttachmentIds":["`+tid+`"],"public":false,"additionalComment":{"body":"Relay config from the old server, see attached"}}`).code(201)
		}},
		{cat, "help-scout-original-message-mime", func(c *gcase) {
			txt := "Hello,\r\n\r\nyour account on the Acme County benefits portal has been created.\r\nUser name: claimant-48213\r\nTemporary password: " + c.secret("temporary password in a base64 text/plain MIME part", c.u18Pw()) + "\r\n\r\nPlease sign in within 72 hours and choose a new password.\r\n"
			tk := c.secret("activation token after t=3D in a quoted-printable HTML part", c.b64u(32))
			eml := "Return-Path: <no-reply@acme-county.example>\r\nDKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=acme-county.example; s=sel2026;\r\n h=from:to:subject:date:message-id; bh=" + c.decoy(c.b64s(32)) + ";\r\n b=" + c.b64s(54) + "\r\n " + c.b64s(54) + "\r\n" +
				"Message-ID: " + c.decoy("<CAF"+c.alnum(24)+"@mail.acme-county.example>") + "\r\nSubject: Your benefits portal account\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"000000000000a1b2c3\"\r\n\r\n" +
				"--000000000000a1b2c3\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + u18Wrap76(gB64(txt)) + "\r\n" +
				"--000000000000a1b2c3\r\nContent-Type: text/html; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>Activate your account:</p>\r\n<p><a href=3D\"https://benefits.acme-county.example/activate?t=3D=\r\n" + tk + "\">Activate</a></p>\r\n--000000000000a1b2c3--\r\n"
			c.get("https://secure.helpscout.net/mailbox/thread/original/"+c.digits(10)+"/").resp("message/rfc822", eml)
		}},
		{cat, "moodle-mcfg-inline-script-and-logout-link", func(c *gcase) {
			sk := c.secret("M.cfg.sesskey in an inline script, the logout link and a hidden input", c.alnum(10))
			html := `<!DOCTYPE html><html dir="ltr" lang="en"><head><title>Dashboard | ACME VLE</title>` + c.decoy(`<link rel="stylesheet" type="text/css" href="https://moodle.acme-uni.example/theme/styles.php/boost/1732180012_1/all">`) +
				"<script>\n//<![CDATA[\nM.cfg = {\"wwwroot\":\"https:\\/\\/moodle.acme-uni.example\",\"homeurl\":{},\"sesskey\":\"" + sk + "\",\"sessiontimeout\":\"28800\",\"sessiontimeoutwarning\":1200," + c.decoy(`"themerev":"1732180012"`) +
				",\"slasharguments\":1," + c.decoy(`"theme":"boost"`) + ",\"iconsystemmodule\":\"core\\/icon_system_fontawesome\",\"jsrev\":\"1732180012\",\"admin\":\"admin\",\"svgicons\":true,\"usertimezone\":\"Europe\\/London\",\"language\":\"en\",\"courseId\":1,\"courseContextId\":2,\"contextid\":5821,\"siteId\":1,\"userId\":4412};\n//]]>\n</script></head><body>" +
				`<a class="dropdown-item" href="https://moodle.acme-uni.example/login/logout.php?sesskey=` + sk + `">Log out</a><form method="post" action="https://moodle.acme-uni.example/my/index.php"><input type="hidden" name="sesskey" value="` + sk + `"><input type="hidden" name="edit" value="1"></form></body></html>`
			c.get("https://moodle.acme-uni.example/my/").rh("Cookie", "MoodleSession="+c.secret("MoodleSession cookie", c.pick(gLower+gDigits, 26))).resp("text/html; charset=utf-8", html)
		}},
		{cat, "notion-ai-completion-ndjson-echo", func(c *gcase) {
			tok := c.secret("SIS_API_TOKEN in the selected text and the NDJSON completion", c.b64u(32))
			pw := c.secret("SIS_DB_PASSWORD in the selected text and the NDJSON completion", c.u18Pw())
			sel := "export SIS_API_TOKEN=" + tok + "\nexport SIS_DB_PASSWORD='" + pw + "'\nexport SIS_BASE_URL=https://sis.acme-uni.example/api/v2"
			space := c.decoy(c.uuid())
			c.post("https://www.notion.so/api/v3/getCompletion", "application/json", `{"id":"`+c.uuid()+`",`+c.decoy(`"model":"openai-gpt-4o"`)+`,"spaceId":"`+space+`","isSpacePermission":false,"context":{"type":"helpMeEdit","pageTitle":"Runbook: SIS nightly sync","selectedText":`+gJS(sel)+`,"prompt":"turn these into a table with a description column"}}`).
				rh("x-notion-active-user-header", c.decoy(c.uuid()), "notion-client-version", c.decoy("23.13.0.1204"), "x-notion-space-id", space,
					"Cookie", "notion_browser_id="+c.uuid()+"; token_v2="+c.secret("token_v2 cookie", "v02%3Auser_token_or_cookies%3A"+c.b64u(150))+"; notion_user_id="+c.uuid()).
				resp("application/x-ndjson", `{"type":"success","completion":"| Variable | Value | Description |\n|---|---|---|\n"}`+"\n"+`{"type":"success","completion":"| SIS_API_TOKEN | `+tok+` | API token for the SIS |\n"}`+"\n"+`{"type":"success","completion":"| SIS_DB_PASSWORD | `+pw+` | database password |\n"}`+"\n")
		}},
		{cat, "moodle-mobile-launch-custom-scheme-base64", func(c *gcase) {
			wst := c.secret("wstoken inside the base64 of moodlemobile://token=", c.hexs(32))
			pt := c.secret("privatetoken inside the base64 of moodlemobile://token=", c.alnum(64))
			c.get("https://moodle.acme-uni.example/admin/tool/mobile/launch.php?"+c.decoy("service=moodle_mobile_app&passport=72.53921")+"&urlscheme=moodlemobile").
				rh("Cookie", "MoodleSession="+c.secret("MoodleSession cookie", c.pick(gLower+gDigits, 26))).
				code(303).sh("Location", "moodlemobile://token="+gB64(c.hexs(32)+":::"+wst+":::"+pt))
		}},
	}
}

// 5. Exporters' quirks.
func u18Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "firefox-params-only-zulip-login", func(c *gcase) {
			c.creator = [2]string{"Firefox", "133.0"}
			e := c.post("https://acme-uni.zulipchat.com/accounts/login/", "application/x-www-form-urlencoded", "")
			e.post.params = []any{
				map[string]any{"name": "csrfmiddlewaretoken", "value": c.secret("csrfmiddlewaretoken param (postData.params only)", c.alnum(64))},
				map[string]any{"name": "username", "value": "d.kowalczyk@acme-uni.example"},
				map[string]any{"name": "password", "value": c.secret("password param (postData.params only)", c.u18Pw())},
				map[string]any{"name": "next", "value": c.decoy("/#narrow/channel/12-help-desk")},
			}
			e.code(302).sh("Location", "/", "Set-Cookie", "sessionid="+c.secret("sessionid Set-Cookie", c.pick(gLower+gDigits, 32))+"; expires=Sun, 06 Dec 2026 10:15:03 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax; Secure",
				"X-Frame-Options", "DENY", "Content-Security-Policy", c.decoy("frame-ancestors 'none'; form-action 'self'"))
		}},
		{cat, "charles-base64-response-asana-oauth", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "5.0.1"}
			at := c.secret("access_token inside a base64 response body", "2/"+c.digits(16)+"/"+c.digits(16)+":"+c.hexs(32))
			rt := c.secret("refresh_token inside a base64 response body", "2/"+c.digits(16)+"/"+c.digits(16)+":"+c.hexs(32))
			js := `{"access_token":"` + at + `","expires_in":3600,"token_type":"bearer","refresh_token":"` + rt + `","data":{"id":"` + c.u18NonLuhn(16) + `","gid":"` + c.u18NonLuhn(16) + `"}}`
			e := c.post("https://app.asana.com/-/oauth_token", "application/x-www-form-urlencoded", "grant_type=authorization_code&client_id="+c.decoy(c.u18NonLuhn(16))+"&client_secret="+c.secret("client_secret in the token request", c.hexs(32))+"&"+
				c.decoy("redirect_uri="+url.QueryEscape("https://lms.acme-uni.example/asana/oauth/callback"))+"&code="+url.QueryEscape(c.secret("authorization code in the token request", "1/"+c.digits(16)+":"+c.hexs(32))))
			e.resp("application/json; charset=UTF-8", base64.StdEncoding.EncodeToString([]byte(js))).sh("X-Request-Id", c.decoy(c.uuid()))
			e.respEncoding = "base64"
		}},
		{cat, "firefox-joined-set-cookie-miro-signin", func(c *gcase) {
			c.creator = [2]string{"Firefox", "133.0"}
			c.post("https://miro.com/api/v1/auth/signin/", "application/json", `{"email":"l.nakamura@acme-uni.example","password":"`+c.secret("signin password", c.u18Pw())+`","rememberMe":true}`).
				sh("Set-Cookie", "token="+c.secret("token Set-Cookie (first line of a joined header)", "eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_"+c.b64u(30))+"; Path=/; Domain=miro.com; Max-Age=2592000; Secure; HttpOnly; SameSite=Lax\n"+
					"session_id="+c.secret("session_id Set-Cookie (second line)", c.uuid())+"; Path=/; Secure; HttpOnly\nAWSALB="+c.b64s(100)+"; Expires=Sun, 29 Nov 2026 10:15:03 GMT; Path=/").
				resp("application/json", `{"userId":"`+c.decoy(c.u18NonLuhnP("3074457", 19))+`",`+c.decoy(`"emailConfirmed":true`)+`,"redirectUrl":"/app/dashboard/"}`)
		}},
		{cat, "safari-empty-mimetype-clickup-login", func(c *gcase) {
			c.creator = [2]string{"WebKit Web Inspector", "20621.1.15"}
			jwt := c.secret("token (JWT) in a response with an empty mimeType, then the Authorization header", c.hs256JWT(`{"user":48213771,"validated":true,"session_token":true,"iat":1732270503,"exp":1734862503}`))
			c.post("https://api.clickup.com/v1/login?"+c.decoy("include_teams=true"), "", `{"email":"s.oyelaran@acme-uni.example","password":"`+c.secret("login password in a body with an empty mimeType", c.u18Pw())+`"}`).
				resp("", `{"user":{"id":48213771,"color":"#7b68ee","profilePicture":null},"token":"`+jwt+`",`+c.decoy(`"twofa_required":false`)+`}`)
			c.get("https://api.clickup.com/v1/team").rh("Authorization", "Bearer "+jwt).resp("", `{"teams":[{"id":"`+c.decoy("9012345678")+`","name":"Acme Uni IT","color":"#7b68ee"}]}`)
		}},
		{cat, "truncated-zendesk-users-me-authenticity-token", func(c *gcase) {
			at := c.secret("authenticity_token in a truncated body, then X-CSRF-Token", c.b64s(32))
			c.get("https://acmegov.zendesk.com/api/v2/users/me.json?"+c.decoy("include=abilities")).
				resp("application/json; charset=utf-8", `{"user":{"id":3600`+c.digits(8)+`,"role":"agent",`+c.decoy(`"locale":"en-US","locale_id":1,"organization_id":null,"role_type":null`)+`,"authenticity_token":"`+at+`","ticket_restriction":null,"shared_phone_number":null,"photo":{"content_type":"image/png","size":2412,"width":80,"height":80,"inline":false,"thumbnails":[{"url":"https://acmegov.zendesk.com/system/photos/3600`).
				set("comment", "response body truncated at 65536 bytes")
			c.req("PUT", "https://acmegov.zendesk.com/api/v2/tickets/48213.json", "application/json", `{"ticket":{"status":"solved"}}`).
				rh("X-CSRF-Token", at, "Cookie", "_zendesk_shared_session=-"+c.b64s(40)+"; _zendesk_session="+c.secret("_zendesk_session cookie", c.b64s(120)))
		}},
		{cat, "textplain-fetch-mattermost-login-token-header", func(c *gcase) {
			tok := c.secret("Token response header and MMAUTHTOKEN cookie", c.u18MM())
			csrf := c.secret("MMCSRF cookie and X-CSRF-Token header", c.u18MM())
			uid := c.u18MM()
			c.post("https://chat.acme-uni.example/api/v4/users/login", "text/plain;charset=UTF-8", `{"device_id":"","login_id":"d.kowalczyk","password":"`+c.secret("login password in a text/plain body", c.u18Pw())+`","token":""}`).
				sh("Token", tok, "Set-Cookie", "MMAUTHTOKEN="+tok+"; Path=/; Max-Age=2592000; HttpOnly; Secure; SameSite=Lax\nMMUSERID="+uid+"; Path=/; Max-Age=2592000; Secure\nMMCSRF="+csrf+"; Path=/; Max-Age=2592000; Secure",
					"X-Version-Id", c.decoy("10.2.0.11873814042.5c3b9e1f2a7d4c6e8b0a1f3d5e7c9b2a.true")).
				resp("text/html; charset=utf-8", `{"id":"`+uid+`","create_at":1704067200000,"update_at":1732270503412,"delete_at":0,"username":"d.kowalczyk","auth_service":"",`+c.decoy(`"roles":"system_user"`)+`,"locale":"en","timezone":{"automaticTimezone":"Europe/Warsaw","manualTimezone":"","useAutomaticTimezone":"true"}}`)
			c.get("https://chat.acme-uni.example/api/v4/users/me/teams/unread").rh("X-CSRF-Token", csrf, "X-Requested-With", "XMLHttpRequest", "Cookie", "MMAUTHTOKEN="+tok+"; MMUSERID="+uid+"; MMCSRF="+csrf).
				resp("application/json", `[{"team_id":"`+c.u18MM()+`",`+c.decoy(`"msg_count":0,"mention_count":0`)+`}]`)
		}},
		{cat, "sockjs-ddp-frames-rocketchat-login", func(c *gcase) {
			dg := c.secret("DDP login password.digest (sha-256 of the password)", c.hexs(64))
			tok := c.secret("login result token, then the resume token", c.b64u(32))
			e := c.get("wss://chat.acme-school.example/sockjs/" + c.decoy("418/x7k2m9qp/websocket")).code(101)
			fr := func(dir, ddp string) {
				if dir == "send" {
					e.wsMsg("send", 1, gJS([]string{ddp}))
				} else {
					e.wsMsg("receive", 1, "a"+gJS([]string{ddp}))
				}
			}
			e.wsMsg("receive", 1, "o")
			e.wsMsg("send", 1, c.decoy(gJS([]string{`{"msg":"connect","version":"1","support":["1","pre2","pre1"]}`})))
			fr("receive", `{"msg":"connected","session":"`+c.pick(gAlnum, 17)+`"}`)
			fr("send", `{"msg":"method","method":"login","params":[{"user":{"username":"j.osei"},"password":{"digest":"`+dg+`","algorithm":"sha-256"}}],"id":"1"}`)
			fr("receive", `{"msg":"result","id":"1","result":{"id":"`+c.pick(gAlnum, 17)+`","token":"`+tok+`","tokenExpires":{"$date":1740046503412},"type":"password"}}`)
			fr("send", `{"msg":"method","method":"login","params":[{"resume":"`+tok+`"}],"id":"2"}`)
		}},
		{cat, "chrome-h2-pseudo-header-path-jotform", func(c *gcase) {
			p := "/user/forms?apiKey=" + c.secret("apiKey in the URL and the :path pseudo-header", c.hexs(32)) + "&limit=20&" + c.decoy("orderby=created_at")
			e := c.get("https://api.jotform.com" + p)
			e.httpVersion = "h2"
			e.rh(":authority", "api.jotform.com", ":method", "GET", ":path", p, ":scheme", "https", "accept", "application/json").
				resp("application/json", `{"responseCode":200,"message":"success","content":[{"id":"`+c.decoy(c.u18NonLuhn(15))+`","title":"Field trip consent 2026","status":"ENABLED",`+c.decoy(`"type":"LEGACY"`)+`,"count":"212"}],"duration":"12.4ms",`+c.decoy(`"limit-left":987`)+`}`).
				sh("cf-ray", c.decoy(c.hexs(16)+"-FRA"))
		}},
		{cat, "initiator-and-referer-canvas-verifier", func(c *gcase) {
			page := "https://acme.instructure.com/courses/4821/files/2042913/preview?verifier=" + c.secret("verifier in _initiator.url and Referer", c.alnum(40))
			fu := c.decoy(c.uuid())
			jwt := c.secret("inst-fs token (JWT) in an image URL", c.hs256JWT(`{"iat":1732270503,"user_id":"10000000004412","resource":"/files/`+c.uuid()+`/thumbnail.png","host":"acme.instructure.com","exp":1732356903}`))
			e := c.get("https://inst-fs-iad-prod.inscloudgate.net/files/"+fu+"/thumbnail.png?token="+jwt).rh("Referer", page).resp("image/png", "")
			e.set("_initiator", map[string]any{"type": "parser", "url": page, "lineNumber": 118})
			e.set("_resourceType", "image")
		}},
		{cat, "page-title-and-pageref-zoom-web-client", func(c *gcase) {
			mn := c.decoy("8" + c.digits(10))
			u := "https://app.zoom.us/wc/" + mn + "/join?" + c.decoy("fromPWA=1") + "&pwd=" + c.secret("pwd in pages[].title and the request URL", c.u18Zpwd())
			c.extraLog = map[string]any{"pages": []any{map[string]any{"startedDateTime": "2026-11-22T10:15:00.000Z", "id": "page_3", "title": u, "pageTimings": map[string]any{"onContentLoad": 812.4, "onLoad": 1903.7}}}}
			c.get(u).resp("text/html; charset=utf-8", `<title>Zoom</title><meta name="zm-build" content="`+c.decoy("6.3.5.48211")+`">`).set("pageref", "page_3")
			c.get("https://app.zoom.us/wc/"+mn+"/config?lang=en-US").resp("application/json", `{"status":true,"result":{`+c.decoy(`"clusterName":"us05"`)+`,"isWebinar":false}}`).set("pageref", "page_3")
		}},
		{cat, "charles-base64-request-body-zoom-passWord", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "5.0.1"}
			mn := "8" + c.digits(10)
			zak := c.secret("zak (Zoom access key JWT) in a base64 request body", c.hs256JWT(`{"aud":"clientsm","uid":"`+c.b64u(16)+`","iss":"web","sk":"0","sty":100,"wcd":"us05","clt":0,"exp":1732277703,"iat":1732270503,"aid":"`+c.b64u(16)+`","cid":""}`))
			js := `{"meetingNumber":"` + mn + `","passWord":"` + c.secret("passWord in a base64 request body", c.alnum(10)) + `","userName":"Front desk tablet","userEmail":"","tk":"","zak":"` + zak + `","lang":"en-US"}`
			e := c.post("https://app.zoom.us/wc/api/v1/join?"+c.decoy("mn="+mn), "application/json", base64.StdEncoding.EncodeToString([]byte(js)))
			e.post.encoding = "base64"
			e.resp("application/json", `{"status":true,"errorCode":0,"result":{`+c.decoy(`"clusterName":"us05"`)+`,"rwcUrl":"`+c.decoy("https://rwcff.zoom.us/wc/ping/"+mn)+`"}}`)
		}},
	}
}

// 6. One secret in several places of a file.
func u18Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "slack-boot-data-then-form-then-websocket", func(c *gcase) {
			tok := c.u18Xoxc()
			c.get("https://app.slack.com/client/T04AB12CD3E/C07QK4M2X9R").resp("text/html; charset=utf-8", `<script type="text/javascript">var boot_data = {"api_url":"\/api\/","app":"client","team_id":"T04AB12CD3E","user_id":"U05LQ2N8HJK","api_token":"`+c.secret("boot_data.api_token in the client HTML", tok)+`",`+
				c.decoy(`"version_ts":1732184411`)+`,"version_uid":"`+c.decoy(c.hexs(40))+`","feature_builder":true};</script>`)
			c.post("https://acme-eng.slack.com/api/client.counts?_x_id=noversion-1732270504.118&slack_route=T04AB12CD3E", "application/x-www-form-urlencoded", "token="+c.secret("token form field of client.counts", tok)+"&"+c.decoy("thread_counts_by_channel=true")+"&org_wide_aware=true&include_file_channels=true").
				resp("application/json", `{"ok":true,"threads":{"has_unreads":false,"mention_count":0}}`)
			c.get("wss://wss-primary.slack.com/?token=" + c.secret("token query parameter of the websocket URL", tok) + "&sync_desync=1&slack_client=desktop&gateway_server=T04AB12CD3E-4-1&batch_presence_aware=1").code(101)
		}},
		{cat, "notion-token-v2-pasted-curl-then-cookie", func(c *gcase) {
			t2 := c.secret("token_v2 in a curl command pasted into a Zendesk comment (earlier in the file)", "v02%3Auser_token_or_cookies%3A"+c.b64u(150))
			page := c.decoy(c.uuid())
			curl := "curl 'https://www.notion.so/api/v3/loadCachedPageChunk' -H 'content-type: application/json' -H 'cookie: notion_browser_id=" + c.uuid() + "; token_v2=" + t2 + "; notion_user_id=" + c.uuid() + "' --data-raw '{\"page\":{\"id\":\"" + page + "\"},\"limit\":30,\"cursor\":{\"stack\":[]},\"verticalColumns\":false}'"
			c.req("PUT", "https://acmegov.zendesk.com/api/v2/tickets/48230.json", "application/json", `{"ticket":{"comment":{"body":`+gJS("The wiki page will not load for me, here is the request from devtools:\n"+curl)+`,"public":true}}}`).
				resp("application/json", `{"ticket":{"id":48230,`+c.decoy(`"status":"open","priority":"normal"`)+`}}`)
			c.post("https://www.notion.so/api/v3/loadCachedPageChunk", "application/json", `{"page":{"id":"`+page+`"},"limit":30,"cursor":{"stack":[]},"verticalColumns":false}`).
				rh("Cookie", "notion_browser_id="+c.uuid()+"; token_v2="+c.secret("token_v2 cookie", t2)+"; notion_user_id="+c.uuid(), "notion-client-version", c.decoy("23.13.0.1204"))
		}},
		{cat, "zoom-pwd-in-outlook-body-ics-and-join-url", func(c *gcase) {
			mn := "8" + c.digits(10)
			pwd := c.u18Zpwd()
			join := "https://acme.zoom.us/j/" + mn + "?pwd=" + pwd
			html := `<div>Join Zoom Meeting<br><a href="` + join + `">` + join + `</a><br><br>` + c.decoy("Meeting ID: "+mn[:3]+" "+mn[3:7]+" "+mn[7:]) + `</div>`
			c.post("https://outlook.office.com/owa/service.svc?action=GetItem&app=Calendar&n=33", "application/json; charset=utf-8", `{"__type":"GetItemJsonRequest:#Exchange","Body":{"ItemShape":{"BaseShape":"IdOnly"}}}`).
				resp("application/json; charset=utf-8", `{"Body":{"ResponseMessages":{"Items":[{"ResponseClass":"Success","Items":[{"__type":"CalendarItem:#Exchange","Subject":"Lab safety briefing","Body":{"BodyType":"HTML","Value":`+gJS(html)+`}}]}]}}}`)
			c.secret("pwd in an Outlook web item body (HTML in JSON)", pwd)
			c.get("https://outlook.office.com/owa/service.svc/s/GetFileAttachment?id="+c.b64u(90)+"&"+c.decoy("X-OWA-CANARY-Scope=attachment")).
				resp("text/calendar", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Lab safety briefing\r\nDESCRIPTION:Join Zoom Meeting\\n\r\n "+join+"\\n\r\nUID:"+c.decoy("zoom-"+mn+"-20261203")+"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
			c.secret("pwd in an .ics attachment DESCRIPTION", pwd)
			c.get(join).code(302).sh("Location", "https://acme.zoom.us/wc/"+mn+"/join?pwd="+c.secret("pwd in the join URL and its redirect", pwd))
		}},
		{cat, "canvas-token-created-then-bearer-then-discussion-text", func(c *gcase) {
			tok := "7~" + c.alnum(64)
			c.post("https://acme.instructure.com/api/v1/users/self/tokens", "application/json", `{"token":{"purpose":"grade export script","expires_at":"2027-01-31"}}`).
				rh("X-CSRF-Token", c.secret("X-CSRF-Token header", c.b64s(64))).
				resp("application/json", `{"id":41234,"purpose":"grade export script","created_at":"2026-11-22T10:15:03Z","expires_at":"2027-01-31T23:59:59Z","token":"`+c.secret("token in the token-creation response", tok)+`","user_id":10000004412,`+c.decoy(`"workflow_state":"active"`)+`}`)
			c.get("https://acme.instructure.com/api/v1/courses/4821/gradebook_history/feed?"+c.decoy("per_page=100")).rh("Authorization", "Bearer "+c.secret("Authorization bearer", tok)).resp("application/json", `[]`)
			msg := `<p>If the export breaks, run <code>python export_grades.py --course 4821 ` + c.secret("token as a bare argument in a discussion post", tok) + `</code> from the lab PC.</p>`
			c.post("https://acme.instructure.com/api/v1/courses/4821/discussion_topics/77190/entries", "application/json", `{"message":`+gJS(msg)+`}`).
				resp("application/json", `{"id":`+c.digits(6)+`,"user_id":10000004412,"message":`+gJS(msg)+`,"created_at":"2026-11-22T10:16:44Z"}`)
		}},
		{cat, "trello-token-query-then-tokens-path", func(c *gcase) {
			key := c.hexs(32)
			tok := "ATTA" + c.hexs(64) + strings.ToUpper(c.hexs(8))
			c.get("https://api.trello.com/1/members/me/boards?key="+key+"&token="+c.secret("token query parameter", tok)+"&"+c.decoy("fields=name,url,shortLink")).
				resp("application/json", `[{"name":"IT onboarding","id":"`+c.hexs(24)+`","url":"https://trello.com/b/`+c.decoy("Xq7Kd2Lm")+`/it-onboarding","shortLink":"Xq7Kd2Lm"}]`)
			idm := c.decoy(c.hexs(24))
			c.post("https://api.trello.com/1/tokens/"+c.secret("token as a path segment of /1/tokens/{token}/webhooks", tok)+"/webhooks?key="+key, "application/json", `{"description":"Sync to SIS","callbackURL":"`+c.decoy("https://hooks.acme-school.example/trello")+`","idModel":"`+idm+`"}`).
				resp("application/json", `{"id":"`+c.hexs(24)+`","description":"Sync to SIS","idModel":"`+idm+`","callbackURL":"https://hooks.acme-school.example/trello","active":true,`+c.decoy(`"consecutiveFailures":0`)+`,"firstConsecutiveFailDate":null}`)
		}},
		{cat, "servicenow-g-ck-script-then-header-then-xmlhttp", func(c *gcase) {
			gck := c.hexs(64)
			uid := c.decoy(c.hexs(32))
			c.get("https://acmegov.service-now.com/now/nav/ui/classic/params/target/incident_list.do").resp("text/html;charset=UTF-8", `<script>var g_ck = '`+c.secret("var g_ck in an inline script", gck)+`';window.NOW = window.NOW || {};NOW.user_id = '`+uid+`';NOW.isUsingPolaris = true;`+c.decoy(`NOW.batch_glide_ajax_requests = false;`)+`</script>`)
			c.get("https://acmegov.service-now.com/api/now/ui/user/current_user?"+c.decoy("sysparm_include_locale=true")).rh("X-UserToken", c.secret("X-UserToken header", gck)).
				resp("application/json", `{"result":{"user_sys_id":"`+uid+`",`+c.decoy(`"user_date_format":"yyyy-MM-dd"`)+`}}`)
			c.post("https://acmegov.service-now.com/xmlhttp.do", "application/x-www-form-urlencoded", c.decoy("sysparm_processor=AJAXGlideRecord")+"&sysparm_scope=global&sysparm_want_session_messages=true&sysparm_name=query&sysparm_type=get&sysparm_chars=*&ni.nolog.x_referer=ignore&x_referer=incident_list.do&sysparm_ck="+c.secret("sysparm_ck in an xmlhttp.do form", gck)).
				rh("X-UserToken", gck).resp("text/xml", `<?xml version="1.0" encoding="UTF-8"?><xml sysparm_max="15" sysparm_processor="AJAXGlideRecord" sysparm_name="query"/>`)
		}},
		{cat, "matrix-login-then-sync-header-then-media-query", func(c *gcase) {
			tok := c.u18Matrix("r.haddad")
			c.post("https://matrix.acme-uni.example/_matrix/client/v3/login", "application/json", `{"type":"m.login.password","identifier":{"type":"m.id.user","user":"r.haddad"},"password":"`+c.secret("m.login.password password", c.u18Pw())+`",`+c.decoy(`"initial_device_display_name":"app.element.io: Firefox on Linux"`)+`}`).
				resp("application/json", `{"user_id":"@r.haddad:acme-uni.example","access_token":"`+c.secret("login response access_token", tok)+`","home_server":"acme-uni.example","device_id":"`+c.decoy(c.pick(gUpper, 10))+`","well_known":{"m.homeserver":{"base_url":"https://matrix.acme-uni.example/"}}}`)
			c.get("https://matrix.acme-uni.example/_matrix/client/v3/sync?filter=0&timeout=30000&"+c.decoy("since=s72594_4483_1934_88_1217_12_5_2211_0_1")).rh("Authorization", "Bearer "+c.secret("Authorization bearer of /sync", tok)).
				resp("application/json", `{"next_batch":"s72595_4483_1934_88_1217_12_5_2211_0_1","rooms":{"join":{}}}`)
			c.get("https://matrix.acme-uni.example/_matrix/media/v3/thumbnail/acme-uni.example/"+c.pick(gAlnum, 24)+"?width=96&height=96&method=crop&allow_redirect=true&access_token="+c.secret("access_token query parameter of a thumbnail URL", tok)).resp("image/jpeg", "")
		}},
		{cat, "moodle-wstoken-json-then-form-then-pluginfile-query", func(c *gcase) {
			wst := c.hexs(32)
			c.post("https://moodle.acme-uni.example/login/token.php?service=moodle_mobile_app", "application/x-www-form-urlencoded", "username=a.lindgren&password="+url.QueryEscape(c.secret("token.php password", c.u18Pw()))).
				resp("application/json", `{"token":"`+c.secret("token.php token", wst)+`","privatetoken":null}`)
			c.post("https://moodle.acme-uni.example/webservice/rest/server.php?moodlewsrestformat=json", "application/x-www-form-urlencoded", c.decoy("wsfunction=mod_resource_get_resources_by_courses")+"&courseids%5B0%5D=4821&wstoken="+c.secret("wstoken form field", wst)).
				resp("application/json", `{"resources":[{"id":412,"coursemodule":5821,"name":"Lab handbook","contentfiles":[{"filename":"handbook.pdf","fileurl":"https:\/\/moodle.acme-uni.example\/webservice\/pluginfile.php\/5821\/mod_resource\/content\/3\/handbook.pdf",`+c.decoy(`"filesize":2482113`)+`,"mimetype":"application\/pdf"}]}],"warnings":[]}`)
			c.get("https://moodle.acme-uni.example/webservice/pluginfile.php/5821/mod_resource/content/3/handbook.pdf?"+c.decoy("forcedownload=1")+"&token="+c.secret("token query parameter of a pluginfile URL", wst)).resp("application/pdf", "")
		}},
		{cat, "discord-token-login-then-header-then-gateway", func(c *gcase) {
			uid := c.u18NonLuhn(18)
			tok := c.u18Discord(uid)
			c.post("https://discord.com/api/v9/auth/login", "application/json", `{"login":"m.farouk@proton.example","password":"`+c.secret("login password", c.u18Pw())+`","undelete":false}`).
				resp("application/json", `{"user_id":"`+uid+`","token":"`+c.secret("token in the login response", tok)+`",`+c.decoy(`"user_settings":{"locale":"en-GB","theme":"dark"}`)+`}`)
			c.get("https://discord.com/api/v9/users/@me/guilds?"+c.decoy("with_counts=true")).rh("Authorization", c.secret("raw Authorization header", tok)).resp("application/json", `[{"id":"`+c.decoy(c.u18NonLuhn(19))+`","name":"CS 2110 study group","approximate_member_count":212}]`)
			e := c.get("wss://gateway.discord.gg/?encoding=json&v=9").code(101)
			e.wsMsg("send", 1, `{"op":2,"d":{"token":"`+c.secret("IDENTIFY over the gateway websocket", tok)+`","capabilities":30717,"properties":{"os":"Windows","browser":"Firefox","release_channel":"stable","client_build_number":349214},"compress":false}}`)
			e.wsMsg("send", 1, `{"op":6,"d":{"token":"`+tok+`","session_id":"`+c.hexs(32)+`","seq":1412}}`)
		}},
		{cat, "intercom-user-hash-in-settings-script-then-ping-form", func(c *gcase) {
			uh := c.hexs(64)
			c.get("https://portal.acme-uni.example/help").resp("text/html; charset=utf-8", `<script>window.intercomSettings = { api_base: "https://api-iam.intercom.io", `+c.decoy(`app_id: "x7k2m9qp"`)+`, user_id: "48213", user_hash: "`+c.secret("user_hash in window.intercomSettings (JS object literal)", uh)+`", hide_default_launcher: false };</script><script async src="`+c.decoy("https://widget.intercom.io/widget/x7k2m9qp")+`"></script>`)
			c.post("https://api-iam.intercom.io/messenger/web/ping", "application/x-www-form-urlencoded", "app_id=x7k2m9qp&v=3&g="+c.hexs(40)+"&s="+c.uuid()+"&r=&platform=web&installation_type=js-snippet&"+c.decoy("is_intersection_booted=false")+"&page_title=Help+%7C+Acme+University&user_active_company_id=undefined&user_data="+
				url.QueryEscape(`{"user_id":"48213","user_hash":"`+c.secret("user_hash inside the percent-encoded user_data JSON of the ping form", uh)+`"}`)+"&source=apiBoot&sampling=false&referer="+url.QueryEscape("https://portal.acme-uni.example/help")+"&device_identifier="+c.uuid()).
				resp("application/json", `{"type":"messenger_settings","app":{"name":"Acme University",`+c.decoy(`"color":"#0a5cd6"`)+`,"inbound_conversations_disabled":false}}`)
		}},
	}
}

// 7. GraphQL.
func u18GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "linear-webhook-create-variables-and-secret-response", func(c *gcase) {
			c.post("https://api.linear.app/graphql", "application/json", `{"operationName":"WebhookCreate","variables":{"input":{"url":"https://hooks.acme-uni.example/linear","teamId":"`+c.decoy(c.uuid())+`",`+c.decoy(`"resourceTypes":["Issue","Comment"]`)+`,"label":"SIS sync"}},"query":"mutation WebhookCreate($input: WebhookCreateInput!) { webhookCreate(input: $input) { success webhook { id enabled secret } } }"}`).
				rh("Authorization", c.secret("Authorization header (lin_api_ key, no scheme)", "lin_api_"+c.alnum(40))).
				resp("application/json", `{"data":{"webhookCreate":{"success":true,"webhook":{"id":"`+c.decoy(c.uuid())+`","enabled":true,"secret":"`+c.secret("webhook.secret in the mutation result", "lin_wh_"+c.b64u(32))+`"}}}}`)
		}},
		{cat, "monday-literal-change-simple-column-value", func(c *gcase) {
			c.post("https://api.monday.com/v2", "application/json", `{"query":"mutation { change_simple_column_value (board_id: 1782340011, item_id: 1782341123, column_id: \"vpn_password\", value: \"`+c.secret("value: literal of change_simple_column_value on column vpn_password", c.u18Pw())+`\") { id } }"}`).
				rh("Authorization", c.secret("Authorization header (monday JWT)", c.hs256JWT(`{"tid":412345679,"aai":11,"uid":48213772,"iad":"2026-10-01T08:00:00.000Z","per":"me:write","actid":18822311,"rgn":"euc1"}`)), "API-Version", c.decoy("2024-10")).
				resp("application/json", `{"data":{"change_simple_column_value":{"id":"1782341123"}},`+c.decoy(`"account_id":18822311`)+`}`)
		}},
		{cat, "benefits-portal-apollo-batched-mutations", func(c *gcase) {
			acct := c.digits(12)
			pin := c.digits(8)
			c.post("https://claims.labor.acme-state.example/graphql", "application/json", `[{"operationName":"Viewer","variables":{},"query":"query Viewer { viewer { id claimStatus } }"},`+
				`{"operationName":"UpdateDirectDeposit","variables":{"input":{`+c.decoy(`"routingNumber":"021000021"`)+`,"accountNumber":"`+c.secret("variables.input.accountNumber (batched op 2)", acct)+`","confirmAccountNumber":"`+acct+`","accountType":"CHECKING"}},"query":"mutation UpdateDirectDeposit($input: DirectDepositInput!) { updateDirectDeposit(input: $input) { ok maskedAccount } }"},`+
				`{"operationName":"SetClaimPin","variables":{"pin":"`+c.secret("variables.pin (batched op 3)", pin)+`","pinConfirm":"`+pin+`"},"query":"mutation SetClaimPin($pin: String!, $pinConfirm: String!) { setClaimPin(pin: $pin, pinConfirm: $pinConfirm) { ok } }"}]`).
				rh("X-CSRF-Token", c.secret("X-CSRF-Token header", c.b64s(48)), "apollographql-client-name", c.decoy("claimant-web"), "apollographql-client-version", c.decoy("2026.11.4-3c9f2a1")).
				resp("application/json", `[{"data":{"viewer":{"id":"`+c.uuid()+`",`+c.decoy(`"claimStatus":"ACTIVE"`)+`}}},{"data":{"updateDirectDeposit":{"ok":true,"maskedAccount":"`+c.decoy("********"+acct[8:])+`"}}},{"data":{"setClaimPin":{"ok":true}}}]`)
		}},
		{cat, "zammad-login-mutation-csrf-and-session-id", func(c *gcase) {
			c.post("https://support.acme-gov.example/graphql", "application/json", `{"operationName":"login","variables":{"input":{"login":"desk.agent07","password":"`+c.secret("variables.input.password of the login mutation", c.u18Pw())+`",`+c.decoy(`"rememberMe":true`)+`,"twoFactorAuthentication":null}},`+
				`"query":"mutation login($input: LoginInput!) { login(input: $input) { session { id afterAuth { type data } } errors { message field } twoFactorRequired { availableTwoFactorAuthenticationMethods defaultTwoFactorAuthenticationMethod recoveryCodesAvailable } } }"}`).
				rh("X-CSRF-Token", c.secret("X-CSRF-Token header", c.b64s(64)), "X-Browser-Fingerprint", c.decoy(c.hexs(32))).
				sh("Set-Cookie", "_zammad_session_"+c.hexs(10)+"="+c.secret("_zammad_session cookie", c.hexs(32))+"; path=/; secure; HttpOnly; SameSite=Lax").
				resp("application/json", `{"data":{"login":{"session":{"id":"`+c.secret("login.session.id (the new session id)", c.hexs(32))+`","afterAuth":null},"errors":null,"twoFactorRequired":null}}}`)
		}},
		{cat, "zammad-actioncable-graphql-token-and-subscription", func(c *gcase) {
			ident := `{"channel":"GraphqlChannel","channelId":"` + c.pick(gLower+gDigits, 11) + `"}`
			e := c.get("wss://support.acme-gov.example/cable").code(101)
			e.wsMsg("receive", 1, `{"type":"welcome"}`)
			e.wsMsg("send", 1, `{"command":"subscribe","identifier":`+gJS(ident)+`}`)
			e.wsMsg("receive", 1, `{"identifier":`+gJS(ident)+`,`+c.decoy(`"type":"confirm_subscription"`)+`}`)
			q := `{"query":"mutation userCurrentAccessTokenAdd($input: UserAccessTokenInput!) { userCurrentAccessTokenAdd(input: $input) { token { id name preferences } tokenValue errors { message } } }","variables":{"input":{"name":"grafana-export","permission":["ticket.agent"],"expiresAt":"2027-06-30"}},"operationName":"userCurrentAccessTokenAdd","action":"execute"}`
			e.wsMsg("send", 1, `{"command":"message","identifier":`+gJS(ident)+`,"data":`+gJS(q)+`}`)
			e.wsMsg("receive", 1, `{"identifier":`+gJS(ident)+`,"message":{"result":{"data":{"userCurrentAccessTokenAdd":{"token":{"id":"`+c.decoy("gid://zammad/Token/41")+`","name":"grafana-export","preferences":{}},"tokenValue":"`+c.secret("tokenValue in an ActionCable GraphQL result", c.b64u(48))+`","errors":null}}},"more":false}}`)
			e.wsMsg("receive", 1, `{"identifier":`+gJS(ident)+`,"message":{"result":{"data":{"ticketUpdates":{"ticketArticle":{"id":"gid://zammad/Ticket::Article/88213","internal":false,"bodyWithUrls":"Hello, your new SIS password is `+c.secret("password in a ticket article body of a subscription payload", c.u18Pw())+` please change it at first login."}}}},"more":true}}`)
		}},
		{cat, "khan-academy-login-mutation-fkey", func(c *gcase) {
			fk := c.secret("x-ka-fkey header (and fkey cookie)", "1.0_"+c.pick(gLower+gDigits, 30)+"_"+"1732270503412")
			kaid := c.decoy("kaid_" + c.digits(24))
			c.post("https://www.khanacademy.org/api/internal/graphql/loginWithPasswordMutation?lang=en&"+c.decoy("_=241122-1015-3c9f2a1e7b44_1732270503412"), "application/json",
				`{"operationName":"loginWithPasswordMutation","variables":{"identifier":"tutor.lab7","password":"`+c.secret("variables.password", c.u18Pw())+`"},"query":"mutation loginWithPasswordMutation($identifier: String!, $password: String!) {\n  loginWithPassword(identifier: $identifier, password: $password) {\n    user { id kaid transferAuthToken __typename }\n    isFirstLogin\n    error { code __typename }\n    __typename\n  }\n}"}`).
				rh("x-ka-fkey", fk, "Cookie", "fkey="+fk+"; KAAS="+c.secret("KAAS cookie", c.b64u(90))).
				resp("application/json", `{"data":{"loginWithPassword":{"user":{"id":"`+kaid+`","kaid":"`+kaid+`","transferAuthToken":"`+c.secret("user.transferAuthToken in the result", c.hexs(40))+`","__typename":"User"},"isFirstLogin":false,"error":null,"__typename":"LoginWithPasswordMutation"}}}`)
		}},
		{cat, "persisted-get-variables-in-query-string", func(c *gcase) {
			vt := c.secret("variables.token of a persisted query sent by GET", c.b64u(32))
			c.get("https://www.khanacademy.org/api/internal/graphql/verifyEmail?hash=" + c.decoy("1736419302") + "&variables=" + url.QueryEscape(`{"token":"`+vt+`"}`) + "&lang=en")
			h := c.decoy(c.hexs(64))
			c.get("https://classroom-api.acme-schools.example/graphql?operationName=AcceptGuardianInvite&variables="+url.QueryEscape(`{"magicLinkToken":"`+c.secret("variables.magicLinkToken of an APQ GET", c.b64u(32))+`","studentId":"`+c.uuid()+`"}`)+
				"&extensions="+url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"`+h+`"}}`)).
				resp("application/json", `{"data":{"acceptGuardianInvite":{"ok":true,"studentDisplayName":"Student 3"}}}`)
		}},
		{cat, "canvas-graphql-error-echoes-input-value", func(c *gcase) {
			ss := c.secret("variables.input.sharedSecret (echoed in errors[].extensions.value)", c.alnum(32))
			in := `{"courseId":"4821","name":"Lab sim","consumerKey":"acme-lab-sim","sharedSecret":"` + ss + `","url":"https://sim.acme-labs.example/lti"}`
			c.post("https://acme.instructure.com/api/graphql", "application/json", `{"query":"mutation ($input: CreateExternalToolInput!) { createExternalTool(input: $input) { externalTool { _id } errors { message } } }","variables":{"input":`+in+`}}`).
				rh("X-CSRF-Token", c.secret("X-CSRF-Token header", c.b64s(64))).
				resp("application/json", `{"errors":[{"message":"Variable $input of type CreateExternalToolInput! was provided invalid value for sharedSecret (Field is not defined on CreateExternalToolInput)",`+c.decoy(`"locations":[{"line":1,"column":11}]`)+`,"extensions":{"value":`+in+`,"problems":[{"path":["sharedSecret"],`+c.decoy(`"explanation":"Field is not defined on CreateExternalToolInput"`)+`}]}}]}`)
		}},
		{cat, "parent-portal-get-literal-invite-token", func(c *gcase) {
			tk := c.secret("token literal in a GraphQL query sent by GET", c.b64u(24))
			q := `query { guardianInvite(where: { token: { _eq: "` + tk + `" } }) { id studentId expiresAt } }`
			c.get("https://api.acme-schools.example/v1/graphql?query="+url.QueryEscape(q)).rh("X-Hasura-Role", c.decoy("anonymous")).
				resp("application/json", `{"data":{"guardianInvite":[{"id":"`+c.decoy(c.uuid())+`","studentId":"`+c.uuid()+`",`+c.decoy(`"expiresAt":"2026-11-29T10:15:03.412+00:00"`)+`}]}}`)
		}},
		{cat, "linear-apq-hash-with-oauth-client-secret", func(c *gcase) {
			h := c.decoy(c.hexs(64))
			c.post("https://api.linear.app/graphql", "application/json", `{"operationName":"OAuthClientCreate","variables":{"input":{"name":"SIS bridge","redirectUris":["https://sis.acme-uni.example/linear/callback"],"developer":"Acme Uni IT","developerUrl":"https://it.acme-uni.example"}},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"`+h+`"}}}`).
				rh("Authorization", "Bearer "+c.secret("Authorization bearer (lin_oauth_ token)", "lin_oauth_"+c.hexs(64))).
				resp("application/json", `{"data":{"oauthClientCreate":{"success":true,"oauthClient":{"id":"`+c.uuid()+`",`+c.decoy(`"clientId":"`+c.hexs(32)+`"`)+`,"clientSecret":"`+c.secret("oauthClient.clientSecret in the result", c.hexs(32))+`","name":"SIS bridge"}}}}`)
		}},
	}
}

// 8. Vendor credential formats, with their public identifiers as decoys.
func u18Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "slack-oauth-v2-access-bot-user-and-webhook", func(c *gcase) {
			c.post("https://slack.com/api/oauth.v2.access", "application/x-www-form-urlencoded", "client_id="+c.decoy("4461234567.7812345678901")+"&client_secret="+c.secret("client_secret", c.hexs(32))+"&code="+c.secret("code", c.digits(10)+"."+c.digits(13)+"."+c.hexs(64))+"&"+
				c.decoy("redirect_uri="+url.QueryEscape("https://acmegov.zendesk.com/zendesk/channels/slack/callback"))).
				resp("application/json; charset=utf-8", `{"ok":true,`+c.decoy(`"app_id":"A07KX2M3N4P"`)+`,"authed_user":{"id":"U05LQ2N8HJK","scope":"chat:write","access_token":"`+c.secret("authed_user.access_token (xoxp)", "xoxp-"+c.digits(10)+"-"+c.digits(13)+"-"+c.digits(13)+"-"+c.hexs(32))+`","token_type":"user"},`+
					c.decoy(`"scope":"commands,chat:write,incoming-webhook"`)+`,"token_type":"bot","access_token":"`+c.secret("access_token (xoxb)", "xoxb-"+c.digits(10)+"-"+c.digits(13)+"-"+c.alnum(24))+`","bot_user_id":"U07M3N4P5Q6","team":{"id":"T04AB12CD3E","name":"Acme Gov"},"enterprise":null,"is_enterprise_install":false,`+
					`"incoming_webhook":{"channel":"#help-desk","channel_id":"C07QK4M2X9R",`+c.decoy(`"configuration_url":"https://acme-gov.slack.com/services/B07R8S9T0UV"`)+`,"url":"https://hooks.slack.com/services/T04AB12CD3E/B07R8S9T0UV/`+c.secret("incoming_webhook.url secret segment", c.alnum(24))+`"}}`)
		}},
		{cat, "discord-bot-token-reset-with-mfa-header", func(c *gcase) {
			app := c.decoy(c.u18NonLuhn(19))
			c.post("https://discord.com/api/v9/applications/"+app+"/bot/reset", "", "").
				rh("Authorization", c.secret("raw Authorization header (user token)", c.u18Discord(c.u18NonLuhn(18))), "X-Discord-MFA-Authorization", c.secret("X-Discord-MFA-Authorization header", c.hs256JWT(`{"ticket":"`+c.hexs(16)+`","type":"mfa","iat":1732270503,"exp":1732270803}`)), "X-Discord-Timezone", c.decoy("Europe/Berlin")).
				resp("application/json", `{"token":"`+c.secret("bot token in the reset response", c.u18Discord(app))+`"}`)
			c.get("https://discord.com/api/v9/applications/"+app).resp("application/json", `{"id":"`+app+`","name":"Course helper",`+c.decoy(`"bot_public":false,"bot_require_code_grant":false`)+`,"flags":8953856}`)
		}},
		{cat, "atlassian-cloud-api-token-and-dc-pat", func(c *gcase) {
			c.get("https://acme-uni.atlassian.net/_edge/tenant_info").resp("application/json", `{"cloudId":"`+c.decoy(c.uuid())+`"}`)
			c.get("https://acme-uni.atlassian.net/rest/api/3/myself").rh("Authorization", "Basic "+gB64("it-automation@acme-uni.example:"+c.secret("Atlassian API token (ATATT3) inside Basic auth", c.u18ATATT()))).
				resp("application/json", `{"accountId":"`+c.decoy("712020:"+c.uuid())+`","accountType":"atlassian","active":true,`+c.decoy(`"timeZone":"Europe/London"`)+`}`)
			pat := gB64(c.digits(12) + ":" + string(c.rbytes(20)))
			c.get("https://jira.acme-gov.example/rest/api/2/issue/HD-4821?"+c.decoy("fields=summary,status")).rh("Authorization", "Bearer "+c.secret("Jira Data Center personal access token", pat)).
				resp("application/json", `{"id":"`+c.digits(6)+`","key":"HD-4821","fields":{"summary":"Badge printer offline",`+c.decoy(`"status":{"name":"In Progress","id":"3"}`)+`}}`).sh("X-AREQUESTID", c.decoy("615x2284913x1"))
		}},
		{cat, "notion-ntn-integration-and-oauth-secret", func(c *gcase) {
			c.get("https://api.notion.com/v1/users/me").rh("Authorization", "Bearer "+c.secret("Notion internal integration secret (ntn_)", "ntn_"+c.digits(11)+c.pick(gAlnum, 35)), "Notion-Version", c.decoy("2022-06-28")).
				resp("application/json", `{"object":"user","id":"`+c.decoy(c.uuid())+`","name":"SIS sync","type":"bot","bot":{"owner":{"type":"workspace","workspace":true},`+c.decoy(`"workspace_name":"Acme Uni IT"`)+`},"request_id":"`+c.decoy(c.uuid())+`"}`)
			cid := c.uuid()
			c.post("https://api.notion.com/v1/oauth/token", "application/json", `{"grant_type":"authorization_code","code":"`+c.secret("OAuth code", c.uuid())+`",`+c.decoy(`"redirect_uri":"https://portal.acme-uni.example/notion/callback"`)+`}`).
				rh("Authorization", "Basic "+gB64(cid+":"+c.secret("OAuth client secret (secret_) inside Basic auth", "secret_"+c.pick(gAlnum, 43))), "Notion-Version", "2022-06-28").
				resp("application/json", `{"access_token":"`+c.secret("access_token (ntn_)", "ntn_"+c.digits(11)+c.pick(gAlnum, 35))+`","token_type":"bearer","bot_id":"`+c.uuid()+`","workspace_name":"Acme Uni IT","workspace_id":"`+c.uuid()+`"}`)
		}},
		{cat, "figma-pat-file-key-and-webhook-passcode", func(c *gcase) {
			fk := c.decoy(c.pick(gAlnum, 22))
			pat := c.secret("X-Figma-Token header (figd_ personal access token)", "figd_"+c.pick(gB64uAlpha, 40))
			c.get("https://api.figma.com/v1/files/"+fk+"?depth=1").rh("X-Figma-Token", pat).
				resp("application/json", `{"name":"Student portal redesign","lastModified":"2026-11-21T16:02:11Z","thumbnailUrl":"https://s3-alpha.figma.com/thumbnails/`+c.decoy(c.uuid())+`","version":"`+c.decoy(c.u18NonLuhn(19))+`","role":"editor","editorType":"figma",`+c.decoy(`"linkAccess":"org_view"`)+`}`)
			c.post("https://api.figma.com/v2/webhooks", "application/json", `{"event_type":"FILE_VERSION_UPDATE",`+c.decoy(`"team_id":"1187412293849211"`)+`,"endpoint":"https://hooks.acme-uni.example/figma","passcode":"`+c.secret("webhook passcode", c.alnum(24))+`","description":"design review feed"}`).rh("X-Figma-Token", pat)
		}},
		{cat, "trello-atta-token-and-avatar-hash", func(c *gcase) {
			c.get("https://api.trello.com/1/members/me?key="+c.hexs(32)+"&token="+c.secret("token query parameter (ATTA)", "ATTA"+c.hexs(64)+strings.ToUpper(c.hexs(8)))+"&"+c.decoy("fields=idBoards,avatarHash,url")).
				resp("application/json", `{"id":"`+c.hexs(24)+`",`+c.decoy(`"avatarHash":"`+c.hexs(32)+`"`)+`,"idBoards":["`+c.decoy(c.hexs(24))+`","`+c.decoy(c.hexs(24))+`"],"url":"https://trello.com/u/itdesk42"}`)
		}},
		{cat, "asana-pat-and-gids", func(c *gcase) {
			ws := c.decoy(c.u18NonLuhn(16))
			c.get("https://app.asana.com/api/1.0/workspaces/"+ws+"/tasks/search?text=SIS&"+c.decoy("opt_fields=name,completed,permalink_url")).rh("Authorization", "Bearer "+c.secret("Asana personal access token", "2/"+c.digits(16)+"/"+c.digits(16)+":"+c.hexs(32))).
				resp("application/json", `{"data":[{"gid":"`+c.decoy(c.u18NonLuhn(16))+`","resource_type":"task","name":"Rotate SIS integration creds","completed":false,"permalink_url":"https://app.asana.com/0/`+c.decoy(c.u18NonLuhn(16))+`/`+c.u18NonLuhn(16)+`"}]}`)
		}},
		{cat, "airtable-pat-and-base-table-view-ids", func(c *gcase) {
			base, tbl, view := c.decoy("app"+c.alnum(14)), c.decoy("tbl"+c.alnum(14)), c.decoy("viw"+c.alnum(14))
			c.get("https://api.airtable.com/v0/"+base+"/"+tbl+"?maxRecords=3&view="+view).rh("Authorization", "Bearer "+c.secret("Airtable personal access token", "pat"+c.alnum(14)+"."+c.hexs(64))).
				resp("application/json", `{"records":[{"id":"`+c.decoy("rec"+c.alnum(14))+`","createdTime":"2026-11-20T09:12:44.000Z","fields":{`+c.decoy(`"Room":"B-214","Capacity":32`)+`,"Projector":true}}],"offset":null}`)
		}},
		{cat, "clickup-pk-token-and-team-id", func(c *gcase) {
			c.get("https://api.clickup.com/api/v2/team").rh("Authorization", c.secret("ClickUp personal token (pk_)", "pk_"+c.digits(8)+"_"+c.pick(gUpper+gDigits, 32))).
				resp("application/json", `{"teams":[{"id":"`+c.decoy("9012345679")+`","name":"Acme Uni IT",`+c.decoy(`"color":"#7b68ee"`)+`,"avatar":null,"members":[]}]}`)
			c.post("https://api.clickup.com/api/v2/team/9012345679/webhook", "application/json", `{"endpoint":"https://hooks.acme-uni.example/clickup","events":["taskStatusUpdated"]}`).rh("Authorization", "pk_"+c.digits(8)+"_"+c.pick(gUpper+gDigits, 32)).
				resp("application/json", `{"id":"`+c.decoy(c.uuid())+`","webhook":{"id":"`+c.uuid()+`","endpoint":"https://hooks.acme-uni.example/clickup","secret":"`+c.secret("webhook.secret", c.pick(gUpper+gDigits, 64))+`"}}`)
		}},
		{cat, "zoom-server-to-server-oauth-and-access-token", func(c *gcase) {
			acc := c.decoy(c.pick(gB64uAlpha, 22))
			tok := c.secret("access_token (Zoom HS512 JWT)", gB64u(`{"sv":"00000`+c.digits(1)+`","alg":"HS512","v":"2.0","kid":"`+c.uuid()+`"}`)+"."+gB64u(`{"aud":"https://oauth.zoom.us","uid":"`+c.b64u(16)+`","ver":10,"auid":"`+c.hexs(64)+`","nbf":1732270503,"code":"`+c.b64u(24)+`","iss":"zm:cid:`+c.b64u(16)+`","gno":0,"exp":1732274103,"type":3,"iat":1732270503,"aid":"`+acc+`"}`)+"."+c.b64u(64))
			c.post("https://zoom.us/oauth/token?grant_type=account_credentials&account_id="+acc, "", "").rh("Authorization", "Basic "+gB64(c.pick(gAlnum, 22)+":"+c.secret("client secret inside Basic auth", c.alnum(32)))).
				resp("application/json", `{"access_token":"`+tok+`","token_type":"bearer",`+c.decoy(`"expires_in":3599`)+`,"scope":"meeting:read:admin user:read:admin",`+c.decoy(`"api_url":"https://api.zoom.us"`)+`}`)
		}},
		{cat, "intercom-tok-base64-token-and-app-id-code", func(c *gcase) {
			c.get("https://api.intercom.io/me").rh("Authorization", "Bearer "+c.secret("Intercom access token (base64 of tok:...)", gB64("tok:"+strings.ReplaceAll(c.uuid(), "-", "_")+":1:0")), "Intercom-Version", c.decoy("2.11")).
				resp("application/json", `{"type":"admin","id":"7123456","app":{"type":"app",`+c.decoy(`"id_code":"x7k2m9qp"`)+`,"name":"Acme Uni Helpdesk","created_at":1592000000,"secure":true,"identity_verification":true,"timezone":"Europe/London",`+c.decoy(`"region":"EU"`)+`}}`)
		}},
		{cat, "webex-bot-token-and-integration-refresh", func(c *gcase) {
			org := c.uuid()
			c.get("https://webexapis.com/v1/people/me").rh("Authorization", "Bearer "+c.secret("Webex bot access token (<64>_PF84_<org uuid>)", c.alnum(64)+"_PF84_"+org)).
				resp("application/json", `{"id":"`+c.decoy(gB64("ciscospark://us/PEOPLE/"+c.uuid()))+`","type":"bot","created":"2026-06-02T09:11:00.000Z","orgId":"`+gB64("ciscospark://us/ORGANIZATION/"+org)+`"}`).sh("trackingid", c.decoy("ROUTER_674"+strings.ToUpper(c.hexs(4))+"-"+strings.ToUpper(c.hexs(4))))
			c.post("https://webexapis.com/v1/access_token", "application/x-www-form-urlencoded", "grant_type=refresh_token&client_id="+c.decoy("C"+c.hexs(64))+"&client_secret="+c.secret("integration client_secret", c.hexs(64))+"&refresh_token="+c.secret("refresh_token", c.alnum(64)+"_PF84_"+org)).
				resp("application/json", `{"access_token":"`+c.secret("refreshed access_token", c.alnum(64)+"_PF84_"+org)+`",`+c.decoy(`"expires_in":1209599`)+`,"refresh_token_expires_in":7775999,"token_type":"Bearer"}`)
		}},
		{cat, "mattermost-personal-access-token-beside-ids", func(c *gcase) {
			uid := c.decoy(c.u18MM())
			c.post("https://chat.acme-uni.example/api/v4/users/"+uid+"/tokens", "application/json", `{"description":"grafana alerts"}`).
				resp("application/json", `{"id":"`+c.decoy(c.u18MM())+`","token":"`+c.secret("personal access token", c.u18MM())+`","user_id":"`+uid+`",`+c.decoy(`"description":"grafana alerts"`)+`,"is_active":true}`)
		}},
	}
}

// 9. Payment cards and other secrets of the money flow, with non-card numbers as decoys.
func u18Cards() []gdef {
	const cat = "9.cards"
	return []gdef{
		{cat, "jotform-authnet-credit-card-fields", func(c *gcase) {
			fid := c.decoy(c.u18NonLuhn(15))
			c.post("https://submit.jotform.com/submit/"+fid+"/", "application/x-www-form-urlencoded",
				"formID="+fid+"&q3_name%5Bfirst%5D=Ines&q3_name%5Blast%5D=Carvalho&q7_creditCard%5Bcc_firstName%5D=Ines&q7_creditCard%5Bcc_lastName%5D=Carvalho&q7_creditCard%5Bcc_number%5D="+c.secret("q7_creditCard[cc_number]", c.card("4147", 16))+
					"&q7_creditCard%5Bcc_ccv%5D=412&q7_creditCard%5Bcc_exp_month%5D=09&q7_creditCard%5Bcc_exp_year%5D=2029&q7_creditCard%5Baddr_line1%5D=12+Quay+Street&q7_creditCard%5Bpostal%5D=D02+X285&"+c.decoy("q9_amount=85.00")+
					"&simple_spc="+fid+"-"+fid+"&"+c.decoy("submitSource=form")+"&event_id=1732270503412_"+fid+"_"+c.alnum(7)).code(303).sh("Location", c.decoy("https://submit.jotform.com/submit/"+fid+"/?thankyou=1"))
		}},
		{cat, "govuk-pay-card-details-form", func(c *gcase) {
			ch := c.decoy(c.pick(gLower+gDigits, 26))
			card := gGroup4(c.card("53", 16), " ")
			c.post("https://card.payments.service.gov.uk/card_details/"+ch, "application/x-www-form-urlencoded",
				"chargeId="+ch+"&csrfToken="+c.secret("csrfToken form field", c.b64u(8)+"-"+c.b64u(27))+"&cardNo="+strings.ReplaceAll(c.secret("cardNo (spaced, form-encoded)", card), " ", "+")+"&expiryMonth=11&expiryYear=28&cardholderName=Rhys+Pemberton&cvc=738&"+
					c.decoy("addressCountry=GB")+"&addressLine1=4+Harbour+Row&addressCity=Swansea&addressPostcode=SA1+1AA&email=r.pemberton%40mail.example").code(303).
				sh("Location", c.decoy("https://card.payments.service.gov.uk/card_details/"+ch+"/confirm"))
		}},
		{cat, "zuora-hosted-page-submit", func(c *gcase) {
			pid := c.decoy(c.hexs(32))
			c.post("https://www.zuora.com/apps/PublicHostedPageLite.do", "application/x-www-form-urlencoded",
				"method=submitPage&id="+pid+"&"+c.decoy("tenantId=10048213")+"&token="+c.secret("token form field of the hosted page", c.alnum(32))+"&signature="+url.QueryEscape(c.secret("signature form field", c.b64s(256)))+"&field_accountId=8ad0887e9"+c.hexs(23)+
					"&"+c.decoy("field_creditCardType=Visa")+"&field_creditCardNumber="+c.secret("field_creditCardNumber", c.card("4", 16))+"&field_creditCardExpirationMonth=09&field_creditCardExpirationYear=2029&field_cardSecurityCode=123&field_creditCardHolderName=Sun+Li+Wen&field_creditCardCountry=SGP").
				resp("text/html", `<script>parent.callback(`+c.decoy(`"success=true&refId=8ad09be48f2c1e05018f3a0c4d2a7f19"`)+`);</script>`)
		}},
		{cat, "recurly-js-token-amex", func(c *gcase) {
			c.post("https://api.recurly.com/js/v1/token", "application/x-www-form-urlencoded", "first_name=Tomas&last_name=Eriksen&number="+c.secret("number (Amex)", c.card("37", 15))+"&month=04&year=2030&cvv=4821&"+c.decoy("version=4.29.3")+"&key=ewr1-"+c.alnum(22)+"&deviceId="+c.alnum(16)+"&instanceId="+c.alnum(16)).
				resp("application/json", `{"type":"credit_card","id":"`+c.b64u(16)+`"}`)
		}},
		{cat, "flywire-tuition-card-json", func(c *gcase) {
			c.post("https://payment.flywire.com/v3/payments/"+c.decoy("ACU"+c.u18NonLuhn(10))+"/card", "application/json",
				`{"card":{"number":"`+c.secret("card.number (Discover)", c.card("6011", 16))+`","expiry_month":"09","expiry_year":"2029","cvv":"737","holder_name":"Anjali Deshpande"},"billing_address":{"country":"IN"},`+c.decoy(`"amount":{"value":1250000,"currency":"USD"}`)+`,`+c.decoy(`"payer_reference":"ACU-2026-T1-48213"`)+`}`).
				resp("application/json", `{"status":"guaranteed",`+c.decoy(`"payment_id":"ACU`+c.u18NonLuhn(10)+`"`)+`}`)
		}},
		{cat, "intercom-transcript-card-pasted", func(c *gcase) {
			card := gGroup4(c.card("4539", 16), " ")
			order := c.decoy(c.u18NonLuhn(16))
			c.get("https://api.intercom.io/conversations/"+c.decoy(c.u18NonLuhn(15))).rh("Authorization", "Bearer "+c.secret("Intercom access token", gB64("tok:"+strings.ReplaceAll(c.uuid(), "-", "_")+":1:0"))).
				resp("application/json", `{"type":"conversation","conversation_parts":{"conversation_parts":[{"part_type":"comment","body":"the tuition payment for order `+order+` failed twice, card is `+c.secret("card number pasted in a chat message (spaced)", card)+` exp 09/28, can you retry?"},{"part_type":"comment","body":"Please never send card numbers here. Reference for your case: `+c.decoy("CASE-2026-"+c.u18NonLuhn(8))+`"}]}}`)
		}},
		{cat, "sepa-iban-city-dog-tax-mandate", func(c *gcase) {
			c.post("https://buergerservice.musterstadt.example/api/hundesteuer/mandat", "application/json",
				`{"mandate":{"iban":"`+c.secret("mandate.iban", c.u18IBANDE())+`",`+c.decoy(`"bic":"COBADEFFXXX"`)+`,"accountHolder":"Greta Vollmer",`+c.decoy(`"mandateReference":"HUNDST-2026-004821"`)+`,"signedAt":"2026-11-22",`+c.decoy(`"creditorId":"DE98ZZZ09999999999"`)+`}}`).
				rh("X-XSRF-TOKEN", c.secret("X-XSRF-TOKEN header", c.uuid())).resp("application/json", `{"status":"ACCEPTED",`+c.decoy(`"aktenzeichen":"32.1-4821/26"`)+`}`)
		}},
		{cat, "zendesk-subscription-masked-card-and-update-link", func(c *gcase) {
			c.get("https://acmegov.zendesk.com/api/v2/account/subscription.json").resp("application/json", `{"subscription":{"plan_type":"suite_professional",`+c.decoy(`"max_agents":25`)+`,"billing_cycle":"annually","payment_method":{"type":"credit_card",`+c.decoy(`"brand":"Visa","last4":"4242","exp_month":9,"exp_year":2028`)+`,`+
				c.decoy(`"bin":"424242"`)+`,"fingerprint":"`+c.decoy(c.alnum(16))+`"},"invoice_number":"`+c.decoy(c.u18NonLuhn(16))+`","update_payment_url":"https://billing.zendesk.com/update_payment/`+c.secret("update_payment link capability segment", c.alnum(32))+`"}}`)
		}},
		{cat, "cvent-registration-payment-amex", func(c *gcase) {
			ev := c.decoy(c.uuid())
			c.post("https://web.cvent.com/event/"+ev+"/regProcessStep/payment", "application/json", `{"paymentInfo":{"creditCard":{"number":"`+c.secret("paymentInfo.creditCard.number (Amex)", c.card("34", 15))+`","expirationDate":"0430","securityCode":"4821","nameOnCard":"Dmitri Volkonsky"},`+c.decoy(`"paymentType":"CREDIT_CARD"`)+`,`+c.decoy(`"amount":495.00`)+`},"registrationTypeId":"`+c.decoy(c.uuid())+`"}`).
				rh("X-Cvent-Csrf-Token", c.secret("X-Cvent-Csrf-Token header", c.hexs(64))).resp("application/json", `{"confirmationNumber":"`+c.decoy("WXK7"+strings.ToUpper(c.alnum(6)))+`"}`)
		}},
		{cat, "campus-bookstore-gift-card-and-isbn", func(c *gcase) {
			isbn := "978" + c.digits(10)
			for gLuhn(isbn) {
				isbn = "978" + c.digits(10)
			}
			c.post("https://bookstore.acme-uni.example/api/checkout", "application/json", `{"items":[{`+c.decoy(`"isbn13":"`+isbn+`"`)+`,"qty":1,"price":84.95}],"orderNumber":"`+c.decoy(c.u18NonLuhn(16))+`","giftCard":{"number":"`+c.secret("giftCard.number", c.digits(19))+`","pin":"`+c.secret("giftCard.pin", c.digits(8))+`"},`+c.decoy(`"studentAccountTender":false`)+`}`).
				resp("application/json", `{"ok":true,`+c.decoy(`"giftCardRemainingBalance":15.05`)+`,"authorization":{"code":"A1B2C3"}}`)
		}},
	}
}

// 10. Personal data: e-mail, phone, names in identity fields, the user's own IPs.
func u18Personal() []gdef {
	const cat = "10.personal"
	return []gdef{
		{cat, "zulip-users-me-profile", func(c *gcase) {
			c.get("https://acme-uni.zulipchat.com/json/users/me").resp("application/json", `{"result":"success","msg":"","email":"user15@acme-uni.zulipchat.com","delivery_email":"`+c.secret("delivery_email", "aurelia.vasquez@acme-uni.example")+`","full_name":"`+c.secret("full_name", "Aurelia Vasquez-Moreno")+
				`","user_id":15,`+c.decoy(`"timezone":"Europe/Madrid"`)+`,`+c.decoy(`"role":400`)+`,"is_bot":false,"avatar_version":3,"date_joined":"2023-09-01T08:12:44.114322+00:00"}`)
		}},
		{cat, "carddav-vcard-report", func(c *gcase) {
			vc := "BEGIN:VCARD\r\nVERSION:3.0\r\n" + c.decoy("PRODID:-//Inverse inc.//SOGo Connector 1.0//EN") + "\r\nUID:" + c.decoy(strings.ToUpper(c.uuid())) + "\r\nN:Engelbrecht;Tobias;;;\r\nFN:" + c.secret("vCard FN", "Tobias Engelbrecht") +
				"\r\nORG:Stadtverwaltung Musterstadt;Bürgerbüro\r\nEMAIL;TYPE=work:" + c.secret("vCard EMAIL", "t.engelbrecht@rathaus-musterstadt.example") + "\r\nTEL;TYPE=cell:" + c.secret("vCard TEL", "+49 151 2384 7719") + "\r\nEND:VCARD\r\n"
			c.req("REPORT", "https://mail.acme-gov.example/SOGo/dav/h.moreau/Contacts/personal/", "application/xml", `<?xml version="1.0" encoding="utf-8"?><C:addressbook-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:prop><D:getetag/><C:address-data/></D:prop></C:addressbook-query>`).code(207).
				resp("text/xml; charset=utf-8", `<D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:response><D:href>/SOGo/dav/h.moreau/Contacts/personal/5F2A-1B.vcf</D:href><D:propstat><D:prop><D:getetag>`+c.decoy(`"gcs00000000000412"`)+`</D:getetag><C:address-data>`+vc+`</C:address-data></D:prop></D:propstat></D:response></D:multistatus>`)
		}},
		{cat, "ics-attendees-and-organizer", func(c *gcase) {
			ics := "BEGIN:VCALENDAR\r\n" + c.decoy("PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN") + "\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nORGANIZER;CN=\"" + c.secret("ORGANIZER CN", "Priyanka Raghunathan") + "\":mailto:" + c.secret("ORGANIZER mailto", "priyanka.raghunathan@acme-uni.example") +
				"\r\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"" + c.secret("ATTENDEE CN", "Oluwaseun Adeyemi") + "\":mailto:" + c.secret("ATTENDEE mailto", "o.adeyemi@students.acme-uni.example") +
				"\r\nSUMMARY:Thesis progress meeting\r\n" + c.decoy("DTSTART;TZID=GMT Standard Time:20261203T140000") + "\r\nUID:" + c.decoy("040000008200E00074C5B7101A82E00800000000"+strings.ToUpper(c.hexs(16))) + "\r\nSEQUENCE:0\r\nX-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
			c.get("https://outlook.office.com/owa/service.svc/s/GetFileAttachment?id="+c.b64u(90)).resp("text/calendar; charset=utf-8", ics)
		}},
		{cat, "xapi-statements-actor-name-and-mbox", func(c *gcase) {
			c.get("https://lrs.acme-lms.example/data/xAPI/statements?"+c.decoy("verb="+url.QueryEscape("http://adlnet.gov/expapi/verbs/passed"))+"&limit=1").rh("X-Experience-API-Version", "1.0.3", "Authorization", "Basic "+gB64(c.hexs(40)+":"+c.secret("LRS secret", c.hexs(40)))).
				resp("application/json", `{"statements":[{"id":"`+c.decoy(c.uuid())+`","actor":{"objectType":"Agent","name":"`+c.secret("actor.name", "Marguerite Delacroix")+`","mbox":"mailto:`+c.secret("actor.mbox", "m.delacroix@acme-lms.example")+`"},"verb":{"id":"http://adlnet.gov/expapi/verbs/passed"},"object":{"id":"https://acme-lms.example/xapi/activities/gdpr-basics"},`+
					c.decoy(`"result":{"score":{"scaled":0.88},"success":true}`)+`,"timestamp":"2026-11-21T15:02:11.412Z"}],"more":""}`)
		}},
		{cat, "lti-nrps-membership-roster", func(c *gcase) {
			c.get("https://acme.instructure.com/api/lti/courses/4821/names_and_roles?"+c.decoy("role=http%3A%2F%2Fpurl.imsglobal.org%2Fvocab%2Flis%2Fv2%2Fmembership%23Learner")).
				rh("Authorization", "Bearer "+c.secret("NRPS access token (JWT)", c.rs256JWT(c.b64u(32), `{"iss":"https://canvas.instructure.com","sub":"10000000000214","aud":"https://acme.instructure.com/login/oauth2/token","scopes":"https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly","exp":1732274103}`)), "Accept", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json").
				resp("application/vnd.ims.lti-nrps.v2.membershipcontainer+json", `{"id":"https://acme.instructure.com/api/lti/courses/4821/names_and_roles",`+c.decoy(`"context":{"id":"4dde05e8ca1973bcca9bffc13e1548820eee93a3","label":"CHEM 2101","title":"General Chemistry II"}`)+`,"members":[`+
					`{"status":"Active","name":"`+c.secret("members[0].name", "Hiroshi Tanabe")+`","given_name":"Hiroshi","family_name":"Tanabe","email":"`+c.secret("members[0].email", "h.tanabe@students.acme-uni.example")+`","user_id":"`+c.uuid()+`","roles":["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]},`+
					`{"status":"Active","name":"`+c.secret("members[1].name", "Fatima Zahra Benali")+`","email":"`+c.secret("members[1].email", "fz.benali@students.acme-uni.example")+`","user_id":"`+c.uuid()+`","roles":["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]}]}`)
		}},
		{cat, "singpass-myinfo-person-value-wrappers", func(c *gcase) {
			c.get("https://eservices.acme-agency.gov.sg/api/profile").resp("application/json", `{"uinfin":{`+c.decoy(`"lastupdated":"2026-03-20","source":"1","classification":"C"`)+`,"value":"`+c.secret("uinfin.value (NRIC)", c.u18NRIC())+`"},"name":{"lastupdated":"2026-03-20","source":"1","classification":"C","value":"`+c.secret("name.value", "TAN WEI LING ANGELINE")+`"},`+
				`"mobileno":{"lastupdated":"2026-03-20","source":"4","classification":"C","areacode":{"value":"65"},"prefix":{"value":"+"},"nbr":{"value":"`+c.secret("mobileno.nbr.value", "9"+c.digits(7))+`"}},"email":{"lastupdated":"2026-03-20","source":"4","classification":"C","value":"`+c.secret("email.value", "angeline.tan.wl@mail.example")+`"},`+
				c.decoy(`"residentialstatus":{"lastupdated":"2026-03-20","source":"1","classification":"C","code":"C","desc":"CITIZEN"}`)+`}`)
		}},
		{cat, "zendesk-audit-client-ip-and-server-headers", func(c *gcase) {
			c.get("https://acmegov.zendesk.com/api/v2/tickets/48213/audits.json").resp("application/json", `{"audits":[{"id":`+"3600"+c.digits(8)+`,"ticket_id":48213,"created_at":"2026-11-22T09:58:12Z","metadata":{"system":{"client":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36","ip_address":"`+
				c.secret("metadata.system.ip_address (the requester's IP)", "84.152.33.17")+`","location":"Munich, BY, Germany","latitude":48.1374,"longitude":11.5755},"custom":{}},`+c.decoy(`"via":{"channel":"web","source":{"from":{},"to":{},"rel":null}}`)+`,"events":[{"type":"Comment","public":true,"body":"Cannot upload my tax certificate"}]}],"count":1}`).
				sh("X-Zendesk-Origin-Server", c.decoy("app-server-2b41.pod17.euc1.zdsys.com"), "X-Runtime", c.decoy("0.118233")).set("serverIPAddress", c.decoy("216.198.53.6"))
		}},
		{cat, "discord-users-me-phone-email-and-avatar-hash", func(c *gcase) {
			c.get("https://discord.com/api/v9/users/@me").rh("Authorization", c.secret("raw Authorization header", c.u18Discord(c.u18NonLuhn(18)))).
				resp("application/json", `{"id":"`+c.u18NonLuhn(18)+`","username":"kwame_codes","avatar":"`+c.decoy("a_"+c.hexs(32))+`","discriminator":"0","global_name":"`+c.secret("global_name", "Kwame Mensah-Bonsu")+`","email":"`+c.secret("email", "kwame.mensah87@outlook.example")+`","verified":true,"phone":"`+c.secret("phone", "+233"+c.digits(9))+`",`+c.decoy(`"locale":"en-GB"`)+`,"mfa_enabled":true,`+c.decoy(`"premium_type":0`)+`,"flags":0}`)
		}},
		{cat, "prefecture-appointment-booking-applicant", func(c *gcase) {
			c.post("https://rdv.prefecture.acme-gouv.example/api/reservations", "application/json", `{`+c.decoy(`"service":"titre-sejour-renouvellement"`)+`,`+c.decoy(`"slot":"2026-12-03T09:30:00+01:00"`)+`,"guichet":"G4","applicant":{"firstName":"Élodie","lastName":"Marchand","fullName":"`+c.secret("applicant.fullName", "Élodie Marchand")+`","dateOfBirth":"1991-04-12","email":"`+c.secret("applicant.email", "elodie.marchand91@laposte.example")+`","phone":"`+c.secret("applicant.phone", "+33 6 12 48 93 07")+`"}}`).
				resp("application/json", `{"reservationId":"`+c.decoy("RDV-2026-"+strings.ToUpper(c.alnum(8)))+`","status":"CONFIRMED"}`).code(201)
		}},
		{cat, "logingov-userinfo-ial2-claims", func(c *gcase) {
			c.get("https://secure.login.gov/api/openid_connect/userinfo").rh("Authorization", "Bearer "+c.secret("userinfo bearer", c.b64u(22))).
				resp("application/json", `{"sub":"`+c.uuid()+`","iss":"https://secure.login.gov/","email":"`+c.secret("email", "jordan.whitfield.okoro@mail.example")+`","email_verified":true,"given_name":"Jordan","family_name":"`+c.secret("family_name", "Whitfield-Okoro")+`","birthdate":"1984-07-22","social_security_number":"`+c.secret("social_security_number", c.u18SSN())+
					`","phone":"`+c.secret("phone", "+1 415 555 0"+c.digits(3))+`","phone_verified":true,`+c.decoy(`"verified_at":1732270503`)+`,`+c.decoy(`"ial":"http://idmanagement.gov/ns/assurance/ial/2"`)+`,"x509_presented":false}`)
		}},
		{cat, "zoom-participants-report-ips-and-server-ip", func(c *gcase) {
			c.get("https://api.zoom.us/v2/metrics/meetings/"+c.decoy("8"+c.digits(10))+"/participants?type=past&page_size=30").rh("Authorization", "Bearer "+c.secret("report bearer", c.hs256JWT(`{"aud":"https://oauth.zoom.us","ver":10,"type":3,"exp":1732274103}`))).
				resp("application/json", `{"participants":[{"id":"`+c.b64u(16)+`","user_name":"`+c.secret("participants[0].user_name", "Noor Al-Hashimi")+`","email":"`+c.secret("participants[0].email", "n.alhashimi@acme-uni.example")+`","ip_address":"`+c.secret("participants[0].ip_address", "73.162.44.201")+`","location":"San Jose (US)",`+c.decoy(`"data_center":"United States (SC Top)"`)+`,`+c.decoy(`"network_type":"Wifi"`)+`,`+c.decoy(`"version":"6.2.11.48211"`)+`},`+
					`{"id":"`+c.b64u(16)+`","user_name":"`+c.secret("participants[1].user_name", "Bartholomew Okafor")+`","ip_address":"`+c.secret("participants[1].ip_address", "98.207.115.36")+`","location":"Oakland (US)","data_center":"United States (SC Top)","network_type":"Wired","version":"6.3.5.48211"}],"page_size":30,"total_records":2}`).
				set("serverIPAddress", c.decoy("170.114.10.86"))
		}},
		{cat, "moodle-core-user-lastip-and-names", func(c *gcase) {
			c.post("https://moodle.acme-uni.example/webservice/rest/server.php?moodlewsrestformat=json", "application/x-www-form-urlencoded", c.decoy("wsfunction=core_user_get_users_by_field")+"&field=id&values%5B0%5D=4412&wstoken="+c.secret("wstoken", c.hexs(32))).
				resp("application/json", `[{"id":4412,"username":"a.lindgren","firstname":"Astrid","lastname":"Lindgren-Holm","fullname":"`+c.secret("fullname", "Astrid Lindgren-Holm")+`","email":"`+c.secret("email", "astrid.lindgren-holm@students.acme-uni.example")+`","department":"Chemistry","firstaccess":1693555200,"lastaccess":1732270400,"auth":"saml2",`+c.decoy(`"lang":"en","theme":"","timezone":"Europe\/Stockholm"`)+`,"lastip":"`+c.secret("lastip", "86.143.27.190")+`","mailformat":1}]`)
		}},
	}
}

// heldout18Open lists what the engine does not handle yet, each with the
// reason. They are reported, not failed; any other leak or lost decoy
// fails the test, and so does an entry here that no longer leaks.
var heldout18Open = map[string]string{
	`lost 10.personal/singpass-myinfo-person-value-wrappers: \"lastupdated\":\"2026-03-20\",\"source\":\"1...`: "an object under a document number's name (uinfin) passes the rule to every member: its metadata (lastupdated) is redacted with its value",
	// Pairs spelled as data whose describing half is not a key name.
	"2.pairs/jotform-submission-answers-name-answer: answers {name: input6, text: Door PIN, answer}":               "the answer's sibling label (text: Door PIN ...) is not consulted when name is a generic inputN",
	"2.pairs/monday-column-values-title-and-text: column_values {column.title: Local admin password, text}":        "the label is a nested column.title and the value is under text; prose labels in nested objects are not joined",
	"2.pairs/google-forms-entry-id-from-public-load-data: entry.<id> answering the Wi-Fi password question":        "entry.<id> is labelled only in FB_PUBLIC_LOAD_DATA_ of an earlier page; no join of form fields with their descriptors",
	"2.pairs/mattermost-dialog-elements-and-submission: submission.np (element with subtype password)":             "the dialog descriptor (subtype password) arrived earlier in a websocket event; submission keys are not joined with their element descriptors",
	"2.pairs/rocketchat-savesettings-id-value: saveSettings [{_id: SMTP_Password, value}] (JSON in a JSON string)": "{_id, value} pairs are not read as name/value pairs (a random-looking value beside them is caught by shape, a human password is not)",
	"2.pairs/trello-custom-field-items-by-id: customFieldItems {idCustomField, value.text}":                        "the value is keyed by idCustomField and named only in another response; no join by id across entries",
	// Capability path segments and one-letter parameters.
	"3.unnamed/slack-magic-sign-in-link: z-app magic link path segment":                        "a 64-hex segment glued to z-app-<n>-<n>- is taken for a hash; magic-link path shapes are not recognised",
	"3.unnamed/teams-meet-link-passcode-parameter: p= passcode parameter of a Teams meet link": "the one-letter p= passcode of teams.microsoft.com/meet links is not a known sensitive parameter",
	// Free text, JS literals and MIME layers.
	"1.names/blackboard-nonceutil-nonce-and-xsrf-header: hidden input blackboard.platform.security.NonceUtil.nonce": "a UUID under a dotted name ending in nonce (a CSRF nonce) is kept as an identifier",
	// GraphQL.
	"7.graphql/monday-literal-change-simple-column-value: value: literal of change_simple_column_value on column vpn_password": "a GraphQL literal value: is not judged by a sibling argument (column_id: \"vpn_password\") that says what it holds",
	// Money.
	// Personal data in calendar, address-book and identity wrappers.
	"10.personal/singpass-myinfo-person-value-wrappers: name.value":         "MyInfo {value} wrappers: the parent name (name) is not consulted for the value",
	"10.personal/singpass-myinfo-person-value-wrappers: mobileno.nbr.value": "MyInfo phone split into areacode/prefix/nbr wrappers is not recognised as a phone number",
	// Decoys lost.
	`lost 2.pairs/zendesk-ticket-custom-fields-by-id: \"title\":\"VPN pre-shared key (site-to-site)\"`:  "a label value that contains 'pre-shared key' is redacted although its name is title",
	"lost 3.unnamed/google-forms-edit2-response-link: https://docs.google.com/forms/d/e/1FAIpQLSlUZ...": "the public form id in /forms/d/e/<id>/viewform is taken for a capability path segment",
	"lost 8.vendors/zoom-server-to-server-oauth-and-access-token: hnZ2zb0Fq1mhXH8GYAstSU":               "account_id (Zoom's public account id) on the token endpoint URL is redacted as a credential",
}
