package sanitize

// A twenty-second held-out corpus for "Detection that generalizes", written
// without reading the engine and kept distinct from the earlier corpora:
// web application frameworks and how they carry state and credentials:
// ASP.NET WebForms (__VIEWSTATE, __EVENTVALIDATION, trace.axd, the yellow
// error page quoting web.config source lines), ASP.NET Core Identity and
// Blazor Server over SignalR (negotiate connection tokens, blazorpack MessagePack frames, persisted component
// state comments), JSF/PrimeFaces partial requests and responses, Vaadin
// Flow bootstrap and UIDL (Vaadin-Security-Key, mSync), GWT-RPC, Apache
// Wicket Ajax responses, Laravel (Breeze, Livewire v2 and v3, Inertia.js,
// Nova, Sanctum, Passport, Telescope, exposed .env), Phoenix LiveView and
// Absinthe, Rails (Devise, Hotwire/Turbo Streams and ActionCable, AnyCable,
// Active Storage signed ids, Action Mailbox, ActiveAdmin), Django (admin,
// formsets, the debug page, allauth, graphene, Oscar) and Flask (Flask-WTF,
// Flask-Login, the Werkzeug debugger, Flask-Admin exports), Django Channels
// websockets, htmx hx-headers and out-of-band swaps, Next.js RSC flight payloads, __next_f pushes,
// server actions and Auth.js sessions, Remix loaders and single-fetch
// turbo-stream payloads, SvelteKit __data.json and Nuxt devalue payloads,
// Vite's import.meta.env, Angular TransferState and environment bundles,
// Meteor DDP (raw and over SockJS) and its runtime config, Streamlit
// protobuf frames and secrets, Shiny over SockJS and Posit Connect, Ember
// Data JSON:API and ember-simple-auth, Discourse, Apollo cache state,
// persisted queries and batches, Hot Chocolate, Relay, WPGraphQL with
// Faust.js, plus HARs exported by Safari Web Inspector, Proxyman, HTTP
// Toolkit, Burp, mitmproxy, Playwright, Charles, Fiddler and Firefox with
// their quirks. Carriers are those these frameworks use: form posts with
// framework field names (ctl00$..., loginForm:password, user[password],
// settings-1-value), base64 ViewState, entity-escaped JSON in attributes,
// JSON in JSON strings, devalue and turbo-stream index references, RSC
// rows, multipart server actions, XML partial responses with CDATA,
// MessagePack and protobuf websocket frames, SockJS and ActionCable
// envelopes, HTML debug tables and CSV exports. It reuses the harness of
// generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"encoding/base64"
	"encoding/binary"
	"net/url"
	"strconv"
	"strings"
	"testing"
)

func TestHeldout22Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 22", "heldout22Open", heldout22Cases(), heldout22Open)
}

func TestHeldout22CorpusDeterministic(t *testing.T) { gCheckDeterministic(t, heldout22Cases()) }

func heldout22Cases() []gdef {
	return gCollect(u22Names, u22Pairs, u22Unnamed, u22Carriers, u22Exporters, u22Everywhere, u22GraphQL, u22Vendors, u22Cards, u22Personal)
}

// heldout22Open lists what the engine misses in this corpus, each with the
// mechanism it lacks (reported, not failed; the list only shrinks).
var heldout22Open = map[string]string{
	// names
	"1.names/vaadin-flow-bootstrap-security-key: Vaadin-Push-ID (uuid)": "a UUID under a name ending in -ID (Vaadin-Push-ID) is judged an identifier, though Vaadin uses it to authenticate the push connection (v-pushId=)",
	// pairs spelled as data
	"2.pairs/aspnet-trace-axd-collections: trace.axd Cookies row .ASPXAUTH":                           "an HTML table row <td>.ASPXAUTH</td><td>value</td> (trace.axd Cookies Collection) is not tied: a cookie name is not a secret-saying name outside a cookie header",
	"2.pairs/apollo-state-setting-key-value-rows: Apollo Setting {key: smtp_password, value}":         "a {key: smtp_password, value: 40-hex} object in Apollo cache state is not tied to its key; the hex value is judged a hash",
	"2.pairs/apollo-state-setting-key-value-rows: Apollo Setting {key: s3_secret_access_key, value}":  "a {key: s3_secret_access_key, value} object in Apollo cache state (window.__APOLLO_STATE__ object literal in a script) is not tied to its key",
	"2.pairs/django-admin-inline-formset-settings: formset settings-2-value (name LABEL_SIGNING_KEY)": "Django formset fields settings-N-name=LABEL_SIGNING_KEY / settings-N-value=<64 hex> are not paired by their shared prefix; the hex value is judged a hash",
	"lost 2.pairs/livewire-v2-syncinput-name-value: \\\"v\\\":\\\"acj\\\"":                            "a short version code under \"v\" in a Livewire fingerprint is pseudonymised as personal data",
	// unnamed
	"3.unnamed/vaadin-uidl-msync-password-value: mSync value of node 41 (a password field)":            "a Vaadin UIDL mSync {property: value, value: S} names only a node number; a typed password there is not recognised",
	"3.unnamed/meteor-reset-password-fragment-and-ddp-params: new password SHA-256 digest":             "{digest: <64 hex>, algorithm: sha-256} as a Meteor DDP resetPassword param is judged a content hash, not a password equivalent",
	"3.unnamed/turbo-stream-actioncable-signed-name-and-prose: password in Turbo Stream message prose": "a password in chat prose (\"login ...: user / password\") inside a Turbo Stream template in an ActionCable message is not recognised",
	// carriers
	"lost 4.carriers/nextjs-server-action-multipart: Hq2v9xLcT0bYk3rW8mNpA": "the Next.js build id (\"b\" in the server action RSC row 0) is redacted as a secret",
	// vendors
	"8.vendors/meteor-runtime-config-public-settings: Mailgun key- in Meteor public settings": "a legacy Mailgun key (key-<32 hex>) inside percent-encoded JSON (__meteor_runtime_config__ decodeURIComponent) is not recognised",
	"8.vendors/slack-and-teams-webhooks-in-rails-form: Teams IncomingWebhook 32-hex segment":  "the 32-hex segment after /IncomingWebhook/ of a Teams webhook.office.com URL is judged a hash (the V2 signature is caught)",
	// cards and bank accounts
	"9.cards/gwt-rpc-card-positional: GWT-RPC positional card string": "a Luhn-valid Discover number (6011...) between pipes in a GWT-RPC body is not found",
	// personal
	"10.personal/django-debug-remote-addr-and-forwarded-for: REMOTE_ADDR / X-Forwarded-For client IP": "the client IP in Django debug page rows (REMOTE_ADDR, HTTP_X_FORWARDED_FOR, entity-quoted in <pre>) is not judged the user's IP",
}

// u22Pw is a realistic human password: a word, digits, a symbol, a word.
func (c *gcase) u22Pw() string {
	words := []string{"Gravel", "Quokka", "Lantern", "Orchard", "Basalt", "Juniper", "Falcon", "Marigold", "Pebble", "Thistle", "Copper", "Walrus", "Saffron", "Glacier", "Nimbus", "Bramble"}
	syms := "!#$*+-=?@_~%"
	return words[c.rng.IntN(len(words))] + c.digits(2+c.rng.IntN(3)) + string(syms[c.rng.IntN(len(syms))]) + strings.ToLower(words[c.rng.IntN(len(words))])
}

// u22Basic is the value of a Basic Authorization header.
func u22Basic(user, pass string) string { return "Basic " + gB64(user+":"+pass) }

// u22Boundary is a Chrome multipart boundary.
func (c *gcase) u22Boundary() string { return "----WebKitFormBoundary" + c.alnum(16) }

// u22Multipart builds a multipart/form-data body of name/value parts.
func u22Multipart(boundary string, parts ...[2]string) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p[0] + "\"\r\n\r\n" + p[1] + "\r\n")
	}
	b.WriteString("--" + boundary + "--\r\n")
	return b.String()
}

// u22Ent escapes s for an HTML attribute the way server templates do.
func u22Ent(s string) string {
	return strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;", "'", "&#39;").Replace(s)
}

