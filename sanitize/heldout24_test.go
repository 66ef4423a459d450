package sanitize

// A twenty-fourth held-out corpus for "Detection that generalizes", written
// without reading the engine and kept distinct from the earlier corpora:
// webmail, calendars, contacts and password managers in the browser: Gmail
// and Google Calendar web clients (batchexecute, sync endpoints), Outlook on
// the web and OWA service.svc, Roundcube, Zimbra SOAP/JSON, SOGo, Fastmail
// JMAP, Proton Mail web (SRP), Tutanota, Nextcloud Mail, CalDAV/CardDAV
// REPORTs with vCards and iCalendar, Calendly-like booking pages,
// password-manager web vaults and their APIs (Bitwarden/Vaultwarden,
// 1Password web, LastPass, Dashlane, Keeper, KeePassXC browser protocol,
// Proton Pass), MFA and passkey flows (Duo Universal Prompt, Authy, WebAuthn
// registration and assertion JSON), and mail quoted in tickets (MIME with
// quoted-printable and base64 parts, DKIM and ARC headers). Also Horde IMP,
// Nextcloud (app passwords, notify_push, public calendars and shares,
// Passwords app), mailcow, Postmark, Mailgun, Brevo, SendGrid and Resend
// relays, Cal.com, Plain's GraphQL support API, Hasura behind booking pages,
// Bitwarden Send, Secrets Manager and notifications hub, 1Password Connect
// and service accounts, Keeper Commander service mode, Twilio Authy, Google
// and Entra OAuth clients for calendar sync, iCloud app-specific passwords
// and published calendars, Zendesk uploads and raw e-mails. Carriers are
// those these clients use: form posts with framework names (_pass,
// horde_pass, j_password), JSON-in-JSON batchexecute frames behind an XSSI
// prefix, SOAP and WebDAV XML multistatus with iCalendar and vCard text,
// JMAP method calls, MIME messages with quoted-printable and wrapped base64
// parts, HTML with inline script state, websockets (notify_push, SignalR
// hubs, graphql-ws, Tutanota's event bus), GraphQL multipart uploads, INI
// and .env text, CSV exports, and exporters' quirks (Charles, Fiddler,
// Safari, Playwright, joined Set-Cookie lines, bare cookies, comments). It
// reuses the harness of generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"net/url"
	"strings"
	"testing"
)

func TestHeldout24Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 24", "heldout24Open", heldout24Cases(), heldout24Open)
}

func TestHeldout24CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout24Cases())
}

func heldout24Cases() []gdef {
	return gCollect(u24Names, u24Pairs, u24Unnamed, u24Carriers, u24Exporters, u24Everywhere, u24GraphQL, u24Vendors, u24Cards, u24Personal)
}

// heldout24Open lists what the engine misses in this corpus, each with the
// mechanism it lacks (reported, not failed; the list only shrinks).
var heldout24Open = map[string]string{
	// names spelled as these products spell them
	"1.names/bitwarden-identity-password-grant: Key (protected symmetric key)":      "a bare \"Key\" member holding a Bitwarden EncString (2.iv|data|mac) is not judged secret: the name is one generic word and the shape is not known",
	"1.names/lastpass-login-php-and-ok-attributes: hash form field (login hash)":    "a form field named just hash (LastPass login.php) carrying the password-equivalent login hash is judged a digest and kept",
	"1.names/onepassword-auth-session-and-mac-headers: X-AgileBits-MAC request MAC": "the X-AgileBits-MAC header (v1|n|MAC) is not a known credential header and MAC is not read as a secret word",
	"lost 1.names/keeper-v2-login-command: \\\"client_key_iterations\\\":1000000":   "a count whose name merely contains key (client_key_iterations) is redacted: the last word (iterations) is not consulted",
	// pairs spelled as data
	"2.pairs/calendly-booking-questions-and-answers: {question: Alarm panel code, answer}":                        "a {question, answer} pair whose question text names a code or password is not tied: question/answer are not read as name/value",
	"2.pairs/calendly-booking-questions-and-answers: {question: Guest Wi-Fi password, answer}":                    "a {question, answer} pair whose question text names a code or password is not tied: question/answer are not read as name/value",
	"lost 2.pairs/calendly-booking-questions-and-answers: {\\\"question\\\":\\\"How many seats does your offi...": "a non-secret answer beside secret ones is redacted too: the whole questions_and_answers array seems judged at once",
	// unnamed credentials
	"3.unnamed/proton-pass-secure-link-and-drive-share-fragment: Drive share token (path)":             "a 10-char upper-case token after /urls/ (Proton Drive share) is not judged a capability path segment",
	"3.unnamed/google-calendar-private-ical-address: private-<hex> segment of the secret iCal address": "the private-<32 hex> segment of Google Calendar's secret iCal address inside a batchexecute frame is judged a hash",
	"3.unnamed/bitwarden-recovery-code-in-ticket-prose: two-step login recovery code in ticket prose":  "a recovery code written as space-separated groups of four in prose is not recognised",
	"3.unnamed/published-calendar-feeds-in-subscription-list: iCloud published calendar token (path)":  "the token path segment of an iCloud published calendar URL (webcal://pNN-caldav.icloud.com/published/2/...) is not redacted",
	"3.unnamed/published-calendar-feeds-in-subscription-list: Outlook published calendar hex segment":  "the 32-hex secret segment of an Outlook published calendar URL is judged a hash",
	"3.unnamed/bitwarden-send-access-fragment: Send access id (fragment and path)":                     "a fragment shaped #<id>/<key> (Bitwarden Send) is not split and redacted; the id then also survives in /sends/access/<id>",
	"3.unnamed/calendly-single-use-links-array: single-use scheduling link 1 (array)":                  "a short xxx-xxx-xxx slug after /d/ of a single-use scheduling link is not judged a capability",
	"3.unnamed/calendly-single-use-links-array: single-use scheduling link 2 (array)":                  "a short xxx-xxx-xxx slug after /d/ of a single-use scheduling link is not judged a capability",
	// carriers
	"4.carriers/google-app-password-batchexecute-json-in-json: generated app password (grouped, in JSON inside a JSON string)": "a generated app password (four groups of four letters) inside a batchexecute wrb.fr frame has no name and no known shape",
	"4.carriers/google-app-password-batchexecute-json-in-json: at= XSRF token":                                                 "Google's at= form field (the XSRF token) is not a secret name",
	"4.carriers/nextcloud-notify-push-websocket-credentials: app password sent as a websocket text frame":                      "a bare websocket text frame following a user-name frame (notify_push login) is not judged a credential",
	"4.carriers/bitwarden-notifications-hub-signalr: id= (connection token) in the websocket URL":                              "SignalR's id= query parameter of the hub websocket URL carries the connectionToken; it is judged an identifier",
	// exporters
	"5.exporters/charles-params-whole-json-body-as-name: key (new protected symmetric key) inside a params name": "a bare key member holding an EncString is kept when the JSON body is a params name (Charles) as in the body itself",
	"5.exporters/entry-comment-with-repro-credentials: master password quoted in an entry comment":               "an entry's comment field (Fiddler/Charles annotations) is not scanned for a password in prose",
	"5.exporters/base64-body-with-octet-stream-mime: request_token in set_env of a base64 body":                  "a base64 response body with mimeType application/octet-stream is not decoded when it is HTML with inline script state",
	"lost 5.exporters/safari-export-empty-cookie-arrays: cT5t5HxIjS_lzbmy1gxrLzZDdoXDEEvSRtW2Dowd91THc...":       "a padded base64url resource id as a REST path segment (Proton calendar id) is judged a token",
	// everywhere
	"6.everywhere/google-at-token-wiz-data-then-form-then-query: at XSRF token (WIZ_global_data SNlM0e, form body, query)": "the at XSRF token is never recognised: not under WIZ_global_data's opaque SNlM0e key, not as the at= form field or query parameter",
	"lost 6.everywhere/bitwarden-webauthn-assertion-token-json-and-form: SZYN5YgOjGh0NBcPZHZgW4_krrmihjLHmVzzuoMdl2MFA...": "WebAuthn authenticatorData (rpIdHash, flags, counter: public) inside deviceResponse is redacted",
	// graphql
	"lost 7.graphql/create-app-password-response-data: ap_e699dbd64a": "an ap_-prefixed id member beside a secret member (appPassword {id, label, secret}) is judged a secret and redacted",
	// cards and accounts
	"9.cards/ticket-mail-prose-card-and-iban: IBAN with spaces in ticket prose":                 "an IBAN written in groups of four with spaces in prose is not recognised",
	"9.cards/roundcube-viewsource-qp-invoice-iban: Kontonummer (account number) in the invoice": "an account number after Kontonummer: (German) in mail text is not recognised",
	// personal data
	"lost 10.personal/icalendar-invite-organizer-and-attendees: f40gi6rw42jw25wt8s5k2hfgtv@google.com": "an iCalendar UID shaped local@google.com is pseudonymised as an e-mail address",
	"10.personal/owa-find-people-personas: Persona DisplayName":                                        "a Persona's name reappears as EmailAddress.Name (a mailbox display name) and is not pseudonymised there",
	"10.personal/fastmail-jmap-identity-and-contact-card: name component given":                        "JSContact name components ({kind: given|surname, value}) are not read as a person's name",
	"10.personal/fastmail-jmap-identity-and-contact-card: name component surname":                      "JSContact name components ({kind: given|surname, value}) are not read as a person's name",
	"10.personal/fastmail-jmap-identity-and-contact-card: ContactCard phones.p1.number":                "a tel: URI under JSContact phones.<id>.number is not recognised as a phone number",
	"lost 10.personal/bitwarden-auth-request-and-events-ips: b6ccca41-41a1-444e-a9c2-ae301a8069d9":     "a UUID path segment after /auth-requests/ is judged a credential (auth requests read as a secret word)",
	"10.personal/bw-serve-identity-cipher: identity.address1":                                          "a street address under address1 of an identity is not pseudonymised",
}

// u24Pw is a realistic human password: a word, digits, a symbol, a word.
func (c *gcase) u24Pw() string {
	words := []string{"Quill", "Envelope", "Margin", "Postbox", "Calendar", "Inkwell", "Parchment", "Ledger", "Courier", "Stamp", "Vellum", "Almanac", "Satchel", "Telegram", "Sealwax", "Folio"}
	syms := "!#$*+-?@_~%"
	return words[c.rng.IntN(len(words))] + c.digits(2+c.rng.IntN(3)) + string(syms[c.rng.IntN(len(syms))]) + strings.ToLower(words[c.rng.IntN(len(words))])
}

// u24Upper is n upper-case letters and digits.
func (c *gcase) u24Upper(n int) string { return c.pick(gUpper+gDigits, n) }

// u24Lower is n lower-case letters and digits.
func (c *gcase) u24Lower(n int) string { return c.pick(gLower+gDigits, n) }

// u24Basic is the value of a Basic Authorization header.
func u24Basic(user, pass string) string { return "Basic " + gB64(user+":"+pass) }

// u24Wrap76 wraps base64 text at 76 columns with CRLF, as MIME does.
func u24Wrap76(s string) string {
	var b strings.Builder
	for len(s) > 76 {
		b.WriteString(s[:76] + "\r\n")
		s = s[76:]
	}
	b.WriteString(s)
	return b.String()
}

// u24AppPw is an Apple/Google style app-specific password: four groups of
// four lower-case letters.
func (c *gcase) u24AppPw(sep string) string {
	return c.pick(gLower, 4) + sep + c.pick(gLower, 4) + sep + c.pick(gLower, 4) + sep + c.pick(gLower, 4)
}

// u24NcAppPw is a Nextcloud app password: five groups of five letters and digits.
func (c *gcase) u24NcAppPw() string {
	return c.alnum(5) + "-" + c.alnum(5) + "-" + c.alnum(5) + "-" + c.alnum(5) + "-" + c.alnum(5)
}

// u24BwEnc is a Bitwarden EncString of type 2 (AES-CBC-256 + HMAC).
func (c *gcase) u24BwEnc(n int) string {
	return "2." + c.b64s(16) + "|" + c.b64s(n) + "|" + c.b64s(32)
}

// 1. Names spelled the way these products spell them.
func u24Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "roundcube-login-and-password-plugin", func(c *gcase) {
			tok := c.secret("_token request token of the login form", c.alnum(32))
			c.post("https://webmail.kellerhaus.example/?_task=login", "application/x-www-form-urlencoded",
				"_token="+tok+"&_task=login&_action=login&"+c.decoy("_timezone=Europe%2FBerlin")+"&_url=&_user=m.keller&_pass="+url.QueryEscape(c.secret("_pass form field", c.u24Pw()))).
				rh("Cookie", "roundcube_sessid="+c.u24Lower(26)).
				sh("Set-Cookie", "roundcube_sessid="+c.secret("roundcube_sessid cookie after login", c.u24Lower(26))+"; path=/; secure; HttpOnly\nroundcube_sessauth="+c.secret("roundcube_sessauth cookie", c.alnum(40))+"; path=/; secure; HttpOnly",
					"Location", "./?_task=mail&_mbox=INBOX").code(302)
			tok2 := c.secret("X-Roundcube-Request header and _token of plugin.password-save", c.alnum(32))
			newpw := c.secret("_newpasswd and _confpasswd", c.u24Pw())
			c.post("https://webmail.kellerhaus.example/?_task=settings&_action=plugin.password-save", "application/x-www-form-urlencoded",
				"_token="+tok2+"&_task=settings&_action=plugin.password-save&_curpasswd="+url.QueryEscape(c.secret("_curpasswd form field", c.u24Pw()))+"&_newpasswd="+url.QueryEscape(newpw)+"&_confpasswd="+url.QueryEscape(newpw)).
				rh("X-Roundcube-Request", tok2, "X-Requested-With", "XMLHttpRequest").
				resp("text/html; charset=UTF-8", `<!DOCTYPE html><html><head><title>Roundcube Webmail :: Password</title></head><body><script>rcmail.display_message("Successfully saved.","confirmation",0);</script>`+c.decoy(`<script src="program/js/app.min.js?s=1731334002"></script>`)+`</body></html>`)
		}},
		{cat, "owa-service-svc-canary-and-msauth-usertoken", func(c *gcase) {
			canary := c.secret("X-OWA-CANARY header and cookie", c.b64u(57)+".")
			corr := c.decoy(c.uuid())
			ut := c.rs256JWT(c.hexs(8), `{"aud":"https://outlook.office.com","iss":"https://sts.windows.net/`+c.uuid()+`/","scp":"Mail.ReadWrite Calendars.ReadWrite","ver":"1.0"}`)
			c.post("https://outlook.office.com/owa/service.svc?action=GetItem&app=Mail&n=83", "application/json; charset=utf-8",
				`{"__type":"GetItemJsonRequest:#Exchange","Header":{"__type":"JsonRequestHeaders:#Exchange","RequestServerVersion":"V2018_01_08","TimeZoneContext":{"__type":"TimeZoneContext:#Exchange","TimeZoneDefinition":{"__type":"TimeZoneDefinitionType:#Exchange","Id":"W. Europe Standard Time"}}},"Body":{"__type":"GetItemRequest:#Exchange","ItemShape":{"__type":"ItemResponseShape:#Exchange","BaseShape":"IdOnly"},"ItemIds":[{"__type":"ItemId:#Exchange","Id":"`+c.decoy("AAMkAGI2TG93AAA"+c.alnum(40)+"AAA=")+`"}]}}`).
				rh("Action", "GetItem", "X-OWA-CANARY", canary, "X-OWA-CorrelationId", corr, "client-request-id", corr, "X-Req-Source", c.decoy("Mail"),
					"Authorization", `MSAuth1.0 usertoken="`+c.secret("MSAuth1.0 usertoken", ut)+`", type="MSACT"`,
					"Cookie", "X-OWA-CANARY="+canary+"; ClientId="+c.u24Upper(32)+"; X-BackEndCookie="+"S-1-5-21-"+c.digits(10)+"-"+c.digits(10)+"="+c.b64u(60)).
				sh("request-id", c.decoy(c.uuid()), "X-BEServer", c.decoy("AM0PR08MB5393"), "X-CalculatedBETarget", c.decoy("AM0PR08MB5393.eurprd08.prod.outlook.com")).
				resp("application/json; charset=utf-8", `{"Body":{"ResponseMessages":{"Items":[{"__type":"ItemInfoResponseMessage:#Exchange","ResponseCode":"NoError","ResponseClass":"Success"}]}}}`)
		}},
		{cat, "gmail-sync-xsrf-and-sapisidhash", func(c *gcase) {
			sapisid := c.secret("SAPISID cookie", c.b64u(24)+"/"+c.alnum(10))
			c.post("https://mail.google.com/sync/u/0/i/s?hl=en&c=42&"+c.decoy("rt=r&pt=ji"), "application/json+protobuf",
				`[[[null,[[["^i",[null,"^smartlabel_personal"]]]]]],[1,null,null,null,[2,null,3]],null,[null,null,null,null,null,null,1]]`).
				rh("X-Framework-Xsrf-Token", c.secret("X-Framework-Xsrf-Token header", "AKwhh"+c.b64u(30)+":"+"1732270"+c.digits(6)),
					"X-Gmail-BTAI", c.decoy(`[null,null,[null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,1],null,null,null,null,null,null,"20261118.04_p3"]`),
					"X-Google-BTD", "1",
					"Authorization", "SAPISIDHASH 1732270500_"+c.secret("SAPISIDHASH digest", c.hexs(40))+" SAPISID1PHASH 1732270500_"+c.secret("SAPISID1PHASH digest", c.hexs(40)),
					"Cookie", "SID="+c.secret("SID cookie", "g.a000"+c.b64u(90))+"; HSID="+c.alnum(17)+"; SSID="+c.alnum(17)+"; SAPISID="+sapisid+"; __Secure-1PSIDTS="+"sidts-"+c.b64u(80)+"; OSID="+"g.a000"+c.b64u(90)).
				resp("application/json+protobuf", `[null,[[1732270501123,"`+c.decoy("18f3a0c2b9d4e5f6")+`"]],null,null,[1]]`)
		}},
		{cat, "zimbra-soap-authrequest-xml", func(c *gcase) {
			c.post("https://mail.brightwater.example/service/soap/AuthRequest", "application/soap+xml; charset=utf-8",
				`<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Header><context xmlns="urn:zimbra"><userAgent name="ZimbraWebClient - FF133 (Linux)" `+c.decoy(`version="10.1.2_GA_4628"`)+`/><session/></context></soap:Header><soap:Body><AuthRequest xmlns="urn:zimbraAccount" csrfTokenSecured="1" persistAuthTokenCookie="1"><account by="name">r.oduya@brightwater.example</account><password>`+
					c.secret("<password> of AuthRequest", c.u24Pw())+`</password><virtualHost>mail.brightwater.example</virtualHost><prefs><pref name="zimbraPrefMailPollingInterval"/></prefs></AuthRequest></soap:Body></soap:Envelope>`).
				sh("Set-Cookie", "ZM_AUTH_TOKEN="+c.secret("ZM_AUTH_TOKEN cookie", "0_"+c.hexs(40)+"_"+c.hexs(120))+"; Path=/; Secure; HttpOnly").
				resp("application/soap+xml; charset=utf-8", `<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Header><context xmlns="urn:zimbra"><change token="48211"/></context></soap:Header><soap:Body><AuthResponse xmlns="urn:zimbraAccount"><authToken>`+
					c.secret("<authToken> of AuthResponse", "0_"+c.hexs(40)+"_"+c.hexs(136))+`</authToken>`+c.decoy(`<lifetime>172799998</lifetime>`)+`<trustedDevicesEnabled>0</trustedDevicesEnabled><skin>harmony</skin><csrfToken>`+c.secret("<csrfToken> of AuthResponse", "0_"+c.hexs(40))+`</csrfToken></AuthResponse></soap:Body></soap:Envelope>`)
		}},
		{cat, "bitwarden-identity-password-grant", func(c *gcase) {
			dev := c.decoy(c.uuid())
			c.post("https://vault.bitwarden.eu/identity/connect/token", "application/x-www-form-urlencoded; charset=utf-8",
				"scope=api%20offline_access&client_id=web&deviceType=10&deviceIdentifier="+dev+"&deviceName=firefox&grant_type=password&username=h.lindqvist%40fjordline.example&password="+url.QueryEscape(c.secret("password form field (master password hash)", c.b64s(32)))).
				rh("Auth-Email", gB64u("h.lindqvist@fjordline.example"), "Device-Type", "10", "Bitwarden-Client-Name", "web", "Bitwarden-Client-Version", c.decoy("2024.11.2")).
				resp("application/json; charset=utf-8", `{"ForcePasswordReset":false,"Kdf":0,`+c.decoy(`"KdfIterations":600000`)+`,"Key":"`+c.secret("Key (protected symmetric key)", c.u24BwEnc(64))+`","PrivateKey":"`+c.secret("PrivateKey (protected RSA key)", c.u24BwEnc(1232))+`","ResetMasterPassword":false,"UserDecryptionOptions":{"HasMasterPassword":true,"Object":"userDecryptionOptions"},"access_token":"`+
					c.secret("access_token", c.rs256JWT(c.u24Upper(40), `{"nbf":1732270500,"exp":1732274100,"iss":"https://vault.bitwarden.eu|login","client_id":"web","sub":"`+c.uuid()+`","premium":true,"scope":["api","offline_access"],"amr":["Application"]}`))+`",`+
					c.decoy(`"expires_in":3600`)+`,"refresh_token":"`+c.secret("refresh_token", c.u24Upper(64)+"-1")+`",`+c.decoy(`"scope":"api offline_access"`)+`,"token_type":"Bearer"}`)
		}},
		{cat, "lastpass-login-php-and-ok-attributes", func(c *gcase) {
			c.post("https://lastpass.com/login.php", "application/x-www-form-urlencoded",
				"method=web&hash="+c.secret("hash form field (login hash)", c.hexs(64))+"&username=p.adeyemi%40okonkwo-law.example&"+c.decoy("iterations=600000")+"&encrypted_username=&otp=&sesameotp=&imei=&uuid="+c.u24Lower(32)+"&xml=2&includeprivatekeyenc=1&outofbandsupported=1").
				sh("Set-Cookie", "PHPSESSID="+c.u24Lower(26)+"; path=/; secure; HttpOnly; SameSite=Lax").
				resp("text/xml", `<?xml version="1.0" encoding="UTF-8"?><response><ok uid="`+c.decoy("188204471")+`" type="" sessionid="`+c.secret("sessionid attribute", c.alnum(26))+`" token="`+c.secret("token attribute", c.b64s(48))+`" privatekeyenc="`+c.secret("privatekeyenc attribute", strings.ToUpper(c.hexs(256)))+`" lpusername="p.adeyemi@okonkwo-law.example" email="p.adeyemi@okonkwo-law.example" `+c.decoy(`iterations="600000"`)+` pwresetreqd="0" adlogin="0"/></response>`)
		}},
		{cat, "onepassword-auth-session-and-mac-headers", func(c *gcase) {
			sid := c.secret("sessionID / X-AgileBits-Session-ID", c.u24Upper(26))
			c.post("https://my.1password.eu/api/v3/auth/start", "application/json",
				`{"email":"t.ferreira@aldeia.example","skFormat":"A3","skid":"A3-`+c.u24Upper(6)+`","deviceUuid":"`+c.u24Lower(26)+`","userUuid":""}`).
				rh("X-AgileBits-Client", c.decoy("1Password for Web/1865")).
				resp("application/json", `{"status":"ok","sessionID":"`+sid+`",`+c.decoy(`"accountKeyFormat":"A3"`)+`,"accountKeyUuid":"`+c.u24Upper(26)+`","userAuth":{"method":"SRPg-4096","alg":"PBES2g-HS256",`+c.decoy(`"iterations":650000`)+`,"salt":"`+c.b64u(16)+`"}}`)
			c.post("https://my.1password.eu/api/v1/auth/verify", "application/json",
				`{"kid":"`+sid+`","enc":"A256GCM","cty":"b5+jwk+json","iv":"`+c.b64u(12)+`","data":"`+c.b64u(180)+`"}`).
				rh("X-AgileBits-Session-ID", sid, "X-AgileBits-MAC", "v1|1|"+c.secret("X-AgileBits-MAC request MAC", c.b64u(12)), "X-AgileBits-Client", "1Password for Web/1865", "X-Requested-With", "XMLHttpRequest")
		}},
		{cat, "keeper-v2-login-command", func(c *gcase) {
			c.post("https://keepersecurity.eu/api/v2/", "application/json",
				`{"command":"login","version":2,"client_version":"`+c.decoy("w16.11.3")+`","auth_response":"`+c.secret("auth_response (derived auth hash)", c.b64u(32))+`","username":"k.brandt@lichtwerk.example","include":["keys","settings","enforcements","is_enterprise_admin"],"2fa_token":"`+c.secret("2fa_token (remembered device token)", c.b64u(32))+`","2fa_type":"device_token"}`).
				resp("application/json", `{"result":"success","result_code":"auth_success","message":"Successfully authenticated","session_token":"`+c.secret("session_token", c.b64u(48))+`","device_token_scope":"expiration","keys":{"encryption_params":"`+c.secret("keys.encryption_params (encrypted data key)", c.b64u(100))+`","encrypted_private_key":"`+c.secret("keys.encrypted_private_key", c.b64u(1216))+`"},`+c.decoy(`"client_key_iterations":1000000`)+`}`)
		}},
		{cat, "sogo-connect-and-xsrf", func(c *gcase) {
			xsrf := c.secret("XSRF-TOKEN cookie and X-XSRF-TOKEN header", c.hexs(32))
			c.post("https://groupware.vinterhav.example/SOGo/connect", "application/json;charset=utf-8",
				`{"userName":"s.nakamura","password":"`+c.secret("password member of /SOGo/connect", c.u24Pw())+`","domain":null,`+c.decoy(`"language":"WONoSelectionString"`)+`,"rememberLogin":1}`).
				sh("Set-Cookie", "0xHIGHFLYxSOGo="+c.secret("0xHIGHFLYxSOGo cookie", "basic%20"+c.b64s(63))+"; path=/SOGo/; secure; HttpOnly\nXSRF-TOKEN="+xsrf+"; path=/SOGo/; secure").
				resp("application/json", `{"expire":-1,"username":"s.nakamura",`+c.decoy(`"version":"5.11.2"`)+`}`)
			c.post("https://groupware.vinterhav.example/SOGo/so/s.nakamura/Mail/0/folderINBOX/changes", "application/json;charset=utf-8", `{"modseq":`+c.decoy("388211")+`}`).
				rh("X-XSRF-TOKEN", xsrf)
		}},
		{cat, "nextcloud-dav-app-password-and-requesttoken", func(c *gcase) {
			ap := c.secret("Nextcloud app password in Basic", c.u24NcAppPw())
			rt := c.secret("requesttoken header", c.b64s(32)+":"+c.b64s(32))
			c.req("PROPFIND", "https://cloud.lindenhof.example/remote.php/dav/calendars/j.weber/", "application/xml; charset=utf-8",
				`<?xml version="1.0"?><d:propfind xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/"><d:prop><d:displayname/><cs:getctag/><d:sync-token/></d:prop></d:propfind>`).
				rh("Authorization", u24Basic("j.weber", ap), "Depth", "1", "requesttoken", rt,
					"Cookie", "oc_sessionPassphrase="+c.secret("oc_sessionPassphrase cookie", url.QueryEscape(c.b64s(96)))+"; nc_session_id="+c.u24Lower(32)+"; "+"oc"+c.u24Lower(10)+"="+c.u24Lower(26)+"; nc_sameSiteCookielax=true").
				resp("application/xml; charset=utf-8", `<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/"><d:response><d:href>/remote.php/dav/calendars/j.weber/personal/</d:href><d:propstat><d:prop><d:displayname>Personal</d:displayname>`+c.decoy(`<cs:getctag>http://sabre.io/ns/sync/4127</cs:getctag>`)+`<d:sync-token>http://sabre.io/ns/sync/4127</d:sync-token></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>`).code(207)
		}},
		{cat, "proton-srp-auth-client-proof", func(c *gcase) {
			srp := c.hexs(32)
			c.post("https://mail.proton.me/api/core/v4/auth/info", "application/json", `{"Username":"ines.vasquez","Intent":"Proton"}`).
				rh("x-pm-appversion", c.decoy("web-mail@5.0.52.6"), "x-pm-locale", "en_US").
				resp("application/json", `{"Code":1000,"Modulus":"-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n`+c.b64s(256)+`\n-----BEGIN PGP SIGNATURE-----\nVersion: ProtonMail\n\n`+c.b64s(90)+`\n-----END PGP SIGNATURE-----\n","ServerEphemeral":"`+c.b64s(256)+`",`+c.decoy(`"Version":4`)+`,"Salt":"`+c.b64s(10)+`","SRPSession":"`+srp+`"}`)
			uid := c.u24Lower(32)
			c.post("https://mail.proton.me/api/core/v4/auth", "application/json",
				`{"Username":"ines.vasquez","ClientEphemeral":"`+c.b64s(256)+`","ClientProof":"`+c.secret("ClientProof", c.b64s(256))+`","SRPSession":"`+srp+`","PersistentCookies":1}`).
				rh("x-pm-appversion", "web-mail@5.0.52.6").
				sh("Set-Cookie", "AUTH-"+uid+"="+c.u24Lower(32)+"; Path=/api/; Secure; HttpOnly; SameSite=None\nREFRESH-"+uid+"="+c.secret("REFRESH-<uid> cookie (URL-encoded JSON)", url.QueryEscape(`{"ResponseType":"token","ClientID":"WebAccount","GrantType":"refresh_token","RefreshToken":"`+c.u24Lower(32)+`","UID":"`+uid+`"}`))+"; Path=/api/auth/refresh; Secure; HttpOnly").
				resp("application/json", `{"Code":1000,"AccessToken":"`+c.secret("AccessToken", c.u24Lower(32))+`",`+c.decoy(`"ExpiresIn":86400`)+`,"TokenType":"Bearer","Scope":"full self payments keys parent user loggedin nondelinquent mail vpn calendar drive pass","UID":"`+uid+`","RefreshToken":"`+c.secret("RefreshToken", c.u24Lower(32))+`","ServerProof":"`+c.b64s(256)+`","PasswordMode":1,"2FA":{"Enabled":0,"FIDO2":{"AuthenticationOptions":null,"RegisteredKeys":[]}}}`)
		}},
		{cat, "tutanota-session-service-auth-verifier", func(c *gcase) {
			c.post("https://app.tuta.com/rest/sys/sessionservice", "application/json",
				`{"_format":"0","accessKey":null,"authToken":null,"authVerifier":"`+c.secret("authVerifier", c.b64u(32))+`","clientIdentifier":"Firefox Browser","mailAddress":"o.mbeki@tutanota.de","recoverCodeVerifier":null,"user":null}`).
				rh("v", c.decoy("98"), "cv", c.decoy("250.241118.0")).
				resp("application/json;charset=UTF-8", `{"_format":"0","accessToken":"`+c.secret("accessToken of the session", c.b64u(33))+`","challenges":[],"user":"`+c.decoy("O-"+c.alnum(10)+"----0")+`"}`).code(201)
		}},
	}
}