// u22VS is a LosFormatter-style ASP.NET __VIEWSTATE: the 0xFF 0x01 preamble,
// typed string tokens and a 20-byte MAC, base64.
func (c *gcase) u22VS(strs ...string) string {
	b := []byte{0xff, 0x01, 0x0f, 0x0f, 0x05}
	for i, s := range strs {
		if i > 0 {
			b = append(b, 0x0f, 0x16, 0x02, 0x1e)
		}
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = append(b, 0x64, 0x64)
	b = append(b, c.rbytes(20)...)
	return base64.StdEncoding.EncodeToString(b)
}

// u22Mp is a small MessagePack encoder (arrays, string-keyed maps in the
// order given as key, value pairs, strings, small ints, nil, bools).
func u22Mp(v any) []byte {
	switch v := v.(type) {
	case nil:
		return []byte{0xc0}
	case bool:
		if v {
			return []byte{0xc3}
		}
		return []byte{0xc2}
	case int:
		if v >= 0 && v < 128 {
			return []byte{byte(v)}
		}
		return binary.BigEndian.AppendUint32([]byte{0xce}, uint32(v))
	case string:
		var b []byte
		switch n := len(v); {
		case n < 32:
			b = []byte{0xa0 | byte(n)}
		case n < 256:
			b = []byte{0xd9, byte(n)}
		default:
			b = []byte{0xda, byte(n >> 8), byte(n)}
		}
		return append(b, v...)
	case []any:
		b := []byte{0x90 | byte(len(v))}
		for _, x := range v {
			b = append(b, u22Mp(x)...)
		}
		return b
	case [][2]any:
		b := []byte{0x80 | byte(len(v))}
		for _, kv := range v {
			b = append(b, u22Mp(kv[0])...)
			b = append(b, u22Mp(kv[1])...)
		}
		return b
	}
	panic("u22Mp: unsupported value")
}

// u22SignalRMp frames a MessagePack SignalR message (varint length prefix).
func u22SignalRMp(msg []byte) []byte {
	return append(binary.AppendUvarint(nil, uint64(len(msg))), msg...)
}

// u22PB is one protobuf length-delimited field.
func u22PB(field int, payload []byte) []byte {
	b := binary.AppendUvarint(nil, uint64(field<<3|2))
	b = binary.AppendUvarint(b, uint64(len(payload)))
	return append(b, payload...)
}

// u22Sock wraps JSON messages as a SockJS frame (a JSON array of strings).
func u22Sock(prefix string, msgs ...string) string { return prefix + gJS(msgs) }

// u22Iban returns a valid IBAN for the country code and BBAN.
func u22Iban(cc, bban string) string {
	s := bban + cc + "00"
	rem := 0
	for _, r := range s {
		var v int
		if r >= 'A' && r <= 'Z' {
			v = int(r-'A') + 10
			rem = (rem*100 + v) % 97
			continue
		}
		v = int(r - '0')
		rem = (rem*10 + v) % 97
	}
	chk := 98 - rem
	return cc + strconv.Itoa(chk/10) + strconv.Itoa(chk%10) + bban
}

// u22LaravelEnc is a Laravel encrypted payload (cookie or XSRF-TOKEN).
func (c *gcase) u22LaravelEnc() string {
	return gB64(`{"iv":"` + c.b64s(16) + `","value":"` + c.b64s(48) + `","mac":"` + c.hexs(64) + `","tag":""}`)
}

// u22PhxToken is a Phoenix.Token / signed session string.
func (c *gcase) u22PhxToken(n int) string { return "SFMyNTY." + c.b64u(n) + "." + c.b64u(32) }

// 1. Names spelled the way these frameworks spell them.
func u22Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "aspnet-webforms-login-postback", func(c *gcase) {
			vs := c.u22VS("-1467843213", "Login", "ReturnUrl", "/Orders/")
			pw := c.secret("ctl00$MainContent$Password form field", c.u22Pw())
			body := "__LASTFOCUS=&__EVENTTARGET=&__EVENTARGUMENT=&__VIEWSTATE=" + url.QueryEscape(vs) + "&__VIEWSTATEGENERATOR=" + c.decoy("C2EE9ABB") + "&__EVENTVALIDATION=" + url.QueryEscape(c.b64s(64)) +
				"&ctl00%24MainContent%24UserName=dispatch.lis&ctl00%24MainContent%24Password=" + url.QueryEscape(pw) + "&ctl00%24MainContent%24RememberMe=on&ctl00%24MainContent%24LoginButton=Log+in"
			c.post("https://portal.quokkafreight.example/Account/Login.aspx?ReturnUrl=%2fOrders%2f", "application/x-www-form-urlencoded", body).
				rh("Origin", "https://portal.quokkafreight.example").
				sh("Set-Cookie", ".ASPXAUTH="+c.secret(".ASPXAUTH cookie", strings.ToUpper(c.hexs(320)))+"; path=/; secure; HttpOnly\nASP.NET_SessionId="+c.secret("ASP.NET_SessionId cookie", c.pick(gLower+gDigits, 24))+"; path=/; HttpOnly; SameSite=Lax",
					"Location", "/Orders/", "X-AspNet-Version", c.decoy("4.0.30319"), "X-Powered-By", "ASP.NET").code(302)
		}},
		{cat, "django-admin-login", func(c *gcase) {
			csrf := c.secret("csrftoken cookie", c.alnum(32))
			c.get("https://ops.gravelworks.example/admin/login/?next=/admin/").
				sh("Set-Cookie", "csrftoken="+csrf+"; expires=Sat, 20 Nov 2027 10:15:00 GMT; Max-Age=31449600; Path=/; SameSite=Lax").
				resp("text/html; charset=utf-8", `<!DOCTYPE html><html lang="en-us" dir="ltr"><head><title>Log in | Django site admin</title><link rel="stylesheet" href="`+c.decoy("/static/admin/css/base.3f2a8c1e9b0d.css")+`"></head><body class=" login"><form action="/admin/login/?next=/admin/" method="post" id="login-form"><input type="hidden" name="csrfmiddlewaretoken" value="`+
					c.secret("csrfmiddlewaretoken hidden input", c.alnum(64))+`"><input type="text" name="username" autofocus autocapitalize="none" autocomplete="username" maxlength="150" required id="id_username"></form></body></html>`)
			c.post("https://ops.gravelworks.example/admin/login/?next=/admin/", "application/x-www-form-urlencoded",
				"csrfmiddlewaretoken="+c.secret("csrfmiddlewaretoken form field", c.alnum(64))+"&username=ops-admin&password="+url.QueryEscape(c.secret("password form field", c.u22Pw()))+"&next=%2Fadmin%2F").
				rh("Cookie", "csrftoken="+csrf, "Referer", "https://ops.gravelworks.example/admin/login/?next=/admin/").
				sh("Set-Cookie", "sessionid="+c.secret("sessionid cookie", c.pick(gLower+gDigits, 32))+"; expires=Sat, 06 Dec 2026 10:15:01 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax", "Location", "/admin/").code(302)
		}},
		{cat, "rails-devise-sign-in", func(c *gcase) {
			meta := c.secret("meta csrf-token content", c.b64s(64))
			c.get("https://app.thistledesk.example/users/sign_in").sh("X-Request-Id", c.decoy(c.uuid()), "X-Runtime", c.decoy("0.041822")).
				resp("text/html; charset=utf-8", `<!DOCTYPE html><html><head><title>ThistleDesk</title><meta name="csrf-param" content="authenticity_token" />`+"\n"+`<meta name="csrf-token" content="`+meta+`" /><script src="`+c.decoy("/assets/application-8e1f0b3c5d7a9e2f4b6c8d0a1e3f5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f9a.js")+`" data-turbo-track="reload" defer></script></head><body></body></html>`)
			form := c.secret("authenticity_token form field", c.b64s(64))
			c.post("https://app.thistledesk.example/users/sign_in", "application/x-www-form-urlencoded",
				"authenticity_token="+url.QueryEscape(form)+"&user%5Bemail%5D=marta.k%40thistledesk.example&user%5Bpassword%5D="+url.QueryEscape(c.secret("user[password] form field", c.u22Pw()))+"&user%5Bremember_me%5D=1&commit=Log+in").
				rh("Turbo-Frame", "_top", "Accept", "text/vnd.turbo-stream.html, text/html, application/xhtml+xml").
				sh("Set-Cookie", "remember_user_token="+c.secret("remember_user_token cookie", c.b64s(60)+"--"+c.hexs(40))+"; path=/; expires=Sun, 06 Dec 2026 10:15:01 GMT; secure; HttpOnly; SameSite=Lax\n_thistledesk_session="+c.secret("_thistledesk_session cookie", url.QueryEscape(c.b64s(180))+"--"+url.QueryEscape(c.b64s(12))+"--"+url.QueryEscape(c.b64s(16)))+"; path=/; secure; HttpOnly; SameSite=Lax",
					"Location", "https://app.thistledesk.example/dashboard").code(303)
		}},
		{cat, "laravel-breeze-inertia-login", func(c *gcase) {
			xsrf := c.secret("X-XSRF-TOKEN header (Laravel encrypted)", c.u22LaravelEnc())
			sess := c.secret("laravel_session cookie", c.u22LaravelEnc())
			ver := c.decoy(c.hexs(32))
			c.post("https://crm.copperlane.example/login", "application/json", `{"email":"ines@copperlane.example","password":"`+c.secret("password member", c.u22Pw())+`","remember":false}`).
				rh("X-Inertia", "true", "X-Inertia-Version", ver, "X-Requested-With", "XMLHttpRequest", "X-XSRF-TOKEN", xsrf, "Cookie", "XSRF-TOKEN="+url.QueryEscape(xsrf)+"; copperlane_crm_session="+url.QueryEscape(sess)).
				sh("Location", "https://crm.copperlane.example/dashboard").code(302)
			c.get("https://crm.copperlane.example/dashboard").rh("X-Inertia", "true", "X-Inertia-Version", ver, "X-XSRF-TOKEN", xsrf).
				resp("application/json", `{"component":"Dashboard","props":{"errors":{},"auth":{"user":{"id":31}},"ziggy":{"url":"https://crm.copperlane.example","port":null}},"url":"/dashboard","version":"`+ver+`",`+c.decoy(`"encryptHistory":false`)+`}`).sh("X-Inertia", "true", "Vary", "X-Inertia")
		}},
		{cat, "flask-wtf-login-and-remember-me", func(c *gcase) {
			tok := c.secret("csrf_token form field (Flask-WTF)", gB64u(`"`+c.hexs(40)+`"`)+"."+c.b64u(4)+"."+c.b64u(20))
			c.post("https://labs.marigoldbio.example/auth/login?next=%2Fsamples%2F", "application/x-www-form-urlencoded",
				"csrf_token="+tok+"&email=r.osei%40marigoldbio.example&password="+url.QueryEscape(c.secret("password form field", c.u22Pw()))+"&remember=y&submit=Sign+In").
				sh("Server", c.decoy("Werkzeug/3.0.4 Python/3.12.7"), "Set-Cookie", "session="+c.secret("Flask session cookie", "."+c.b64u(90)+"."+c.b64u(4)+"."+c.b64u(20))+"; HttpOnly; Path=/; SameSite=Lax\nremember_token="+c.secret("remember_token cookie (Flask-Login)", "17|"+c.hexs(128))+"; Expires=Mon, 22 Nov 2027 10:15:01 GMT; HttpOnly; Path=/",
					"Location", "/samples/").code(302)
		}},
		{cat, "werkzeug-debugger-secret-and-pin", func(c *gcase) {
			sec := c.secret("Werkzeug debugger SECRET JS literal", c.alnum(20))
			frm := c.decoy(c.nonLuhn(15))
			c.get("https://staging.marigoldbio.example/samples/42").code(500).sh("Server", "Werkzeug/3.0.4 Python/3.12.7").
				resp("text/html; charset=utf-8", `<!doctype html><html lang=en><head><title>KeyError: 'plate' // Werkzeug Debugger</title><link rel="stylesheet" href="?__debugger__=yes&amp;cmd=resource&amp;f=style.css"><script src="?__debugger__=yes&amp;cmd=resource&amp;f=debugger.js"></script><script>`+
					`var CONSOLE_MODE = false, EVALEX = true, EVALEX_TRUSTED = false, SECRET = "`+sec+`";</script></head><body><div class="traceback"><div class="frame" id="frame-`+frm+`"><h4>File <cite class="filename">"/srv/app/views.py"</cite>, line <em class="line">88</em></h4></div></div></body></html>`)
			c.get("https://staging.marigoldbio.example/samples/42?__debugger__=yes&cmd=pinauth&pin="+c.secret("debugger pin query parameter", c.digits(3)+"-"+c.digits(3)+"-"+c.digits(3))+"&s="+sec).
				resp("application/json", `{"auth": true, "exhausted": false}`).sh("Set-Cookie", "__wzd"+c.hexs(20)+"="+c.secret("__wzd debugger cookie", "1732270515|"+c.hexs(12))+"; HttpOnly; Path=/; SameSite=Strict")
			c.get("https://staging.marigoldbio.example/samples/42?__debugger__=yes&cmd=dump(app.config)&frm=" + frm + "&s=" + sec)
		}},
		{cat, "jsf-primefaces-ajax-login", func(c *gcase) {
			vs := c.decoy("-" + c.nonLuhn(19) + ":" + c.nonLuhn(19))
			c.post("https://erp.basaltworks.example/portal/login.xhtml", "application/x-www-form-urlencoded",
				"javax.faces.partial.ajax=true&javax.faces.source=loginForm%3AbtnLogin&javax.faces.partial.execute=%40all&javax.faces.partial.render=loginForm%3Amsgs&loginForm%3AbtnLogin=loginForm%3AbtnLogin&loginForm=loginForm&loginForm%3Ausername=lager.basalt&loginForm%3Apassword="+
					url.QueryEscape(c.secret("loginForm:password form field", c.u22Pw()))+"&javax.faces.ViewState="+url.QueryEscape(vs)).
				rh("Faces-Request", "partial/ajax", "Cookie", "JSESSIONID="+c.secret("JSESSIONID cookie", strings.ToUpper(c.hexs(32))+".node0")).
				resp("text/xml;charset=UTF-8", `<?xml version='1.0' encoding='UTF-8'?>`+"\n"+`<partial-response id="j_id1"><redirect url="/portal/home.xhtml"></redirect></partial-response>`)
			c.get("https://erp.basaltworks.example/portal/javax.faces.resource/primefaces.js.xhtml?" + c.decoy("ln=primefaces&v=13.0.5"))
		}},
		{cat, "phoenix-liveview-csrf-and-session", func(c *gcase) {
			csrf := c.secret("csrf-token meta (Phoenix)", c.b64u(42))
			sess := c.secret("data-phx-session attribute", c.u22PhxToken(240))
			static := c.u22PhxToken(60)
			id := c.decoy("phx-F" + c.alnum(15))
			asset := c.decoy("/assets/app-4f2d8a0c1e3b5d7f9a1c3e5b7d9f1a3c.js?vsn=d")
			c.get("https://board.pebblepost.example/inbox").sh("Set-Cookie", "_pebblepost_key="+c.secret("_pebblepost_key session cookie", c.u22PhxToken(120))+"; path=/; HttpOnly; SameSite=Lax").
				resp("text/html; charset=utf-8", `<!DOCTYPE html><html lang="en"><head><meta name="csrf-token" content="`+csrf+`"><script defer phx-track-static type="text/javascript" src="`+asset+`"></script></head><body><div id="`+id+`" data-phx-main data-phx-session="`+sess+`" data-phx-static="`+static+`"></div></body></html>`)
			c.get("wss://board.pebblepost.example/live/websocket?_csrf_token="+csrf+"&_track_static%5B0%5D="+url.QueryEscape("https://board.pebblepost.example"+asset)+"&_mounts=0&_live_referer=undefined&"+c.decoy("vsn=2.0.0")).code(101).
				wsMsg("send", 1, `["4","4","lv:`+id+`","phx_join",{"url":"https://board.pebblepost.example/inbox","params":{"_csrf_token":"`+csrf+`","_track_static":["https://board.pebblepost.example`+asset+`"],"_mounts":0},"session":"`+sess+`","static":"`+static+`","sticky":false}]`).
				wsMsg("receive", 1, `["4","4","lv:`+id+`","phx_reply",{"status":"ok","response":{"rendered":{"0":"12","s":["<p>Unread: ","</p>"]}}}]`)
		}},
		{cat, "vaadin-flow-bootstrap-security-key", func(c *gcase) {
			key := c.secret("Vaadin-Security-Key (uuid)", c.uuid())
			push := c.secret("Vaadin-Push-ID (uuid)", c.uuid())
			track := c.decoy(c.uuid())
			c.get("https://planner.nimbusrail.example/?v-r=init&location=&query=").resp("application/json",
				`{"appConfig":{"productionMode":true,`+c.decoy(`"appId":"ROOT-2521314"`)+`,"uidl":{"syncId":0,"clientId":0,"Vaadin-Security-Key":"`+key+`","Vaadin-Push-ID":"`+push+`","constants":{},"changes":[]},"v-uiId":0,"heartbeatInterval":300,"maxMessageSuspendTimeout":5000,`+c.decoy(`"versionInfo":{"vaadinVersion":"24.4.3","atmosphereVersion":"3.0.4.slf4jvaadin1"}`)+`},"pushScript":"./VAADIN/static/push/vaadinPush-min.js"}`)
			c.get("wss://planner.nimbusrail.example/VAADIN/push?v-r=push&v-uiId=0&v-pushId="+push+"&X-Atmosphere-tracking-id="+track+"&X-Atmosphere-Framework=3.1.2-javascript&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true").code(101).
				wsMsg("send", 1, `81|{"csrfToken":"`+key+`","rpc":[{"type":"event","node":7,"event":"click","data":{}}],"syncId":1,"clientId":1}`)
		}},
		{cat, "angular-environment-in-main-bundle", func(c *gcase) {
			js := `"use strict";(self.webpackChunkops_console=self.webpackChunkops_console||[]).push([[792],{5312:(e,t,n)=>{n.d(t,{c:()=>r});const r={production:!0,apiBaseUrl:"https://api.walrusfleet.example/v2",` + c.decoy(`buildVersion:"4.12.0+sha.9f3c21a"`) + `,` +
				c.decoy(`recaptchaSiteKey:"6Lc`+c.alnum(37)+`"`) + `,backofficeClientSecret:"` + c.secret("backofficeClientSecret JS literal", c.b64u(32)) + `",exportSigningSecret:"` + c.secret("exportSigningSecret JS literal", c.hexs(48)) + `",featureFlags:{newRoutes:!1}}}}]);`
			c.get("https://ops.walrusfleet.example/main.5f1e3c9a7b2d4e60.js").resp("application/javascript", js).sh("ETag", c.decoy(`"65f1a2b3-3e8a1"`))
		}},
	}
}