// 2. Name/value pairs spelled as data.
func u24Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "fastmail-jmap-authenticate-type-value", func(c *gcase) {
			lid := c.b64u(18)
			c.post("https://www.fastmail.com/jmap/authenticate/", "application/json",
				`{"username":"b.okafor@fastmail.com"}`).
				resp("application/json", `{"loginId":"`+lid+`","methods":[{"type":"password"},{"type":"totp"}],`+c.decoy(`"mayTrustDevice":true`)+`}`)
			c.post("https://www.fastmail.com/jmap/authenticate/", "application/json",
				`{"loginId":"`+lid+`","type":"password","value":"`+c.secret("{type: password, value}", c.u24Pw())+`","remember":true}`).
				resp("application/json", `{"username":"b.okafor@fastmail.com","accessToken":"`+c.secret("accessToken", c.hexs(8)+"-"+c.hexs(32))+`","signingId":"`+c.decoy(c.hexs(24))+`","signingKey":"`+c.secret("signingKey", c.b64u(32))+`",`+c.decoy(`"apiUrl":"/jmap/api/"`)+`}`)
		}},
		{cat, "onepassword-connect-item-fields", func(c *gcase) {
			vault, item := c.u24Lower(26), c.u24Lower(26)
			c.get("https://connect.ops.fernhill.example/v1/vaults/"+vault+"/items/"+item).
				rh("Authorization", "Bearer "+c.secret("Connect server token (Bearer)", c.hs256JWT(`{"aud":["com.1password.connect"],"sub":"`+c.u24Upper(26)+`","1password.com/auuid":"`+c.u24Upper(26)+`","1password.com/fts":["vaultaccess"]}`))).
				resp("application/json", `{"id":"`+item+`","title":"Postgres reporting replica","vault":{"id":"`+vault+`"},"category":"DATABASE",`+c.decoy(`"version":7`)+`,"fields":[`+
					`{"id":"username","type":"STRING","purpose":"USERNAME","label":"username","value":"report_ro"},`+
					`{"id":"password","type":"CONCEALED","purpose":"PASSWORD","label":"password","value":"`+c.secret("field {purpose: PASSWORD, type: CONCEALED, value}", c.u24Pw())+`","entropy":71.3},`+
					c.decoy(`{"id":"hostname","type":"STRING","label":"server","value":"replica-2.db.fernhill.internal"}`)+`,`+
					`{"id":"`+c.u24Lower(26)+`","section":{"id":"add more"},"type":"CONCEALED","label":"replication slot secret","value":"`+c.secret("custom CONCEALED field value", c.alnum(24))+`"},`+
					`{"id":"`+c.u24Lower(26)+`","type":"OTP","label":"one-time password","value":"otpauth://totp/fernhill:report_ro?secret=`+c.secret("OTP field secret", c.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32))+`&issuer=fernhill","totp":"`+c.digits(6)+`"}],`+c.decoy(`"updatedAt":"2026-11-20T08:14:02.113Z"`)+`}`)
		}},
		{cat, "vaultwarden-admin-config-inputs", func(c *gcase) {
			html := `<form class="page-content" id="config-form"><div class="form-group row"><label for="input_domain" class="col-sm-3 col-form-label">Domain URL</label><div class="col-sm-8"><input class="form-control conf-text" type="text" name="domain" id="input_domain" ` + c.decoy(`value="https://vault.hollowell.example"`) + ` data-orig-value="https://vault.hollowell.example"></div></div>` +
				`<div class="form-group row"><label for="input_smtp_password" class="col-sm-3 col-form-label">SMTP Password</label><div class="col-sm-8"><input class="form-control conf-password" type="password" name="smtp_password" id="input_smtp_password" value="` + c.secret("input#input_smtp_password value", c.u24Pw()) + `" autocomplete="new-password"></div></div>` +
				`<div class="form-group row"><label for="input_push_installation_key" class="col-sm-3 col-form-label">Installation Key</label><div class="col-sm-8"><input class="form-control conf-password" type="password" name="push_installation_key" id="input_push_installation_key" value="` + c.secret("input#input_push_installation_key value", c.alnum(20)) + `"></div></div>` +
				`<div class="form-group row"><label for="input_smtp_port">SMTP Port</label><input class="form-control conf-number" type="number" name="smtp_port" id="input_smtp_port" ` + c.decoy(`value="587"`) + `></div></form>`
			c.get("https://vault.hollowell.example/admin/").resp("text/html; charset=utf-8", `<!DOCTYPE html><html lang="en"><head><title>Vaultwarden Admin Panel</title></head><body>`+html+`<footer>`+c.decoy("Vaultwarden 1.32.5")+`</footer></body></html>`)
		}},
		{cat, "zimbra-json-zimlet-properties", func(c *gcase) {
			c.post("https://mail.brightwater.example/service/soap/ModifyPropertiesRequest", "application/soap+xml; charset=utf-8",
				`{"Header":{"context":{"_jsns":"urn:zimbra","userAgent":{"name":"ZimbraWebClient - GC131 (Win)","version":"10.1.2_GA_4628"},"session":{"_content":1127,"id":1127},"account":{"_content":"a.osei@brightwater.example","by":"name"},"csrfToken":"`+c.secret("Header.context.csrfToken", "0_"+c.hexs(40))+`"}},`+
					`"Body":{"ModifyPropertiesRequest":{"_jsns":"urn:zimbraAccount","prop":[{"zimlet":"com_zimbra_dropbox","name":"access_token","_content":"`+c.secret("prop {name: access_token, _content}", "sl.B"+c.b64u(96))+`"},{"zimlet":"com_zimbra_dropbox","name":"refresh_token","_content":"`+c.secret("prop {name: refresh_token, _content}", c.alnum(64))+`"},`+
					c.decoy(`{"zimlet":"com_zimbra_dropbox","name":"target_folder","_content":"/Apps/Zimbra Attachments"}`)+`]}}}`).
				resp("application/json", `{"Header":{"context":{"change":{"token":48290},"_jsns":"urn:zimbra"}},"Body":{"ModifyPropertiesResponse":{"_jsns":"urn:zimbraAccount"}},"_jsns":"urn:zimbraSoap"}`)
		}},
		{cat, "owa-user-configuration-dictionary", func(c *gcase) {
			entry := func(k, v string) string {
				return `{"__type":"UserConfigurationDictionaryEntry:#Exchange","DictionaryKey":{"__type":"UserConfigurationDictionaryObject:#Exchange","Type":"String","Value":["` + k + `"]},"DictionaryValue":{"__type":"UserConfigurationDictionaryObject:#Exchange","Type":"String","Value":["` + v + `"]}}`
			}
			c.post("https://outlook.office.com/owa/service.svc?action=UpdateUserConfiguration&app=Mail", "application/json; charset=utf-8",
				`{"__type":"UpdateUserConfigurationJsonRequest:#Exchange","Header":{"__type":"JsonRequestHeaders:#Exchange","RequestServerVersion":"V2017_08_18"},"Body":{"__type":"UpdateUserConfigurationRequest:#Exchange","UserConfiguration":{"UserConfigurationName":{"__type":"UserConfigurationNameType:#Exchange","Name":"ExtensionSettings.crm-connector","FolderId":{"__type":"DistinguishedFolderId:#Exchange","Id":"root"}},"Dictionary":[`+
					entry("crmApiToken", c.secret("DictionaryKey crmApiToken -> DictionaryValue", c.alnum(40)))+`,`+entry("crmClientSecret", c.secret("DictionaryKey crmClientSecret -> DictionaryValue", c.b64u(32)))+`,`+c.decoy(entry("crmInstance", "https://fenwick.crm.example"))+`]}}}`).
				rh("Action", "UpdateUserConfiguration", "X-OWA-CANARY", c.secret("X-OWA-CANARY header", c.b64u(57)+"."), "X-OWA-ActionId", c.decoy("-41"))
		}},
		{cat, "calendly-booking-questions-and-answers", func(c *gcase) {
			c.post("https://calendly.com/api/booking/invitees", "application/json",
				`{"event":{"start_time":"2026-12-03T14:30:00+01:00",`+c.decoy(`"location_configuration":{"location":"Customer site","kind":"physical"}`)+`},"event_type_uuid":"`+c.decoy(c.uuid())+`","invitee":{"timezone":"Europe/Amsterdam"},"questions_and_answers":[`+
					c.decoy(`{"question":"How many seats does your office have?","answer":"11-50 seats","position":0}`)+`,{"question":"Alarm panel code for the technician","answer":"`+c.secret("{question: Alarm panel code, answer}", c.digits(8))+`","position":1},`+
					`{"question":"Guest Wi-Fi password","answer":"`+c.secret("{question: Guest Wi-Fi password, answer}", c.u24Pw())+`","position":2}],"payment_token":null,"tracking":{"utm_source":"newsletter"}}`).
				rh("X-CSRF-Token", c.secret("X-CSRF-Token header", c.b64s(64))).code(201)
		}},
		{cat, "dashlane-business-sso-settings-list", func(c *gcase) {
			c.get("https://console.dashlane.com/api/teams/"+c.decoy("2291044")+"/settings").resp("application/json",
				`{"teamId":2291044,"settings":[`+c.decoy(`{"key":"ssoServiceProviderUrl","value":"https://sso.nitro.dashlane.com/saml/2291044"}`)+`,{"key":"scimAuthToken","value":"`+c.secret("{key: scimAuthToken, value}", c.b64u(32))+`"},{"key":"ssoIdpMetadataSigningSecret","value":"`+c.secret("{key: ssoIdpMetadataSigningSecret, value}", c.hexs(64))+`"},`+
					c.decoy(`{"key":"forcedDomainsEnabled","value":"true"}`)+`,`+c.decoy(`{"key":"richIconsEnabled","value":"false"}`)+`]}`)
		}},
		{cat, "duo-admin-application-page-fields", func(c *gcase) {
			html := `<div class="application-details"><h2>Microsoft RDP</h2><div class="form-row"><label for="ikey">Integration key</label><input id="ikey" type="text" readonly value="DI` + c.u24Upper(18) + `"></div>` +
				`<div class="form-row"><label for="skey">Secret key</label><input id="skey" class="secret-key" type="password" readonly value="` + c.secret("input#skey value", c.alnum(40)) + `"><a href="#" class="js-reveal">Show</a></div>` +
				`<div class="form-row"><label for="host">API hostname</label><input id="host" type="text" readonly ` + c.decoy(`value="api-5e2a9c41.duosecurity.com"`) + `></div><p class="note">Don't write down your secret key or share it with anyone.</p></div>`
			c.get("https://admin-5e2a9c41.duosecurity.com/applications/"+c.decoy("DIWQ7F0RP2UQ3K9CXZ4B")).resp("text/html; charset=utf-8", `<html><body>`+html+`</body></html>`)
		}},
		{cat, "keeper-commander-service-record-json", func(c *gcase) {
			rec := `{"record_uid":"` + c.b64u(16) + `","type":"login","title":"Backup NAS","fields":[{"type":"login","value":["svc_backup"]},{"type":"password","value":["` + c.secret("fields {type: password, value: [S]}", c.u24Pw()) + `"]},` +
				`{"type":"oneTimeCode","value":["otpauth://totp/NAS?secret=` + c.secret("fields {type: oneTimeCode} secret", c.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32)) + `"]},` + c.decoy(`{"type":"url","value":["https://nas.quarry.example:5001"]}`) + `],` +
				`"custom":[` + c.decoy(`{"type":"text","label":"Rack","value":["B4-U22"]}`) + `,{"type":"secret","label":"Hyper Backup encryption key","value":["` + c.secret("custom {type: secret, label, value: [S]}", c.b64s(24)) + `"]}]}`
			c.post("http://127.0.0.1:4020/api/v1/executecommand", "application/json", `{"command":"get `+c.decoy("vHq3m0x_8aXeZrDkUCEw1Q")+` --format=json"}`).
				rh("api-key", c.secret("api-key header of Commander service mode", c.b64u(32))).
				resp("application/json", `{"status":"success","command":"get","data":`+rec+`}`)
		}},
		{cat, "nextcloud-mail-sieve-and-account-form", func(c *gcase) {
			c.req("PUT", "https://cloud.lindenhof.example/index.php/apps/mail/api/sieve/account/"+c.decoy("4"), "application/json",
				`{"sieveEnabled":true,"sieveHost":"imap.lindenhof.example","sieveUser":"f.amrani","sievePassword":"`+c.secret("sievePassword", c.u24Pw())+`","sievePort":4190,"sieveSslMode":"tls"}`).
				rh("requesttoken", c.secret("requesttoken header", c.b64s(32)+":"+c.b64s(32)))
			c.post("https://cloud.lindenhof.example/ocs/v2.php/apps/provisioning_api/api/v1/config/apps/mail/settings?format=json", "application/x-www-form-urlencoded",
				"configkey=smtp_password&value="+url.QueryEscape(c.secret("configkey=smtp_password & value=", c.u24Pw()))).
				rh("OCS-APIRequest", "true").resp("application/json", `{"ocs":{"meta":{"status":"ok","statuscode":200,"message":"OK"},"data":[]}}`)
		}},
	}
}

// 3. Credentials with no telling name.
func u24Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "calcom-booking-uid-reschedule-and-cancel-links", func(c *gcase) {
			uid := c.secret("booking uid in /booking/ and /reschedule/ paths", c.alnum(22))
			c.post("https://cal.com/api/book/event", "application/json",
				`{"eventTypeId":`+c.decoy("884211")+`,"start":"2026-12-04T09:00:00.000Z","end":"2026-12-04T09:30:00.000Z","timeZone":"Europe/Lisbon","language":"en","metadata":{},"hasHashedBookingLink":false}`).
				resp("application/json", `{"id":`+c.decoy("5521907")+`,"uid":"`+uid+`","status":"ACCEPTED","startTime":"2026-12-04T09:00:00.000Z"}`)
			c.get("https://cal.com/booking/" + uid + "?" + c.decoy("flag.coep=false") + "&isSuccessBookingPage=true")
			c.get("https://cal.com/reschedule/"+uid).code(307).sh("Location", "/team/harbour/intro?rescheduleUid="+uid)
		}},
		{cat, "proton-pass-secure-link-and-drive-share-fragment", func(c *gcase) {
			lid := c.secret("Pass secure link id (path)", c.b64u(16))
			lkey := c.secret("Pass secure link key (fragment)", c.b64u(32))
			c.get("https://pass.proton.me/secure-link/"+lid+"#"+lkey).resp("text/html", `<!doctype html><html><head><title>Proton Pass</title>`+c.decoy(`<script src="/assets/main.2f9e0c41.js"></script>`)+`</head><body></body></html>`)
			c.get("https://pass.proton.me/api/pass/v1/public_link/content/"+lid).rh("x-pm-appversion", c.decoy("web-pass@1.24.1")).
				resp("application/json", `{"Code":1000,"PublicLinkContent":{"Content":"`+c.b64s(120)+`","ItemKey":"`+c.b64s(60)+`",`+c.decoy(`"ExpirationTime":1732875300`)+`,"ReadCount":1,"MaxReadCount":5}}`)
			tok := c.secret("Drive share token (path)", c.u24Upper(10))
			c.get("https://drive.proton.me/urls/"+tok+"#"+c.secret("Drive share password (fragment)", c.alnum(12))).resp("text/html", `<html><head><title>Proton Drive</title></head></html>`)
		}},
		{cat, "nextcloud-public-calendar-and-share-urls", func(c *gcase) {
			ptok := c.secret("public calendar token", c.u24Upper(16))
			stok := c.secret("public share token /s/", c.alnum(15))
			c.req("PROPFIND", "https://cloud.lindenhof.example/remote.php/dav/calendars/j.weber/team-rota/", "application/xml",
				`<d:propfind xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/"><d:prop><cs:publish-url/></d:prop></d:propfind>`).
				resp("application/xml; charset=utf-8", `<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/"><d:response><d:href>/remote.php/dav/calendars/j.weber/team-rota/</d:href><d:propstat><d:prop><cs:publish-url><d:href>https://cloud.lindenhof.example/remote.php/dav/public-calendars/`+ptok+`</d:href></cs:publish-url></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>`).code(207)
			c.post("https://cloud.lindenhof.example/ocs/v2.php/apps/files_sharing/api/v1/shares?format=json", "application/json", `{"path":"/Rota/2026-Q4.ods","shareType":3}`).
				rh("OCS-APIRequest", "true").
				resp("application/json", `{"ocs":{"meta":{"status":"ok","statuscode":200},"data":{"id":"`+c.decoy("1184")+`","share_type":3,"path":"/Rota/2026-Q4.ods","url":"https://cloud.lindenhof.example/s/`+stok+`",`+c.decoy(`"item_mtime":1732270412`)+`,"mimetype":"application/vnd.oasis.opendocument.spreadsheet"}}}`)
		}},
		{cat, "google-calendar-private-ical-address", func(c *gcase) {
			priv := c.secret("private-<hex> segment of the secret iCal address", c.hexs(32))
			inner := gJS([]any{[]any{"https://calendar.google.com/calendar/ical/r.achterberg%40gmail.com/private-" + priv + "/basic.ics"}, nil, 1})
			frame := gJS([]any{[]any{"wrb.fr", "aE4zLc", inner, nil, nil, nil, "generic"}, []any{"di", 41}, []any{"af.httprm", 41, c.decoy("-6130441288720301456"), 12}})
			c.post("https://calendar.google.com/calendar/u/0/_/CalendarUi/data/batchexecute?rpcids=aE4zLc&source-path=%2Fcalendar%2Fu%2F0%2Fr%2Fsettings%2Fcalendar&"+c.decoy("bl=boq_calendar-ui_20261117.06_p1")+"&hl=en&_reqid=1294211&rt=c", "application/x-www-form-urlencoded;charset=utf-8",
				"f.req="+url.QueryEscape(`[[["aE4zLc","[\"r.achterberg@gmail.com\"]",null,"generic"]]]`)+"&").
				resp("application/json; charset=utf-8", ")]}'\n\n"+c.decoy("322")+"\n"+frame+"\n")
		}},
		{cat, "duo-bypass-codes-array", func(c *gcase) {
			c.post("https://api-5e2a9c41.duosecurity.com/admin/v1/users/"+c.decoy("DUJ3K8ZQ1V7R2C0NHW4T")+"/bypass_codes", "application/x-www-form-urlencoded", "count=3&valid_secs=86400&reuse_count=1").
				rh("Date", "Fri, 22 Nov 2026 10:15:03 -0000", "Authorization", u24Basic("DI"+c.u24Upper(18), c.secret("Duo Admin API signature (HMAC) in Basic", c.hexs(40)))).
				resp("application/json", `{"stat":"OK","response":["`+c.secret("bypass code 1 (bare array element)", c.digits(9))+`","`+c.secret("bypass code 2 (bare array element)", c.digits(9))+`","`+c.secret("bypass code 3 (bare array element)", c.digits(9))+`"]}`)
		}},
		{cat, "bitwarden-recovery-code-in-ticket-prose", func(c *gcase) {
			rc := c.secret("two-step login recovery code in ticket prose", c.u24Upper(4)+" "+c.u24Upper(4)+" "+c.u24Upper(4)+" "+c.u24Upper(4)+" "+c.u24Upper(4)+" "+c.u24Upper(4)+" "+c.u24Upper(4))
			body := "Hi support, I lost my phone with the authenticator. I still have the sheet I printed when I set up two-step login: " + rc + " but the web vault says it is invalid. Can you reset 2FA on my account? Thanks, Dana"
			c.post("https://support.hollowell.example/api/v2/tickets.json", "application/json",
				`{"ticket":{"subject":"Can't log in after losing phone","comment":{"body":`+gJS(body)+`,"public":true},"priority":"high",`+c.decoy(`"brand_id":360004418832`)+`,"tags":["2fa","vault"]}}`).
				resp("application/json", `{"ticket":{"id":`+c.decoy("88211")+`,"status":"new","created_at":"2026-11-22T10:15:02Z"}}`).code(201)
		}},
		{cat, "published-calendar-feeds-in-subscription-list", func(c *gcase) {
			ic := c.secret("iCloud published calendar token (path)", "MTk"+c.b64u(90))
			ol := c.secret("Outlook published calendar hex segment", c.hexs(32))
			c.post("https://www.fastmail.com/jmap/api/?u=a8b9f1c2", "application/json",
				`{"using":["urn:ietf:params:jmap:core","https://www.fastmail.com/dev/calendars"],"methodCalls":[["CalendarSubscription/set",{"accountId":"`+c.decoy("u8b31f2c0")+`","create":{"k12":{"name":"School holidays","url":"webcal://p58-caldav.icloud.com/published/2/`+ic+`","color":"#3a87ad"},"k13":{"name":"Board meetings","url":"https://outlook.office365.com/owa/calendar/`+c.uuid()+`@fenwick.example/`+ol+`/calendar.ics","color":"#d06b64"},`+
					c.decoy(`"k14":{"name":"Public holidays (NL)","url":"https://calendar.fastmail.com/holidays/nl.ics","color":"#8c8c8c"}`)+`}},"0"]]}`).
				resp("application/json", `{"methodResponses":[["CalendarSubscription/set",{"created":{"k12":{"id":"S12"},"k13":{"id":"S13"},"k14":{"id":"S14"}},`+c.decoy(`"newState":"J4821"`)+`},"0"]],"sessionState":"`+c.decoy("cyrus-0;p-5a2f19c0d4")+`"}`)
		}},
		{cat, "bitwarden-send-access-fragment", func(c *gcase) {
			aid := c.secret("Send access id (fragment and path)", c.b64u(16))
			key := c.secret("Send key (fragment)", c.b64u(16))
			c.get("https://send.bitwarden.com/#"+aid+"/"+key).resp("text/html", `<!doctype html><html><head><title>Bitwarden Send</title>`+c.decoy(`<link rel="stylesheet" href="app/main.7c41e0b2a9d3f815.css">`)+`</head></html>`)
			c.post("https://api.bitwarden.com/sends/access/"+aid, "application/json", `{}`).
				rh("Bitwarden-Client-Version", c.decoy("2024.11.2")).
				resp("application/json", `{"id":"`+aid+`","type":0,"name":"`+c.u24BwEnc(32)+`","text":{"text":"`+c.u24BwEnc(48)+`","hidden":true},`+c.decoy(`"expirationDate":"2026-11-29T10:15:00Z"`)+`,"object":"send-access"}`)
		}},
		{cat, "calendly-single-use-links-array", func(c *gcase) {
			l1 := c.secret("single-use scheduling link 1 (array)", c.u24Lower(3)+"-"+c.u24Lower(3)+"-"+c.u24Lower(3))
			l2 := c.secret("single-use scheduling link 2 (array)", c.u24Lower(3)+"-"+c.u24Lower(3)+"-"+c.u24Lower(3))
			c.post("https://calendly.com/api/single_use_links/bulk", "application/json", `{"event_type_uuid":"`+c.decoy(c.uuid())+`","count":2}`).
				resp("application/json", `{"collection":["https://calendly.com/d/`+l1+`/30-minute-onboarding","https://calendly.com/d/`+l2+`/30-minute-onboarding"],`+c.decoy(`"max_event_count":1`)+`}`).code(201)
		}},
		{cat, "magic-login-link-in-mail-preview", func(c *gcase) {
			ml := c.secret("magic sign-in link path token", c.b64u(32))
			c.post("https://outlook.office.com/owa/service.svc?action=GetConversationItems&app=Mail", "application/json; charset=utf-8", `{"__type":"GetConversationItemsJsonRequest:#Exchange"}`).
				resp("application/json; charset=utf-8", `{"Body":{"ResponseMessages":{"Items":[{"Conversation":{"ConversationNodes":[{"Items":[{"Subject":"Your sign-in link for Linkpad","Preview":"Click to sign in: https://linkpad.example/auth/magic/`+ml+` This link expires in 15 minutes and can only be used once.",`+c.decoy(`"DateTimeReceived":"2026-11-22T10:14:49+00:00"`)+`,"InternetMessageId":"`+c.decoy("<0100019354a1b2c3-"+c.uuid()+"-000000@email.amazonses.com>")+`"}]}]}}]}}}`)
		}},
	}
}

// 4. Secrets inside bodies of other formats.
func u24Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "caldav-multiget-icalendar-with-meeting-passcode", func(c *gcase) {
			pwd := c.secret("Zoom pwd= in iCalendar LOCATION/DESCRIPTION", c.alnum(32))
			pass := c.secret("Passcode: in iCalendar DESCRIPTION", c.digits(10))
			uid := c.decoy("040000008200E00074C5B7101A82E008000000000" + strings.ToUpper(c.hexs(24)))
			ics := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + c.decoy("PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN") + "\r\nBEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261122T101500Z\r\nDTSTART;TZID=W. Europe Standard Time:20261203T140000\r\nSUMMARY:Quarterly review\r\n" +
				"LOCATION:https://fenwick.zoom.us/j/" + c.decoy("84412907731") + "?pwd=" + pwd + "\r\nDESCRIPTION:Join Zoom Meeting\\nhttps://fenwick.zoom.us/j/84412907731?pwd=" + pwd + "\\n\\nMeeting ID: 844 1290 7731\\nPasscode: " + pass + "\\n\r\n" + c.decoy("SEQUENCE:3") + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
			c.req("REPORT", "https://caldav.fenwick.example/dav.php/calendars/l.moreau/work/", "application/xml; charset=utf-8",
				`<?xml version="1.0" encoding="utf-8"?><c:calendar-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/><c:calendar-data/></d:prop><d:href>/dav.php/calendars/l.moreau/work/review.ics</d:href></c:calendar-multiget>`).
				rh("Depth", "1").
				resp("application/xml; charset=utf-8", `<?xml version="1.0" encoding="utf-8"?><d:multistatus xmlns:d="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav"><d:response><d:href>/dav.php/calendars/l.moreau/work/review.ics</d:href><d:propstat><d:prop>`+c.decoy(`<d:getetag>&quot;9f2c41e0b7a35d8c&quot;</d:getetag>`)+`<cal:calendar-data>`+ics+`</cal:calendar-data></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>`).code(207)
		}},
		{cat, "zendesk-original-email-qp-and-base64-parts", func(c *gcase) {
			tmp := c.secret("temporary password in the quoted-printable text part", c.u24Pw())
			tok := c.secret("activation token in the base64 HTML part", c.b64u(32))
			htmlPart := `<html><body><p>Welcome to Fenwick!</p><p>Your temporary password: <b>` + tmp + `</b></p><p><a href="https://accounts.fenwick.example/activate?uid=5521&amp;token=` + tok + `">Activate your account</a></p></body></html>`
			eml := "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\r\n        by mx.zendesk.com with SMTPS id 8a3c;\r\n        Fri, 22 Nov 2026 02:14:51 -0800 (PST)\r\n" +
				"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=fenwick.example; " + c.decoy("s=google2026") + "; t=1732270491;\r\n        bh=" + c.decoy(c.b64s(32)) + ";\r\n        h=to:subject:message-id:date:from:mime-version;\r\n        b=" + c.b64s(256) + "\r\n" +
				"From: IT Service Desk <it@fenwick.example>\r\nTo: Laila Moreau <l.moreau@fenwick.example>\r\nSubject: Your new Fenwick account\r\n" + c.decoy("Message-ID: <CAF=yd-Lq8"+c.alnum(20)+"@mail.gmail.com>") + "\r\nMIME-Version: 1.0\r\n" +
				"Content-Type: multipart/alternative; boundary=\"000000000000a1b2c3d4e5f60718\"\r\n\r\n--000000000000a1b2c3d4e5f60718\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
				"Welcome to Fenwick!\r\n\r\nYour temporary password: " + tmp + "\r\n\r\nActivate your account: https://accounts.fenwick.example/activate?uid=3D5521&token=3D=\r\n" + tok + "\r\n\r\n--000000000000a1b2c3d4e5f60718\r\nContent-Type: text/html; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
				u24Wrap76(gB64(htmlPart)) + "\r\n--000000000000a1b2c3d4e5f60718--\r\n"
			c.get("https://fenwickhelp.zendesk.com/audits/"+c.decoy("29481177203")+"/email.eml?ticket_id=88213").resp("message/rfc822", eml)
		}},
		{cat, "owa-getitem-html-body-entity-escaped-link", func(c *gcase) {
			tok := c.secret("reset token in an &amp;-escaped href of the HTML body", c.b64u(24))
			body := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Segoe UI">Someone asked to reset the password of your Pennant account.<br><a href="https://id.pennant.example/reset?user=77120&amp;token=` + tok + `&amp;utm_source=email" data-auth="NotApplicable">Reset password</a></div></body></html>`
			c.post("https://outlook.office.com/owa/service.svc?action=GetItem&app=Mail", "application/json; charset=utf-8", `{"__type":"GetItemJsonRequest:#Exchange","Body":{"__type":"GetItemRequest:#Exchange","ItemShape":{"BaseShape":"IdOnly","AdditionalProperties":[{"FieldURI":"Body"}]}}}`).
				resp("application/json; charset=utf-8", `{"Body":{"ResponseMessages":{"Items":[{"__type":"ItemInfoResponseMessage:#Exchange","ResponseClass":"Success","Items":[{"__type":"Message:#Exchange","Subject":"Reset your Pennant password","Body":{"BodyType":"HTML","Value":`+gJS(body)+`},"ChangeKey":"CQAAABYAAAD0PvCbNq7fQ7sNc1bS1EYHAAHv5Mm5",`+c.decoy(`"DateTimeCreated":"2026-11-22T10:13:40+00:00"`)+`}]}]}}}`)
		}},
		{cat, "google-app-password-batchexecute-json-in-json", func(c *gcase) {
			ap := c.secret("generated app password (grouped, in JSON inside a JSON string)", c.u24AppPw(" "))
			inner := gJS([]any{ap, []any{"Thunderbird on laptop", nil, []any{1732270502, 412000000}}})
			frame := gJS([]any{[]any{"wrb.fr", "HfSPvf", inner, nil, nil, nil, "generic"}})
			c.post("https://myaccount.google.com/_/AccountSettingsUi/data/batchexecute?rpcids=HfSPvf&source-path=%2Fapppasswords&"+c.decoy("bl=boq_identityaccountsettingsuiserver_20261119.08_p0")+"&hl=en&soc-app=1&soc-platform=1&soc-device=1&_reqid=481209&rt=c", "application/x-www-form-urlencoded;charset=UTF-8",
				"f.req="+url.QueryEscape(`[[["HfSPvf","[\"Thunderbird on laptop\"]",null,"generic"]]]`)+"&at="+url.QueryEscape(c.secret("at= XSRF token", "AFoagU"+c.b64u(24)+":1732270499812"))+"&").
				resp("application/json; charset=utf-8", ")]}'\n\n"+c.decoy("188")+"\n"+frame+"\n25\n[[\"e\",4,null,null,224]]\n")
		}},
		{cat, "roundcube-upload-multipart-env-attachment", func(c *gcase) {
			b := "----geckoformboundary" + c.hexs(32)
			env := "APP_ENV=production\nAPP_URL=https://shop.pennant.example\nDB_HOST=db.internal\nDB_PASSWORD=" + c.secret("DB_PASSWORD line in an attached .env file", c.u24Pw()) + "\nMAIL_MAILER=smtp\nMAIL_PASSWORD=" + c.secret("MAIL_PASSWORD line in an attached .env file", c.alnum(24)) + "\n" + c.decoy("LOG_CHANNEL=stack") + "\n"
			body := "--" + b + "\r\nContent-Disposition: form-data; name=\"_token\"\r\n\r\n" + c.secret("_token multipart part", c.alnum(32)) + "\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"_id\"\r\n\r\n" + c.decoy("1f4e2c3a7b9d") + "\r\n--" + b +
				"\r\nContent-Disposition: form-data; name=\"_attachments[]\"; filename=\".env\"\r\nContent-Type: application/octet-stream\r\n\r\n" + env + "\r\n--" + b + "--\r\n"
			c.post("https://webmail.kellerhaus.example/?_task=mail&_action=upload&_id=1f4e2c3a7b9d&_uploadid=upload1732270503&_from=compose&_remote=1", "multipart/form-data; boundary="+b, body).
				rh("X-Requested-With", "XMLHttpRequest").resp("application/json", `{"action":"upload","unlock":"upload1732270503","exec":"this.add2attachment_list(\"rcmfile1\",{\"html\":\".env\",\"name\":\".env\",\"mimetype\":\"application\\/octet-stream\"});"}`)
		}},
		{cat, "nextcloud-notify-push-websocket-credentials", func(c *gcase) {
			ap := c.secret("app password sent as a websocket text frame", c.u24NcAppPw())
			e := c.get("wss://cloud.lindenhof.example/push/ws").code(101)
			e.wsMsg("send", 1, "j.weber").wsMsg("send", 1, ap).wsMsg("receive", 1, "authenticated").wsMsg("send", 1, "listen notify_file_id").wsMsg("receive", 1, c.decoy(`notify_file_id [4127,4130]`))
			e2 := c.get("wss://cloud.lindenhof.example/push/ws").code(101)
			e2.wsMsg("send", 1, "").wsMsg("send", 1, c.secret("pre-auth token as a websocket frame", c.alnum(32))).wsMsg("receive", 1, "authenticated")
		}},
		{cat, "zimbra-launch-page-inline-script", func(c *gcase) {
			csrf := c.secret("csrfToken in inline script", "0_"+c.hexs(40))
			page := `<!DOCTYPE html><html><head><title>Zimbra: Inbox</title><script>` + "\n" + `	window.appContextPath = "";` + "\n" + `	window.csrfToken = "` + csrf + `";` + "\n" + `	window.appDevMode = false;` + "\n" + `	window.cacheKillerVersion = "` + c.decoy("10.1.2_GA_4628.1732100000") + `";` + "\n" +
				`	var batchInfoResponse = {"Header":{"context":{"session":{"id":"1131"},"change":{"token":48301}}},"Body":{"BatchResponse":{"GetInfoResponse":[{"attrs":{"_attrs":{"zimbraFeatureMailEnabled":"TRUE","zimbraPrefMailPollingInterval":"500"}},"prefs":{"_attrs":{"zimbraPrefSkin":"harmony"}},"zimbraDavSecret":"` + c.secret("zimbraDavSecret inside inline batchInfoResponse", c.b64s(24)) + `","publicURL":"https://mail.brightwater.example"}]}}};` + "\n</script></head><body></body></html>"
			c.get("https://mail.brightwater.example/").rh("Cookie", "ZM_AUTH_TOKEN="+"0_"+c.hexs(40)+"_"+c.hexs(120)).resp("text/html;charset=utf-8", page)
		}},
		{cat, "bitwarden-notifications-hub-signalr", func(c *gcase) {
			at := c.secret("access_token in the hub websocket URL", c.rs256JWT(c.u24Upper(40), `{"nbf":1732270500,"exp":1732274100,"iss":"https://vault.bitwarden.com|login","client_id":"web","sub":"`+c.uuid()+`","scope":["api","offline_access"]}`))
			c.post("https://notifications.bitwarden.com/hub/negotiate?negotiateVersion=1", "text/plain;charset=UTF-8", "").rh("Authorization", "Bearer "+at).
				resp("application/json", `{"negotiateVersion":1,"connectionId":"`+c.decoy(c.b64u(16))+`","connectionToken":"`+c.secret("SignalR connectionToken", c.b64u(16))+`","availableTransports":[{"transport":"WebSockets","transferFormats":["Text","Binary"]}]}`)
			e := c.get("wss://notifications.bitwarden.com/hub?id=" + c.secret("id= (connection token) in the websocket URL", c.b64u(17)) + "&access_token=" + at).code(101)
			e.wsMsg("send", 1, `{"protocol":"messagepack","version":1}`+"\x1e").wsMsg("receive", 1, "{}\x1e").
				wsMsg("receive", 2, gB64("\x44\x96\x01\x80\xc0\xaaReceiveMessage\x91\x82\xa11\x00\xa7Payload\x82\xa2Id\xd9\x24"+c.uuid()+"\xa6UserId\xd9\x24"+c.uuid()))
		}},
		{cat, "keepassxc-browser-proxy-messages", func(c *gcase) {
			cid := c.b64s(24)
			e := c.get("ws://127.0.0.1:19700/keepassxc-browser").code(101)
			e.wsMsg("send", 1, `{"action":"change-public-keys","publicKey":"`+c.decoy(c.b64s(32))+`","nonce":"`+c.decoy(c.b64s(24))+`","clientID":"`+cid+`"}`).
				wsMsg("receive", 1, `{"action":"change-public-keys","version":"`+c.decoy("2.7.9")+`","publicKey":"`+c.b64s(32)+`","success":"true"}`).
				wsMsg("send", 1, `{"action":"associate","key":"`+c.b64s(32)+`","idKey":"`+c.secret("associate idKey (identification key)", c.b64s(32))+`"}`).
				wsMsg("receive", 1, `{"action":"get-logins","count":1,"entries":[{"group":"Mail","login":"g.haddad","name":"Roundcube (Kellerhaus)","password":"`+c.secret("entries[].password of get-logins", c.u24Pw())+`","stringFields":[{"KPH: recovery":"`+c.secret("KPH: string field value", c.alnum(20))+`"}],"totp":"","uuid":"`+c.decoy(c.hexs(32))+`"}],"hash":"`+c.decoy(c.hexs(40))+`","id":"firefox-laptop","success":"true"}`)
		}},
		{cat, "stalwart-live-trace-sse-smtp-auth-plain", func(c *gcase) {
			pw := c.secret("password inside base64 AUTH PLAIN in an SSE trace", c.u24Pw())
			ev := func(id int, data string) string {
				return "event: trace\nid: " + c.decoy(strings.Repeat("0", 3)+string(rune('0'+id))+"-"+c.hexs(12)) + "\ndata: " + data + "\n\n"
			}
			sse := ev(1, `{"type":"smtp.connection-start","remoteIp":"10.20.0.14","listenerId":"submission"}`) +
				ev(2, `{"type":"smtp.raw-input","data":"AUTH PLAIN `+gB64("\x00scanner@quarry.example\x00"+pw)+`\r\n"}`) +
				ev(3, `{"type":"auth.success","accountName":"scanner@quarry.example","mechanism":"PLAIN",`+c.decoy(`"elapsed":"4ms"`)+`}`)
			c.get("https://mx.quarry.example/api/telemetry/traces/live?token="+c.secret("token= of the live trace URL", c.b64u(32))+"&filter=smtp").resp("text/event-stream", sse)
		}},
	}
}