// 2. Name/value pairs spelled as data.
func u22Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "livewire-v2-syncinput-name-value", func(c *gcase) {
			cid := c.decoy(c.alnum(20))
			in1, in2 := c.pick(gLower+gDigits, 4), c.pick(gLower+gDigits, 4)
			c.post("https://shop.saffronhaus.example/livewire/message/auth.login", "application/json",
				`{"fingerprint":{"id":"`+cid+`","name":"auth.login","locale":"en","path":"login","method":"GET",`+c.decoy(`"v":"acj"`)+`},"serverMemo":{"children":[],"errors":[],"htmlHash":"`+c.decoy(c.hexs(8))+`","data":{"email":"","password":"","remember":false},"dataMeta":[],"checksum":"`+c.decoy(c.hexs(64))+`"},`+
					`"updates":[{"type":"syncInput","payload":{"id":"`+in1+`","name":"email","value":"jo.baptiste@saffronhaus.example"}},{"type":"syncInput","payload":{"id":"`+in2+`","name":"password","value":"`+c.secret("syncInput {name: password, value}", c.u22Pw())+`"}},{"type":"callMethod","payload":{"id":"`+c.pick(gLower+gDigits, 4)+`","method":"authenticate","params":[]}}]}`).
				rh("X-Livewire", "true", "X-CSRF-TOKEN", c.secret("X-CSRF-TOKEN header (Laravel)", c.alnum(40)))
		}},
		{cat, "aspnet-trace-axd-collections", func(c *gcase) {
			row := func(alt bool, n, v string) string {
				cls := ""
				if alt {
					cls = ` class="alt"`
				}
				return `<tr` + cls + `><td>` + n + `</td><td>` + v + `</td></tr>`
			}
			head := func(t string) string {
				return `<table cellspacing="0" cellpadding="0" class="viewmenu"><tr><th class="alt" colspan="2" align="left"><h3><b>` + t + `</b></h3></th></tr><tr class="subhead" align="left"><th>Name</th><th>Value</th></tr>`
			}
			html := `<html><head><title>Trace Request Details</title></head><body><h1>Request Details</h1>` +
				head("Form Collection") + row(false, "__VIEWSTATEGENERATOR", c.decoy("CA0B0334")) + row(true, "ctl00$MainContent$txtUser", "kiosk07") + row(false, "ctl00$MainContent$txtPassword", c.secret("trace.axd Form row ctl00$MainContent$txtPassword", c.u22Pw())) + `</table>` +
				head("Cookies Collection") + row(false, ".ASPXAUTH", c.secret("trace.axd Cookies row .ASPXAUTH", strings.ToUpper(c.hexs(256)))) + `</table>` +
				head("Headers Collection") + row(false, "Authorization", u22Basic("svc-kiosk", c.secret("trace.axd Headers row Authorization Basic password", c.u22Pw()))) + row(true, "User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)") + `</table>` +
				head("Server Variables") + row(false, "AUTH_PASSWORD", c.secret("trace.axd Server Variables row AUTH_PASSWORD", c.u22Pw())) + row(true, "SERVER_SOFTWARE", c.decoy("Microsoft-IIS/10.0")) + `</table>` +
				`<hr/><font face="Verdana" size=-2>` + c.decoy("Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4690.0") + `</font></body></html>`
			c.get("https://kiosk.quokkafreight.example/Trace.axd?id=3").resp("text/html; charset=utf-8", html)
		}},
		{cat, "django-debug-page-meta-and-settings", func(c *gcase) {
			csrf := c.secret("CSRF_COOKIE row / csrftoken", c.alnum(32))
			sid := c.secret("sessionid inside HTTP_COOKIE row", c.pick(gLower+gDigits, 32))
			q := func(s string) string { return `<td class="code"><pre>&#x27;` + s + `&#x27;</pre></td>` }
			html := `<!DOCTYPE html><html lang="en"><head><title>OperationalError at /api/orders/</title></head><body><div id="summary"><h1>OperationalError at /api/orders/</h1><table class="meta"><tr><th>Django Version:</th><td>` + c.decoy("5.1.3") + `</td></tr></table></div>` +
				`<div id="requestinfo"><h3 id="meta-info">META</h3><table class="req"><thead><tr><th>Variable</th><th>Value</th></tr></thead><tbody>` +
				`<tr><td>CSRF_COOKIE</td>` + q(csrf) + `</tr><tr><td>HTTP_COOKIE</td>` + q("csrftoken="+csrf+"; sessionid="+sid) + `</tr><tr><td>HTTP_X_API_KEY</td>` + q("********************") + `</tr><tr><td>SERVER_SOFTWARE</td>` + q(c.decoy("gunicorn/22.0.0")) + `</tr></tbody></table>` +
				`<h3 id="settings-info">Settings</h3><table class="req"><tbody><tr><td>CELERY_BROKER_URL</td>` + q("amqp://orders:"+c.secret("broker password in CELERY_BROKER_URL row", c.u22Pw())+"@rabbitmq.internal:5672/orders") + `</tr><tr><td>SECRET_KEY</td>` + q("********************") + `</tr></tbody></table></div></body></html>`
			c.post("https://ops.gravelworks.example/api/orders/", "application/json", `{"sku":"GRV-20-40","qty":12}`).rh("Cookie", "csrftoken="+csrf+"; sessionid="+sid, "X-CSRFToken", csrf).code(500).resp("text/html; charset=utf-8", html)
		}},
		{cat, "ember-data-jsonapi-settings-key-value", func(c *gcase) {
			c.get("https://admin.orchardmail.example/api/v1/integrations/7?include=owner").rh("Accept", "application/vnd.api+json").resp("application/vnd.api+json",
				`{"data":{"type":"integrations","id":"7","attributes":{"provider":"mailgun",`+c.decoy(`"region":"eu"`)+`,"settings":[`+c.decoy(`{"key":"domain","value":"mg.orchardmail.example"}`)+`,{"key":"api-key","value":"`+c.secret("settings {key: api-key, value}", c.hexs(32)+"-"+c.hexs(8)+"-"+c.hexs(8))+`"},{"key":"webhook-signing-key","value":"`+c.secret("settings {key: webhook-signing-key, value}", c.hexs(32))+`"}],"updated-at":"2026-11-20T08:12:44Z"},"relationships":{"owner":{"data":{"type":"users","id":"3"}}}},"jsonapi":{"version":"1.0"}}`)
		}},
		{cat, "apollo-state-setting-key-value-rows", func(c *gcase) {
			h := `<script>window.__APOLLO_STATE__={"ROOT_QUERY":{"__typename":"Query","settings({\"group\":\"mail\"})":[{"__ref":"Setting:41"},{"__ref":"Setting:42"},{"__ref":"Setting:43"}]},` +
				c.decoy(`"Setting:41":{"__typename":"Setting","id":"41","key":"smtp_host","value":"smtp.eu.sparkpostmail.com"}`) + `,"Setting:42":{"__typename":"Setting","id":"42","key":"smtp_password","value":"` + c.secret("Apollo Setting {key: smtp_password, value}", c.hexs(40)) + `"},` +
				`"Setting:43":{"__typename":"Setting","id":"43","key":"s3_secret_access_key","value":"` + c.secret("Apollo Setting {key: s3_secret_access_key, value}", c.pick(gAlnum+"+/", 40)) + `"}};</script>`
			c.get("https://console.orchardmail.example/settings/mail").resp("text/html; charset=utf-8", `<!doctype html><html><head><title>Mail settings</title></head><body><div id="root"></div>`+h+`</body></html>`)
		}},
		{cat, "htmx-oob-swap-element-id-says-secret", func(c *gcase) {
			c.post("https://deploy.falconyard.example/settings/api-keys", "application/x-www-form-urlencoded", "label=ci-deploy&scope=write").
				rh("HX-Request", "true", "HX-Target", "keys-table", "HX-Trigger", "create-key-btn", "HX-Current-URL", "https://deploy.falconyard.example/settings/api-keys", "X-CSRFToken", c.secret("X-CSRFToken header", c.alnum(64))).
				sh("HX-Trigger", c.decoy(`{"keyCreated":{"id":118}}`)).
				resp("text/html; charset=utf-8", `<tr id="key-118"><td>ci-deploy</td><td>write</td><td>`+c.decoy("2026-11-22 10:15")+`</td></tr>`+
					`<div id="new-api-key-secret" hx-swap-oob="true" class="alert alert-warning">Copy this key now, it will not be shown again: <code id="api-key-plaintext">`+c.secret("<code id=api-key-plaintext> text", c.b64u(30))+`</code></div>`)
		}},
		{cat, "remix-loader-form-field-descriptors", func(c *gcase) {
			c.get("https://studio.glacierpay.example/settings/smtp?_data=routes%2Fsettings.smtp").resp("application/json",
				`{"form":{"fields":[`+c.decoy(`{"name":"host","label":"SMTP host","type":"text","defaultValue":"smtp.postmarkapp.com"}`)+`,`+c.decoy(`{"name":"port","label":"Port","type":"number","defaultValue":587}`)+
					`,{"name":"password","label":"SMTP password","type":"password","defaultValue":"`+c.secret("field {name: password, type: password, defaultValue}", c.u22Pw())+`"},{"name":"relayToken","label":"Relay token","type":"password","defaultValue":"`+c.secret("field {name: relayToken, defaultValue}", c.alnum(36))+`"}]}}`).
				sh("X-Remix-Response", "yes")
		}},
		{cat, "angular-transferstate-name-value-config", func(c *gcase) {
			st := `{"__nghData__":[{"t":{"2":"t0"},"c":{"2":[]}}],"2915871093":{"b":{"config":[` + c.decoy(`{"name":"AWS_REGION","value":"eu-west-1"}`) + `,{"name":"AWS_SECRET_ACCESS_KEY","value":"` + c.secret("TransferState {name: AWS_SECRET_ACCESS_KEY, value}", c.pick(gAlnum+"+/", 40)) + `"},{"name":"WEBHOOK_SIGNING_SECRET","value":"` +
				c.secret("TransferState {name: WEBHOOK_SIGNING_SECRET, value}", c.b64u(32)) + `"}]},"h":{},"s":200,"st":"OK","u":"https://api.walrusfleet.example/admin/config","rt":"json"}}`
			c.get("https://ops.walrusfleet.example/admin/config").resp("text/html; charset=utf-8", `<!DOCTYPE html><html lang="en"><head><title>Config</title></head><body><app-root ng-version="`+c.decoy("18.2.9")+`" ngh="0"></app-root><script id="ng-state" type="application/json">`+st+`</script></body></html>`)
		}},
		{cat, "laravel-nova-resource-fields", func(c *gcase) {
			c.get("https://crm.copperlane.example/nova-api/integrations/3?viaResource=&viaResourceId=&viaRelationship=").rh("X-Requested-With", "XMLHttpRequest").resp("application/json",
				`{"title":"Twilio SMS","panels":[{"component":"panel","name":"Integration Details"}],"resource":{"id":{"attribute":"id","value":3},"fields":[{"component":"text-field","attribute":"name","name":"Name","value":"Twilio SMS"},`+
					c.decoy(`{"component":"text-field","attribute":"account_sid","name":"Account SID","value":"AC`+c.hexs(32)+`"}`)+`,{"component":"password-field","attribute":"auth_token","name":"Auth Token","value":"`+c.secret("Nova field {attribute: auth_token, value}", c.hexs(32))+`"},`+
					`{"component":"text-field","attribute":"status_callback_secret","name":"Status callback secret","value":"`+c.secret("Nova field {attribute: status_callback_secret, value}", c.alnum(40))+`"}],"authorizedToUpdate":true}}`)
		}},
		{cat, "django-admin-inline-formset-settings", func(c *gcase) {
			c.post("https://ops.gravelworks.example/admin/core/tenant/14/change/", "application/x-www-form-urlencoded",
				"csrfmiddlewaretoken="+c.secret("csrfmiddlewaretoken", c.alnum(64))+"&name=Gravelworks+North&settings-TOTAL_FORMS=3&settings-INITIAL_FORMS=3&settings-MIN_NUM_FORMS=0&settings-MAX_NUM_FORMS=1000"+
					"&settings-0-id=51&settings-0-tenant=14&settings-0-name=SFTP_HOST&settings-0-value="+c.decoy("sftp.gravelworks.example")+
					"&settings-1-id=52&settings-1-tenant=14&settings-1-name=SFTP_PASSWORD&settings-1-value="+url.QueryEscape(c.secret("formset settings-1-value (name SFTP_PASSWORD)", c.u22Pw()))+
					"&settings-2-id=53&settings-2-tenant=14&settings-2-name=LABEL_SIGNING_KEY&settings-2-value="+c.secret("formset settings-2-value (name LABEL_SIGNING_KEY)", c.hexs(64))+"&_save=Save").
				sh("Location", "/admin/core/tenant/").code(302)
		}},
		{cat, "activeadmin-attributes-table-rows", func(c *gcase) {
			c.get("https://app.thistledesk.example/admin/payment_gateways/2").resp("text/html; charset=utf-8",
				`<div class="panel"><h3>Payment Gateway Details</h3><div class="panel_contents"><div class="attributes_table payment_gateway" id="attributes_table_payment_gateway_2"><table border="0" cellspacing="0" cellpadding="0">`+
					`<tr class="row row-provider"><th>Provider</th><td>adyen</td></tr>`+c.decoy(`<tr class="row row-merchant_account"><th>Merchant Account</th><td>ThistleDeskECOM</td></tr>`)+
					`<tr class="row row-hmac_key"><th>Hmac Key</th><td>`+c.secret("ActiveAdmin row-hmac_key td", strings.ToUpper(c.hexs(64)))+`</td></tr><tr class="row row-notification_password"><th>Notification Password</th><td>`+c.secret("ActiveAdmin row-notification_password td", c.u22Pw())+`</td></tr>`+
					c.decoy(`<tr class="row row-updated_at"><th>Updated At</th><td>November 20, 2026 08:12</td></tr>`)+`</table></div></div></div>`)
		}},
	}
}

// 3. Credentials with no telling name.
func u22Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "gwt-rpc-positional-password-and-session", func(c *gcase) {
			perm := c.decoy(strings.ToUpper(c.hexs(32)))
			pw := c.secret("GWT-RPC positional password string", c.u22Pw())
			c.post("https://dispatch.bramblerail.example/dispatch/authService", "text/x-gwt-rpc; charset=utf-8",
				"7|0|7|https://dispatch.bramblerail.example/dispatch/|"+perm+"|com.bramblerail.dispatch.client.rpc.AuthService|login|java.lang.String/2004016611|yard.controller7|"+pw+"|1|2|3|4|2|5|5|6|7|").
				rh("X-GWT-Permutation", perm, "X-GWT-Module-Base", "https://dispatch.bramblerail.example/dispatch/").
				resp("text/plain; charset=utf-8", `//OK[2,1,["com.bramblerail.dispatch.shared.SessionInfo/3405462158","`+c.secret("GWT-RPC response session string", c.alnum(48))+`","yard.controller7"],0,7]`)
		}},
		{cat, "vaadin-uidl-msync-password-value", func(c *gcase) {
			c.post("https://planner.nimbusrail.example/?v-r=uidl&v-uiId=0", "application/json; charset=UTF-8",
				`{"csrfToken":"`+c.secret("UIDL csrfToken", c.uuid())+`","rpc":[{"type":"mSync","node":41,"feature":1,"property":"value","value":"`+c.secret("mSync value of node 41 (a password field)", c.u22Pw())+`"},{"type":"event","node":41,"event":"change","data":{}},{"type":"event","node":44,"event":"click","data":{"event.shiftKey":false,"event.detail":1}}],"syncId":3,"clientId":3}`).
				resp("application/json; charset=UTF-8", `for(;;);[{"syncId":4,"clientId":4,"changes":[{"node":44,"type":"put","key":"disabled","feat":3,"value":""}],"timings":[412,8]}]`)
		}},
		{cat, "django-password-reset-link-and-set-password", func(c *gcase) {
			tok := c.secret("password reset token path segment", c.pick(gLower+gDigits, 6)+"-"+c.hexs(32))
			c.get("https://ops.gravelworks.example/accounts/reset/MTQ/"+tok+"/").code(302).sh("Location", "/accounts/reset/MTQ/set-password/")
			pw := c.secret("new_password1 / new_password2", c.u22Pw())
			c.post("https://ops.gravelworks.example/accounts/reset/MTQ/set-password/", "application/x-www-form-urlencoded",
				"csrfmiddlewaretoken="+c.alnum(64)+"&new_password1="+url.QueryEscape(pw)+"&new_password2="+url.QueryEscape(pw)).
				rh("Referer", "https://ops.gravelworks.example/accounts/reset/MTQ/set-password/").code(302).sh("Location", c.decoy("/accounts/reset/done/"))
		}},
		{cat, "active-storage-signed-blob-and-disk-urls", func(c *gcase) {
			blob := gB64(`{"_rails":{"data":4471,"pur":"blob_id"}}`) + "--" + c.secret("signed blob id digest", c.hexs(40))
			disk := gB64(`{"_rails":{"data":{"key":"`+c.pick(gLower+gDigits, 28)+`","disposition":"inline; filename=\"invoice-2026-11.pdf\"; filename*=UTF-8''invoice-2026-11.pdf","content_type":"application/pdf","service_name":"local"},"exp":"2026-11-22T10:20:15.000Z","pur":"blob_key"}}`) + "--" + c.secret("disk service token digest", c.hexs(40))
			c.get("https://app.thistledesk.example/rails/active_storage/blobs/redirect/"+url.PathEscape(blob)+"/"+c.decoy("invoice-2026-11.pdf")).code(302).
				sh("Location", "https://app.thistledesk.example/rails/active_storage/disk/"+url.PathEscape(disk)+"/invoice-2026-11.pdf", "Cache-Control", c.decoy("max-age=300, private"))
			c.get("https://app.thistledesk.example/rails/active_storage/disk/"+url.PathEscape(disk)+"/invoice-2026-11.pdf").resp("application/pdf", "")
		}},
		{cat, "meteor-reset-password-fragment-and-ddp-params", func(c *gcase) {
			tok := c.secret("reset token (page URL fragment, DDP positional param)", c.b64u(32))
			c.extraLog = map[string]any{"pages": []any{map[string]any{"startedDateTime": "2026-11-22T10:15:00.000Z", "id": "page_1", "title": "https://wekan.lanternboard.example/#/reset-password/" + tok, "pageTimings": map[string]any{"onContentLoad": 120.5, "onLoad": 340.2}}}}
			c.get("wss://wekan.lanternboard.example/websocket").code(101).
				wsMsg("send", 1, `{"msg":"connect","version":"1","support":["1","pre2","pre1"]}`).
				wsMsg("receive", 1, `{"msg":"connected","session":"`+c.alnum(17)+`"}`).
				wsMsg("send", 1, `{"msg":"method","id":"3","method":"resetPassword","params":["`+tok+`",{"digest":"`+c.secret("new password SHA-256 digest", c.hexs(64))+`","algorithm":"sha-256"}]}`).
				wsMsg("receive", 1, `{"msg":"result","id":"3","result":{"id":"`+c.decoy(c.alnum(17))+`","token":"`+c.secret("login token in method result", c.b64u(32))+`","tokenExpires":{"$date":1795345200000},"type":"password"}}`)
		}},
		{cat, "laravel-reset-password-token-in-path", func(c *gcase) {
			tok := c.secret("reset-password path token (64 hex)", c.hexs(64))
			c.get("https://crm.copperlane.example/reset-password/"+tok+"?email=ines%40copperlane.example").resp("text/html; charset=UTF-8",
				`<!DOCTYPE html><html lang="en"><head><meta name="csrf-token" content="`+c.alnum(40)+`"><script src="`+c.decoy("/build/assets/app-Dk3r9Qx1.js")+`" type="module"></script></head><body><div id="app" data-page="{&quot;component&quot;:&quot;Auth/ResetPassword&quot;,&quot;props&quot;:{&quot;email&quot;:&quot;ines@copperlane.example&quot;},&quot;url&quot;:&quot;/reset-password/`+tok+`?email=ines%40copperlane.example&quot;}"></div></body></html>`)
			pw := c.secret("new password", c.u22Pw())
			c.post("https://crm.copperlane.example/reset-password", "application/json", `{"token":"`+tok+`","email":"ines@copperlane.example","password":"`+pw+`","password_confirmation":"`+pw+`"}`).rh("X-Inertia", "true")
		}},
		{cat, "sveltekit-data-json-devalue-indexes", func(c *gcase) {
			c.get("https://app.juniperhq.example/account/__data.json?"+c.decoy("x-sveltekit-invalidated=01")).resp("application/json",
				`{"type":"data","nodes":[{"type":"skip"},{"type":"data","data":[{"user":1,"apiKeys":5},{"id":2,"email":3,"plan":4},"`+c.decoy("usr_7Hc2Lq")+`","dana@juniperhq.example","team",[6,9],{"label":7,"secret":8},"ci-deploy","`+
					c.secret("devalue element 8 (apiKeys[0].secret)", "jhq_"+c.alnum(32))+`",{"label":10,"secret":11},"local-dev","`+c.secret("devalue element 11 (apiKeys[1].secret)", c.b64u(27))+`"],"uses":{"dependencies":["app:account"]}}]}`)
		}},
		{cat, "turbo-stream-actioncable-signed-name-and-prose", func(c *gcase) {
			ident := `{"channel":"Turbo::StreamsChannel","signed_stream_name":"` + gB64(`"`+gB64u("gid://thistledesk/Ticket/441")+`"`) + `--` + c.secret("signed_stream_name digest", c.hexs(64)) + `"}`
			pw := c.secret("password in Turbo Stream message prose", c.u22Pw())
			c.get("wss://app.thistledesk.example/cable").code(101).
				wsMsg("receive", 1, `{"type":"welcome"}`).
				wsMsg("send", 1, gJS(map[string]any{"command": "subscribe", "identifier": ident})).
				wsMsg("receive", 1, gJS(map[string]any{"identifier": ident, "type": "confirm_subscription"})).
				wsMsg("receive", 1, gJS(map[string]any{"identifier": ident, "message": `<turbo-stream action="append" target="ticket_441_messages"><template><div id="message_9012" class="message"><p>Temporary login for the carrier portal: warehouse2 / ` + pw + `</p><time>` + c.decoy("2026-11-22T10:15:07Z") + `</time></div></template></turbo-stream>`})).
				wsMsg("receive", 1, `{"type":"ping","message":1732270512}`)
		}},
		{cat, "allauth-confirm-email-key-path", func(c *gcase) {
			key := "MTQ:1t8Qx2:" + c.secret("confirm-email key signature", c.b64u(32))
			c.get("https://ops.gravelworks.example/accounts/confirm-email/"+key+"/").resp("text/html; charset=utf-8", `<form method="post" action="/accounts/confirm-email/`+key+`/"><input type="hidden" name="csrfmiddlewaretoken" value="`+c.alnum(64)+`"><button type="submit">Confirm</button></form>`)
			c.post("https://ops.gravelworks.example/accounts/confirm-email/"+key+"/", "application/x-www-form-urlencoded", "csrfmiddlewaretoken="+c.alnum(64)).
				rh("Referer", "https://ops.gravelworks.example/accounts/confirm-email/"+key+"/").code(302).sh("Location", c.decoy("/accounts/email/"))
		}},
		{cat, "discourse-email-login-link", func(c *gcase) {
			tok := c.secret("email-login path token (32 hex)", c.hexs(32))
			c.get("https://forum.pebblepost.example/session/email-login/"+tok).resp("text/html; charset=utf-8", `<html><head><meta name="discourse_theme_id" content="`+c.decoy("3")+`"><meta name="discourse-base-uri" content=""><link rel="preload" href="`+c.decoy("/assets/discourse-2f3b9c1d4e.br.js")+`" as="script"></head><body></body></html>`)
			c.post("https://forum.pebblepost.example/session/email-login/"+tok, "application/x-www-form-urlencoded", "second_factor_method=1").
				rh("X-CSRF-Token", c.secret("X-CSRF-Token header (Discourse)", c.b64u(64)), "Discourse-Logged-In", "false", "Discourse-Present", "true").
				resp("application/json", `{"success":"OK","redirect_to":"/"}`)
		}},
	}
}