// 5. Quirks of exporters and proxies.
func u24Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "charles-params-whole-json-body-as-name", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "4.6.7"}
			body := `{"masterPasswordHash":"` + c.secret("masterPasswordHash inside a params name", c.b64s(32)) + `","newMasterPasswordHash":"` + c.secret("newMasterPasswordHash inside a params name", c.b64s(32)) + `","masterPasswordHint":null,"key":"` + c.secret("key (new protected symmetric key) inside a params name", c.u24BwEnc(64)) + `"}`
			e := c.post("https://vault.hollowell.example/api/accounts/password", "application/x-www-form-urlencoded", body)
			e.post.params = []any{map[string]any{"name": body, "value": ""}}
			e.rh("Bitwarden-Client-Version", c.decoy("2024.11.2"), "Device-Type", "10").resp("", "")
		}},
		{cat, "fiddler-empty-mimetype-horde-login", func(c *gcase) {
			c.creator = [2]string{"Fiddler", "5.0.20253.3311"}
			e := c.post("https://webmail.quarry.example/horde/login.php", "",
				"app=&login_post=1&url=&anchor_string=&ie_version=&horde_user=e.lindgren&horde_pass="+url.QueryEscape(c.secret("horde_pass in a body with no mimeType", c.u24Pw()))+"&horde_select_view=auto&"+c.decoy("new_lang=sv_SE")+"&login_button=Log+in")
			e.sh("Set-Cookie", "Horde="+c.secret("Horde session cookie", c.u24Lower(26))+"; path=/horde; secure; HttpOnly\nhorde_secret_key="+c.secret("horde_secret_key cookie", c.u24Lower(26))+"; path=/horde; secure", "Location", "/horde/imp/dynamic.php?page=mailbox").code(302)
		}},
		{cat, "joined-set-cookie-line-nextcloud-login", func(c *gcase) {
			rt := c.secret("requesttoken form field", c.b64s(32)+":"+c.b64s(32))
			c.post("https://cloud.lindenhof.example/login", "application/x-www-form-urlencoded",
				"user=m.brandt&password="+url.QueryEscape(c.secret("password form field", c.u24Pw()))+"&"+c.decoy("timezone=Europe%2FBerlin&timezone_offset=1")+"&requesttoken="+url.QueryEscape(rt)).
				sh("Set-Cookie", "oc"+c.u24Lower(10)+"="+c.secret("instance session cookie (joined line)", c.u24Lower(26))+"; path=/; secure; HttpOnly; SameSite=Lax, nc_username=m.brandt; expires=Sun, 22-Dec-2026 10:15:04 GMT; path=/; secure; HttpOnly, nc_token="+c.secret("nc_token cookie (joined line)", c.alnum(32))+"; expires=Sun, 22-Dec-2026 10:15:04 GMT; path=/; secure; HttpOnly, nc_session_id="+c.secret("nc_session_id cookie (joined line)", c.u24Lower(26))+"; path=/; secure; HttpOnly",
					"Location", "https://cloud.lindenhof.example/apps/dashboard/").code(303).respCookies = []any{}
		}},
		{cat, "bare-cookie-without-name-behind-proxy", func(c *gcase) {
			c.post("https://mail.brightwater.example/service/soap/SearchRequest", "application/soap+xml; charset=utf-8",
				`{"Header":{"context":{"_jsns":"urn:zimbra","session":{"id":"1131"}}},"Body":{"SearchRequest":{"_jsns":"urn:zimbraMail","sortBy":"dateDesc","types":"conversation","limit":100,"query":"in:inbox"}}}`).
				rh("Cookie", "ZM_TEST=true; "+c.secret("bare cookie value without '=' (proxy affinity token)", c.b64u(30))+"; ZM_AUTH_TOKEN="+c.secret("ZM_AUTH_TOKEN cookie", "0_"+c.hexs(40)+"_"+c.hexs(120))+"; JSESSIONID="+c.secret("JSESSIONID cookie", "node0"+c.u24Lower(24)+".node0"),
					"X-Zimbra-Csrf-Token", c.secret("X-Zimbra-Csrf-Token header", "0_"+c.hexs(40))).
				resp("application/json", `{"Header":{"context":{"change":{"token":48302}}},"Body":{"SearchResponse":{"sortBy":"dateDesc","offset":0,"more":false,`+c.decoy(`"_jsns":"urn:zimbraMail"`)+`}}}`)
		}},
		{cat, "entry-comment-with-repro-credentials", func(c *gcase) {
			c.creator = [2]string{"Fiddler", "5.0.20253.3311"}
			pw := c.secret("master password quoted in an entry comment", c.u24Pw())
			e := c.post("https://api.dashlane.com/v1/authentication/GetAuthenticationMethodsForDevice", "application/json",
				`{"login":"s.ito@kasumi.example","methods":["email_token","totp","duo_push","dashlane_authenticator"],"profiles":[{"login":"s.ito@kasumi.example","deviceAccessKey":"`+c.hexs(16)+`"}]}`).
				rh("dashlane-client-agent", c.decoy(`{"version":"6.2447.0","platform":"server_leeloo","osversion":"Windows 11"}`), "Authorization", "DL1-HMAC-SHA256 AppAccessKey="+c.alnum(16)+",Timestamp=1732270503,SignedHeaders=content-type;user-agent,Signature="+c.secret("DL1-HMAC-SHA256 Signature", c.hexs(64)))
			e.set("comment", "repro SUP-4471: log in as s.ito with "+pw+" then the email token screen loops")
			e.resp("application/json", `{"data":{"verifications":[{"type":"email_token"}],"accountType":"masterPassword"},`+c.decoy(`"requestId":"`+c.uuid()+`"`)+`}`)
		}},
		{cat, "http2-pseudo-path-header-with-canary", func(c *gcase) {
			canary := c.secret("X-OWA-CANARY query parameter (URL and :path)", c.b64u(57)+".")
			id := c.decoy("AAMkAGI2TG93AAABEgAQA" + c.alnum(30))
			p := "/owa/service.svc/s/GetFileAttachment?id=" + id + "&X-OWA-CANARY=" + canary
			e := c.get("https://outlook.office.com" + p)
			e.httpVersion = "h2"
			e.rh(":authority", "outlook.office.com", ":method", "GET", ":path", p, ":scheme", "https", "cookie", "X-OWA-CANARY="+canary+"; OpenIdConnect.token.v1="+c.secret("OpenIdConnect.token.v1 cookie", c.b64u(200)))
			e.sh("content-disposition", `attachment; filename="invoice-2026-11.pdf"`, "x-owa-version", c.decoy("15.20.8158.19")).resp("application/pdf", "")
		}},
		{cat, "base64-body-with-octet-stream-mime", func(c *gcase) {
			page := `<!DOCTYPE html><html><head><title>Kellerhaus Webmail :: Inbox</title><script type="text/javascript">var rcmail = new rcube_webmail();rcmail.set_env({"task":"mail","x_frame_options":"sameorigin","standard_windows":false,"locale":"de_DE","cookie_domain":"webmail.kellerhaus.example","request_token":"` + c.secret("request_token in set_env of a base64 body", c.alnum(32)) + `","mailbox":"INBOX","quota":"12.4 GB"});</script></head><body></body></html>`
			e := c.get("https://webmail.kellerhaus.example/?_task=mail&_mbox=INBOX").resp("application/octet-stream", gB64(page))
			e.respEncoding = "base64"
		}},
		{cat, "playwright-har-fastmail-caldav", func(c *gcase) {
			c.creator = [2]string{"Playwright", "1.49.0"}
			e := c.req("REPORT", "https://caldav.fastmail.com/dav/calendars/user/n.ortiz@fastmail.com/Default/", "application/xml",
				`<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/></d:prop><c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT"><c:time-range start="20261201T000000Z" end="20270101T000000Z"/></c:comp-filter></c:comp-filter></c:filter></c:calendar-query>`).
				rh("authorization", u24Basic("n.ortiz@fastmail.com", c.secret("Fastmail app password in Basic", c.u24Lower(16))), "depth", "1").code(207).
				resp("application/xml; charset=utf-8", `<d:multistatus xmlns:d="DAV:"><d:response><d:href>/dav/calendars/user/n.ortiz@fastmail.com/Default/`+c.decoy(c.uuid())+`.ics</d:href><d:propstat><d:prop>`+c.decoy(`<d:getetag>"8c1e0f94a2b37d65"</d:getetag>`)+`</d:prop></d:propstat></d:response></d:multistatus>`)
			e.set("serverIPAddress", c.decoy("103.168.172.47"))
			e.set("_securityDetails", map[string]any{"protocol": "TLS 1.3", "subjectName": "*.fastmail.com", "issuer": "Sectigo RSA Domain Validation Secure Server CA", "validFrom": 1719792000, "validTo": 1751414399})
			e.set("_serverPort", 443)
		}},
		{cat, "safari-export-empty-cookie-arrays", func(c *gcase) {
			c.creator = [2]string{"WebKit Web Inspector", "20621.1.15"}
			uid := c.u24Lower(32)
			e := c.get("https://calendar.proton.me/api/calendar/v1/" + c.decoy(c.b64u(64)+"==") + "/events?Start=1732233600&End=1735689599&Timezone=Europe%2FZurich&Type=0")
			e.rh("x-pm-uid", uid, "x-pm-appversion", c.decoy("web-calendar@5.0.31.4"), "Cookie", "AUTH-"+uid+"="+c.secret("AUTH-<uid> cookie (Safari, empty cookies array)", c.u24Lower(32))+"; Session-Id="+c.secret("Session-Id cookie", c.b64u(18))+"; Tag=default")
			e.reqCookies = []any{}
			e.set("_fetchType", "Network Load")
			e.set("_priority", "medium")
			e.resp("application/json", `{"Code":1000,"Events":[],`+c.decoy(`"More":0`)+`}`)
		}},
		{cat, "initiator-stack-and-page-title-with-tokens", func(c *gcase) {
			inv := c.secret("invite token in the page title URL", c.b64u(24))
			emb := c.secret("embed key in an _initiator script URL", c.alnum(32))
			c.extraLog = map[string]any{"pages": []any{map[string]any{"startedDateTime": "2026-11-22T10:15:00.000Z", "id": "page_1", "title": "https://vault.hollowell.example/#/accept-organization?organizationId=" + c.uuid() + "&token=" + inv, "pageTimings": map[string]any{"onContentLoad": 120.5, "onLoad": 340.2}}}}
			e := c.get("https://book.kasumi.example/api/widget/slots?date=2026-12-04&" + c.decoy("tz=Asia%2FTokyo"))
			e.set("_initiator", map[string]any{"type": "script", "stack": map[string]any{"callFrames": []any{map[string]any{"functionName": "loadSlots", "scriptId": "41", "url": "https://book.kasumi.example/embed/v2/widget.js?key=" + emb, "lineNumber": 0, "columnNumber": 18211}}}})
			e.set("pageref", "page_1")
			e.resp("application/json", `{"slots":["09:00","09:30"],`+c.decoy(`"generatedAt":"2026-11-22T10:15:00Z"`)+`}`)
		}},
	}
}

// 6. The same secret in several places and encodings of one file.
func u24Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "duo-universal-prompt-duo-code-callback-referer-and-token-form", func(c *gcase) {
			st := c.secret("state (callback URL, token form)", c.alnum(36))
			code := c.secret("duo_code (callback URL, Referer, token form)", c.alnum(32))
			req := c.hs256JWT(`{"response_type":"code","scope":"openid","exp":1732270800,"client_id":"DIQ4F0RP2UQ3K9CXZ4BW","redirect_uri":"https://vpn.quarry.example/duo/callback","state":"` + st + `","duo_uname":"e.lindgren","use_duo_code_attribute":true}`)
			c.get("https://api-5e2a9c41.duosecurity.com/oauth/v1/authorize?response_type=code&client_id="+c.decoy("DIQ4F0RP2UQ3K9CXZ4BW")+"&request="+c.secret("request= (signed request object)", req)).code(302).
				sh("Location", "https://api-5e2a9c41.duosecurity.com/frame/frameless/v4/auth?sid=frameless-"+c.uuid()+"&tx="+c.secret("tx= (signed transaction)", c.hs256JWT(`{"sub":"e.lindgren","tx":"`+c.alnum(20)+`"}`)))
			cb := "https://vpn.quarry.example/duo/callback?state=" + st + "&duo_code=" + code
			c.get(cb).rh("Referer", "https://api-5e2a9c41.duosecurity.com/").code(302).sh("Location", "/portal/")
			c.get("https://vpn.quarry.example/portal/").rh("Referer", cb)
			c.post("https://api-5e2a9c41.duosecurity.com/oauth/v1/token", "application/x-www-form-urlencoded",
				"grant_type=authorization_code&code="+code+"&redirect_uri=https%3A%2F%2Fvpn.quarry.example%2Fduo%2Fcallback&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion="+c.secret("client_assertion", c.hs256JWT(`{"iss":"DIQ4F0RP2UQ3K9CXZ4BW","sub":"DIQ4F0RP2UQ3K9CXZ4BW","aud":"https://api-5e2a9c41.duosecurity.com/oauth/v1/token","jti":"`+c.alnum(36)+`","exp":1732270800}`))).
				resp("application/json", `{"id_token":"`+c.secret("id_token", c.hs256JWT(`{"iss":"https://api-5e2a9c41.duosecurity.com/oauth/v1/token","sub":"e.lindgren","aud":"DIQ4F0RP2UQ3K9CXZ4BW","auth_result":{"result":"allow","status":"allow"},"nonce":"`+c.alnum(16)+`"}`))+`","access_token":"`+c.secret("access_token", c.b64u(32))+`",`+c.decoy(`"expires_in":3600`)+`,"token_type":"Bearer"}`)
		}},
		{cat, "proton-fork-selector-fragment-then-path", func(c *gcase) {
			sel := c.secret("fork selector (fragment, then path segment)", c.b64u(48))
			rt := c.secret("RefreshToken (JSON, then inside the REFRESH cookie JSON)", c.u24Lower(32))
			uid := c.u24Lower(32)
			c.get("https://mail.proton.me/login#selector=" + sel + "&state=" + c.b64u(24) + "&sk=" + c.secret("sk= fork key (fragment)", c.b64u(32)) + "&p=1")
			c.get("https://mail.proton.me/api/auth/v4/sessions/forks/"+sel).rh("x-pm-appversion", c.decoy("web-mail@5.0.52.6")).
				resp("application/json", `{"Code":1000,"UID":"`+uid+`","RefreshToken":"`+rt+`","Payload":"`+c.b64s(120)+`",`+c.decoy(`"LocalID":0`)+`,"Scopes":["full","self","mail"]}`)
			c.post("https://mail.proton.me/api/auth/v4/refresh", "application/json", `{"ResponseType":"token","GrantType":"refresh_token","RefreshToken":"`+rt+`","RedirectURI":"https://protonmail.com"}`).
				rh("x-pm-uid", uid).
				sh("Set-Cookie", "REFRESH-"+uid+"="+url.QueryEscape(`{"ResponseType":"token","ClientID":"WebMail","GrantType":"refresh_token","RefreshToken":"`+rt+`","UID":"`+uid+`"}`)+"; Path=/api/auth/refresh; Secure; HttpOnly")
		}},
		{cat, "vaultwarden-admin-token-prose-then-form-and-cookie", func(c *gcase) {
			tok := c.secret("admin token (ticket prose, /admin form, params)", c.b64s(48))
			c.post("https://support.hollowell.example/api/v2/tickets/88240/comments.json", "application/json",
				`{"comment":{"body":`+gJS("The admin page keeps saying invalid. I start the container with ADMIN_TOKEN set, it is "+tok+" and the logs show it loaded.")+`,"public":false,`+c.decoy(`"author_id":409918220031`)+`}}`)
			c.post("https://vault.hollowell.example/admin", "application/x-www-form-urlencoded", "token="+url.QueryEscape(tok)+"&redirect=").
				sh("Set-Cookie", "VW_ADMIN="+c.secret("VW_ADMIN cookie", c.hs256JWT(`{"nbf":1732270500,"exp":1732290500,"iss":"https://vault.hollowell.example|admin","sub":"admin_panel"}`))+"; Path=/admin; Max-Age=1200; HttpOnly; SameSite=Strict", "Location", "/admin").code(303)
		}},
		{cat, "google-at-token-wiz-data-then-form-then-query", func(c *gcase) {
			at := c.secret("at XSRF token (WIZ_global_data SNlM0e, form body, query)", "AKEyXzW"+c.b64u(24)+":1732270498133")
			page := `<!doctype html><html lang="en"><head><title>Google Calendar</title><script data-id="_gd" nonce="` + c.decoy(c.b64u(16)) + `">window.WIZ_global_data = {"Im6cmf":"/calendar/u/0/_/CalendarUi","QrtxK":"0","S06Grb":"` + c.decoy("108822915507123456789") + `","SNlM0e":"` + at + `","cfb2h":"` + c.decoy("boq_calendar-ui_20261117.06_p1") + `","eptZe":"/calendar/u/0/_/CalendarUi/","fPDxwd":[97493650],"qwAQke":"CalendarUi"};</script></head><body></body></html>`
			c.get("https://calendar.google.com/calendar/u/0/r").resp("text/html; charset=utf-8", page)
			c.post("https://calendar.google.com/calendar/u/0/_/CalendarUi/data/batchexecute?rpcids=Hqx9Xd&bl=boq_calendar-ui_20261117.06_p1&rt=c", "application/x-www-form-urlencoded;charset=utf-8",
				"f.req="+url.QueryEscape(`[[["Hqx9Xd","[null,[\"2026-12-01\",\"2026-12-31\"]]",null,"generic"]]]`)+"&at="+url.QueryEscape(at)+"&")
			c.get("https://calendar.google.com/calendar/u/0/_/CalendarUi/data/batchexecute?rpcids=Vk3Xbd&f.req=%5B%5D&at=" + url.QueryEscape(at))
		}},
		{cat, "bitwarden-webauthn-assertion-token-json-and-form", func(c *gcase) {
			tok := c.secret("assertion options token (JSON, then form body)", "BWWebAuthnLoginAssertionOptions_CfDJ8"+c.b64u(180))
			ch := c.b64u(32)
			c.get("https://vault.bitwarden.com/identity/accounts/webauthn/assertion-options").
				resp("application/json", `{"options":{"challenge":"`+ch+`",`+c.decoy(`"timeout":60000`)+`,`+c.decoy(`"rpId":"bitwarden.com"`)+`,"allowCredentials":[],"userVerification":"required","status":"ok","errorMessage":""},"token":"`+tok+`","object":"webAuthnLoginAssertionOptions"}`)
			cd := gB64u(`{"type":"webauthn.get","challenge":"` + ch + `","origin":"https://vault.bitwarden.com","crossOrigin":false}`)
			dr := `{"id":"` + c.b64u(32) + `","rawId":"` + c.b64u(32) + `","type":"public-key","extensions":{"prf":{"results":{"first":"` + c.secret("PRF extension output (derives the vault key)", c.b64u(32)) + `"}}},"response":{"authenticatorData":"` + c.decoy("SZYN5YgOjGh0NBcPZHZgW4_krrmihjLHmVzzuoMdl2MFAAAABQ") + `","clientDataJSON":"` + cd + `","signature":"` + c.b64u(70) + `","userHandle":"` + c.b64u(16) + `"}}`
			c.post("https://vault.bitwarden.com/identity/connect/token", "application/x-www-form-urlencoded; charset=utf-8",
				"scope=api%20offline_access&client_id=web&deviceType=10&deviceIdentifier="+c.decoy(c.uuid())+"&deviceName=chrome&grant_type=webauthn&token="+url.QueryEscape(tok)+"&deviceResponse="+url.QueryEscape(dr))
		}},
		{cat, "authy-api-key-header-query-and-js-escaped-config", func(c *gcase) {
			key := c.secret("Authy API key (header, query, \\u0022-escaped config)", c.alnum(32))
			c.get("https://api.authy.com/protected/json/app/details?api_key="+key).resp("application/json", `{"app":{"name":"Quarry VPN",`+c.decoy(`"app_id":418822`)+`,"plan":"starter","sms_enabled":true},"success":true}`)
			c.post("https://api.authy.com/protected/json/users/new", "application/x-www-form-urlencoded", "user%5Bemail%5D=e.lindgren%40quarry.example&user%5Bcellphone%5D=7025550144&user%5Bcountry_code%5D=1").
				rh("X-Authy-API-Key", key).resp("application/json", `{"message":"User created successfully.","user":{"id":`+c.decoy("508821774")+`},"success":true}`)
			c.get("https://admin.quarry.example/settings/mfa").resp("text/html", `<html><body><div id="app"></div><script>window.__CONFIG__ = JSON.parse("{\u0022authy\u0022:{\u0022apiKey\u0022:\u0022`+key+`\u0022,\u0022appId\u0022:418822},\u0022build\u0022:\u0022`+c.decoy("7c1e9f2")+`\u0022}");</script></body></html>`)
		}},
		{cat, "calcom-api-key-query-header-and-error-echo", func(c *gcase) {
			key := c.secret("cal_live_ key (query, header, echoed error)", "cal_live_"+c.hexs(32))
			c.get("https://api.cal.com/v1/bookings?apiKey="+key+"&"+c.decoy("take=50")).resp("application/json", `{"bookings":[],`+c.decoy(`"total":0`)+`}`)
			c.get("https://api.cal.com/v2/bookings?status=upcoming").rh("Authorization", "Bearer "+key, "cal-api-version", c.decoy("2024-08-13")).code(401).
				resp("application/json", `{"status":"error","timestamp":"2026-11-22T10:15:05.118Z","path":"/v2/bookings","error":{"code":"UnauthorizedException","message":"ApiAuthGuard - Invalid API key: `+key+` is not valid for organization 4411","details":{"message":"Invalid API key","error":"Unauthorized","statusCode":401}}}`)
		}},
		{cat, "zimbra-authtoken-json-cookie-and-zauthtoken-url", func(c *gcase) {
			at := c.secret("Zimbra authToken (JSON, cookie, zauthtoken= query, request context)", "0_"+c.hexs(40)+"_"+c.hexs(136))
			c.post("https://mail.brightwater.example/service/soap/AuthRequest", "application/soap+xml; charset=utf-8",
				`{"Header":{"context":{"_jsns":"urn:zimbra"}},"Body":{"AuthRequest":{"_jsns":"urn:zimbraAccount","account":{"by":"name","_content":"k.mensah@brightwater.example"},"password":{"_content":"`+c.secret("password._content of AuthRequest", c.u24Pw())+`"},"csrfTokenSecured":1}}}`).
				sh("Set-Cookie", "ZM_AUTH_TOKEN="+at+"; Path=/; Secure; HttpOnly").
				resp("application/json", `{"Header":{"context":{"_jsns":"urn:zimbra"}},"Body":{"AuthResponse":{"authToken":[{"_content":"`+at+`"}],`+c.decoy(`"lifetime":172799998`)+`,"skin":[{"_content":"harmony"}],"_jsns":"urn:zimbraAccount"}},"_jsns":"urn:zimbraSoap"}`)
			c.get("https://mail.brightwater.example/service/home/~/?auth=qp&zauthtoken=" + at + "&" + c.decoy("id=48213&part=2") + "&disp=a")
			c.post("https://mail.brightwater.example/service/soap/GetFolderRequest", "application/soap+xml; charset=utf-8", `{"Header":{"context":{"_jsns":"urn:zimbra","authToken":"`+at+`","userAgent":{"name":"ZimbraWebClient - FF133"}}},"Body":{"GetFolderRequest":{"_jsns":"urn:zimbraMail"}}}`)
		}},
		{cat, "tutanota-access-token-header-and-event-bus-url", func(c *gcase) {
			tok := c.secret("Tutanota accessToken (JSON, accessToken header, event bus URL)", c.b64u(33))
			c.post("https://app.tuta.com/rest/sys/sessionservice", "application/json", `{"_format":"0","accessKey":null,"authToken":null,"authVerifier":"`+c.secret("authVerifier", c.b64u(32))+`","clientIdentifier":"Chrome Browser","mailAddress":"h.sato@tuta.io","recoverCodeVerifier":null,"user":null}`).
				resp("application/json;charset=UTF-8", `{"_format":"0","accessToken":"`+tok+`","challenges":[],"user":"`+c.decoy("O-"+c.alnum(10)+"----1")+`"}`)
			c.get("https://app.tuta.com/rest/sys/user/O-"+c.alnum(10)+"----1").rh("accessToken", tok, "v", c.decoy("101"), "cv", "250.241118.0")
			c.get("wss://app.tuta.com/event?modelVersions=101.80.15.31&clientVersion=250.241118.0&userId=O-"+c.alnum(10)+"----1&accessToken="+tok+"&lastBatchIds=").code(101).
				wsMsg("receive", 1, "entityUpdate;"+`{"_format":"0","eventBatchId":"`+c.decoy(c.b64u(9))+`","eventBatchOwner":"`+c.b64u(9)+`","eventBatch":[]}`)
		}},
		{cat, "reset-link-in-mime-parts-ticket-json-and-visit", func(c *gcase) {
			tok := c.secret("reset token (QP text, base64 HTML, ticket JSON, visited URL)", c.b64u(32))
			link := "https://id.pennant.example/reset?token=" + tok
			bnd := "b1_" + c.hexs(16)
			htmlPart := `<p>Hello,</p><p><a href="` + link + `">Choose a new password</a></p>`
			eml := "ARC-Seal: i=1; a=rsa-sha256; t=1732270489; cv=none; d=google.com; s=arc-20240605;\r\n        b=" + c.b64s(180) + "\r\nARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\r\n        h=to:subject:message-id:date:from:mime-version; " + c.decoy("bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=") + ";\r\n        b=" + c.b64s(180) + "\r\n" +
				"Subject: Reset your Pennant password\r\nContent-Type: multipart/alternative; boundary=\"" + bnd + "\"\r\n\r\n--" + bnd + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nChoose a new password: https://id.pennant.example/reset?token=3D" + tok + "\r\n\r\n--" + bnd + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + u24Wrap76(gB64(htmlPart)) + "\r\n--" + bnd + "--\r\n"
			c.post("https://fenwickhelp.zendesk.com/api/v2/tickets/88251/comments.json", "application/json", `{"comment":{"body":"Forwarded the reset mail, the link says expired","public":false,"uploads":["`+c.alnum(25)+`"]}}`).
				resp("application/json", `{"comment":{"id":`+c.decoy("30011842277")+`,"plain_body":`+gJS("Choose a new password: "+link)+`,"via":{"channel":"email"}}}`)
			c.get("https://fenwickhelp.zendesk.com/audits/30011842279/email.eml?ticket_id=88251").resp("message/rfc822", eml)
			c.get(link).resp("text/html", `<html><body><h1>This link has expired</h1></body></html>`)
		}},
	}
}