// 4. Secrets inside bodies of other formats.
func u22Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "aspnet-viewstate-holding-api-key", func(c *gcase) {
			vs := c.u22VS("-1467843213", "ApiKey", c.secret("API key stored in __VIEWSTATE (base64 LosFormatter)", c.alnum(40)), "Mode", "Edit", "CarrierCode", "QKF-EU")
			c.get("https://portal.quokkafreight.example/Admin/Integrations.aspx?carrier=7").sh("X-AspNet-Version", "4.0.30319").resp("text/html; charset=utf-8",
				`<!DOCTYPE html><html><head><title>Carrier integrations</title></head><body><form method="post" action="./Integrations.aspx?carrier=7" id="form1"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="`+vs+`" /></div><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="`+c.decoy("9D6A4B1E")+`" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="`+c.b64s(96)+`" /></div><span id="lblCarrier">`+c.decoy("Quokka Freight EU (QKF-EU)")+`</span></form></body></html>`)
		}},
		{cat, "blazor-persisted-state-and-blazorpack-event", func(c *gcase) {
			inner := gB64(`{"UserId":"` + c.uuid() + `","AccessToken":"` + c.secret("AccessToken in persisted component state (base64 in base64 in an HTML comment)", c.b64u(48)) + `","ExpiresAt":"2026-11-22T11:15:00Z"}`)
			c.get("https://hub.falconyard.example/integrations").resp("text/html; charset=utf-8", `<!DOCTYPE html><html lang="en"><head><base href="/" /><link rel="stylesheet" href="`+c.decoy("app.4x1q9f3k2m.css")+`" /></head><body><h1>Integrations</h1><!--Blazor-Server-Component-State:`+gB64(`{"UserInfo":"`+inner+`"}`)+`--><script src="`+c.decoy("_framework/blazor.web.js")+`"></script></body></html>`)
			key := c.secret("integration key typed into a Blazor input (blazorpack DispatchEventAsync)", c.alnum(40))
			frame := u22SignalRMp(u22Mp([]any{1, [][2]any{}, nil, "BeginInvokeDotNetFromJS", []any{"3", nil, "DispatchEventAsync", 1, `[{"eventHandlerId":12,"eventName":"change","eventFieldInfo":{"componentId":7,"fieldValue":"` + key + `"}},{"value":"` + key + `"}]`}}))
			c.get("wss://hub.falconyard.example/_blazor?id="+c.b64u(16)).code(101).
				wsMsg("send", 1, "{\"protocol\":\"blazorpack\",\"version\":1}\x1e").wsMsg("receive", 1, "{}\x1e").
				wsMsg("send", 2, base64.StdEncoding.EncodeToString(frame)).
				wsMsg("receive", 2, base64.StdEncoding.EncodeToString(u22SignalRMp(u22Mp([]any{1, [][2]any{}, nil, "JS.RenderBatch", []any{2, "AQAAAA=="}}))))
		}},
		{cat, "livewire-v3-snapshot-json-in-string", func(c *gcase) {
			old := c.secret("apiSecret inside the snapshot JSON string", c.b64u(30))
			nw := c.secret("apiSecret in updates", c.b64u(30))
			sum := c.decoy(c.hexs(64))
			snap := `{"data":{"name":"Mailgun","apiSecret":"` + old + `","region":"eu"},"memo":{"id":"` + c.alnum(20) + `","name":"settings.integrations","path":"settings\/integrations","method":"GET","children":[],"scripts":[],"assets":[],"errors":[],"locale":"en"},"checksum":"` + sum + `"}`
			c.post("https://shop.saffronhaus.example/livewire/update", "application/json",
				`{"_token":"`+c.secret("_token (Laravel CSRF)", c.alnum(40))+`","components":[{"snapshot":`+gJS(snap)+`,"updates":{"apiSecret":"`+nw+`"},"calls":[{"path":"","method":"save","params":[]}]}]}`).
				rh("X-Livewire", "").resp("application/json", `{"components":[{"snapshot":`+gJS(strings.Replace(snap, old, nw, 1))+`,"effects":{"returns":[null],"dispatches":[{"name":"saved","params":[]}]}}],"assets":[]}`)
		}},
		{cat, "inertia-data-page-entity-escaped", func(c *gcase) {
			page := `{"component":"Settings/Webhooks","props":{"errors":{},"auth":{"user":{"id":31}},"webhook":{"url":"https://hooks.copperlane.example/in","signing_secret":"` + c.secret("signing_secret in entity-escaped data-page", c.alnum(40)) +
				`","deploy_hook":"https://api.render.com/deploy/srv-` + c.pick(gLower+gDigits, 20) + `?key=` + c.secret("deploy hook key= inside entity-escaped data-page", c.b64u(12)) + `"},"flash":{"message":null}},"url":"/settings/webhooks","version":"` + c.decoy(c.hexs(32)) + `","clearHistory":false,"encryptHistory":false}`
			c.get("https://crm.copperlane.example/settings/webhooks").resp("text/html; charset=UTF-8", `<!DOCTYPE html><html lang="en"><head><title inertia>Copperlane CRM</title></head><body class="font-sans antialiased"><div id="app" data-page="`+u22Ent(page)+`"></div></body></html>`)
		}},
		{cat, "nextjs-rsc-flight-rows", func(c *gcase) {
			code := c.secret("recovery code in an RSC text row", strings.ToUpper(c.pick(gLower+gDigits, 4)+"-"+c.pick(gLower+gDigits, 4)+"-"+c.pick(gLower+gDigits, 4)))
			txt := "Store this recovery code somewhere safe: " + code + ". It can be used once."
			chunk := c.decoy("static/chunks/app/dashboard/security/page-8f3e2a1b9c7d6e5f.js")
			body := `1:I[5613,["` + chunk + `"],"SecurityPanel"]` + "\n" + `2:{"user":{"id":"u_1842"},"integration":{"provider":"sendgrid","webhookSecret":"` + c.secret("webhookSecret in an RSC JSON row", c.b64u(32)) + `"}}` + "\n" + "3:T" + strconv.FormatInt(int64(len(txt)), 16) + "," + txt + "\n" + `0:["$","$L1",null,{"data":"$2","notice":"$3"}]` + "\n"
			c.get("https://studio.glacierpay.example/dashboard/security?_rsc=1x8kq").rh("RSC", "1", "Next-Router-State-Tree", "%5B%22%22%2C%7B%22children%22%3A%5B%22dashboard%22%5D%7D%5D").
				sh("Vary", "RSC, Next-Router-State-Tree, Next-Router-Prefetch", "X-Nextjs-Cache", c.decoy("HIT")).resp("text/x-component", body)
		}},
		{cat, "nextjs-next-f-push-js-escaped", func(c *gcase) {
			row := `6:["$","$L7",null,{"initialSession":{"accessToken":"` + c.secret("accessToken in a __next_f push (JS-escaped RSC row)", c.b64u(40)) + `","refreshToken":"` + c.secret("refreshToken in a __next_f push", c.b64u(40)) + `","expiresAt":1795345200}}]` + "\n"
			c.get("https://studio.glacierpay.example/").resp("text/html; charset=utf-8", `<!DOCTYPE html><html lang="en"><head><script src="`+c.decoy("/_next/static/chunks/webpack-7c1d3e9f0a2b4c6d.js")+`" async=""></script></head><body><div id="__next"></div><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,`+gJS(row)+`])</script></body></html>`)
		}},
		{cat, "nextjs-server-action-multipart", func(c *gcase) {
			act := c.decoy(c.hexs(40))
			b := c.u22Boundary()
			c.post("https://studio.glacierpay.example/settings/integrations", "multipart/form-data; boundary="+b,
				u22Multipart(b, [2]string{"1_$ACTION_ID_" + act, ""}, [2]string{"1_provider", "stripe"}, [2]string{"1_signingSecret", c.secret("multipart part 1_signingSecret (server action)", c.b64u(33))}, [2]string{"0", `["$K1"]`})).
				rh("Next-Action", act, "Next-Router-State-Tree", "%5B%22%22%2C%7B%22children%22%3A%5B%22settings%22%5D%7D%5D", "Accept", "text/x-component").
				resp("text/x-component", `0:{"a":"$@1","f":"","b":"`+c.decoy("Hq2v9xLcT0bYk3rW8mNpA")+`"}`+"\n"+`1:{"ok":true}`+"\n")
		}},
		{cat, "meteor-ddp-over-sockjs", func(c *gcase) {
			login := `{"msg":"method","method":"login","params":[{"user":{"email":"kai@lanternboard.example"},"password":{"digest":"` + c.secret("password digest in a SockJS-wrapped DDP login", c.hexs(64)) + `","algorithm":"sha-256"}}],"id":"1"}`
			res := `{"msg":"result","id":"1","result":{"id":"` + c.decoy(c.alnum(17)) + `","token":"` + c.secret("login token in a SockJS-wrapped DDP result", c.b64u(32)) + `","tokenExpires":{"$date":1795345200000},"type":"password"}}`
			c.get("wss://wekan.lanternboard.example/sockjs/418/"+c.pick(gLower+gDigits, 8)+"/websocket").code(101).
				wsMsg("receive", 1, "o").
				wsMsg("send", 1, u22Sock("", `{"msg":"connect","version":"1","support":["1","pre2","pre1"]}`)).
				wsMsg("receive", 1, u22Sock("a", `{"server_id":"0"}`)).
				wsMsg("send", 1, u22Sock("", login)).
				wsMsg("receive", 1, u22Sock("a", res)).wsMsg("receive", 1, "h")
		}},
		{cat, "shiny-sockjs-multiplexed-inputs", func(c *gcase) {
			guid := c.decoy(c.uuid())
			c.get("wss://connect.marigoldbio.example/content/"+guid+"/__sockjs__/n="+c.alnum(20)+"/771/"+c.pick(gLower+gDigits, 8)+"/websocket").code(101).
				wsMsg("receive", 1, "o").
				wsMsg("send", 1, u22Sock("", "0#0|o|")).
				wsMsg("send", 1, u22Sock("", `0#0|m|{"method":"init","data":{"db_user":"analyst","db_pass":"`+c.secret("Shiny input db_pass in a multiplexed SockJS frame", c.u22Pw())+`",".clientdata_url_hostname":"connect.marigoldbio.example",".clientdata_pixelratio":2}}`)).
				wsMsg("receive", 1, u22Sock("a", `0#0|m|{"config":{"workerId":"`+c.hexs(16)+`","sessionId":"`+c.hexs(32)+`","user":null}}`)).
				wsMsg("send", 1, u22Sock("", `0#0|m|{"method":"update","data":{"benchling_token":"`+c.secret("Shiny input benchling_token in an update frame", "sk_"+c.alnum(32))+`"}}`))
		}},
		{cat, "streamlit-protobuf-backmsg-widget-states", func(c *gcase) {
			w1 := append(u22PB(1, []byte("$$ID-"+c.hexs(32)+"-openai_api_key")), u22PB(6, []byte(c.secret("st.text_input(type=password) value in a BackMsg protobuf", "sk-proj-"+c.b64u(48)+"T3BlbkFJ"+c.b64u(48))))...)
			w2 := append(u22PB(1, []byte("$$ID-"+c.hexs(32)+"-warehouse_password")), u22PB(6, []byte(c.secret("second widget string_value (password)", c.u22Pw())))...)
			cs := append(u22PB(1, []byte("tab=etl")), u22PB(2, append(u22PB(1, w1), u22PB(1, w2)...))...)
			back := u22PB(11, cs)
			c.get("wss://insights.juniperhq.example/_stcore/stream").code(101).rh("Sec-WebSocket-Protocol", "streamlit, "+c.decoy(c.uuid())).
				wsMsg("send", 2, base64.StdEncoding.EncodeToString(back)).
				wsMsg("receive", 2, base64.StdEncoding.EncodeToString(u22PB(2, []byte("1.40.1"))))
			c.get("https://insights.juniperhq.example/_stcore/host-config").resp("application/json", `{"allowedOrigins":["https://*.streamlit.app"],"useExternalAuthToken":false,`+c.decoy(`"enableCustomParentMessages":false`)+`}`)
		}},
		{cat, "wicket-ajax-response-cdata", func(c *gcase) {
			c.get("https://erp.basaltworks.example/portal/settings?3-1.0-form-regenerate&_="+c.digits(13)).rh("Wicket-Ajax", "true", "Wicket-Ajax-BaseURL", c.decoy("settings?3"), "Wicket-FocusedElementId", "regenerate7").
				resp("text/xml;charset=UTF-8", `<?xml version="1.0" encoding="UTF-8"?><ajax-response><component id="apiKeyPanel7" ><![CDATA[<div id="apiKeyPanel7"><label for="key8">Integration key</label><input type="text" readonly="readonly" value="`+c.secret("input value inside Wicket ajax-response CDATA", c.alnum(36))+`" name="apiKeyPanel:key" id="key8"/></div>]]></component>`+
					`<evaluate><![CDATA[(function(){Wicket.Ajax.ajax({"u":"./settings?3-1.0-form-copy","c":"copy9","e":"click"});})();]]></evaluate></ajax-response>`)
		}},
		{cat, "remix-single-fetch-turbo-stream", func(c *gcase) {
			c.get("https://studio.glacierpay.example/settings/billing.data").resp("text/x-script",
				`[{"_1":2},"routes/settings.billing",{"_3":4},"data",{"_5":6,"_7":8,"_9":10},"stripeCustomerId","`+c.decoy("cus_"+c.alnum(14))+`","portalSessionToken","`+c.secret("portalSessionToken value by turbo-stream index", c.b64u(32))+`","signingSecret","`+c.secret("signingSecret value by turbo-stream index", c.hexs(48))+`"]`)
		}},
	}
}

// 5. Quirks of exporters and proxies.
func u22Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "charles-json-body-as-param-name", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "5.0.1"}
			body := `{"username":"ops-admin","password":"` + c.secret("password in a JSON body exported as a param name", c.u22Pw()) + `"}`
			e := c.post("https://ops.gravelworks.example/api/auth/login/", "application/x-www-form-urlencoded", body)
			e.post.params = []any{map[string]any{"name": body, "value": ""}}
			e.resp("application/json", `{"key":"`+c.secret("dj-rest-auth key in response", c.hexs(40))+`"}`).sh("Allow", c.decoy("POST, OPTIONS"))
		}},
		{cat, "safari-page-title-reset-key-and-hx-headers", func(c *gcase) {
			c.creator = [2]string{"WebKit Web Inspector", "19.4"}
			key := c.secret("allauth reset key in page title and URL", "e-"+c.pick(gLower+gDigits, 6)+"-"+c.hexs(32))
			u := "https://ops.gravelworks.example/accounts/password/reset/key/" + key + "/"
			c.extraLog = map[string]any{"pages": []any{map[string]any{"startedDateTime": "2026-11-22T10:15:00.000Z", "id": "page_1", "title": u, "pageTimings": map[string]any{"onContentLoad": 120.5, "onLoad": 340.2}}}}
			c.get(u).set("serverIPAddress", c.decoy("198.51.100.40")).set("connection", "443")
			c.post("https://ops.gravelworks.example/htmx/password-strength/", "application/x-www-form-urlencoded", "score_only=1").
				rh("HX-Request", "true", "HX-Current-URL", u, "X-CSRFToken", c.secret("X-CSRFToken from hx-headers", c.alnum(64))).resp("text/html", `<span class="meter" data-score="3">`+c.decoy("Strong")+`</span>`)
		}},
		{cat, "proxyman-base64-content-empty-mime", func(c *gcase) {
			c.creator = [2]string{"Proxyman", "5.9.0"}
			e := c.post("https://board.pebblepost.example/api/users/log_in", "", `{"user":{"email":"ana@pebblepost.example","password":"`+c.secret("password in a body with empty mimeType", c.u22Pw())+`"}}`)
			e.respMime = ""
			e.respText = gB64(`{"data":{"token":"` + c.secret("Phoenix API token in base64 content with empty mimeType", c.u22PhxToken(36)) + `","user_id":2291}}`)
			e.respEncoding = "base64"
			e.sh("x-request-id", c.decoy("F"+c.b64u(15)))
		}},
		{cat, "http-toolkit-comment-with-pasted-curl", func(c *gcase) {
			c.creator = [2]string{"HTTP Toolkit", "1.19.0"}
			c.post("https://api.walrusfleet.example/v1/exports/", "application/json", `{"format":"csv","from":"2026-11-01"}`).
				rh("Authorization", "Token "+c.secret("DRF Authorization Token", c.hexs(40))).
				set("comment", "Replays fine with: curl -u 'exporter:"+c.secret("curl -u password in an entry comment", c.u22Pw())+"' https://api.walrusfleet.example/v1/exports/ -d format=csv").
				resp("application/json", `{"id":"`+c.decoy("exp_"+c.alnum(12))+`","status":"queued"}`).code(201)
		}},
		{cat, "burp-bare-cookie-and-joined-set-cookie", func(c *gcase) {
			c.creator = [2]string{"Burp Suite Professional", "2024.9.4"}
			c.get("https://ops.gravelworks.example/dashboard/").
				rh("Cookie", c.secret("cookie without a name (no '=')", c.b64u(24))+"; csrftoken="+c.secret("csrftoken cookie", c.alnum(32))).
				sh("Set-Cookie", "sessionid="+c.secret("sessionid in a joined Set-Cookie", c.pick(gLower+gDigits, 32))+"; HttpOnly; Path=/; SameSite=Lax\nmessages="+c.secret("messages cookie in a joined Set-Cookie", c.b64u(40)+":"+c.b64u(8)+":"+c.b64u(32))+"; HttpOnly; Path=/; SameSite=Lax",
					"X-Content-Type-Options", "nosniff").resp("text/html", `<title>`+c.decoy("Dashboard | Gravelworks Ops")+`</title>`)
		}},
		{cat, "mitmproxy-anycable-jid-websocket", func(c *gcase) {
			c.creator = [2]string{"mitmproxy", "11.0.2"}
			jwt := c.secret("AnyCable jid JWT in the websocket URL", c.hs256JWT(`{"ext":"{\"current_user\":\"gid://thistledesk/User/88\"}","exp":1795345200}`))
			c.get("wss://ws.thistledesk.example/cable?jid="+jwt).code(101).rh("Sec-WebSocket-Protocol", "actioncable-v1-json").
				wsMsg("receive", 1, `{"type":"welcome","sid":"`+c.alnum(21)+`","restored":false}`).
				wsMsg("send", 1, `{"command":"subscribe","identifier":"{\"channel\":\"NotificationsChannel\"}"}`).
				wsMsg("send", 1, `{"command":"message","identifier":"{\"channel\":\"NotificationsChannel\"}","data":"{\"action\":\"ack\",\"token\":\"`+c.secret("ack token in ActionCable data string", c.b64u(24))+`\"}"}`)
		}},
		{cat, "playwright-record-har-sveltekit-action", func(c *gcase) {
			c.creator = [2]string{"Playwright", "1.49.1"}
			c.post("https://app.juniperhq.example/login?/signin", "application/x-www-form-urlencoded", "email=qa-bot%40juniperhq.example&password="+url.QueryEscape(c.secret("password in a SvelteKit form action", c.u22Pw()))).
				rh("x-sveltekit-action", "true", "Origin", "https://app.juniperhq.example").
				sh("Set-Cookie", "jhq_session="+c.secret("jhq_session cookie", c.b64u(32))+"; Path=/; HttpOnly; Secure; SameSite=Lax").
				resp("application/json", `{"type":"redirect","status":303,"location":"/app"}`).
				set("pageref", "page@3f1c2b9e0a").set("_frameref", "frame@"+c.hexs(8)).set("_monotonicTime", 4120.337).set("serverIPAddress", c.decoy("203.0.113.80")).set("_serverPort", 443).
				set("_securityDetails", map[string]any{"protocol": "TLS 1.3", "subjectName": "app.juniperhq.example", "issuer": c.decoy("R11"), "validFrom": 1729555200, "validTo": 1737331199})
		}},
		{cat, "fiddler-form-body-exported-as-text-plain", func(c *gcase) {
			c.creator = [2]string{"Fiddler", "5.0.20253.3311"}
			c.post("https://hub.falconyard.example/Account/Login?ReturnUrl=%2FDashboard", "text/plain",
				"Email=o.lindqvist%40falconyard.example&Password="+url.QueryEscape(c.secret("Password in a form body exported as text/plain", c.u22Pw()))+"&RememberMe=false&__RequestVerificationToken="+c.secret("__RequestVerificationToken", "CfDJ8"+c.b64u(110))).
				rh("Content-Type", "application/x-www-form-urlencoded", "Cookie", ".AspNetCore.Antiforgery.9TtSrW0hzOs="+c.secret("antiforgery cookie", "CfDJ8"+c.b64u(100))).code(302).sh("Location", "/Dashboard")
		}},
		{cat, "firefox-multipart-with-params", func(c *gcase) {
			c.creator = [2]string{"Firefox", "133.0"}
			b := "----geckoformboundary" + c.hexs(32)
			tok := c.secret("authenticity_token multipart part", c.b64s(64))
			pw := c.secret("smtp_setting[password] multipart part", c.u22Pw())
			e := c.post("https://app.thistledesk.example/settings/smtp", "multipart/form-data; boundary="+b,
				u22Multipart(b, [2]string{"_method", "patch"}, [2]string{"authenticity_token", tok}, [2]string{"smtp_setting[host]", "smtp.eu.mailgun.org"}, [2]string{"smtp_setting[password]", pw}, [2]string{"commit", "Save"}))
			e.post.params = []any{map[string]any{"name": "_method", "value": "patch"}, map[string]any{"name": "authenticity_token", "value": tok}, map[string]any{"name": "smtp_setting[host]", "value": c.decoy("smtp.eu.mailgun.org")}, map[string]any{"name": "smtp_setting[password]", "value": pw}, map[string]any{"name": "commit", "value": "Save"}}
			e.code(302).sh("Location", "https://app.thistledesk.example/settings/smtp")
		}},
		{cat, "postdata-base64-encoding-server-action", func(c *gcase) {
			c.creator = [2]string{"HTTP Toolkit", "1.19.0"}
			act := c.decoy(c.hexs(42))
			e := c.post("https://studio.glacierpay.example/login", "text/plain;charset=UTF-8", gB64(`[{"email":"qa@glacierpay.example","password":"`+c.secret("password in a base64-encoded postData (server action)", c.u22Pw())+`","otp":"`+c.secret("otp in a base64-encoded postData", c.digits(8))+`"}]`))
			e.post.encoding = "base64"
			e.rh("Next-Action", act, "Accept", "text/x-component").resp("text/x-component", `0:{"a":"$@1","f":""}`+"\n"+`1:{"ok":true}`+"\n")
		}},
		{cat, "chrome-initiator-stack-embed-jwt", func(c *gcase) {
			jwt := c.secret("Metabase embed JWT in path and _initiator stack URL", c.hs256JWT(`{"resource":{"dashboard":12},"params":{"tenant_id":[14]},"exp":1795345200}`))
			c.get("https://bi.juniperhq.example/api/embed/dashboard/"+jwt+"/dashcard/41/card/7?"+c.decoy("tenant_id=14")).
				set("_initiator", map[string]any{"type": "script", "stack": map[string]any{"callFrames": []any{map[string]any{"functionName": "fetchCardData", "scriptId": "41", "url": "https://bi.juniperhq.example/embed/dashboard/" + jwt + "#bordered=true&titled=false", "lineNumber": 12, "columnNumber": 8}}}}).
				set("_resourceType", "fetch").resp("application/json", `{"data":{"rows":[[1840]],"cols":[{"name":"count"}]},"json_query":{},`+c.decoy(`"row_count":1`)+`}`)
		}},
	}
}

// 6. The same secret in several places and encodings of one file.
func u22Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "rails-csrf-meta-header-and-json-body", func(c *gcase) {
			tok := c.secret("Rails CSRF token (meta, X-CSRF-Token, JSON body, percent-encoded form)", c.b64s(64))
			c.get("https://app.thistledesk.example/tickets/441").resp("text/html; charset=utf-8", `<head><meta name="csrf-param" content="authenticity_token" /><meta name="csrf-token" content="`+tok+`" /></head>`)
			c.req("PATCH", "https://app.thistledesk.example/tickets/441.json", "application/json", `{"ticket":{"status":"pending"},"authenticity_token":"`+tok+`"}`).rh("X-CSRF-Token", tok, "X-Requested-With", "XMLHttpRequest").
				resp("application/json", `{"id":441,"status":"pending",`+c.decoy(`"lock_version":7`)+`}`)
			c.post("https://app.thistledesk.example/tickets/441/close", "application/x-www-form-urlencoded", "_method=post&authenticity_token="+url.QueryEscape(tok)).code(302).sh("Location", "/tickets/441")
		}},
		{cat, "sanctum-token-in-prose-before-bearer", func(c *gcase) {
			tok := c.secret("Sanctum personal access token (prose first, then Bearer)", "4|"+c.alnum(40))
			c.get("https://crm.copperlane.example/user/api-tokens").resp("text/html; charset=UTF-8", `<div class="rounded bg-gray-100 p-4">Please copy your new API token. For your security, it won't be shown again.<div class="mt-4 font-mono text-sm">`+tok+`</div></div>`)
			c.get("https://crm.copperlane.example/api/contacts?"+c.decoy("page=2&per_page=50")).rh("Authorization", "Bearer "+tok, "Accept", "application/json").
				resp("application/json", `{"current_page":2,"data":[],`+c.decoy(`"per_page":50`)+`,"total":61}`)
		}},
		{cat, "django-sessionid-cookie-echoed-in-debug-cookies-table", func(c *gcase) {
			sid := c.secret("Django sessionid (Set-Cookie, debug COOKIES row, JS analytics payload)", c.pick(gLower+gDigits, 32))
			c.post("https://ops.gravelworks.example/accounts/login/", "application/x-www-form-urlencoded", "username=ops&password="+url.QueryEscape(c.secret("login password", c.u22Pw()))).
				sh("Set-Cookie", "sessionid="+sid+"; HttpOnly; Path=/; SameSite=Lax").code(302).sh("Location", "/reports/")
			c.get("https://ops.gravelworks.example/reports/q3/").code(500).resp("text/html; charset=utf-8",
				`<h3 id="cookie-info">COOKIES</h3><table class="req"><thead><tr><th>Variable</th><th>Value</th></tr></thead><tbody><tr><td>sessionid</td><td class="code"><pre>&#x27;`+sid+`&#x27;</pre></td></tr></tbody></table><p>`+c.decoy("Python Version: 3.12.7")+`</p>`)
			c.post("https://rum.gravelworks.example/v1/beacon", "text/plain;charset=UTF-8", `{"page":"/reports/q3/","ctx":"{\"session\":\"`+sid+`\",\"build\":\"`+c.decoy("2026.11.3")+`\"}"}`)
		}},
		{cat, "meteor-login-token-ddp-resume-and-header", func(c *gcase) {
			tok := c.secret("Meteor login token (DDP result, resume, X-Auth-Token)", c.b64u(32))
			uid := c.decoy(c.alnum(17))
			c.get("wss://wekan.lanternboard.example/websocket").code(101).
				wsMsg("receive", 1, `{"msg":"result","id":"1","result":{"id":"`+uid+`","token":"`+tok+`","tokenExpires":{"$date":1795345200000},"type":"password"}}`).
				wsMsg("send", 1, `{"msg":"method","method":"login","params":[{"resume":"`+tok+`"}],"id":"7"}`)
			c.get("https://wekan.lanternboard.example/api/boards/"+c.decoy(c.alnum(17))+"/export?authToken="+tok).rh("X-User-Id", uid, "X-Auth-Token", tok)
		}},
		{cat, "blazor-connection-token-negotiate-and-ws", func(c *gcase) {
			ct := c.secret("SignalR connectionToken (negotiate, ws id=, log line)", c.b64u(16))
			cid := c.decoy(c.b64u(16))
			c.post("https://hub.falconyard.example/_blazor/negotiate?negotiateVersion=1", "text/plain;charset=UTF-8", "").rh("X-SignalR-User-Agent", c.decoy("Microsoft SignalR/0.0 (0.0.0-DEV_BUILD; Unknown OS; Browser; Unknown Runtime Version)")).
				resp("application/json", `{"negotiateVersion":1,"connectionId":"`+cid+`","connectionToken":"`+ct+`","availableTransports":[{"transport":"WebSockets","transferFormats":["Text","Binary"]},{"transport":"LongPolling","transferFormats":["Text","Binary"]}]}`)
			c.get("wss://hub.falconyard.example/_blazor?id="+ct).code(101).wsMsg("send", 1, "{\"protocol\":\"blazorpack\",\"version\":1}\x1e")
			c.post("https://hub.falconyard.example/api/clientlog", "application/json", `{"level":"Warning","message":"Connection disconnected with error 'WebSocket closed with status code: 1006'. Reconnecting with token `+ct+`"}`)
		}},
		{cat, "authjs-session-jwe-in-next-f-then-cookie", func(c *gcase) {
			jwe := c.secret("Auth.js session JWE (__next_f first, then cookie, then RSC row)", gB64u(`{"alg":"dir","enc":"A256CBC-HS512","kid":"`+c.b64u(32)+`"}`)+".."+c.b64u(16)+"."+c.b64u(180)+"."+c.b64u(32))
			row := `4:["$","$L5",null,{"session":{"sessionToken":"` + jwe + `","expires":"2026-12-22T10:15:00.000Z"}}]` + "\n"
			c.get("https://studio.glacierpay.example/account").resp("text/html; charset=utf-8", `<script>self.__next_f.push([1,`+gJS(row)+`])</script>`)
			c.get("https://studio.glacierpay.example/api/auth/session").rh("Cookie", "__Secure-authjs.session-token="+jwe).resp("application/json", `{"user":{"id":"u_1842"},"expires":"2026-12-22T10:15:00.000Z"}`)
			c.get("https://studio.glacierpay.example/account?_rsc=3k9q1").rh("RSC", "1").resp("text/x-component", row)
		}},
		{cat, "posit-connect-key-in-snippet-then-header", func(c *gcase) {
			key := c.secret("Posit Connect API key (R snippet first, then Authorization: Key)", c.alnum(32))
			c.get("https://connect.marigoldbio.example/__api__/v1/content/"+c.decoy(c.uuid())).resp("text/html; charset=utf-8",
				`<pre><code class="language-r">library(connectapi)
client &lt;- connect(server = "https://connect.marigoldbio.example", api_key = "`+key+`")
</code></pre><p>`+c.decoy("Posit Connect v2024.09.0")+`</p>`)
			c.get("https://connect.marigoldbio.example/__api__/v1/users?page_size=20").rh("Authorization", "Key "+key).resp("application/json", `{"results":[],`+c.decoy(`"current_page":1`)+`,"total":0}`)
		}},
		{cat, "htmx-hx-headers-attribute-then-request-header", func(c *gcase) {
			tok := c.secret("Django CSRF token (hx-headers attribute, X-CSRFToken, hx-vals)", c.alnum(64))
			c.get("https://deploy.falconyard.example/projects/").resp("text/html; charset=utf-8", `<body hx-headers='{"X-CSRFToken": "`+tok+`"}' hx-boost="true"><script src="`+c.decoy("/static/js/htmx.min.2b9f1c3a.js")+`"></script><button hx-post="/projects/9/redeploy/" hx-vals='{"csrfmiddlewaretoken": "`+tok+`", "env": "prod"}'>Redeploy</button></body>`)
			c.post("https://deploy.falconyard.example/projects/9/redeploy/", "application/x-www-form-urlencoded", "csrfmiddlewaretoken="+tok+"&env=prod").
				rh("HX-Request", "true", "X-CSRFToken", tok, "HX-Trigger", c.decoy("redeploy-9")).resp("text/html", `<span class="badge">queued</span>`)
		}},
		{cat, "supabase-refresh-token-devalue-then-json", func(c *gcase) {
			rt := c.secret("Supabase refresh_token (SvelteKit devalue, base64 cookie, JSON body)", c.pick(gLower+gDigits, 12))
			at := c.rs256JWT("sb-"+c.hexs(6), `{"aud":"authenticated","exp":1795345200,"sub":"`+c.uuid()+`","role":"authenticated"}`)
			c.get("https://app.juniperhq.example/__data.json").resp("application/json",
				`{"type":"data","nodes":[{"type":"data","data":[{"session":1},{"access_token":2,"refresh_token":3,"expires_in":4},"`+c.secret("Supabase access_token in devalue", at)+`","`+rt+`",3600],"uses":{}}]}`)
			c.get("https://app.juniperhq.example/app").rh("Cookie", "sb-qtwmxzkdbt-auth-token=base64-"+gB64(`{"access_token":"`+at+`","refresh_token":"`+rt+`","token_type":"bearer"}`))
			c.post("https://qtwmxzkdbt.supabase.co/auth/v1/token?grant_type=refresh_token", "application/json;charset=UTF-8", `{"refresh_token":"`+rt+`"}`).rh("apikey", c.secret("Supabase anon apikey header", c.hs256JWT(`{"iss":"supabase","ref":"qtwmxzkdbt","role":"anon","iat":1700000000,"exp":2015576000}`)), "X-Client-Info", c.decoy("supabase-js-web/2.45.4"))
		}},
		{cat, "nuxt-data-devalue-then-bearer-and-refresh", func(c *gcase) {
			tok := c.secret("Nuxt auth token (__NUXT_DATA__ devalue, Bearer, refresh body)", c.b64u(36))
			c.get("https://shop.saffronhaus.example/account").resp("text/html;charset=utf-8", `<div id="__nuxt"></div><script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">[["ShallowReactive",1],{"data":2,"state":4,"once":9,"_errors":10,"serverRendered":12},["ShallowReactive",3],{},["Reactive",5],{"$sauth":6,"$sapiBase":8},{"token":7},"`+tok+`","https://api.saffronhaus.example",["Set"],["ShallowReactive",11],{},true]</script><script type="module" src="`+c.decoy("/_nuxt/entry.B9kP2xQa.js")+`" crossorigin></script>`)
			c.get("https://api.saffronhaus.example/v1/orders?"+c.decoy("status=open")).rh("Authorization", "Bearer "+tok).resp("application/json", `{"orders":[],`+c.decoy(`"nextCursor":null`)+`}`)
			c.post("https://api.saffronhaus.example/v1/auth/refresh", "application/json", `{"token":"`+tok+`"}`).resp("application/json", `{"token":"`+c.secret("refreshed Nuxt auth token", c.b64u(36))+`",`+c.decoy(`"ttl":3600`)+`}`)
		}},
		{cat, "channels-ws-token-data-attribute-url-and-js-escape", func(c *gcase) {
			tok := c.secret("Django Channels ws token (data attribute, ws URL, \\u-escaped JS)", c.b64u(30))
			esc := strings.NewReplacer("-", `\u002D`, "_", `\u005F`).Replace(tok)
			c.get("https://deploy.falconyard.example/projects/9/logs/").resp("text/html; charset=utf-8", `<div id="log" data-ws-url="wss://deploy.falconyard.example/ws/logs/9/?token=`+tok+`"></div><script>window.LOG_CFG = JSON.parse("{\u0022project\u0022:9,\u0022wsToken\u0022:\u0022`+esc+`\u0022}");</script>`)
			c.get("wss://deploy.falconyard.example/ws/logs/9/?token="+tok).code(101).wsMsg("receive", 1, `{"type":"log.line","line":"`+c.decoy("Step 4/9 : RUN pip install -r requirements.txt")+`"}`)
		}},
		{cat, "ember-simple-auth-cookie-bearer-and-error-echo", func(c *gcase) {
			at := c.secret("access token (ember-simple-auth cookie JSON, Bearer, error echo)", c.b64u(40))
			c.get("https://admin.orchardmail.example/api/v1/campaigns?"+c.decoy("page%5Bsize%5D=25")).
				rh("Cookie", "ember_simple_auth-session="+url.QueryEscape(`{"authenticated":{"authenticator":"authenticator:oauth2","access_token":"`+at+`","token_type":"bearer","expires_in":7200,"expires_at":1732277715000}}`), "Authorization", "Bearer "+at).
				code(401).resp("application/vnd.api+json", `{"errors":[{"status":"401","code":"token_expired","title":"Unauthorized","detail":"The access token `+at+` has expired"}]}`)
		}},
	}
}