// 7. GraphQL: variables, persisted queries, batches, GET variables=.
func u24GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "plain-reply-to-thread-with-temporary-password", func(c *gcase) {
			tmp := c.secret("temporary password in textContent variable prose", c.u24Pw())
			q := `mutation replyToThread($input: ReplyToThreadInput!) { replyToThread(input: $input) { error { message type code } } }`
			c.post("https://core-api.uk.plain.com/graphql/v1", "application/json",
				`{"query":`+gJS(q)+`,"variables":{"input":{"threadId":"`+c.decoy("th_01J"+c.u24Upper(23))+`","textContent":`+gJS("Hi Noor, I've reset your account. Sign in with the temporary password "+tmp+" and you will be asked to choose a new one.")+`,"markdownContent":null}},"operationName":"replyToThread"}`).
				rh("Authorization", "Bearer "+c.secret("plainApiKey_ bearer", "plainApiKey_"+c.b64u(36))).
				resp("application/json", `{"data":{"replyToThread":{"error":null}},"extensions":{`+c.decoy(`"requestId":"req_01J`+c.u24Upper(23)+`"`)+`}}`)
		}},
		{cat, "booking-confirm-persisted-query-get-variables", func(c *gcase) {
			ct := c.secret("confirmationToken in GET variables=", c.b64u(24))
			vars := url.QueryEscape(`{"confirmationToken":"` + ct + `","locale":"en-GB"}`)
			ext := url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"` + c.decoy(c.hexs(64)) + `"}}`)
			c.get("https://book.kasumi.example/graphql?operationName=ConfirmBooking&variables="+vars+"&extensions="+ext).
				rh("apollographql-client-name", "booking-web", "apollographql-client-version", c.decoy("3.18.0")).
				resp("application/json", `{"data":{"confirmBooking":{"__typename":"Booking","id":"`+c.decoy("bk_88412")+`","status":"CONFIRMED","startsAt":"2026-12-04T09:00:00+09:00"}}}`)
		}},
		{cat, "apollo-batched-login-and-viewer", func(c *gcase) {
			c.post("https://app.meetwise.example/graphql", "application/json",
				`[{"operationName":"Login","variables":{"email":"r.chen@meetwise.example","password":"`+c.secret("Login variables.password (batched)", c.u24Pw())+`","rememberMe":true},"query":"mutation Login($email: String!, $password: String!, $rememberMe: Boolean) { login(email: $email, password: $password, rememberMe: $rememberMe) { accessToken refreshToken expiresIn } }"},`+
					`{"operationName":"Features","variables":{},"query":"query Features { features { key enabled } }"}]`).
				resp("application/json", `[{"data":{"login":{"accessToken":"`+c.secret("login.accessToken (batched response)", c.hs256JWT(`{"sub":"usr_7712","org":"org_41","exp":1732274100}`))+`","refreshToken":"`+c.secret("login.refreshToken (batched response)", c.b64u(48))+`",`+c.decoy(`"expiresIn":3600`)+`}}},{"data":{"features":[`+c.decoy(`{"key":"round_robin","enabled":true}`)+`]}}]`)
		}},
		{cat, "inline-literal-refresh-token-in-connect-calendar", func(c *gcase) {
			rt := c.secret("refreshToken string literal in the query text", "1//0"+c.b64u(76))
			q := `mutation { connectCalendar(provider: GOOGLE, externalId: "r.chen@meetwise.example", refreshToken: "` + rt + `", clientSecret: "` + c.secret("clientSecret string literal in the query text", "GOCSPX-"+c.b64u(21)) + `", scopes: ["https://www.googleapis.com/auth/calendar.events"]) { id provider syncState } }`
			c.post("https://app.meetwise.example/graphql", "application/json", `{"query":`+gJS(q)+`}`).
				resp("application/json", `{"data":{"connectCalendar":{"id":"`+c.decoy("cal_"+c.hexs(12))+`","provider":"GOOGLE","syncState":"PENDING"}}}`)
		}},
		{cat, "graphql-ws-connection-init-hasura-admin-secret", func(c *gcase) {
			e := c.get("wss://gql.meetwise.example/v1/graphql").rh("Sec-WebSocket-Protocol", "graphql-transport-ws").code(101)
			e.wsMsg("send", 1, `{"type":"connection_init","payload":{"headers":{"x-hasura-admin-secret":"`+c.secret("x-hasura-admin-secret in connection_init payload", c.alnum(40))+`","x-hasura-role":"admin"}}}`).
				wsMsg("receive", 1, `{"type":"connection_ack"}`).
				wsMsg("send", 1, `{"id":"`+c.decoy(c.uuid())+`","type":"subscribe","payload":{"query":"subscription Bookings { bookings(where: {status: {_eq: \"pending\"}}) { id invitee_token start_at } }"}}`).
				wsMsg("receive", 1, `{"id":"1","type":"next","payload":{"data":{"bookings":[{"id":`+c.decoy("55219")+`,"invitee_token":"`+c.secret("invitee_token in subscription data", c.b64u(24))+`","start_at":"2026-12-04T00:00:00+00:00"}]}}}`)
		}},
		{cat, "variable-validation-error-echoes-smtp-input", func(c *gcase) {
			pw := c.secret("$smtp.password (variables and echoed in errors[].message)", c.u24Pw())
			c.post("https://admin.mailhost.example/graphql", "application/json",
				`{"operationName":"UpdateRelay","variables":{"smtp":{"host":"smtp.eu.sparkpost.com","username":"SMTP_Injection","password":"`+pw+`","tls":"STARTTLS"}},"query":"mutation UpdateRelay($smtp: SmtpSettingsInput!) { updateRelay(smtp: $smtp) { ok } }"}`).
				code(200).resp("application/json", `{"errors":[{"message":"Variable \"$smtp\" got invalid value { host: \"smtp.eu.sparkpost.com\", username: \"SMTP_Injection\", password: \"`+pw+`\", tls: \"STARTTLS\" }; Field \"port\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":20}],"extensions":{"code":"BAD_USER_INPUT"}}],`+c.decoy(`"extensions":{"traceId":"`+c.hexs(32)+`"}`)+`}`)
		}},
		{cat, "multipart-upload-vault-csv-import", func(c *gcase) {
			b := "----WebKitFormBoundary" + c.alnum(16)
			ops := `{"operationName":"ImportVault","variables":{"file":null,"archivePassword":"` + c.secret("archivePassword variable in operations", c.u24Pw()) + `","format":"BITWARDEN_CSV"},"query":"mutation ImportVault($file: Upload!, $archivePassword: String, $format: ImportFormat!) { importVault(file: $file, archivePassword: $archivePassword, format: $format) { imported skipped } }"}`
			csv := "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n" +
				"Mail,,login,Kellerhaus webmail,,,0,https://webmail.kellerhaus.example,r.chen," + c.secret("login_password column of an uploaded CSV (row 1)", c.u24Pw()) + ",\n" +
				"Work,1,login,Duo admin,,,0,https://admin-5e2a9c41.duosecurity.com,r.chen@meetwise.example," + c.secret("login_password column of an uploaded CSV (row 2)", c.u24Pw()) + "," + c.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32) + "\n"
			body := "--" + b + "\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n" + ops + "\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n" + `{"0":["variables.file"]}` + "\r\n--" + b +
				"\r\nContent-Disposition: form-data; name=\"0\"; filename=\"bitwarden_export_20261122.csv\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + b + "--\r\n"
			c.post("https://vault.meetwise.example/graphql", "multipart/form-data; boundary="+b, body).rh("apollo-require-preflight", "true").
				resp("application/json", `{"data":{"importVault":{`+c.decoy(`"imported":2`)+`,"skipped":0}}}`)
		}},
		{cat, "persisted-verify-mfa-post", func(c *gcase) {
			c.post("https://app.meetwise.example/graphql", "application/json",
				`{"operationName":"VerifyMfa","variables":{"mfaToken":"`+c.secret("variables.mfaToken", c.b64u(32))+`","code":"`+c.digits(6)+`","trustDevice":true},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"`+c.decoy(c.hexs(64))+`"}}}`).
				resp("application/json", `{"data":{"verifyMfa":{"__typename":"MfaSuccess","session":{"token":"`+c.secret("verifyMfa.session.token", c.b64u(40))+`","deviceTrustToken":"`+c.secret("verifyMfa.session.deviceTrustToken", c.b64u(40))+`",`+c.decoy(`"expiresAt":"2026-12-22T10:15:06Z"`)+`}}}}`)
		}},
		{cat, "create-app-password-response-data", func(c *gcase) {
			c.post("https://admin.mailhost.example/graphql", "application/json",
				`{"operationName":"CreateAppPassword","variables":{"mailbox":"t.ferreira@aldeia.example","label":"iPhone Mail"},"query":"mutation CreateAppPassword($mailbox: String!, $label: String!) { createAppPassword(mailbox: $mailbox, label: $label) { appPassword { id label secret createdAt } } }"}`).
				rh("Authorization", "Bearer "+c.secret("admin console bearer", c.b64u(32))).
				resp("application/json", `{"data":{"createAppPassword":{"appPassword":{"id":"`+c.decoy("ap_"+c.hexs(10))+`","label":"iPhone Mail","secret":"`+c.secret("appPassword.secret", c.u24Lower(20))+`",`+c.decoy(`"createdAt":"2026-11-22T10:15:07Z"`)+`}}}}`)
		}},
		{cat, "graphql-sse-subscription-inbound-code", func(c *gcase) {
			code := c.secret("verification code in a subscription event's text", c.digits(8))
			c.post("https://core-api.uk.plain.com/graphql/stream", "application/json",
				`{"query":"subscription { inboundEmail(threadId: \"th_01JD8X\") { subject text } }"}`).rh("Accept", "text/event-stream").
				resp("text/event-stream", "event: next\ndata: "+`{"data":{"inboundEmail":{"subject":"Your Pennant verification code","text":"Your verification code is `+code+`. It expires in 10 minutes."}}}`+"\n\n"+"event: next\ndata: "+`{"data":{"inboundEmail":{"subject":"Welcome","text":"Thanks for signing up."}},`+c.decoy(`"id":"evt_`+c.hexs(16)+`"`)+`}`+"\n\nevent: complete\ndata:\n\n")
		}},
	}
}

// 8. Vendor credential formats.
func u24Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "postmark-server-and-account-tokens-uuid-shaped", func(c *gcase) {
			c.post("https://api.postmarkapp.com/email/withTemplate", "application/json",
				`{"From":"noreply@pennant.example","To":"it@fenwick.example",`+c.decoy(`"TemplateAlias":"password-reset"`)+`,"TemplateModel":{"product_name":"Pennant"},"MessageStream":"outbound"}`).
				rh("X-Postmark-Server-Token", c.secret("X-Postmark-Server-Token (UUID-shaped)", c.uuid()), "Accept", "application/json").
				resp("application/json", `{"To":"it@fenwick.example","SubmittedAt":"2026-11-22T10:15:02.4431-05:00","MessageID":"`+c.decoy(c.uuid())+`","ErrorCode":0,"Message":"OK"}`)
			c.get("https://api.postmarkapp.com/servers?count=50&offset=0").rh("X-Postmark-Account-Token", c.secret("X-Postmark-Account-Token (UUID-shaped)", c.uuid())).
				resp("application/json", `{"TotalCount":1,"Servers":[{"ID":`+c.decoy("9921044")+`,"Name":"Pennant production","ApiTokens":["`+c.secret("Servers[].ApiTokens[] (UUID-shaped)", c.uuid())+`"],"Color":"blue","SmtpApiActivated":true,"InboundHookUrl":"","BounceHookUrl":"https://hooks.pennant.example/postmark/bounce"}]}`)
		}},
		{cat, "mailgun-api-key-basic-and-webhook-signing-key", func(c *gcase) {
			key := c.secret("Mailgun private API key (new format) in Basic api:", c.hexs(32)+"-"+c.hexs(8)+"-"+c.hexs(8))
			c.post("https://api.eu.mailgun.net/v3/mg.pennant.example/messages", "application/x-www-form-urlencoded",
				"from=Pennant+%3Cnoreply%40mg.pennant.example%3E&to=l.moreau%40fenwick.example&subject=Welcome&template=welcome&"+c.decoy("o%3Atag=onboarding")).
				rh("Authorization", u24Basic("api", key)).
				resp("application/json", `{"id":"`+c.decoy("<20261122101502.2f0c1a9e4b7d3c51@mg.pennant.example>")+`","message":"Queued. Thank you."}`)
			c.get("https://app.mailgun.com/app/sending/domains/mg.pennant.example/webhooks/signing-key").
				resp("application/json", `{"signing_key":"`+c.secret("Mailgun webhook signing_key", c.hexs(32))+`","legacy_key":"key-`+c.secret("Mailgun legacy key- API key", c.hexs(32))+`",`+c.decoy(`"domain":"mg.pennant.example"`)+`}`)
		}},
		{cat, "listmonk-smtp-relays-brevo-ses-sendgrid-resend", func(c *gcase) {
			c.req("PUT", "https://news.pennant.example/api/settings", "application/json",
				`{"app.root_url":"https://news.pennant.example",`+c.decoy(`"app.concurrency":10`)+`,"smtp":[{"enabled":true,"host":"smtp-relay.brevo.com","port":587,"auth_protocol":"login","username":"7f21a9001@smtp-brevo.com","password":"`+c.secret("Brevo xsmtpsib- SMTP key", "xsmtpsib-"+c.hexs(64)+"-"+c.alnum(16))+`","tls_type":"STARTTLS","max_conns":10},`+
					`{"enabled":false,"host":"email-smtp.eu-west-1.amazonaws.com","port":465,"auth_protocol":"login","username":"AKIA`+c.u24Upper(16)+`","password":"`+c.secret("Amazon SES SMTP password", "B"+c.pick(gAlnum+"+/", 43))+`","tls_type":"TLS"}],`+
					`"bounce.sendgrid_enabled":true,"bounce.sendgrid_key":"`+c.secret("SendGrid SG. key", "SG."+c.b64u(16)+"."+c.b64u(32))+`","messengers":[{"enabled":true,"name":"resend","root_url":"https://api.resend.com/emails","username":"","password":"`+c.secret("Resend re_ key", "re_"+c.alnum(8)+"_"+c.alnum(24))+`","timeout":"5s"}],`+
					`"upload.provider":"filesystem","bounce.brevo":{"api_key":"`+c.secret("Brevo xkeysib- API key", "xkeysib-"+c.hexs(64)+"-"+c.alnum(16))+`"}}`).
				resp("application/json", `{"data":true}`)
		}},
		{cat, "bitwarden-secrets-manager-machine-token", func(c *gcase) {
			tok := c.secret("Secrets Manager access token (0.<uuid>.<secret>:<key>)", "0."+c.uuid()+"."+c.alnum(30)+":"+c.b64s(16))
			c.post("https://identity.bitwarden.com/connect/token", "application/x-www-form-urlencoded",
				"scope=api.secrets&client_id="+url.QueryEscape(strings.SplitN(tok, ".", 3)[1])+"&client_secret="+url.QueryEscape(strings.SplitN(strings.SplitN(tok, ".", 3)[2], ":", 2)[0])+"&grant_type=client_credentials").
				resp("application/json", `{"access_token":"`+c.secret("machine account access_token", c.rs256JWT(c.u24Upper(40), `{"client_id":"`+c.uuid()+`","scope":["api.secrets"],"sub":"`+c.uuid()+`","type":"ServiceAccount"}`))+`",`+c.decoy(`"expires_in":3600`)+`,"token_type":"Bearer",`+c.decoy(`"scope":"api.secrets"`)+`,"encrypted_payload":"`+c.u24BwEnc(48)+`"}`)
			c.post("https://gitlab.pennant.example/api/v4/projects/41/variables", "application/x-www-form-urlencoded", "key=BWS_ACCESS_TOKEN&value="+url.QueryEscape(tok)+"&masked=true&"+c.decoy("environment_scope=production")).
				resp("application/json", `{"variable_type":"env_var","key":"BWS_ACCESS_TOKEN","protected":false,"masked":true,"raw":false,"environment_scope":"production"}`).code(201)
		}},
		{cat, "onepassword-service-account-token", func(c *gcase) {
			inner := `{"signInAddress":"my.1password.eu","userAuth":{"method":"SRPg-4096","alg":"PBES2g-HS256","iterations":650000,"salt":"` + c.b64u(16) + `"},"email":"` + c.u24Lower(13) + `@1passwordserviceaccounts.eu","srpX":"` + c.hexs(64) + `","muk":{"alg":"A256GCM","ext":false,"k":"` + c.b64u(32) + `","key_ops":["decrypt","encrypt"],"kty":"oct","kid":"mp"},"secretKey":"A3-` + c.u24Upper(6) + `-` + c.u24Upper(6) + `-` + c.u24Upper(5) + `-` + c.u24Upper(5) + `-` + c.u24Upper(5) + `-` + c.u24Upper(5) + `","throttleSecret":{"seed":"` + c.hexs(64) + `","uuid":"` + c.u24Upper(26) + `"},"deviceUuid":"` + c.u24Lower(26) + `"}`
			tok := c.secret("ops_ service account token", "ops_"+gB64u(inner))
			c.post("https://ci.fenwick.example/api/v1/projects/mail-relay/variables", "application/json",
				`{"key":"OP_SERVICE_ACCOUNT_TOKEN","value":"`+tok+`","masked":true,"protected":false,`+c.decoy(`"environment_scope":"production"`)+`}`).
				resp("application/json", `{"key":"OP_SERVICE_ACCOUNT_TOKEN","masked":true,`+c.decoy(`"variable_type":"env_var"`)+`}`).code(201)
		}},
		{cat, "twilio-verify-account-sid-and-auth-token", func(c *gcase) {
			sid := "AC" + c.hexs(32)
			c.post("https://verify.twilio.com/v2/Services/"+c.decoy("VA"+c.hexs(32))+"/Verifications", "application/x-www-form-urlencoded", "To=%2B14155550187&Channel=sms&"+c.decoy("Locale=en")).
				rh("Authorization", u24Basic(sid, c.secret("Twilio auth token in Basic", c.hexs(32)))).
				resp("application/json", `{"sid":"`+c.decoy("VE"+c.hexs(32))+`","service_sid":"VA...","account_sid":"`+sid+`","status":"pending","channel":"sms","valid":false,`+c.decoy(`"date_created":"2026-11-22T10:15:03Z"`)+`}`).code(201)
			c.post("https://api.twilio.com/2010-04-01/Accounts/"+sid+"/Keys.json", "application/x-www-form-urlencoded", "FriendlyName=mfa-service").
				rh("Authorization", u24Basic(sid, c.secret("Twilio auth token in Basic (second request)", c.hexs(32)))).
				resp("application/json", `{"sid":"SK`+c.hexs(32)+`","friendly_name":"mfa-service","secret":"`+c.secret("API key secret", c.alnum(32))+`",`+c.decoy(`"date_created":"Fri, 22 Nov 2026 10:15:04 +0000"`)+`}`).code(201)
		}},
		{cat, "duo-authentication-proxy-cfg-upload", func(c *gcase) {
			cfg := "[main]\r\ndebug=false\r\n\r\n[ad_client]\r\nhost=" + c.decoy("10.40.2.10") + "\r\nservice_account_username=svc_duoproxy\r\nservice_account_password=" + c.secret("service_account_password in authproxy.cfg", c.u24Pw()) + "\r\nsearch_dn=DC=quarry,DC=example\r\n\r\n" +
				"[radius_server_auto]\r\nikey=DI" + c.u24Upper(18) + "\r\nskey=" + c.secret("skey in authproxy.cfg", c.alnum(40)) + "\r\n" + c.decoy("api_host=api-5e2a9c41.duosecurity.com") + "\r\nradius_ip_1=10.40.2.20\r\nradius_secret_1=" + c.secret("radius_secret_1 in authproxy.cfg", c.alnum(24)) + "\r\nfailmode=safe\r\nclient=ad_client\r\nport=1812\r\n"
			b := "----WebKitFormBoundary" + c.alnum(16)
			c.post("https://fenwickhelp.zendesk.com/api/v2/uploads.json?filename=authproxy.cfg", "multipart/form-data; boundary="+b,
				"--"+b+"\r\nContent-Disposition: form-data; name=\"uploaded_data\"; filename=\"authproxy.cfg\"\r\nContent-Type: application/octet-stream\r\n\r\n"+cfg+"\r\n--"+b+"--\r\n").
				resp("application/json", `{"upload":{"token":"`+c.secret("upload token", c.alnum(25))+`","attachment":{"id":`+c.decoy("29918472011")+`,"file_name":"authproxy.cfg","size":412}}}`).code(201)
		}},
		{cat, "mailcow-dkim-import-private-key-and-api-key", func(c *gcase) {
			pem := "-----BEGIN PRIVATE KEY-----\n" + u24WrapN(c.b64s(1190), 64) + "\n-----END PRIVATE KEY-----\n"
			c.post("https://mail.aldeia.example/api/v1/add/dkim_import", "application/json",
				`{"domain":"aldeia.example","dkim_selector":"dkim","key_size":"2048","private_key_file":`+gJS(pem)+`}`).
				rh("X-API-Key", c.secret("mailcow X-API-Key", strings.ToUpper(c.hexs(6)+"-"+c.hexs(6)+"-"+c.hexs(6)+"-"+c.hexs(6)+"-"+c.hexs(6)))).
				resp("application/json", `[{"type":"success","log":["dkim","import",{"domain":"aldeia.example","dkim_selector":"dkim"}],"msg":["dkim_added","aldeia.example"]}]`)
			c.secret("PEM private key body", pem[28:92])
			c.get("https://mail.aldeia.example/api/v1/get/dkim/aldeia.example").rh("X-API-Key", c.secret("mailcow X-API-Key (read-only key)", strings.ToUpper(c.hexs(6)+"-"+c.hexs(6)+"-"+c.hexs(6)+"-"+c.hexs(6)+"-"+c.hexs(6)))).
				resp("application/json", `{"pubkey":"`+c.decoy("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"+c.b64s(200))+`","length":"2048",`+c.decoy(`"dkim_selector":"dkim"`)+`,"privkey":""}`)
		}},
		{cat, "roundcube-oauth-google-and-entra-client-secrets", func(c *gcase) {
			c.post("https://webmail.kellerhaus.example/installer/index.php?_step=2", "application/x-www-form-urlencoded",
				"_oauth_provider=google&_oauth_client_id="+c.decoy("884211907733-q3j9k1m2n4p5r6s7t8u9v0w1x2y3z4a5.apps.googleusercontent.com")+"&_oauth_client_secret="+c.secret("GOCSPX- client secret", "GOCSPX-"+c.b64u(21))+"&_oauth_auth_uri=https%3A%2F%2Faccounts.google.com%2Fo%2Foauth2%2Fauth&_oauth_scope=email+openid+https%3A%2F%2Fmail.google.com%2F")
			c.post("https://webmail.kellerhaus.example/installer/index.php?_step=2", "application/x-www-form-urlencoded",
				"_oauth_provider=outlook&_oauth_client_id="+c.decoy(c.uuid())+"&_oauth_client_secret="+url.QueryEscape(c.secret("Entra client secret (8Q~)", c.alnum(3)+"8Q~"+c.pick(gAlnum+"~._-", 34)))+"&_oauth_token_uri=https%3A%2F%2Flogin.microsoftonline.com%2Fcommon%2Foauth2%2Fv2.0%2Ftoken")
		}},
		{cat, "icloud-app-specific-password-caldav-setup", func(c *gcase) {
			asp := c.secret("Apple app-specific password", c.u24AppPw("-"))
			c.post("https://book.kasumi.example/api/integrations/caldav", "application/json",
				`{"provider":"icloud","serverUrl":"https://caldav.icloud.com/","username":"m.ikeda@icloud.com","appSpecificPassword":"`+asp+`",`+c.decoy(`"syncWindowDays":90`)+`}`)
			c.req("PROPFIND", "https://caldav.icloud.com/", "text/xml", `<d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/></d:prop></d:propfind>`).
				rh("Authorization", u24Basic("m.ikeda@icloud.com", asp), "Depth", "0").code(207).
				resp("text/xml", `<multistatus xmlns="DAV:"><response><href>/</href><propstat><prop><current-user-principal><href>/`+c.decoy("10988217734")+`/principal/</href></current-user-principal></prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>`)
		}},
		{cat, "slack-and-teams-webhooks-for-mail-alerts", func(c *gcase) {
			c.req("PUT", "https://mail.aldeia.example/api/v1/edit/quarantine_notification", "application/json",
				`{"items":["quarantine"],"attr":{"notify_slack":"https://hooks.slack.com/services/T0`+c.u24Upper(8)+`/B0`+c.u24Upper(9)+`/`+c.secret("Slack incoming webhook secret", c.alnum(24))+`","notify_teams":"https://aldeia.webhook.office.com/webhookb2/`+c.uuid()+`@`+c.uuid()+`/IncomingWebhook/`+c.secret("Teams incoming webhook id", c.hexs(32))+`/`+c.uuid()+`/V2`+c.secret("Teams V2 webhook signature", c.b64u(33))+`",`+c.decoy(`"retention_size":"20"`)+`}}`)
		}},
	}
}

// u24WrapN wraps s at n columns with LF (PEM bodies).
func u24WrapN(s string, n int) string {
	var b strings.Builder
	for len(s) > n {
		b.WriteString(s[:n] + "\n")
		s = s[n:]
	}
	b.WriteString(s)
	return b.String()
}

// 9. Payment cards, bank accounts, and numbers that are not cards.
func u24Cards() []gdef {
	const cat = "9.cards"
	return []gdef{
		{cat, "onepassword-connect-credit-card-item", func(c *gcase) {
			pan := c.secret("CREDIT_CARD_NUMBER field value", c.card("4", 16))
			c.get("https://connect.ops.fernhill.example/v1/vaults/"+c.u24Lower(26)+"/items/"+c.u24Lower(26)).rh("Authorization", "Bearer "+c.hs256JWT(`{"aud":["com.1password.connect"],"sub":"`+c.u24Upper(26)+`"}`)).
				resp("application/json", `{"title":"Company Visa","category":"CREDIT_CARD",`+c.decoy(`"version":4`)+`,"fields":[{"id":"cardholder","type":"STRING","label":"cardholder name","value":"FERNHILL LTD"},{"id":"type","type":"CREDIT_CARD_TYPE","label":"type","value":"visa"},`+
					`{"id":"ccnum","type":"CREDIT_CARD_NUMBER","label":"number","value":"`+pan+`"},{"id":"cvv","type":"CONCEALED","label":"verification number","value":"`+c.digits(3)+`"},{"id":"expiry","type":"MONTH_YEAR","label":"expiry date","value":"202904"},`+
					c.decoy(`{"id":"phoneLocal","type":"PHONE","label":"phone (local)","value":""}`)+`,{"id":"pin","type":"CONCEALED","label":"PIN","value":"`+c.secret("card PIN (8 digits, CONCEALED)", c.digits(8))+`"}],`+c.decoy(`"createdAt":"2025-03-11T09:12:44Z"`)+`}`)
		}},
		{cat, "stripe-elements-paid-booking", func(c *gcase) {
			pk := c.decoy("pk_live_51" + c.alnum(22) + c.alnum(24) + c.alnum(20))
			c.post("https://api.stripe.com/v1/payment_methods", "application/x-www-form-urlencoded",
				"type=card&card[number]="+c.secret("card[number]", c.card("5", 16))+"&card[cvc]="+c.digits(3)+"&card[exp_month]=09&card[exp_year]=29&billing_details[address][postal_code]=10115&guid="+c.uuid()+"&muid="+c.uuid()+"&sid="+c.uuid()+"&payment_user_agent=stripe.js%2F"+c.decoy("78ef418")+"%3B+stripe-js-v3%2F78ef418%3B+card-element&"+c.decoy("time_on_page=41187")+"&key="+pk).
				resp("application/json", `{"id":"`+c.decoy("pm_1Q"+c.alnum(22))+`","object":"payment_method","card":{"brand":"mastercard","last4":"4444",`+c.decoy(`"fingerprint":"Xt5EWLLDS7FJjR1c"`)+`,"exp_month":9,"exp_year":2029},"type":"card"}`)
			c.post("https://book.kasumi.example/api/bookings/88412/pay", "application/json", `{"paymentMethodId":"pm_1Q..."}`).
				resp("application/json", `{"clientSecret":"`+c.secret("PaymentIntent client_secret", "pi_3Q"+c.alnum(22)+"_secret_"+c.alnum(25))+`","amount":`+c.decoy("6500")+`,"currency":"eur","publishableKey":"`+pk+`"}`)
		}},
		{cat, "zendesk-upload-of-a-bitwarden-json-export", func(c *gcase) {
			exp := `{"encrypted":false,"folders":[],"items":[{"id":"` + c.uuid() + `","type":3,"name":"Travel Mastercard","card":{"cardholderName":"Dana Whitcombe","brand":"Mastercard","number":"` + c.secret("card.number in an uploaded export", c.card("2221", 16)) + `","expMonth":"7","expYear":"2028","code":"` + c.digits(3) + `"}},` +
				`{"id":"` + c.uuid() + `","type":1,"name":"Kellerhaus webmail","login":{"uris":[{"match":null,"uri":"https://webmail.kellerhaus.example"}],"username":"d.whitcombe","password":"` + c.secret("login.password in an uploaded export", c.u24Pw()) + `","totp":null},` + c.decoy(`"revisionDate":"2026-10-02T08:41:10.417Z"`) + `}]}`
			c.post("https://fenwickhelp.zendesk.com/api/v2/uploads.json?filename=bitwarden_export_20261122.json", "application/binary", exp).
				resp("application/json", `{"upload":{"token":"`+c.alnum(25)+`","attachment":{"id":`+c.decoy("29918472090")+`,"content_type":"application/json","size":`+c.decoy("1188")+`}}}`).code(201)
		}},
		{cat, "ticket-mail-prose-card-and-iban", func(c *gcase) {
			pan := c.card("4", 16)
			spaced := c.secret("card number with spaces in ticket prose", gGroup4(pan, " "))
			iban := c.secret("IBAN with spaces in ticket prose", "DE"+"89 3704 0044 "+c.digits(4)+" "+c.digits(4)+" "+c.digits(2))
			order := c.decoy(c.nonLuhn(16))
			body := "Hello, order " + order + " was charged twice on my card " + spaced + " (exp 03/28). Please refund one of the payments to my account IBAN " + iban + " instead. Regards"
			c.post("https://fenwickhelp.zendesk.com/api/v2/tickets.json", "application/json",
				`{"ticket":{"subject":"Double charge","comment":{"body":`+gJS(body)+`},"custom_fields":[{"id":`+c.decoy("360011882211")+`,"value":"`+order+`"}],"via":{"channel":"email"}}}`).code(201)
		}},
		{cat, "roundcube-viewsource-qp-invoice-iban", func(c *gcase) {
			iban := c.secret("IBAN in a quoted-printable invoice", "DE"+c.digits(20))
			kto := c.secret("Kontonummer (account number) in the invoice", c.digits(10))
			eml := "Return-Path: <rechnung@stadtwerke-linden.example>\r\nSubject: =?UTF-8?Q?Ihre_Rechnung_Nr=2E_2026-118841?=\r\n" + c.decoy("X-Mailer: Microsoft Outlook 16.0") + "\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
				"Sehr geehrte Damen und Herren,\r\n\r\nwir buchen den Betrag von 84,20 =E2=82=AC am 01.12.2026 von Ihrem Konto ab:\r\nIBAN: " + iban + "\r\nKontonummer: " + kto + "\r\n" + c.decoy("BIC: COBADEFFXXX") + "\r\nRechnungsnummer: " + c.decoy("2026-118841") + "\r\nGl=C3=A4ubiger-ID: " + c.decoy("DE98ZZZ09999999999") + "\r\n"
			c.get("https://webmail.kellerhaus.example/?_task=mail&_uid="+c.decoy("4127")+"&_mbox=INBOX&_action=viewsource&_extwin=1").resp("text/plain; charset=utf-8", eml)
		}},
		{cat, "zimbra-search-numeric-ids-and-card-in-fragment", func(c *gcase) {
			pan := c.secret("card number in a conversation fragment", c.card("37", 15))
			c.post("https://mail.brightwater.example/service/soap/SearchRequest", "application/soap+xml; charset=utf-8", `{"Body":{"SearchRequest":{"_jsns":"urn:zimbraMail","types":"conversation","query":"in:inbox","limit":25}}}`).
				resp("application/json", `{"Body":{"SearchResponse":{"c":[{"id":"`+c.decoy("-48213")+`","u":0,"n":2,"f":"u","d":`+c.decoy("1732270212000")+`,"su":"Card for the booking","fr":"Here is the Amex for the hotel: `+pan+` exp 11/27, billing zip 94107 …","m":[{"id":"`+c.decoy("48213")+`","l":"2","s":"`+c.decoy("18821")+`"}],"sf":"1732270212000"},`+
					`{"id":"-48190","u":0,"n":1,"d":1732261100000,"su":"Shipment","fr":"Tracking number `+c.decoy(c.nonLuhn(18))+`, order reference `+c.decoy(c.nonLuhn(14))+`","m":[{"id":"48190","l":"2","s":"9940"}]}],"more":false,`+c.decoy(`"offset":0`)+`,"_jsns":"urn:zimbraMail"}}}`)
		}},
		{cat, "owa-conversation-preview-with-visa", func(c *gcase) {
			pan := c.card("4", 16)
			c.post("https://outlook.office.com/owa/service.svc?action=FindConversation&app=Mail", "application/json; charset=utf-8", `{"__type":"FindConversationJsonRequest:#Exchange"}`).
				resp("application/json; charset=utf-8", `{"Body":{"ResponseClass":"Success","Conversations":[{"ConversationId":{"Id":"`+c.decoy("AAQkAGI2TG93AAAQA"+c.alnum(28)+"=")+`"},"ConversationTopic":"Deposit","Preview":"Please charge the deposit to `+c.secret("Visa number with dashes in a Preview", gGroup4(pan, "-"))+` and confirm by reply.","InstanceKey":"`+c.decoy("AQAAAAAAAQABAAAAAB"+c.alnum(10))+`",`+c.decoy(`"MessageCount":3`)+`,"Size":`+c.decoy("48211")+`}],"TotalConversationsInView":`+c.decoy("1291")+`}}`)
		}},
		{cat, "keeper-payment-card-and-bank-account-record", func(c *gcase) {
			rec := `{"type":"bankCard","title":"Ops debit card","fields":[{"type":"paymentCard","value":[{"cardNumber":"` + c.secret("paymentCard.cardNumber", c.card("6011", 16)) + `","cardExpirationDate":"04/29","cardSecurityCode":"` + c.digits(3) + `"}]},{"type":"text","label":"cardholderName","value":["QUARRY OPS"]},{"type":"pinCode","value":["` + c.secret("pinCode value", c.digits(8)) + `"]}]}`
			rec2 := `{"type":"bankAccount","title":"Operating account","fields":[{"type":"bankAccount","value":[{"accountType":"Checking",` + c.decoy(`"routingNumber":"021000021"`) + `,"accountNumber":"` + c.secret("bankAccount.accountNumber", c.digits(12)) + `","otherType":""}]},{"type":"name","value":[{"first":"","last":""}]}]}`
			c.post("http://127.0.0.1:4020/api/v1/executecommand", "application/json", `{"command":"get `+c.decoy("Zq81mXeT_0aYbPcDkLw3Ng")+` --format=json"}`).rh("api-key", c.b64u(32)).
				resp("application/json", `{"status":"success","data":[`+rec+`,`+rec2+`]}`)
		}},
		{cat, "mailhost-billing-form-cc-fields", func(c *gcase) {
			pan := c.card("4", 16)
			c.post("https://account.mailhost.example/billing/card", "application/x-www-form-urlencoded",
				"csrfmiddlewaretoken="+c.alnum(64)+"&plan="+c.decoy("business-annual")+"&cc_holder="+url.QueryEscape(c.secret("cc_holder (card holder name)", "Marguerite Okonjo"))+"&cc_number="+url.QueryEscape(c.secret("cc_number with spaces", gGroup4(pan, " ")))+"&cc_exp=11%2F28&cc_cvc="+c.digits(3)+"&"+c.decoy("invoice_ref=INV-2026-004418")).
				code(302).sh("Location", "/billing/?updated=1")
		}},
		{cat, "nextcloud-passwords-custom-fields-json-string", func(c *gcase) {
			cf := gJS([]any{map[string]any{"label": "Card", "type": "secret", "value": c.secret("card number in customFields JSON string", c.card("34", 15))}, map[string]any{"label": "Member since", "type": "text", "value": "2019"}, map[string]any{"label": "Customer no.", "type": "text", "value": c.decoy(c.nonLuhn(13))}})
			c.post("https://cloud.lindenhof.example/index.php/apps/passwords/api/1.0/password/list", "application/json", `{}`).rh("requesttoken", c.secret("requesttoken header", c.b64s(32)+":"+c.b64s(32))).
				resp("application/json", `[{"id":"`+c.decoy(c.uuid())+`","label":"Amex Platinum","username":"j.weber","password":"`+c.secret("password of the entry", c.u24Pw())+`","url":"https://www.americanexpress.com","notes":"","customFields":`+gJS(cf)+`,"status":0,`+c.decoy(`"edited":1732270100`)+`,"revision":"`+c.decoy(c.uuid())+`"}]`)
		}},
	}
}

// 10. Personal data: e-mail addresses, phone numbers, names in identity
// fields, the user's own IP addresses.
func u24Personal() []gdef {
	const cat = "10.personal"
	return []gdef{
		{cat, "carddav-multiget-vcards", func(c *gcase) {
			vc := "BEGIN:VCARD\r\nVERSION:3.0\r\n" + c.decoy("PRODID:-//Sabre//Sabre VObject 4.5.6//EN") + "\r\nUID:" + c.decoy(c.uuid()) + "\r\nFN:" + c.secret("vCard FN", "Teodora Vasilescu") + "\r\nN:Vasilescu;Teodora;;;\r\nEMAIL;TYPE=INTERNET,WORK:" + c.secret("vCard EMAIL", "teodora.vasilescu@carpathia-design.example") +
				"\r\nTEL;TYPE=CELL:" + c.secret("vCard TEL", "+40 721 555 019") + "\r\nORG:" + c.decoy("Carpathia Design SRL") + "\r\n" + c.decoy("REV:20261120T081402Z") + "\r\nEND:VCARD\r\n"
			c.req("REPORT", "https://cloud.lindenhof.example/remote.php/dav/addressbooks/users/j.weber/contacts/", "application/xml; charset=utf-8",
				`<card:addressbook-multiget xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav"><d:prop><d:getetag/><card:address-data/></d:prop><d:href>/remote.php/dav/addressbooks/users/j.weber/contacts/tv.vcf</d:href></card:addressbook-multiget>`).
				rh("Depth", "1").code(207).
				resp("application/xml; charset=utf-8", `<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav"><d:response><d:href>/remote.php/dav/addressbooks/users/j.weber/contacts/tv.vcf</d:href><d:propstat><d:prop>`+c.decoy(`<d:getetag>&quot;a41f0c9e7d2b35e8a41f0c9e7d2b35e8&quot;</d:getetag>`)+`<card:address-data>`+vc+`</card:address-data></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>`)
		}},
		{cat, "icalendar-invite-organizer-and-attendees", func(c *gcase) {
			ics := "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\n" + c.decoy("PRODID:-//Google Inc//Google Calendar 70.9054//EN") + "\r\nBEGIN:VEVENT\r\nDTSTART:20261203T130000Z\r\nDTEND:20261203T140000Z\r\n" +
				"ORGANIZER;CN=" + c.secret("ORGANIZER CN", "Bartholomew Achterberg") + ":mailto:" + c.secret("ORGANIZER mailto", "b.achterberg@gmail.com") + "\r\n" +
				"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=" + c.secret("ATTENDEE CN", "Oluwaseun Adebayo-Clarke") + ";X-NUM-GUESTS=0:mailto:" + c.secret("ATTENDEE mailto", "seun.adebayo@riverbend-clinic.example") + "\r\n" +
				"UID:" + c.decoy(c.u24Lower(26)+"@google.com") + "\r\nSUMMARY:Intro call\r\n" + c.decoy("SEQUENCE:0") + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
			c.req("PUT", "https://caldav.fenwick.example/dav.php/calendars/l.moreau/inbox/intro.ics", "text/calendar; charset=utf-8", ics).rh("If-None-Match", "*").code(201).sh("ETag", c.decoy(`"5c2e81f04b9a7d36"`))
		}},
		{cat, "ticket-raw-mail-headers-with-originating-ip", func(c *gcase) {
			eml := "Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound.protection.outlook.com [" + c.decoy("40.107.22.101") + "])\r\n\tby mx.zendesk.com with ESMTPS; Fri, 22 Nov 2026 10:14:58 +0000\r\n" +
				"X-Originating-IP: [" + c.secret("X-Originating-IP (the sender's own IP)", "198.51.100.23") + "]\r\nFrom: " + c.secret("From display name", "Ingrid Solheim-Baptiste") + " <" + c.secret("From address", "ingrid.solheim@nordvik-logistics.example") + ">\r\n" +
				"Reply-To: " + c.secret("Reply-To address", "i.solheim.private@outlook.com") + "\r\nTo: support@fenwickhelp.zendesk.com\r\nSubject: Invoice question\r\n" + c.decoy("X-MS-Exchange-Organization-SCL: 1") + "\r\n" + c.decoy("X-Mailer: Microsoft Outlook 16.0") + "\r\n\r\nHi, call me back on " + c.secret("phone number in the signature", "+47 412 55 018") + ".\r\n"
			c.get("https://fenwickhelp.zendesk.com/audits/30011842301/email.eml?ticket_id=88260").resp("message/rfc822", eml)
		}},
		{cat, "owa-find-people-personas", func(c *gcase) {
			c.post("https://outlook.office.com/owa/service.svc?action=FindPeople&app=Mail", "application/json; charset=utf-8", `{"__type":"FindPeopleJsonRequest:#Exchange","Body":{"QueryString":"sol"}}`).
				resp("application/json; charset=utf-8", `{"Body":{"ResultSet":[{"__type":"Persona:#Exchange","PersonaId":{"__type":"ItemId:#Exchange","Id":"`+c.decoy("AAUQAGI2TG93AAA"+c.alnum(24)+"=")+`"},"PersonaType":"Person","DisplayName":"`+c.secret("Persona DisplayName", "Solveig Marchetti-Lund")+`","GivenName":"Solveig","Surname":"Marchetti-Lund","EmailAddress":{"Name":"Solveig Marchetti-Lund","EmailAddress":"`+c.secret("Persona EmailAddress", "solveig.marchetti@fenwick.example")+`","RoutingType":"SMTP","MailboxType":"Mailbox"},"PhoneNumbers":[{"Number":"`+c.secret("Persona phone", "+46 70 555 01 88")+`","Type":"Mobile"}],`+c.decoy(`"RelevanceScore":2147483647`)+`,"Department":"`+c.decoy("Procurement")+`"}],"TotalNumberOfPeopleInView":1}}`)
		}},
		{cat, "fastmail-jmap-identity-and-contact-card", func(c *gcase) {
			c.post("https://api.fastmail.com/jmap/api/", "application/json", `{"using":["urn:ietf:params:jmap:core","urn:ietf:params:jmap:submission","urn:ietf:params:jmap:contacts"],"methodCalls":[["Identity/get",{"accountId":"u8b31f2c0"},"0"],["ContactCard/get",{"accountId":"u8b31f2c0","ids":["c41"]},"1"]]}`).
				rh("Authorization", "Bearer "+"fmu1-"+c.hexs(8)+"-"+c.hexs(32)+"-0-"+c.hexs(32)).
				resp("application/json", `{"methodResponses":[["Identity/get",{"accountId":"u8b31f2c0","list":[{"id":"`+c.decoy("I41")+`","name":"`+c.secret("Identity name", "Benedikt Okafor-Strand")+`","email":"`+c.secret("Identity email", "benedikt@okafor-strand.example")+`","htmlSignature":"<p>Benedikt<br>`+c.secret("phone in htmlSignature", "+44 20 7946 0958")+`</p>","mayDelete":true}],`+c.decoy(`"state":"cyrus-4821;p-9a31"`)+`},"0"],`+
					`["ContactCard/get",{"accountId":"u8b31f2c0","list":[{"@type":"Card","id":"c41","uid":"`+c.decoy("urn:uuid:"+c.uuid())+`","name":{"components":[{"kind":"given","value":"`+c.secret("name component given", "Philippa")+`"},{"kind":"surname","value":"`+c.secret("name component surname", "Thorvaldsen")+`"}]},"emails":{"e1":{"address":"`+c.secret("ContactCard emails.e1.address", "philippa.thorvaldsen@northwind-ale.example")+`"}},"phones":{"p1":{"number":"tel:`+c.secret("ContactCard phones.p1.number", "+1-206-555-0142")+`","features":{"mobile":true}}}}]},"1"]]}`)
		}},
		{cat, "proton-users-and-addresses-with-armored-key", func(c *gcase) {
			armored := "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: ProtonMail\n\n" + u24WrapN(c.b64s(540), 64) + "\n=" + c.b64s(3) + "\n-----END PGP PRIVATE KEY BLOCK-----\n"
			c.get("https://mail.proton.me/api/core/v4/users").rh("x-pm-appversion", c.decoy("web-mail@5.0.52.6"), "x-pm-uid", c.u24Lower(32)).
				resp("application/json", `{"Code":1000,"User":{"ID":"`+c.decoy(c.b64u(64)+"==")+`","Name":"ines.vasquez","DisplayName":"`+c.secret("User.DisplayName", "Inés Vásquez-Moreno")+`","Email":"`+c.secret("User.Email", "ines.vasquez@proton.me")+`",`+c.decoy(`"MaxSpace":536870912000`)+`,"Keys":[{"ID":"`+c.b64u(64)+`==","Version":3,"Primary":1,"PrivateKey":`+gJS(armored)+`,"Fingerprint":"`+c.decoy(c.hexs(40))+`"}]}}`)
			c.secret("armored private key body line", strings.SplitN(armored, "\n", 5)[3])
			c.get("https://account.proton.me/api/core/v4/settings").resp("application/json", `{"Code":1000,"UserSettings":{"Email":{"Value":"`+c.secret("recovery e-mail", "ines.recovery@posteo.example")+`","Status":1,"Notify":1,"Reset":1},"Phone":{"Value":"`+c.secret("recovery phone", "+34 612 555 804")+`","Status":0},`+c.decoy(`"Locale":"es_ES"`)+`}}`)
		}},
		{cat, "duo-authentication-log-ips", func(c *gcase) {
			c.get("https://api-5e2a9c41.duosecurity.com/admin/v2/logs/authentication?mintime=1732180000000&maxtime=1732270000000&limit=100").
				rh("Authorization", u24Basic("DI"+c.u24Upper(18), c.hexs(40)), "Date", "Fri, 22 Nov 2026 10:15:03 -0000").
				resp("application/json", `{"stat":"OK","response":{"authlogs":[{"access_device":{"browser":"Chrome",`+c.decoy(`"browser_version":"131.0.6778.86"`)+`,"ip":"`+c.secret("access_device.ip (user's IP)", "203.0.113.77")+`","location":{"city":"Gothenburg","country":"Sweden"},"os":"Windows","os_version":"11"},"application":{"key":"`+c.decoy("DIQ4F0RP2UQ3K9CXZ4BW")+`","name":"Quarry VPN"},`+
					`"auth_device":{"ip":"`+c.secret("auth_device.ip (user's phone IP)", "198.51.100.142")+`","name":"`+c.secret("auth_device.name (phone number)", "+46 70 555 01 42")+`"},"email":"`+c.secret("authlog email", "erik.lindgren@quarry.example")+`","event_type":"authentication","factor":"duo_push","reason":"user_approved","result":"success",`+c.decoy(`"txid":"`+c.uuid()+`"`)+`,"user":{"name":"e.lindgren"}}]}}`)
		}},
		{cat, "calendly-like-invitee-submission", func(c *gcase) {
			c.post("https://calendly.com/api/booking/invitees", "application/json",
				`{"event":{"start_time":"2026-12-05T10:00:00+01:00",`+c.decoy(`"location_configuration":{"kind":"outbound_call","position":0}`)+`},"event_type_uuid":"`+c.decoy(c.uuid())+`","invitee":{"full_name":"`+c.secret("invitee.full_name", "Rosalind Featherstonehaugh")+`","email":"`+c.secret("invitee.email", "rosalind.f@hollybush-farm.example")+`","phone_number":"`+c.secret("invitee.phone_number", "+44 7700 900418")+`","timezone":"Europe/London","guests":["`+c.secret("guest e-mail", "tobias.greenhalgh@hollybush-farm.example")+`"]},"location":{"kind":"outbound_call","location":"+44 7700 900418"}}`).code(201)
		}},
		{cat, "bitwarden-auth-request-and-events-ips", func(c *gcase) {
			c.get("https://vault.bitwarden.eu/api/auth-requests/"+c.decoy(c.uuid())).
				resp("application/json", `{"id":"`+c.uuid()+`","publicKey":"`+c.decoy("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"+c.b64s(180))+`","requestDeviceType":"Chrome",`+c.decoy(`"requestDeviceTypeValue":9`)+`,"requestIpAddress":"`+c.secret("requestIpAddress (user's IP)", "192.0.2.214")+`","key":null,"masterPasswordHash":null,"creationDate":"2026-11-22T10:14:31.2Z","requestApproved":null,"origin":"vault.bitwarden.eu","object":"auth-request"}`)
			c.get("https://vault.bitwarden.eu/api/organizations/"+c.uuid()+"/events?start=2026-11-01T00:00:00.000Z&end=2026-11-22T23:59:59.999Z").
				resp("application/json", `{"data":[{"type":1000,"userId":"`+c.uuid()+`","ipAddress":"`+c.secret("events[].ipAddress (member's IP)", "203.0.113.201")+`","date":"2026-11-21T18:02:11.4Z",`+c.decoy(`"device":10`)+`,"object":"event"}],"continuationToken":null,"object":"list"}`)
		}},
		{cat, "bw-serve-identity-cipher", func(c *gcase) {
			c.get("http://localhost:8087/object/item/"+c.decoy(c.uuid())).
				resp("application/json", `{"success":true,"data":{"object":"item","type":4,"name":"Me","identity":{"title":"Mr","firstName":"`+c.secret("identity.firstName", "Lysander")+`","middleName":null,"lastName":"`+c.secret("identity.lastName", "Pemberton-Oyelaran")+`","address1":"`+c.secret("identity.address1", "14 Wrenfield Close")+`","city":"Leeds","postalCode":"LS6 2QB","country":"GB","company":"`+c.decoy("Wrenfield Analytics")+`","email":"`+c.secret("identity.email", "lysander.po@wrenfield.example")+`","phone":"`+c.secret("identity.phone", "+44 113 496 0721")+`","ssn":null,"username":"lpemberton","passportNumber":"`+c.secret("identity.passportNumber", "5"+c.digits(8))+`","licenseNumber":"`+c.secret("identity.licenseNumber", "PEMBE"+c.digits(6)+"L9AB")+`"},`+c.decoy(`"revisionDate":"2026-09-14T16:20:03.117Z"`)+`}}`)
		}},
	}
}