// 7. GraphQL as these frameworks send it.
func u22GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "apollo-apq-get-reset-password", func(c *gcase) {
			hash := c.decoy(c.hexs(64))
			vars := `{"token":"` + c.secret("APQ GET variables token", c.b64u(24)) + `","newPassword":"` + c.secret("APQ GET variables newPassword", c.u22Pw()) + `"}`
			c.get("https://api.juniperhq.example/graphql?operationName=ResetPassword&variables="+url.QueryEscape(vars)+"&extensions="+url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"`+hash+`"}}`)).
				rh("apollographql-client-name", c.decoy("juniper-web"), "apollographql-client-version", c.decoy("3.18.2")).
				resp("application/json", `{"data":{"resetPassword":{"ok":true}}}`)
		}},
		{cat, "apollo-batch-login-and-viewer", func(c *gcase) {
			c.post("https://api.juniperhq.example/graphql", "application/json",
				`[{"operationName":"Login","variables":{"email":"dana@juniperhq.example","password":"`+c.secret("batched Login variables password", c.u22Pw())+`"},"query":"mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }"},{"operationName":"FeatureFlags","variables":{},"query":"query FeatureFlags { flags { key enabled } }"}]`).
				resp("application/json", `[{"data":{"login":{"token":"`+c.secret("batched login.token", c.b64u(36))+`","user":{"id":"`+c.decoy("usr_7Hc2Lq")+`","__typename":"User"},"__typename":"AuthPayload"}}},{"data":{"flags":[`+c.decoy(`{"key":"new-editor","enabled":true}`)+`]}}]`)
		}},
		{cat, "apollo-cache-root-mutation-field-with-args", func(c *gcase) {
			st := `{"ROOT_QUERY":{"__typename":"Query","viewer":{"__ref":"User:88"}},"User:88":{"__typename":"User","id":"88","handle":"ops"},"ROOT_MUTATION":{"__typename":"Mutation","createDeployKey({\"input\":{\"label\":\"ci\",\"scope\":\"WRITE\"}})":{"__typename":"DeployKeyPayload","id":"` + c.decoy("dk_"+c.alnum(10)) + `","plaintext":"` + c.secret("ROOT_MUTATION createDeployKey(...).plaintext", c.b64u(33)) + `"}}}`
			c.get("https://deploy.falconyard.example/keys").resp("text/html; charset=utf-8", `<script>window.__APOLLO_STATE__=`+st+`;</script><script src="`+c.decoy("/static/js/main.c81e728d.js")+`"></script>`)
		}},
		{cat, "absinthe-over-phoenix-channel", func(c *gcase) {
			c.get("wss://board.pebblepost.example/socket/websocket?vsn=2.0.0").code(101).
				wsMsg("send", 1, `["1","1","__absinthe__:control","phx_join",{}]`).
				wsMsg("send", 1, `["1","2","__absinthe__:control","doc",{"query":"mutation RotateKey($input: RotateKeyInput!) { rotateKey(input: $input) { key { id secret } } }","variables":{"input":{"previousSecret":"`+c.secret("Absinthe doc variables previousSecret", c.b64u(30))+`","label":"printer"}}}]`).
				wsMsg("receive", 1, `["1","2","__absinthe__:control","phx_reply",{"status":"ok","response":{"data":{"rotateKey":{"key":{"id":"`+c.decoy("key_"+c.digits(5))+`","secret":"`+c.secret("Absinthe reply rotateKey.key.secret", c.b64u(30))+`"}}}}}]`)
		}},
		{cat, "graphene-django-change-password", func(c *gcase) {
			c.post("https://ops.gravelworks.example/graphql/", "application/json",
				`{"query":"mutation ChangePassword($input: PasswordChangeInput!) { passwordChange(input: $input) { success errors } }","variables":{"input":{"oldPassword":"`+c.secret("variables.input.oldPassword", c.u22Pw())+`","newPassword1":"`+c.secret("variables.input.newPassword1", c.u22Pw())+`"}},"operationName":"ChangePassword"}`).
				rh("X-CSRFToken", c.secret("X-CSRFToken", c.alnum(64))).resp("application/json", `{"data":{"passwordChange":{"success":true,"errors":null}}}`)
		}},
		{cat, "hot-chocolate-persisted-id-get", func(c *gcase) {
			c.get("https://hub.falconyard.example/graphql?id="+c.decoy(c.hexs(32))+"&operationName=RegisterClient&variables="+url.QueryEscape(`{"input":{"clientId":"printer-07","clientSecret":"`+c.secret("Hot Chocolate GET variables clientSecret", c.alnum(40))+`"}}`)).
				rh("GraphQL-Preflight", "1", "Authorization", "Bearer "+c.secret("Hot Chocolate bearer (opaque)", c.b64u(32))).resp("application/graphql-response+json; charset=utf-8", `{"data":{"registerClient":{"client":{"id":"`+c.decoy("Q2xpZW50CmQ3")+`"}}}}`)
		}},
		{cat, "graphql-multipart-upload-with-signing-key", func(c *gcase) {
			b := c.u22Boundary()
			ops := `{"query":"mutation ($file: Upload!, $signingKey: String!) { importCertificates(file: $file, signingKey: $signingKey) { count } }","variables":{"file":null,"signingKey":"` + c.secret("operations part variables.signingKey", c.b64s(32)) + `"}}`
			body := "--" + b + "\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n" + ops + "\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n{\"0\":[\"variables.file\"]}\r\n--" + b +
				"\r\nContent-Disposition: form-data; name=\"0\"; filename=\"" + c.decoy("certs-2026-11.csv") + "\"\r\nContent-Type: text/csv\r\n\r\nserial,not_after\n" + c.decoy("7F3A21,2027-11-30") + "\n\r\n--" + b + "--\r\n"
			c.post("https://api.basaltworks.example/graphql/", "multipart/form-data; boundary="+b, body).rh("Apollo-Require-Preflight", "true").resp("application/json", `{"data":{"importCertificates":{"count":1}}}`)
		}},
		{cat, "graphql-error-echoes-variable-value", func(c *gcase) {
			inv := c.secret("inviteToken variable echoed in errors[].message", c.alnum(24))
			c.post("https://api.juniperhq.example/graphql", "application/json", `{"operationName":"AcceptInvite","variables":{"inviteToken":"`+inv+`"},"query":"mutation AcceptInvite($inviteToken: ID!) { acceptInvite(token: $inviteToken) { team { id } } }"}`).
				resp("application/json", `{"errors":[{"message":"Variable \"$inviteToken\" got invalid value \"`+inv+`\"; invite expired or already used.","locations":[{"line":1,"column":21}],"extensions":{"code":"BAD_USER_INPUT",`+c.decoy(`"traceId":"`+c.hexs(32)+`"`)+`}}],"data":null}`)
		}},
		{cat, "relay-doc-id-form-encoded-variables", func(c *gcase) {
			c.post("https://app.lanternboard.example/api/graphql/", "application/x-www-form-urlencoded",
				"doc_id="+c.decoy(c.nonLuhn(16))+"&fb_api_req_friendly_name=SettingsSmtpMutation&variables="+url.QueryEscape(`{"input":{"host":"smtp.office365.com","username":"noreply@lanternboard.example","password":"`+c.secret("form-encoded variables input.password", c.u22Pw())+`"}}`)+"&server_timestamps=true").
				resp("application/json", `{"data":{"updateSmtp":{"settings":{"id":"`+c.decoy("U210cDoz")+`"}}},"extensions":{"is_final":true}}`)
		}},
		{cat, "wpgraphql-faust-login-tokens", func(c *gcase) {
			c.post("https://cms.copperlane.example/graphql", "application/json",
				`{"query":"mutation Login($username: String!, $password: String!) { login(input: {provider: PASSWORD, credentials: {username: $username, password: $password}}) { authToken refreshToken user { databaseId } } }","variables":{"username":"editor","password":"`+c.secret("WPGraphQL login variables.password", c.u22Pw())+`"}}`).
				resp("application/json", `{"data":{"login":{"authToken":"`+c.secret("login.authToken (JWT)", c.hs256JWT(`{"iss":"https://cms.copperlane.example","iat":1732270500,"exp":1732270800,"data":{"user":{"id":"5"}}}`))+`","refreshToken":"`+c.secret("login.refreshToken", c.hs256JWT(`{"iss":"https://cms.copperlane.example","iat":1732270500,"exp":1763806500,"data":{"user":{"id":"5","user_secret":"graphql_jwt_`+c.alnum(13)+`"}}}`))+`","user":{`+c.decoy(`"databaseId":5`)+`}}},"extensions":{"debug":[]}}`).
				sh("X-WP-Total", "1", "X-GraphQL-Keys", c.decoy("3a5bc1e8f0d24"))
		}},
	}
}

// u22PemLine is one 64-character base64 line of a PEM body.
func (c *gcase) u22PemLine() string { return c.pick(gAlnum+"+/", 64) }

// 8. Vendor credential formats as frameworks leak them.
func u22Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "laravel-exposed-dotenv", func(c *gcase) {
			env := "APP_NAME=\"Copperlane CRM\"\nAPP_ENV=production\nAPP_KEY=base64:" + c.secret("APP_KEY", c.b64s(32)) + "\nAPP_DEBUG=false\n" + c.decoy("APP_URL=https://crm.copperlane.example") + "\n\nDB_CONNECTION=mysql\nDB_HOST=10.20.4.11\nDB_PORT=3306\nDB_DATABASE=crm\nDB_USERNAME=crm\nDB_PASSWORD=" + c.secret("DB_PASSWORD", c.u22Pw()) +
				"\n\nAWS_ACCESS_KEY_ID=" + c.secret("AWS_ACCESS_KEY_ID (AKIA)", "AKIA"+c.pick(gUpper+"234567", 16)) + "\nAWS_SECRET_ACCESS_KEY=" + c.secret("AWS_SECRET_ACCESS_KEY", c.pick(gAlnum+"+/", 40)) + "\n" + c.decoy("AWS_DEFAULT_REGION=eu-central-1") + "\n\n" + c.decoy("PUSHER_APP_ID=1871203") + "\nPUSHER_APP_KEY=" + c.hexs(20) + "\nPUSHER_APP_SECRET=" + c.secret("PUSHER_APP_SECRET", c.hexs(20)) +
				"\n\nSTRIPE_KEY=" + c.decoy("pk_live_"+c.alnum(99)) + "\nSTRIPE_SECRET=" + c.secret("STRIPE_SECRET (sk_live_)", "sk_live_"+c.alnum(99)) + "\nVITE_PUSHER_APP_KEY=\"${PUSHER_APP_KEY}\"\n"
			c.get("https://crm.copperlane.example/.env").resp("text/plain; charset=UTF-8", env).sh("Server", c.decoy("nginx/1.24.0"), "Last-Modified", "Tue, 12 Nov 2026 16:40:02 GMT")
		}},
		{cat, "action-mailbox-ingress-userinfo-and-postmark-token", func(c *gcase) {
			hook := "https://actionmailbox:" + c.secret("Action Mailbox ingress password in URL userinfo", c.b64u(24)) + "@app.thistledesk.example/rails/action_mailbox/postmark/inbound_emails"
			c.req("PUT", "https://api.postmarkapp.com/server", "application/json", `{"InboundHookUrl":"`+hook+`","PostFirstOpenOnly":false,"InboundSpamThreshold":5}`).
				rh("X-Postmark-Server-Token", c.secret("X-Postmark-Server-Token header", c.uuid()), "Accept", "application/json").
				resp("application/json", `{`+c.decoy(`"ID":1294337`)+`,"Name":"ThistleDesk Production","InboundHookUrl":"`+hook+`",`+c.decoy(`"SmtpApiActivated":true`)+`}`)
		}},
		{cat, "nextjs-client-chunk-with-server-key", func(c *gcase) {
			js := `(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[931],{4417:function(e,t,n){"use strict";n.r(t);var r=n(7437),s=n(2265),a=n(8472);let o=new a.ZP({apiKey:"` + c.secret("Anthropic key bundled into a client chunk", "sk-ant-api03-"+c.b64u(70)+"AA") + `",dangerouslyAllowBrowser:!0});` +
				`let i={stripe:"` + c.decoy("pk_live_"+c.alnum(99)) + `",posthog:"` + c.decoy("phc_"+c.alnum(43)) + `",apiHost:"https://eu.i.posthog.com"};t.default=function(){return(0,r.jsx)("div",{children:"chat"})}}}]);`
			c.get("https://studio.glacierpay.example/_next/static/chunks/app/chat/"+c.decoy("page-5d1c0e7a9b3f2c4d.js")).resp("application/javascript; charset=UTF-8", js)
		}},
		{cat, "streamlit-cloud-secrets-toml", func(c *gcase) {
			toml := "OPENAI_API_KEY = \"" + c.secret("OPENAI_API_KEY in secrets.toml", "sk-proj-"+c.b64u(48)+"T3BlbkFJ"+c.b64u(48)) + "\"\n\n[connections.snowflake]\naccount = \"xy12345.eu-central-1\"\nuser = \"STREAMLIT_SVC\"\npassword = \"" + c.secret("snowflake password in secrets.toml", c.u22Pw()) + "\"\nwarehouse = \"COMPUTE_WH\"" +
				"\n\n[gcp_service_account]\ntype = \"service_account\"\nproject_id = \"juniper-insights\"\nprivate_key = \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + c.pick(gAlnum+"+/", 14) + "\\n" + c.secret("PEM private key body line in secrets.toml", c.u22PemLine()) + "\\n" + c.u22PemLine() + "\\n-----END PRIVATE KEY-----\\n\"\nclient_email = \"streamlit@juniper-insights.iam.gserviceaccount.com\"\n"
			c.req("PUT", "https://share.streamlit.io/api/v2/apps/"+c.decoy(c.uuid())+"/secrets", "application/json", gJS(map[string]any{"secrets": toml})).
				rh("X-Csrf-Token", c.secret("X-Csrf-Token header", c.b64u(32))).resp("application/json", `{"status":"ok",`+c.decoy(`"rebootRequired":true`)+`}`)
		}},
		{cat, "meteor-runtime-config-public-settings", func(c *gcase) {
			commit := c.decoy(c.hexs(40))
			pk := c.decoy("pk_live_" + c.alnum(99))
			cfg := `{"meteorRelease":"METEOR@2.16","gitCommitHash":"` + commit + `","meteorEnv":{"NODE_ENV":"production","TEST_METADATA":"{}"},"PUBLIC_SETTINGS":{"stripe":{"publishableKey":"` + pk + `","secretKey":"` + c.secret("sk_live_ in Meteor public settings (percent-encoded JSON)", "sk_live_"+c.alnum(99)) +
				`"},"mailgun":{"apiKey":"` + c.secret("Mailgun key- in Meteor public settings", "key-"+c.hexs(32)) + `"}},"ROOT_URL":"https://wekan.lanternboard.example","ROOT_URL_PATH_PREFIX":"","appId":"` + c.pick(gLower+gDigits, 20) + `","isModern":true}`
			enc := strings.ReplaceAll(url.QueryEscape(cfg), "+", "%20")
			c.get("https://wekan.lanternboard.example/b/"+c.decoy(c.alnum(17))+"/ops").resp("text/html; charset=utf-8", `<html><head><script type="text/javascript">__meteor_runtime_config__ = JSON.parse(decodeURIComponent("`+enc+`"))</script></head><body></body></html>`)
		}},
		{cat, "allauth-socialapp-google-and-github-secrets", func(c *gcase) {
			cid := c.decoy(c.digits(12) + "-" + c.pick(gLower+gDigits, 32) + ".apps.googleusercontent.com")
			c.get("https://ops.gravelworks.example/admin/socialaccount/socialapp/1/change/").resp("text/html; charset=utf-8",
				`<div class="form-row field-client_id"><label class="required" for="id_client_id">Client id:</label><input type="text" name="client_id" value="`+cid+`" class="vTextField" maxlength="191" required id="id_client_id"></div>`+
					`<div class="form-row field-secret"><label for="id_secret">Secret key:</label><input type="text" name="secret" value="`+c.secret("Google OAuth client secret (GOCSPX-)", "GOCSPX-"+c.b64u(21))+`" class="vTextField" maxlength="191" id="id_secret"></div>`)
			c.post("https://ops.gravelworks.example/admin/socialaccount/socialapp/add/", "application/x-www-form-urlencoded",
				"csrfmiddlewaretoken="+c.alnum(64)+"&provider=github&provider_id=&name=GitHub&client_id="+c.decoy("Iv23li"+c.alnum(14))+"&secret="+c.secret("GitHub App client secret (40 hex)", c.hexs(40))+"&key=&sites=1&_save=Save").code(302).sh("Location", "/admin/socialaccount/socialapp/")
		}},
		{cat, "apple-p8-key-upload-multipart", func(c *gcase) {
			b := c.u22Boundary()
			pem := "-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + c.pick(gAlnum+"+/", 16) + "\n" + c.secret("Sign in with Apple .p8 key body line", c.u22PemLine()) + "\n" + c.pick(gAlnum+"+/", 24) + "\n-----END PRIVATE KEY-----\n"
			kid := c.decoy("K" + c.pick(gUpper+gDigits, 9))
			body := u22Multipart(b, [2]string{"team_id", c.decoy("9QX4K2LM7T")}, [2]string{"key_id", kid}, [2]string{"client_id", c.decoy("com.copperlane.web")})
			body = strings.TrimSuffix(body, "--"+b+"--\r\n") + "--" + b + "\r\nContent-Disposition: form-data; name=\"key_file\"; filename=\"AuthKey_" + kid + ".p8\"\r\nContent-Type: application/octet-stream\r\n\r\n" + pem + "\r\n--" + b + "--\r\n"
			c.post("https://crm.copperlane.example/nova-api/sign-in-providers", "multipart/form-data; boundary="+b, body).rh("X-Requested-With", "XMLHttpRequest").resp("application/json", `{"id":2,"redirect":"/resources/sign-in-providers/2"}`).code(201)
		}},
		{cat, "slack-and-teams-webhooks-in-rails-form", func(c *gcase) {
			slack := "https://hooks.slack.com/services/T0" + c.pick(gUpper+gDigits, 8) + "/B0" + c.pick(gUpper+gDigits, 8) + "/" + c.secret("Slack incoming webhook secret path segment", c.alnum(24))
			teams := "https://thistledesk.webhook.office.com/webhookb2/" + c.uuid() + "@" + c.uuid() + "/IncomingWebhook/" + c.secret("Teams IncomingWebhook 32-hex segment", c.hexs(32)) + "/" + c.uuid() + "/V2" + c.secret("Teams webhook V2 signature", c.b64u(32))
			c.post("https://app.thistledesk.example/settings/notifications", "application/x-www-form-urlencoded",
				"_method=patch&authenticity_token="+url.QueryEscape(c.b64s(64))+"&notification_setting%5Bslack_webhook_url%5D="+url.QueryEscape(slack)+"&notification_setting%5Bteams_webhook_url%5D="+url.QueryEscape(teams)+"&notification_setting%5Bdigest_hour%5D=7&commit=Save").
				code(302).sh("Location", "https://app.thistledesk.example/settings/notifications", "X-Request-Id", c.decoy(c.uuid()))
		}},
		{cat, "aspnet-ysod-webconfig-source-lines", func(c *gcase) {
			ln := func(n int, s string) string { return "Line " + strconv.Itoa(n) + ":  " + u22Ent(s) + "\n" }
			src := ln(11, `<connectionStrings>`) +
				ln(12, `  <add name="DefaultConnection" connectionString="Server=tcp:qkf-prod.database.windows.net,1433;Initial Catalog=freight;User ID=appuser;Password=`+c.secret("SQL Password in web.config source line", c.u22Pw())+`;Encrypt=True;" providerName="System.Data.SqlClient" />`) +
				ln(13, `  <add name="Storage" connectionString="DefaultEndpointsProtocol=https;AccountName=qkfprod;AccountKey=`+c.secret("Azure Storage AccountKey", c.b64s(64))+`;EndpointSuffix=core.windows.net" />`) +
				ln(14, `  <add name="Redis" connectionString="qkf-prod.redis.cache.windows.net:6380,password=`+c.secret("Azure Redis password", c.b64s(32))+`,ssl=True,abortConnect=False" />`) + ln(15, `</connectionStrings>`)
			c.get("https://portal.quokkafreight.example/Orders/").code(500).resp("text/html; charset=utf-8", `<html><head><title>Configuration Error</title></head><body><h1>Server Error in '/' Application.</h1><h2><i>Configuration Error</i></h2><b>Source Error:</b><table width=100% bgcolor="#ffffcc"><tr><td><code><pre>`+
				src+`</pre></code></td></tr></table><b>Source File: </b> `+c.decoy(`D:\home\site\wwwroot\web.config`)+`<b> &nbsp;&nbsp; Line: </b> 13<hr width=100% size=1 color=silver><b>Version Information:</b>&nbsp;`+c.decoy("Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4770.0")+`</body></html>`)
		}},
		{cat, "laravel-passport-client-credentials", func(c *gcase) {
			c.post("https://crm.copperlane.example/oauth/token", "application/x-www-form-urlencoded",
				"grant_type=client_credentials&client_id="+c.decoy("9d2f6a1e-4b7c-4e3a-a8f0-5c1d2e3f4a5b")+"&client_secret="+c.secret("Passport client_secret", c.alnum(40))+"&scope=orders%3Aread").
				resp("application/json", `{"token_type":"Bearer",`+c.decoy(`"expires_in":31536000`)+`,"access_token":"`+c.secret("Passport access_token (RS256 JWT)", c.rs256JWT("", `{"aud":"9d2f6a1e-4b7c-4e3a-a8f0-5c1d2e3f4a5b","jti":"`+c.hexs(80)+`","iat":1732270500,"nbf":1732270500,"exp":1763806500,"sub":"","scopes":["orders:read"]}`))+`"}`)
		}},
		{cat, "vite-dev-import-meta-env", func(c *gcase) {
			sentry := "sntrys_" + gB64(`{"iat":1732270500.1,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"juniper"}`) + "_" + c.secret("Sentry org auth token tail (sntrys_)", c.b64u(32))
			js := `import.meta.env = {"BASE_URL": "/", "DEV": true, "MODE": "development", "PROD": false, "SSR": false, "VITE_API_URL": "http://localhost:8000", "VITE_GITHUB_TOKEN": "` + c.secret("VITE_GITHUB_TOKEN (ghp_)", "ghp_"+c.alnum(36)) + `", "VITE_SENTRY_AUTH_TOKEN": "` + sentry + `"};` + "\n" +
				`import { createApp } from "` + c.decoy("/node_modules/.vite/deps/vue.js?v=9c1f2a3b") + `";` + "\n" + `import App from "/src/App.vue";` + "\ncreateApp(App).mount(\"#app\");\n"
			c.get("http://localhost:5173/src/main.ts").resp("text/javascript", js).sh("Etag", c.decoy(`W/"1f3-Xk2c9QbVnA8pLr0tYw3e"`))
		}},
	}
}

// u22TsMs is a millisecond timestamp of November 2026 that is not Luhn-valid.
func (c *gcase) u22TsMs() string {
	for {
		s := "17322705" + c.digits(5)
		if !gLuhn(s) {
			return s
		}
	}
}

// 9. Payment cards, bank accounts, and numbers that only look like them.
func u22Cards() []gdef {
	const cat = "9.cards"
	return []gdef{
		{cat, "aspnet-webforms-checkout-postback", func(c *gcase) {
			ref := c.decoy(c.nonLuhn(16))
			c.post("https://shop.quokkafreight.example/Checkout/Payment.aspx", "application/x-www-form-urlencoded",
				"__EVENTTARGET=&__EVENTARGUMENT=&__VIEWSTATE="+url.QueryEscape(c.u22VS("-902117433", "Total", "118.40"))+"&__VIEWSTATEGENERATOR="+c.decoy("5B1F0C2E")+"&ctl00%24cphMain%24txtOrderRef="+ref+
					"&ctl00%24cphMain%24txtCardNumber="+c.secret("ctl00$cphMain$txtCardNumber (Visa)", c.card("4", 16))+"&ctl00%24cphMain%24txtCVV=731&ctl00%24cphMain%24ddlExpMonth=04&ctl00%24cphMain%24ddlExpYear=2029&ctl00%24cphMain%24btnPay=Pay+now").
				code(302).sh("Location", "/Checkout/Confirm.aspx?ref="+ref)
		}},
		{cat, "livewire-checkout-card-with-spaces", func(c *gcase) {
			pan := c.secret("card_number update with spaces (Livewire)", gGroup4(c.card("4", 16), " "))
			snap := `{"data":{"card_number":"","card_expiry":"","card_cvc":"","total":"129.90"},"memo":{"id":"` + c.alnum(20) + `","name":"checkout.payment","path":"checkout","method":"GET","children":[],"errors":[],"locale":"en"},"checksum":"` + c.hexs(64) + `"}`
			c.post("https://shop.saffronhaus.example/livewire/update", "application/json",
				`{"_token":"`+c.alnum(40)+`","components":[{"snapshot":`+gJS(snap)+`,"updates":{"card_number":"`+pan+`","card_expiry":"04 / 29","card_cvc":"318"},"calls":[{"path":"","method":"pay","params":[]}]}]}`).
				resp("application/json", `{"components":[{"effects":{"redirect":"/orders/`+c.decoy("SH-20261122-0417")+`"}}],"assets":[]}`)
		}},
		{cat, "blazor-json-protocol-card-field", func(c *gcase) {
			pan := c.secret("Mastercard in a Blazor JSON-protocol event fieldValue", c.card("51", 16))
			args := `[{"eventHandlerId":31,"eventName":"change","eventFieldInfo":{"componentId":12,"fieldValue":"` + pan + `"}},{"value":"` + pan + `"}]`
			c.get("wss://hub.falconyard.example/_blazor?id="+c.b64u(16)).code(101).
				wsMsg("send", 1, "{\"protocol\":\"json\",\"version\":1}\x1e").wsMsg("receive", 1, "{}\x1e").
				wsMsg("send", 1, gJS(map[string]any{"type": 1, "target": "BeginInvokeDotNetFromJS", "arguments": []any{"4", nil, "DispatchEventAsync", 1, args}})+"\x1e").
				wsMsg("receive", 1, `{"type":1,"target":"JS.RenderBatch","arguments":[5,"`+c.decoy("AQAAAAAAAAAC")+`"]}`+"\x1e")
		}},
		{cat, "django-oscar-bankcard-form", func(c *gcase) {
			pan := c.secret("Oscar bankcard number (typed with spaces)", gGroup4(c.card("4", 16), " "))
			c.post("https://store.orchardmail.example/checkout/payment-details/", "application/x-www-form-urlencoded",
				"csrfmiddlewaretoken="+c.alnum(64)+"&action=preview&number="+url.QueryEscape(pan)+"&start_month_0=&start_month_1=&expiry_month_0=04&expiry_month_1=2029&ccv=492&"+c.decoy("basket_id=8812")).
				resp("text/html; charset=utf-8", `<p>Card ending `+pan[len(pan)-4:]+`</p><p>Order total: `+c.decoy("£118.40")+`</p>`)
		}},
		{cat, "rails-sepa-mandate-iban", func(c *gcase) {
			iban := c.secret("sepa_mandate[iban]", u22Iban("DE", "37040044"+c.digits(10)))
			c.post("https://app.thistledesk.example/billing/sepa_mandate", "application/x-www-form-urlencoded",
				"authenticity_token="+url.QueryEscape(c.b64s(64))+"&sepa_mandate%5Baccount_holder%5D=ThistleDesk+GmbH&sepa_mandate%5Biban%5D="+iban+"&sepa_mandate%5Bbic%5D="+c.decoy("COBADEFFXXX")+"&sepa_mandate%5Bmandate_reference%5D="+c.decoy("TD-000441-2026")+"&commit=Confirm").
				resp("text/html; charset=utf-8", `<turbo-stream action="replace" target="mandate"><template><dl><dt>IBAN</dt><dd>`+c.secret("IBAN grouped in the confirmation stream", gGroup4(u22Iban("DE", "50010517"+c.digits(10)), " "))+`</dd><dt>Mandate</dt><dd>TD-000441-2026</dd></dl></template></turbo-stream>`)
		}},
		{cat, "primefaces-payment-partial-request", func(c *gcase) {
			pan := c.secret("payForm:cardNumber (Amex)", c.card("37", 15))
			c.post("https://erp.basaltworks.example/portal/pay.xhtml", "application/x-www-form-urlencoded",
				"javax.faces.partial.ajax=true&javax.faces.source=payForm%3Asubmit&javax.faces.partial.execute=%40all&payForm=payForm&payForm%3AcardNumber="+pan+"&payForm%3Acvc=4412&payForm%3Aexpiry=04%2F29&javax.faces.ViewState="+url.QueryEscape("-"+c.nonLuhn(19)+":"+c.nonLuhn(19))).
				rh("Faces-Request", "partial/ajax").
				resp("text/xml;charset=UTF-8", `<?xml version='1.0' encoding='UTF-8'?><partial-response id="j_id1"><changes><update id="payForm:summary"><![CDATA[<span class="pan">`+c.decoy("XXXX-XXXXXX-X"+pan[10:])+`</span> <span class="auth">`+c.decoy("Auth code 0A41F7")+`</span>]]></update></changes></partial-response>`)
		}},
		{cat, "turbo-chat-message-card-in-prose", func(c *gcase) {
			pan := c.secret("card typed into a support chat message", gGroup4(c.card("55", 16), " "))
			c.post("https://app.thistledesk.example/tickets/441/messages", "application/x-www-form-urlencoded",
				"authenticity_token="+url.QueryEscape(c.b64s(64))+"&message%5Bbody%5D="+url.QueryEscape("Hi, the card on file was declined. Please charge my other card "+pan+" exp 11/28 instead, thanks!")).
				rh("Accept", "text/vnd.turbo-stream.html, text/html, application/xhtml+xml").sh("X-Request-Id", c.decoy(c.uuid())).
				resp("text/vnd.turbo-stream.html; charset=utf-8", `<turbo-stream action="append" target="ticket_441_messages"><template><div id="message_9013">Hi, the card on file was declined. Please charge my other card `+pan+` exp 11/28 instead, thanks!</div></template></turbo-stream>`)
		}},
		{cat, "remix-ach-payout-account-number", func(c *gcase) {
			c.post("https://studio.glacierpay.example/settings/payouts?_data=routes%2Fsettings.payouts", "application/x-www-form-urlencoded",
				"intent=add-bank&accountHolder=Glacier+Studio+LLC&routingNumber=021000021&accountNumber="+c.secret("ACH accountNumber", c.digits(12))+"&accountType=checking").
				resp("application/json", `{"bankAccount":{"id":"`+c.decoy("ba_"+c.alnum(24))+`","bankName":"JPMorgan Chase",`+c.decoy(`"status":"pending_verification"`)+`}}`)
		}},
		{cat, "ember-jsonapi-order-lookalike-numbers", func(c *gcase) {
			c.get("https://admin.orchardmail.example/api/v1/orders/"+c.decoy(c.nonLuhn(16))).rh("Accept", "application/vnd.api+json").resp("application/vnd.api+json",
				`{"data":{"type":"orders","id":"4471","attributes":{"order-number":"`+c.decoy(c.nonLuhn(16))+`","gtin":"`+c.decoy(c.nonLuhn(13))+`","tracking-number":"`+c.decoy("1Z999AA1"+c.digits(10))+`","created-at-ms":`+c.decoy(c.u22TsMs())+
					`,"invoice-id":"`+c.decoy("INV-2026-004471")+`","payment-source":{"brand":"visa","number":"`+c.secret("payment-source.number in a JSON:API order", c.card("4", 16))+`","exp":"04/29"}}}}`)
		}},
		{cat, "meteor-ddp-add-card-method", func(c *gcase) {
			c.get("wss://wekan.lanternboard.example/websocket").code(101).
				wsMsg("send", 1, `{"msg":"method","method":"payments.addCard","params":[{"number":"`+c.secret("Amex in DDP method params", c.card("34", 15))+`","cvc":"7731","exp":"04/29","zip":"94107"}],"id":"12","randomSeed":"`+c.alnum(17)+`"}`).
				wsMsg("receive", 1, `{"msg":"result","id":"12","result":{"last4":"`+c.digits(4)+`","brand":"amex"}}`)
		}},
		{cat, "gwt-rpc-card-positional", func(c *gcase) {
			perm := c.decoy(strings.ToUpper(c.hexs(32)))
			c.post("https://dispatch.bramblerail.example/dispatch/paymentService", "text/x-gwt-rpc; charset=utf-8",
				"7|0|9|https://dispatch.bramblerail.example/dispatch/|"+perm+"|com.bramblerail.dispatch.client.rpc.PaymentService|authorize|java.lang.String/2004016611|D|"+c.secret("GWT-RPC positional card string", c.card("6011", 16))+"|0429|EUR|1|2|3|4|4|5|5|5|5|6|7|8|9|").
				rh("X-GWT-Permutation", perm).resp("text/plain; charset=utf-8", `//OK[1,["`+c.decoy("AUTH-7731-0042")+`"],0,7]`)
		}},
	}
}

// u22IP is a public IPv4 address of a user (not a documentation range).
func (c *gcase) u22IP(prefix string) string {
	return prefix + strconv.Itoa(1+c.rng.IntN(250)) + "." + strconv.Itoa(1+c.rng.IntN(250))
}

// 10. Personal data: e-mail, phones, names in identity fields, user IPs.
func u22Personal() []gdef {
	const cat = "10.personal"
	return []gdef{
		{cat, "django-admin-user-change-form", func(c *gcase) {
			in := func(name, v string) string {
				return `<div class="form-row field-` + name + `"><input type="text" name="` + name + `" value="` + v + `" class="vTextField" maxlength="150" id="id_` + name + `"></div>`
			}
			c.get("https://ops.gravelworks.example/admin/auth/user/14/change/").resp("text/html; charset=utf-8",
				`<div id="site-name"><a href="/admin/">`+c.decoy("Django administration")+`</a></div><form method="post" id="user_form" novalidate>`+
					in("first_name", c.secret("first_name input", "Henrietta"))+in("last_name", c.secret("last_name input", "Vasquez-Lindqvist"))+in("email", c.secret("email input", "h.vasquez-lindqvist@gravelworks.example"))+
					`<div class="form-row field-is_staff"><input type="checkbox" name="is_staff" id="id_is_staff" checked></div><p class="help">`+c.decoy("Designates whether the user can log into this admin site.")+`</p></form>`)
		}},
		{cat, "rails-devise-registration-params", func(c *gcase) {
			c.post("https://app.thistledesk.example/users", "application/x-www-form-urlencoded",
				"authenticity_token="+url.QueryEscape(c.b64s(64))+"&user%5Bfirst_name%5D="+c.secret("user[first_name]", "Bartholomew")+"&user%5Blast_name%5D="+c.secret("user[last_name]", "Achebe-Nakamura")+"&user%5Bemail%5D="+url.QueryEscape(c.secret("user[email]", "bart.achebe@nakamura-logistics.example"))+
					"&user%5Bphone%5D="+url.QueryEscape(c.secret("user[phone]", "+44 7700 900"+c.digits(3)))+"&user%5Bpassword%5D="+url.QueryEscape(c.secret("user[password]", c.u22Pw()))+"&commit=Sign+up").
				sh("X-Runtime", c.decoy("0.318204"), "X-Request-Id", c.decoy(c.uuid())).code(303).sh("Location", "https://app.thistledesk.example/onboarding")
		}},
		{cat, "meteor-users-publication-added", func(c *gcase) {
			c.get("wss://wekan.lanternboard.example/websocket").code(101).
				wsMsg("send", 1, `{"msg":"sub","id":"`+c.alnum(17)+`","name":"boardMembers","params":["`+c.alnum(17)+`"]}`).
				wsMsg("receive", 1, `{"msg":"added","collection":"users","id":"`+c.alnum(17)+`","fields":{"username":"kwame.o","emails":[{"address":"`+c.secret("emails[].address", "kwame.owusu-bempah@lanternboard.example")+`","verified":true}],"profile":{"fullname":"`+c.secret("profile.fullname", "Kwame Owusu-Bempah")+`","phone":"`+c.secret("profile.phone", "+233 24 "+c.digits(3)+" "+c.digits(4))+`",`+c.decoy(`"boardView":"board-view-swimlanes"`)+`},"createdAt":{"$date":`+c.decoy(c.u22TsMs())+`}}}`)
		}},
		{cat, "aspnet-identity-manage-phone-and-email", func(c *gcase) {
			tok := "CfDJ8" + c.b64u(110)
			c.post("https://hub.falconyard.example/Identity/Account/Manage", "application/x-www-form-urlencoded",
				"Username=o.lindqvist&Input.PhoneNumber="+url.QueryEscape(c.secret("Input.PhoneNumber", "+49 151 "+c.digits(8)))+"&__RequestVerificationToken="+c.secret("__RequestVerificationToken", tok)).
				code(302).sh("Location", "/Identity/Account/Manage")
			c.post("https://hub.falconyard.example/Identity/Account/Manage/Email?handler=ChangeEmail", "application/x-www-form-urlencoded",
				"Input.NewEmail="+url.QueryEscape(c.secret("Input.NewEmail", "oskar.lindqvist.private@fastmail.example"))+"&__RequestVerificationToken="+tok).
				resp("text/html; charset=utf-8", `<div class="alert alert-success">`+c.decoy("Confirmation link to change email sent. Please check your email.")+`</div>`)
		}},
		{cat, "laravel-telescope-request-entry", func(c *gcase) {
			ip := c.secret("Telescope content.ip_address (the user's IP)", c.u22IP("86.153."))
			id := c.decoy(c.uuid())
			c.post("https://crm.copperlane.example/telescope/telescope-api/requests/"+id, "application/json", `{}`).set("serverIPAddress", c.decoy("192.0.2.44")).resp("application/json",
				`{"entry":{"id":"`+id+`","sequence":48812,"batch_id":"`+c.uuid()+`","type":"request","content":{"ip_address":"`+ip+`","uri":"/login","method":"POST",`+c.decoy(`"controller_action":"App\\Http\\Controllers\\Auth\\AuthenticatedSessionController@store"`)+`,"middleware":["web","guest"],"headers":{"host":"crm.copperlane.example","x-forwarded-for":"`+ip+`"},"payload":{"email":"`+c.secret("payload.email", "marisol.etxeberria@copperlane.example")+`","password":"********"},"response_status":302,`+c.decoy(`"duration":141`)+`,"memory":22,"hostname":"`+c.decoy("crm-web-7f9c4d-2x8kq")+`"},"tags":["Auth:31"],"created_at":"2026-11-22 10:14:58"}}`)
		}},
		{cat, "ember-jsonapi-current-user-dasherized", func(c *gcase) {
			c.get("https://admin.orchardmail.example/api/v1/users/me").rh("Accept", "application/vnd.api+json").sh("X-App-Version", c.decoy("orchard-admin 5.14.2")).resp("application/vnd.api+json",
				`{"data":{"type":"users","id":"3","attributes":{"first-name":"`+c.secret("first-name attribute", "Evangeline")+`","last-name":"`+c.secret("last-name attribute", "Oyelaran-Whitfield")+`","email":"`+c.secret("email attribute", "evangeline@oyelaran-whitfield.example")+`","phone-number":"`+c.secret("phone-number attribute", "+1 415-555-0"+c.digits(3))+`","last-sign-in-ip":"`+c.secret("last-sign-in-ip attribute", c.u22IP("73.162."))+`",`+c.decoy(`"locale":"en-GB"`)+`,`+c.decoy(`"time-zone":"Europe/London"`)+`}}}`)
		}},
		{cat, "phoenix-liveview-validate-form-value", func(c *gcase) {
			id := "phx-F" + c.alnum(15)
			form := "user%5Bname%5D=" + url.QueryEscape(c.secret("user[name] in a LiveView form event", "Ingrid Solvang-Okafor")) + "&user%5Bemail%5D=" + url.QueryEscape(c.secret("user[email] in a LiveView form event", "ingrid.solvang@pebblepost.example")) + "&user%5Bphone%5D=" + url.QueryEscape(c.secret("user[phone] in a LiveView form event", "+47 412 "+c.digits(2)+" "+c.digits(3))) + "&_target=user%5Bphone%5D"
			c.get("wss://board.pebblepost.example/live/websocket?_csrf_token="+c.b64u(42)+"&vsn=2.0.0").code(101).
				wsMsg("send", 1, `["4","9","lv:`+id+`","event",{"type":"form","event":"validate","value":"`+form+`","uploads":{}}]`).
				wsMsg("receive", 1, `["4","9","lv:`+id+`","phx_reply",{"status":"ok","response":{"diff":{"3":{"0":"`+c.decoy("phx-no-feedback")+`"}}}}]`)
		}},
		{cat, "authjs-session-endpoint-user", func(c *gcase) {
			c.get("https://studio.glacierpay.example/api/auth/session").resp("application/json",
				`{"user":{"name":"`+c.secret("session.user.name", "Thaddeus Ramaswamy")+`","email":"`+c.secret("session.user.email", "thaddeus.ramaswamy@glacierpay.example")+`","image":"https://avatars.githubusercontent.com/u/`+c.digits(8)+`?v=4"},`+c.decoy(`"expires":"2026-12-22T10:15:00.000Z"`)+`}`).
				sh("Cache-Control", c.decoy("private, no-cache, no-store"))
		}},
		{cat, "vaadin-grid-connector-rows", func(c *gcase) {
			row := func(k, name, mail, phone string) string {
				return `{"key":"` + k + `","col0":"` + name + `","col1":"` + mail + `","col2":"` + phone + `","col3":"` + c.decoy("Dispatcher") + `"}`
			}
			c.post("https://planner.nimbusrail.example/?v-r=uidl&v-uiId=0", "application/json; charset=UTF-8", `{"csrfToken":"`+c.uuid()+`","rpc":[{"type":"publishedEventHandler","node":52,"templateEventMethodName":"setRequestedRange","templateEventMethodArgs":[0,50]}],"syncId":6,"clientId":6}`).
				resp("application/json; charset=UTF-8", `for(;;);[{"syncId":7,"clientId":7,"execute":[[52,[`+row("1", "Ama Mensah", c.secret("grid row 1 col1 e-mail", "ama.mensah@nimbusrail.example"), c.secret("grid row 1 col2 phone", "+233 20 "+c.digits(3)+" "+c.digits(4)))+`,`+
					row("2", "Tomasz Wierzbicki", c.secret("grid row 2 col1 e-mail", "t.wierzbicki@nimbusrail.example"), c.secret("grid row 2 col2 phone", "+48 601 "+c.digits(3)+" "+c.digits(3)))+`],"return $0.$connector.set(0, $1, null)"]],"timings":[512,9]}]`)
		}},
		{cat, "flask-admin-user-csv-export", func(c *gcase) {
			csv := c.decoy("First Name,Last Name,Email,Phone,Last Login IP,Created") + "\r\n" + c.secret("CSV first name", "Rosalind") + "," + c.secret("CSV last name", "Achterberg") + "," + c.secret("CSV e-mail", "r.achterberg@marigoldbio.example") + "," + c.secret("CSV phone", "+31 6 "+c.digits(8)) + "," + c.secret("CSV last login IP", c.u22IP("145.53.")) + ",2026-11-02 08:14:09\r\n"
			c.get("https://labs.marigoldbio.example/admin/user/export/csv/").resp("text/csv; charset=utf-8", csv).sh("Content-Disposition", c.decoy(`attachment;filename=User_2026-11-22_10-15-00.csv`))
		}},
		{cat, "django-debug-remote-addr-and-forwarded-for", func(c *gcase) {
			ip := c.secret("REMOTE_ADDR / X-Forwarded-For client IP", c.u22IP("92.40."))
			q := func(s string) string { return `<td class="code"><pre>&#x27;` + s + `&#x27;</pre></td>` }
			c.get("https://staging.gravelworks.example/reports/q4/").code(500).resp("text/html; charset=utf-8",
				`<table class="req"><tbody><tr><td>HTTP_X_FORWARDED_FOR</td>`+q(ip)+`</tr><tr><td>REMOTE_ADDR</td>`+q(ip)+`</tr><tr><td>SERVER_NAME</td>`+q(c.decoy("ip-10-0-3-17.eu-west-1.compute.internal"))+`</tr><tr><td>SERVER_PORT</td>`+q("8000")+`</tr><tr><td>wsgi.version</td><td class="code"><pre>`+c.decoy("(1, 0)")+`</pre></td></tr></tbody></table>`)
		}},
	}
}
