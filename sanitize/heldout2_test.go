package sanitize

// A second held-out corpus for "Detection that generalizes" (issue 10),
// written without reading the engine and kept distinct from both
// generalize_test.go and heldout_test.go: other identity protocols
// (PAR, DPoP, token exchange, JARM, back-channel logout, SAML artifact,
// Negotiate/NTLM/Digest), framework session schemes, cloud and CI tools,
// other realtime protocols (NATS, XMPP, IRC, Centrifugo, Firebase RTDB,
// WebRTC), other exporters' fields, other encodings (quoted-printable,
// \uXXXX of a whole token, decimal entities, MessagePack, data: URIs,
// JSON in JSON in JSON, links wrapped by mail scanners) and personal data
// in other places. It reuses the harness of generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
	"testing"
)

func TestHeldout2Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 2", "heldout2Open", heldout2Cases(), heldout2Open)
}

func TestHeldout2CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout2Cases())
}

func heldout2Cases() []gdef {
	var all []gdef
	for _, f := range []func() []gdef{kOIDC, kSessions, kNames, kPairs, kUnnamed, kCarriers, kRealtime, kExporters, kEverywhere, kGraphQL, kVendors, kCards, kPhrases, kPersonal} {
		all = append(all, f()...)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].cat < all[j].cat })
	return all
}

// kJWT is an ES256-shaped JWT with the given header extras and claims.
func (c *gcase) kJWT(claims string) string {
	return gB64u(`{"typ":"JWT","alg":"ES256","kid":"`+c.b64u(9)+`"}`) + "." + gB64u(claims) + "." + c.b64u(64)
}

// kU16 writes every character of s as a JSON/JS \u00XX escape.
func kU16(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		fmt.Fprintf(&b, `\u%04x`, s[i])
	}
	return b.String()
}

// kHexEsc writes every character of s as a JS \xXX escape.
func kHexEsc(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		fmt.Fprintf(&b, `\x%02x`, s[i])
	}
	return b.String()
}

// kDecEnt writes every character of s as a decimal HTML entity.
func kDecEnt(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		fmt.Fprintf(&b, "&#%d;", s[i])
	}
	return b.String()
}

// kMsgpack encodes a flat string map (in order) as MessagePack.
func kMsgpack(kv ...string) []byte {
	str := func(s string) []byte {
		if len(s) < 32 {
			return append([]byte{0xa0 | byte(len(s))}, s...)
		}
		return append([]byte{0xd9, byte(len(s))}, s...)
	}
	out := []byte{0x80 | byte(len(kv)/2)}
	for _, s := range kv {
		out = append(out, str(s)...)
	}
	return out
}

// kProtoString is a protobuf field (wire type 2) holding s.
func kProtoString(field int, s string) []byte {
	return append([]byte{byte(field<<3 | 2), byte(len(s))}, s...)
}

// 1. OAuth/OIDC and HTTP authentication schemes beyond the usual grants.
func kOIDC() []gdef {
	const cat = "1.oidc"
	return []gdef{
		{cat, "par-pushed-request-uri", func(c *gcase) {
			ru := c.secret("PAR request_uri reference", "urn:ietf:params:oauth:request_uri:"+c.b64u(24))
			c.post("https://as.acme.example/oauth2/par", "application/x-www-form-urlencoded",
				"response_type=code&client_id=s6BhdRkqt3&"+c.decoy("code_challenge_method=S256")+"&code_challenge=K2-ltc83acc4h0c9w6ESC_rEMTJ3bww-uCHaoeK1t8U&client_secret="+c.secret("client_secret_post in PAR", c.alnum(40))+"&"+c.decoy("scope=openid%20accounts")).
				code(201).resp("application/json", `{"request_uri":"`+ru+`",`+c.decoy(`"expires_in":60`)+`}`)
			c.get("https://as.acme.example/oauth2/authorize?client_id=s6BhdRkqt3&request_uri=" + url.QueryEscape(ru))
		}},
		{cat, "dpop-bound-access-token", func(c *gcase) {
			at := c.secret("DPoP-bound access token (Authorization: DPoP)", c.b64u(36))
			proof := gB64u(`{"typ":"dpop+jwt","alg":"ES256","jwk":{"kty":"EC","crv":"P-256","x":"l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs","y":"9VE4jf_Ok_o64zbTTlcuNJajHmt6v9TDVrU0CdvGRDA"}}`) + "." + gB64u(`{"htm":"GET","htu":"https://rs.acme.example/accounts","iat":1700000000,"jti":"`+c.uuid()+`"}`) + "." + c.b64u(64)
			c.get("https://rs.acme.example/accounts").rh("Authorization", "DPoP "+at, "DPoP", proof).
				sh("WWW-Authenticate", c.decoy(`DPoP error="use_dpop_nonce", algs="ES256 PS256"`), "DPoP-Nonce", c.decoy("eyJ7S_zG.eyJH0-Z.HX4w-7v"))
		}},
		{cat, "token-exchange-rfc8693", func(c *gcase) {
			st := c.secret("subject_token", c.kJWT(`{"sub":"svc-orders","aud":"https://as.acme.example","exp":1700003600}`))
			act := c.secret("actor_token", c.b64u(32))
			c.post("https://as.acme.example/oauth2/token", "application/x-www-form-urlencoded",
				c.decoy("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange")+"&"+c.decoy("resource=https%3A%2F%2Fbackend.acme.example%2Fapi")+"&subject_token="+st+"&"+c.decoy("subject_token_type=urn%3Aietf%3Aparams%3Aoauth%3Atoken-type%3Ajwt")+"&actor_token="+act+"&actor_token_type=urn%3Aietf%3Aparams%3Aoauth%3Atoken-type%3Aaccess_token").
				resp("application/json", `{"access_token":"`+c.secret("exchanged access_token", c.alnum(48))+`",`+c.decoy(`"issued_token_type":"urn:ietf:params:oauth:token-type:access_token"`)+`,"token_type":"N_A","expires_in":60}`)
		}},
		{cat, "jarm-response-jwt-query", func(c *gcase) {
			resp := c.secret("JARM response=JWT (carries the code)", c.kJWT(`{"iss":"https://as.acme.example","aud":"s6BhdRkqt3","code":"`+c.b64u(24)+`","state":"S8NJ7uqk5fY4EjNvP_G_FtyJu6pUsvH9jsYni9dMAJw","exp":1700000600}`))
			c.get("https://app.acme.example/cb?response=" + resp + "&" + c.decoy("iss=https%3A%2F%2Fas.acme.example"))
		}},
		{cat, "backchannel-logout-token", func(c *gcase) {
			lt := c.secret("back-channel logout_token", c.kJWT(`{"iss":"https://op.acme.example","aud":"rp1","iat":1700000000,"jti":"`+c.uuid()+`","events":{"http://schemas.openid.net/event/backchannel-logout":{}},"sid":"08a5019c-17e1-4977-8f42-65a12843ea02"}`))
			c.post("https://rp1.acme.example/oidc/backchannel-logout", "application/x-www-form-urlencoded", "logout_token="+lt).
				rh("Cache-Control", c.decoy("no-cache, no-store"))
		}},
		{cat, "saml-artifact-resolve-soap", func(c *gcase) {
			art := c.secret("SAMLart artifact", gB64(string([]byte{0, 4, 0, 0})+string(c.rbytes(40))))
			c.get("https://sp.acme.example/saml/acs?SAMLart=" + url.QueryEscape(art) + "&" + c.decoy("RelayState=%2Finvoices"))
			c.post("https://idp.acme.example/idp/profile/SAML2/SOAP/ArtifactResolution", "text/xml; charset=utf-8",
				`<soap11:Envelope xmlns:soap11="http://schemas.xmlsoap.org/soap/envelope/"><soap11:Body><samlp:ArtifactResolve xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_`+c.hexs(32)+`" Version="2.0" IssueInstant="2026-11-22T10:15:00Z">`+c.decoy(`<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://sp.acme.example/shibboleth</saml:Issuer>`)+`<samlp:Artifact>`+art+`</samlp:Artifact></samlp:ArtifactResolve></soap11:Body></soap11:Envelope>`)
		}},
		{cat, "negotiate-and-ntlm-headers", func(c *gcase) {
			spnego := c.secret("SPNEGO Negotiate token", "YIIH"+c.b64s(300))
			ntlm := c.secret("NTLM type 3 message", gB64("NTLMSSP\x00\x03\x00\x00\x00"+string(c.rbytes(180))))
			c.get("https://intranet.acme.example/reports/").rh("Authorization", "Negotiate "+spnego).
				sh("WWW-Authenticate", "Negotiate oYG"+c.secret("SPNEGO mutual-auth reply token", c.b64s(120)), "Persistent-Auth", "true", "Server", c.decoy("Microsoft-IIS/10.0"))
			c.get("https://sharepoint.acme.example/sites/ops").rh("Authorization", "NTLM "+ntlm).sh("MicrosoftSharePointTeamServices", c.decoy("16.0.0.10412"))
		}},
		{cat, "http-digest-response", func(c *gcase) {
			c.get("https://camera.acme.example/ISAPI/System/deviceInfo").code(401).sh("WWW-Authenticate", c.decoy(`Digest realm="IP Camera(C6512)", qop="auth"`)+`, nonce="4e6a4d7a4f544d344e6a3a35`+c.hexs(8)+`"`, "X-Frame-Options", c.decoy("SAMEORIGIN"))
			c.get("https://camera.acme.example/ISAPI/System/deviceInfo").rh("Authorization", `Digest username="admin", realm="IP Camera(C6512)", nonce="4e6a4d7a4f544d344e6a3a35", uri="/ISAPI/System/deviceInfo", algorithm=MD5, response="`+c.secret("Digest response hash", c.hexs(32))+`", qop=auth, nc=00000001, cnonce="`+c.hexs(16)+`"`)
		}},
		{cat, "apple-form-post-callback", func(c *gcase) {
			code := c.secret("Sign in with Apple code", "c"+c.hexs(32)+".0.mrrys."+c.b64u(20))
			idt := c.secret("Sign in with Apple id_token", c.kJWT(`{"iss":"https://appleid.apple.com","aud":"com.acme.web","sub":"001234.`+c.hexs(32)+`.1234","is_private_email":true}`))
			c.post("https://app.acme.example/auth/apple/callback", "application/x-www-form-urlencoded",
				"state="+c.hexs(10)+"&code="+code+"&id_token="+idt+"&user="+url.QueryEscape(`{"name":{"firstName":"Ingrid","lastName":"Halvorsen"},"email":"`+c.secret("Apple relay email in user JSON", "k7x2pqmw9d@privaterelay.appleid.com")+`"}`)).
				rh("Origin", c.decoy("https://appleid.apple.com"))
		}},
		{cat, "client-credentials-jwt-bearer-assertion-grant", func(c *gcase) {
			as := c.secret("jwt-bearer assertion grant", c.kJWT(`{"iss":"sa@acme-prod.iam.gserviceaccount.com","scope":"https://www.googleapis.com/auth/cloud-platform","aud":"https://oauth2.googleapis.com/token","exp":1700003600,"iat":1700000000}`))
			c.post("https://oauth2.googleapis.com/token", "application/x-www-form-urlencoded", c.decoy("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer")+"&assertion="+as).
				resp("application/json; charset=utf-8", `{"access_token":"ya29.c.`+c.secret("ya29 access token from assertion", c.pick(gB64uAlpha, 120))+`",`+c.decoy(`"expires_in":3599`)+`,"token_type":"Bearer"}`)
		}},
		{cat, "oidc-rp-initiated-logout-id-token-hint", func(c *gcase) {
			h := c.secret("id_token_hint in end_session GET", c.kJWT(`{"iss":"https://op.acme.example","sub":"9c1a","aud":"portal","exp":1700003600}`))
			c.get("https://op.acme.example/connect/endsession?id_token_hint="+h+"&"+c.decoy("post_logout_redirect_uri=https%3A%2F%2Fportal.acme.example%2Fsigned-out")+"&state="+c.hexs(12)).code(302).
				sh("Location", c.decoy("https://portal.acme.example/signed-out"))
		}},
	}
}

// 1. Session schemes of web frameworks.
func kSessions() []gdef {
	const cat = "1.sessions"
	return []gdef{
		{cat, "rails-session-cookie-echoed-in-body", func(c *gcase) {
			rs := c.secret("Rails _session cookie value echoed in debug JSON", c.b64s(90)+"--"+c.hexs(40))
			c.get("https://shop.acme.example/rails/info/request").rh("Cookie", "_shop_session="+rs).
				resp("application/json", `{"request":{"path":"/cart",`+c.decoy(`"controller":"carts#show"`)+`,"cookies":{"_shop_session":"`+rs+`"},"authenticity_token":"`+c.secret("Rails authenticity_token", c.b64s(64))+`"}}`)
		}},
		{cat, "django-csrf-and-sessionid", func(c *gcase) {
			csrf := c.secret("Django csrftoken", c.alnum(32))
			mw := c.secret("Django csrfmiddlewaretoken", c.alnum(64))
			c.get("https://admin.acme.example/admin/login/?next=/admin/").rh("Cookie", "csrftoken="+csrf).
				resp("text/html; charset=utf-8", `<form method="post"><input type="hidden" name="csrfmiddlewaretoken" value="`+mw+`">`+c.decoy(`<input type="text" name="username" autocapitalize="none" autocomplete="username" maxlength="150" required id="id_username">`)+`</form>`)
			c.post("https://admin.acme.example/admin/login/?next=/admin/", "application/x-www-form-urlencoded", "csrfmiddlewaretoken="+mw+"&username=ops&password="+c.secret("Django admin password", "Wombat+Glacier+91")+"&"+c.decoy("next=%2Fadmin%2F")).
				code(302).sh("Set-Cookie", "sessionid="+c.secret("Django sessionid", c.pick(gLower+gDigits, 32))+"; expires=Sun, 06 Dec 2026 10:15:00 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax")
		}},
		{cat, "aspnetcore-antiforgery-and-cookies", func(c *gcase) {
			rvt := c.secret("__RequestVerificationToken form field", "CfDJ8"+c.pick(gB64uAlpha, 150))
			c.post("https://portal.acme.example/Identity/Account/Login", "application/x-www-form-urlencoded",
				"Input.Email=ops%40acme.example&Input.Password="+c.secret("Input.Password", "Tamarind#Comet#38")+"&"+c.decoy("Input.RememberMe=false")+"&__RequestVerificationToken="+rvt).
				rh("Cookie", ".AspNetCore.Antiforgery.VyLW6ORzMgk="+c.secret("antiforgery cookie", "CfDJ8"+c.pick(gB64uAlpha, 120))).
				code(302).sh("Set-Cookie", ".AspNetCore.Identity.Application="+c.secret(".AspNetCore.Identity.Application cookie", "CfDJ8"+c.pick(gB64uAlpha, 400))+"; path=/; secure; samesite=lax; httponly", "Location", c.decoy("/Dashboard"))
		}},
		{cat, "laravel-xsrf-header-from-cookie", func(c *gcase) {
			x := c.secret("Laravel X-XSRF-TOKEN (percent-encoded base64 JSON)", gB64(`{"iv":"`+c.b64s(16)+`","value":"`+c.b64s(48)+`","mac":"`+c.hexs(64)+`","tag":""}`))
			c.post("https://crm.acme.example/api/contacts", "application/json", `{`+c.decoy(`"segment":"newsletter"`)+`}`).
				rh("X-XSRF-TOKEN", x, "X-Requested-With", c.decoy("XMLHttpRequest"), "Cookie", "XSRF-TOKEN="+url.QueryEscape(x)+"; crm_session="+url.QueryEscape(gB64(`{"iv":"`+c.b64s(16)+`","value":"`+c.secret("laravel session cookie inner value", c.b64s(60))+`","mac":"`+c.hexs(64)+`"}`)))
		}},
		{cat, "phpsessid-in-url", func(c *gcase) {
			sid := c.secret("PHPSESSID query parameter", c.pick(gLower+gDigits, 26))
			c.get("https://forum.acme.example/viewtopic.php?"+c.decoy("f=12&t=4471")+"&PHPSESSID="+sid).
				resp("text/html", `<a href="/posting.php?mode=reply&amp;f=12&amp;t=4471&amp;sid=`+c.secret("phpBB sid in an HTML link", c.hexs(32))+`">Reply</a>`)
		}},
		{cat, "jsessionid-path-parameter", func(c *gcase) {
			js := c.secret("jsessionid path parameter", strings.ToUpper(c.hexs(32))+".node01")
			c.get("https://erp.acme.example/erp/home.jsf;jsessionid="+js+"?"+c.decoy("windowId=3f1")).code(302).
				sh("Location", "https://erp.acme.example/erp/orders.jsf;jsessionid="+js)
			c.get("https://erp.acme.example/erp/resources/theme.css;jsessionid=" + js + "?" + c.decoy("ln=primefaces-saga&v=13.0.2"))
		}},
		{cat, "express-connect-sid-in-error", func(c *gcase) {
			sid := c.secret("connect.sid echoed in an error body", "s:"+c.b64u(24)+"."+c.b64s(32))
			c.get("https://api.acme.example/me").rh("Cookie", "connect.sid="+url.QueryEscape(sid)).code(401).
				resp("application/json", `{"error":"SessionNotFound",`+c.decoy(`"hint":"sign in again"`)+`,"cookieHeader":"connect.sid=`+url.QueryEscape(sid)+`"}`)
		}},
		{cat, "flask-and-spring-session-in-localstorage-dump", func(c *gcase) {
			fl := c.secret("Flask signed session", ".eJw"+c.pick(gB64uAlpha, 60)+"."+c.pick(gB64uAlpha, 6)+"."+c.pick(gB64uAlpha, 27))
			sp := c.secret("Spring SESSION (base64 uuid)", gB64(c.uuid()))
			c.post("https://support.acme.example/api/diagnostics", "application/json", gJS(map[string]any{"cookies": "session=" + fl + "; SESSION=" + sp, "userAgent": c.decoy("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"), "viewport": "1280x720"}))
		}},
	}
}

// 1. Names the lists are unlikely to hold verbatim.
func kNames() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "alb-oidc-and-easyauth-headers", func(c *gcase) {
			c.get("https://internal.acme.example/dashboard").rh(
				"X-Amzn-Oidc-Accesstoken", c.secret("X-Amzn-Oidc-Accesstoken", c.kJWT(`{"sub":"u1","exp":1700003600}`)),
				"X-MS-TOKEN-AAD-ID-TOKEN", c.secret("X-MS-TOKEN-AAD-ID-TOKEN", c.kJWT(`{"oid":"7f0b","tid":"acme"}`)),
				"X-MS-TOKEN-AAD-REFRESH-TOKEN", c.secret("X-MS-TOKEN-AAD-REFRESH-TOKEN", "0.AX0A"+c.pick(gB64uAlpha, 200)),
				"X-Amzn-Trace-Id", c.decoy("Root=1-67a1b2c3-0a1b2c3d4e5f6a7b8c9d0e1f"))
		}},
		{cat, "msal-config-and-cache-keys", func(c *gcase) {
			c.get("https://app.acme.example/config.json").resp("application/json",
				`{"auth":{"clientId":"`+c.uuid()+`",`+c.decoy(`"authority":"https://login.microsoftonline.com/common"`)+`,`+c.decoy(`"knownAuthorities":["login.microsoftonline.com"]`)+`},"cache":{`+c.decoy(`"cacheLocation":"sessionStorage"`)+`},"bffSigningSecret":"`+c.secret("bffSigningSecret", c.b64s(32))+`","encKey":"`+c.secret("encKey (weak word, machine value)", c.hexs(64))+`"}`)
		}},
		{cat, "mfa-enrolment-seed-and-recovery-codes", func(c *gcase) {
			seed := c.secret("totpSeed (base32)", c.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32))
			c.post("https://id.acme.example/api/mfa/enroll", "application/json", `{`+c.decoy(`"factor":"totp"`)+`}`).
				resp("application/json", `{"totpSeed":"`+seed+`","otpauthUri":"otpauth://totp/Acme:ops?secret=`+seed+`&issuer=Acme",`+c.decoy(`"digits":6`)+`,`+c.decoy(`"period":30`)+`,"recoveryCodes":["`+c.secret("first recovery code", c.pick(gLower+gDigits, 5)+"-"+c.pick(gLower+gDigits, 5))+`","`+c.secret("second recovery code", c.pick(gLower+gDigits, 5)+"-"+c.pick(gLower+gDigits, 5))+`"]}`)
		}},
		{cat, "localized-password-field-names", func(c *gcase) {
			c.post("https://kundenportal.acme.example/anmelden", "application/x-www-form-urlencoded", "benutzername=hmueller&passwort="+c.secret("German passwort field", "Brezel!Turm!64")+"&"+c.decoy("angemeldet_bleiben=1"))
			c.post("https://loja.acme.example/entrar", "application/x-www-form-urlencoded", "email=cliente&senha="+c.secret("Portuguese senha field", "Caju%Praia%22")+"&"+c.decoy("lembrar=on"))
			c.post("https://boutique.acme.example/connexion", "application/json", `{"identifiant":"mdupont","motDePasse":"`+c.secret("French motDePasse field", "Croissant*Lune*17")+`",`+c.decoy(`"langue":"fr-FR"`)+`}`)
		}},
		{cat, "signing-and-master-keys-vs-key-ids", func(c *gcase) {
			c.get("https://api.acme.example/v2/webhooks/88").resp("application/json",
				`{`+c.decoy(`"keyId":"whk_2024_11"`)+`,"signingKey":"`+c.secret("signingKey", "whsk_"+c.alnum(40))+`",`+c.decoy(`"keyAlgorithm":"HMAC-SHA256"`)+`,"masterKey":"`+c.secret("masterKey", c.b64s(32))+`",`+c.decoy(`"keyRotationDays":90`)+`,`+c.decoy(`"primaryKeyboardShortcut":"Ctrl+K"`)+`}`)
		}},
		{cat, "auth-prefixed-headers", func(c *gcase) {
			c.get("https://gw.acme.example/v1/stock").rh(
				"Auth-Token", c.secret("Auth-Token header", c.alnum(40)),
				"X-Auth-Key", c.secret("X-Auth-Key header", c.hexs(37)),
				"Proxy-Authorization", "Basic "+gB64("egress:"+c.secret("Proxy-Authorization password", "Pelican=Meadow=80")),
				"X-Author-Id", c.decoy("author-4471"),
				"Authority", c.decoy("gw.acme.example"))
		}},
		{cat, "sso-ticket-and-nonce-names", func(c *gcase) {
			c.get("https://wiki.acme.example/login?" + c.decoy("os_destination=%2Fdisplay%2FOPS") + "&ticket=" + c.secret("SSO ticket query", "TGT-"+c.digits(4)+"-"+c.alnum(50)))
			c.post("https://wiki.acme.example/rest/api/sudo", "application/json", `{"sudoPassphrase":"`+c.secret("sudoPassphrase", "Harpoon$Velvet$12")+`","pinCode":"`+c.secret("pinCode of 8 digits", c.digits(8))+`",`+c.decoy(`"passwordHint":false`)+`}`)
		}},
	}
}

// 1. Pairs spelled as data in shapes the earlier corpora lack.
func kPairs() []gdef {
	const cat = "1.pairs"
	return []gdef{
		{cat, "scim-json-patch-path-password", func(c *gcase) {
			c.req("PATCH", "https://api.acme.example/scim/v2/Users/2819c223", "application/scim+json",
				`{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"password","value":"`+c.secret("SCIM PatchOp value for path password", "Marmot^Ember^29")+`"},{`+c.decoy(`"op":"replace","path":"active","value":true`)+`}]}`)
		}},
		{cat, "json-patch-rfc6902-pointer", func(c *gcase) {
			c.req("PATCH", "https://cms.acme.example/api/integrations/12", "application/json-patch+json",
				`[{"op":"add","path":"/settings/smtp/password","value":"`+c.secret("JSON Patch value at /settings/smtp/password", "Anchovy&Beacon&66")+`"},{`+c.decoy(`"op":"replace","path":"/settings/smtp/port","value":587`)+`}]`)
		}},
		{cat, "terraform-state-outputs", func(c *gcase) {
			c.get("https://app.terraform.io/api/v2/state-version-outputs/wsout-"+c.alnum(16)).resp("application/vnd.api+json",
				`{"data":{"type":"state-version-outputs","attributes":{"name":"db_admin_password","sensitive":true,"type":"string","value":"`+c.secret("TFC output value of db_admin_password", "Kestrel)Lagoon)55")+`"}}}`)
			c.get("https://app.terraform.io/api/v2/state-version-outputs/wsout-"+c.alnum(16)).resp("application/vnd.api+json",
				`{"data":{"type":"state-version-outputs","attributes":{`+c.decoy(`"name":"lb_dns_name","sensitive":false,"type":"string","value":"orders-lb-1234.eu-west-1.elb.amazonaws.com"`)+`}}}`)
		}},
		{cat, "netlify-env-key-values", func(c *gcase) {
			c.get("https://api.netlify.com/api/v1/accounts/acme/env?site_id="+c.uuid()).resp("application/json",
				`[{"key":"STRIPE_SECRET","scopes":["functions"],"values":[{"id":"`+c.uuid()+`","context":"production","value":"`+c.secret("Netlify env values[].value of STRIPE_SECRET", c.alnum(40))+`"}]},{`+c.decoy(`"key":"NODE_VERSION","scopes":["builds"],"values":[{"context":"all","value":"20.11.1"}]`)+`}]`)
		}},
		{cat, "plist-key-string-siblings", func(c *gcase) {
			c.get("https://mdm.acme.example/profiles/wifi.mobileconfig").resp("application/x-apple-aspen-config",
				`<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>PayloadContent</key><array><dict><key>SSID_STR</key><string>acme-corp</string>`+c.decoy(`<key>EncryptionType</key><string>WPA2</string>`)+`<key>Password</key><string>`+c.secret("plist <key>Password</key><string>", "Narwhal-Saffron-303")+`</string><key>APIToken</key><string>`+c.secret("plist APIToken string", c.alnum(36))+`</string></dict></array></dict></plist>`)
		}},
		{cat, "java-xml-properties-entries", func(c *gcase) {
			c.get("https://config.acme.example/app/prod.xml").resp("application/xml",
				`<?xml version="1.0"?><!DOCTYPE properties SYSTEM "http://java.sun.com/dtd/properties.dtd"><properties>`+c.decoy(`<entry key="db.url">jdbc:postgresql://db:5432/orders</entry>`)+`<entry key="db.password">`+c.secret("Java XML properties entry db.password", "Osprey~Tundra~48")+`</entry><entry key="mail.smtp.auth.token">`+c.secret("entry mail.smtp.auth.token", c.b64s(30))+`</entry></properties>`)
		}},
		{cat, "csv-export-secret-column", func(c *gcase) {
			c.get("https://admin.acme.example/api/integrations/export.csv").resp("text/csv",
				"name,provider,api_secret,created\n"+c.decoy("billing,stripe,")+c.secret("CSV api_secret column row 1", c.alnum(32))+",2026-10-01\n"+"crm,hubspot,"+c.secret("CSV api_secret column row 2", c.alnum(32))+",2026-10-02\n")
		}},
		{cat, "introspection-field-descriptors-decoy", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json", `{"query":"{ __type(name: \"LoginInput\") { inputFields { name type { name } } } }"}`).
				resp("application/json", `{"data":{"__type":{"inputFields":[{"name":"email","type":{"name":"String"}},{`+c.decoy(`"name":"password","type":{"name":"String"}`)+`},{`+c.decoy(`"name":"otpCode","type":{"name":"OneTimeCode"}`)+`}]}}}`)
		}},
		{cat, "label-input-form-schema", func(c *gcase) {
			c.post("https://forms.acme.example/api/submissions", "application/json",
				`{"formId":"f_2201","answers":[{"label":"Router admin password","fieldType":"password","answer":"`+c.secret("answer of a password-type form field", "Tapir<Quartz<71")+`"},{`+c.decoy(`"label":"Site name","fieldType":"text","answer":"Basel HQ"`)+`}]}`)
		}},
	}
}

// 2. Unnamed machine credentials, and identifiers beside them.
func kUnnamed() []gdef {
	const cat = "2.unnamed"
	return []gdef{
		{cat, "download-link-path-capability", func(c *gcase) {
			c.get("https://files.acme.example/dl/"+c.secret("capability token in a download path", c.b64u(32))+"/Q3-report.pdf").
				sh("ETag", c.decoy(`"`+c.hexs(32)+`"`), "Content-Disposition", c.decoy(`attachment; filename="Q3-report.pdf"`))
			c.get("https://git.acme.example/acme/shop/commit/" + c.decoy(c.hexs(40)))
		}},
		{cat, "single-letter-query-names", func(c *gcase) {
			c.get("https://t.acme.example/o?" + "k=" + c.secret("opaque k= credential", c.alnum(40)) + "&" + c.decoy("_=1700000000123") + "&" + c.decoy("v=2") + "&x=" + c.secret("opaque x= credential", c.b64u(30)))
		}},
		{cat, "trace-and-digest-headers-decoys", func(c *gcase) {
			c.get("https://api.acme.example/v1/orders").rh(
				"sentry-trace", c.decoy(c.hexs(32)+"-"+c.hexs(16)+"-1"),
				"baggage", c.decoy("sentry-environment=production,sentry-release=web%403.14.2,sentry-public_key="+c.hexs(32)+",sentry-trace_id="+c.hexs(32)),
				"X-Cloud-Trace-Context", c.decoy(c.hexs(32)+"/"+c.digits(19)+";o=1"),
				"X-B3-TraceId", c.decoy(c.hexs(32)),
				"X-Session-Blob", c.secret("opaque value under a custom header", c.b64s(48))).
				sh("Digest", c.decoy("sha-256=:"+c.b64s(32)+":"), "Content-MD5", c.decoy(c.b64s(16)), "CF-Ray", c.decoy(c.hexs(16)+"-FRA"))
		}},
		{cat, "cloudfront-signed-url", func(c *gcase) {
			sig := c.secret("CloudFront Signature", strings.NewReplacer("+", "-", "=", "_", "/", "~").Replace(c.b64s(128)))
			c.get("https://d111111abcdef8.cloudfront.net/videos/intro.mp4?Expires=1700003600&Signature=" + sig + "&" + c.decoy("Key-Pair-Id=K2JCJMDEHXQW5F"))
		}},
		{cat, "gcs-v4-signed-url", func(c *gcase) {
			c.get("https://storage.googleapis.com/acme-exports/a.csv?" + c.decoy("X-Goog-Algorithm=GOOG4-RSA-SHA256") + "&X-Goog-Date=20261122T101500Z&" + c.decoy("X-Goog-Expires=900") + "&X-Goog-SignedHeaders=host&X-Goog-Signature=" + c.secret("X-Goog-Signature hex", c.hexs(512)))
		}},
		{cat, "zoom-and-meet-join-links", func(c *gcase) {
			c.get("https://acme.zoom.us/wc/join/81234567890?pwd=" + c.secret("Zoom pwd param", c.alnum(32)) + "&" + c.decoy("from=addon"))
		}},
		{cat, "opaque-array-in-js-bootstrap", func(c *gcase) {
			c.get("https://app.acme.example/").resp("text/html",
				`<script>window.__BOOT__=["`+c.decoy("3.14.2")+`","`+c.secret("opaque credential in a bootstrap array", c.alnum(44))+`","`+c.decoy("eu-west-1")+`",`+c.decoy(`"sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC"`)+`]</script>`)
		}},
		{cat, "machine-values-in-innocuous-json-names", func(c *gcase) {
			c.get("https://api.acme.example/v1/embed/config").resp("application/json",
				`{"widget":"chat","h":"`+c.secret("opaque h member", c.b64u(33))+`",`+c.decoy(`"build":"`+c.hexs(7)+`"`)+`,`+c.decoy(`"requestId":"`+c.uuid()+`"`)+`,"v":"`+c.secret("opaque v member", "v2."+c.alnum(40))+`"}`)
		}},
	}
}

// 3. Carriers and encodings the earlier corpora lack.
func kCarriers() []gdef {
	const cat = "3.carriers"
	return []gdef{
		{cat, "kubeconfig-yaml-in-body", func(c *gcase) {
			key := "-----BEGIN RSA PRIVATE KEY-----\n" + c.secret("kubeconfig client key (base64 PEM) body", c.b64s(96)) + "\n-----END RSA PRIVATE KEY-----\n"
			y := "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    " + c.decoy("server: https://10.20.0.1:6443") + "\n  name: prod\nusers:\n- name: ci\n  user:\n    token: " + c.secret("kubeconfig user token", c.kJWT(`{"iss":"kubernetes/serviceaccount","sub":"system:serviceaccount:ci:deployer"}`)) + "\n    client-key-data: " + gB64(key) + "\n" + c.decoy("current-context: prod") + "\n"
			c.post("https://support.acme.example/api/tickets/5120/attachments", "application/yaml", y)
		}},
		{cat, "json-in-json-in-json-lambda-event", func(c *gcase) {
			inner := gJS(map[string]any{"username": "svc", "password": c.secret("password three JSON layers deep", "Iguana.Harvest.52")})
			mid := gJS(map[string]any{"httpMethod": "POST", "path": "/login", "body": inner})
			outer := gJS(map[string]any{"level": "INFO", "message": mid, "requestId": c.decoy(c.uuid())})
			c.post("https://logs.acme.example/api/v1/query", "application/json", `{"q":"fn:login"}`).resp("application/json", `{"results":[`+gJS(map[string]any{"line": outer})+`]}`)
		}},
		{cat, "xml-in-json-and-json-in-cdata", func(c *gcase) {
			c.post("https://ipaas.acme.example/api/replay", "application/json", gJS(map[string]any{"target": "crm", "soapEnvelope": `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Login><UserName>api</UserName><Password>` + c.secret("Password element in XML inside JSON", "Falcon]Mosaic]93") + `</Password></Login></soap:Body></soap:Envelope>`}))
			c.get("https://ipaas.acme.example/flows/7.xml").resp("application/xml", `<flow id="7">`+c.decoy(`<name>crm-sync</name>`)+`<config><![CDATA[{"endpoint":"https://crm.acme.example","apiKey":"`+c.secret("apiKey in JSON inside CDATA", c.alnum(32))+`"}]]></config></flow>`)
		}},
		{cat, "quoted-printable-mime-part", func(c *gcase) {
			tok := c.secret("reset token after token=3D in quoted-printable", c.alnum(40))
			mime := "From: noreply@acme.example\r\nTo: ops@acme.example\r\nSubject: Reset\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nReset here: https://app.acme.example/reset?token=3D" + tok + "\r\nTemporary password=3D" + c.secret("temporary password=3D in QP", "Jackal=3DRiver") + "\r\n" + c.decoy("Gr=C3=BC=C3=9Fe, Acme") + "\r\n"
			body := "--b1\r\nContent-Disposition: form-data; name=\"to\"\r\n\r\nops@acme.example\r\n--b1\r\nContent-Disposition: form-data; name=\"message\"; filename=\"m.eml\"\r\nContent-Type: message/rfc822\r\n\r\n" + mime + "--b1--\r\n"
			c.post("https://api.mailer.acme.example/v3/acme.example/messages.mime", "multipart/form-data; boundary=b1", body)
		}},
		{cat, "unicode-escaped-whole-token", func(c *gcase) {
			rt := c.secret("refreshToken written as \\u00XX escapes", c.alnum(40))
			c.post("https://api.acme.example/v1/session/refresh", "application/json", `{"refreshToken":"`+kU16(rt)+`",`+c.decoy(`"deviceName":"Pixel 8"`)+`}`)
			c.get("https://app.acme.example/static/boot.js").resp("application/javascript", `var cfg={k:"`+kHexEsc(c.secret("api key as \\xXX escapes in JS", c.alnum(32)))+`",`+c.decoy(`region:"eu"`)+`};`)
		}},
		{cat, "decimal-entity-obfuscated-attribute", func(c *gcase) {
			c.get("https://partners.acme.example/account").resp("text/html",
				`<div class="api" data-api-key="`+kDecEnt(c.secret("data-api-key as decimal entities", c.alnum(32)))+`">`+c.decoy(`<span class="label">Your partner ID: P-20931</span>`)+`</div>`)
		}},
		{cat, "data-uri-base64-json", func(c *gcase) {
			c.get("https://app.acme.example/embed").resp("text/html",
				`<iframe src="data:application/json;base64,`+gB64(`{"sessionToken":"`+c.secret("sessionToken in a data: URI", c.b64u(32))+`"}`)+`"></iframe>`+c.decoy(`<img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==">`))
		}},
		{cat, "safelinks-wrapping-base64-click-tracker", func(c *gcase) {
			target := "https://app.acme.example/magic?login_token=" + c.secret("magic link token inside base64 inside safelinks", c.alnum(48))
			click := "https://u123456.ct.sendgrid.net/ls/click?upn=" + gB64u(target)
			c.get("https://eur01.safelinks.protection.outlook.com/?url="+url.QueryEscape(click)+"&"+c.decoy("reserved=0")).code(302).sh("Location", click)
		}},
		{cat, "form-body-inside-json-log", func(c *gcase) {
			c.post("https://obs.acme.example/api/spans", "application/json", gJS(map[string]any{"spans": []any{map[string]any{"name": "POST /oauth/token", "traceId": c.decoy(c.hexs(32)),
				"attributes": map[string]any{"http.request.body": "grant_type=password&username=kiosk&password=" + url.QueryEscape(c.secret("password in a form body inside a span attribute", "Lobster/Canyon/14")) + "&client_id=kiosk"}}}}))
		}},
		{cat, "raw-http-request-text-in-json", func(c *gcase) {
			raw := "POST /api/v2/charge HTTP/1.1\r\nHost: pay.acme.example\r\nAuthorization: Basic " + gB64("merchant_8812:"+c.secret("Basic password in a raw request dump", "Ferret&Sierra&35")) + "\r\nX-Idempotency-Key: " + c.uuid() + "\r\n" + c.decoy("Content-Type: application/json") + "\r\n\r\n{}"
			c.post("https://qa.acme.example/api/repro", "application/json", gJS(map[string]any{"title": "charge fails", "rawRequest": raw}))
		}},
		{cat, "messagepack-binary-ws-frame", func(c *gcase) {
			e := c.get("wss://rt.acme.example/hub?" + c.decoy("negotiateVersion=1")).code(101)
			e.wsMsg("send", 2, gB64(string(kMsgpack("target", "Authenticate", "accessToken", c.secret("accessToken in a MessagePack frame", c.alnum(40))))))
			e.wsMsg("receive", 1, c.decoy(`{"type":6}`)+"\x1e")
		}},
		{cat, "grpc-web-binary-proto-response", func(c *gcase) {
			msg := append(kProtoString(1, "ok"), kProtoString(2, c.secret("GitHub token in a protobuf string field", "ghp_"+c.alnum(36)))...)
			frame := append([]byte{0, 0, 0, 0, byte(len(msg))}, msg...)
			e := c.post("https://api.acme.example/acme.v1.Integrations/Get", "application/grpc-web+proto", "").resp("application/grpc-web+proto", gB64(string(frame)))
			e.respEncoding = "base64"
			e.rh("X-User-Agent", c.decoy("grpc-web-javascript/0.1"))
		}},
		{cat, "backtick-template-fetch-in-bundle", func(c *gcase) {
			c.get("https://app.acme.example/assets/index-4f2a9c.js").resp("text/javascript",
				"const r=await fetch(`https://api.stripe.com/v1/charges`,{method:`POST`,headers:{Authorization:`Bearer "+c.secret("sk_live in a backtick header literal", "sk_live_"+c.alnum(99))+"`}});const p=`"+c.decoy("pk_live_51H"+c.alnum(20))+"`;")
		}},
		{cat, "toml-and-hcl-config-bodies", func(c *gcase) {
			c.get("https://git.acme.example/raw/main/config.toml").resp("text/plain", "[database]\n"+c.decoy(`host = "db.internal"`)+"\npassword = \""+c.secret("TOML password", "Heron|Velvet|77")+"\"\n")
			c.get("https://git.acme.example/raw/main/providers.tf").resp("text/plain", "provider \"aws\" {\n  "+c.decoy(`region     = "eu-west-1"`)+"\n  access_key = \"AKIA"+c.pick(gUpper+"234567", 16)+"\"\n  secret_key = \""+c.secret("HCL secret_key", c.b64s(30)[:40])+"\"\n}\n")
		}},
	}
}

// 3. Realtime protocols other than Socket.IO, SignalR, STOMP, Phoenix.
func kRealtime() []gdef {
	const cat = "3.realtime"
	return []gdef{
		{cat, "nats-websocket-connect", func(c *gcase) {
			e := c.get("wss://nats.acme.example:443/").code(101)
			e.wsMsg("receive", 1, `INFO {"server_id":"NCXYZ","version":"2.10.22",`+c.decoy(`"auth_required":true`)+`,"max_payload":1048576}`+"\r\n")
			e.wsMsg("send", 1, `CONNECT {"verbose":false,"pedantic":false,"user":"web","pass":"`+c.secret("NATS CONNECT pass", "Puffin@Glade@41")+`","auth_token":"`+c.secret("NATS CONNECT auth_token", c.alnum(32))+`","lang":"nats.ws","version":"1.29.2"}`+"\r\nPING\r\n")
		}},
		{cat, "xmpp-sasl-plain-over-websocket", func(c *gcase) {
			e := c.get("wss://chat.acme.example/xmpp-websocket").code(101).rh("Sec-WebSocket-Protocol", c.decoy("xmpp"))
			e.wsMsg("send", 1, c.decoy(`<open xmlns="urn:ietf:params:xml:ns:xmpp-framing" to="chat.acme.example" version="1.0"/>`))
			e.wsMsg("send", 1, `<auth xmlns="urn:ietf:params:xml:ns:xmpp-sasl" mechanism="PLAIN">`+gB64("\x00jdoe\x00"+c.secret("XMPP SASL PLAIN password (base64 NUL-separated)", "Walrus!Copper!83"))+`</auth>`)
		}},
		{cat, "twitch-irc-pass-oauth", func(c *gcase) {
			e := c.get("wss://irc-ws.chat.twitch.tv/").code(101)
			e.wsMsg("send", 1, c.decoy("CAP REQ :twitch.tv/tags twitch.tv/commands")).
				wsMsg("send", 1, "PASS oauth:"+c.secret("IRC PASS oauth token", c.pick(gLower+gDigits, 30))).
				wsMsg("send", 1, "NICK acmebot")
		}},
		{cat, "centrifugo-connect-and-subscribe", func(c *gcase) {
			e := c.get("wss://rt.acme.example/connection/websocket").code(101)
			e.wsMsg("send", 1, `{"id":1,"connect":{"token":"`+c.secret("Centrifugo connect token", c.kJWT(`{"sub":"42","exp":1700003600}`))+`","name":"js"}}`+"\n"+`{"id":2,"subscribe":{"channel":"$private:42","token":"`+c.secret("Centrifugo subscription token", c.kJWT(`{"sub":"42","channel":"$private:42"}`))+`"}}`)
			e.wsMsg("receive", 1, `{"id":1,"connect":{"client":"`+c.uuid()+`",`+c.decoy(`"version":"5.4.7"`)+`,"ping":25,"pong":true}}`)
		}},
		{cat, "firebase-rtdb-ws-auth-cred", func(c *gcase) {
			e := c.get("wss://s-euw1b-nss-201.europe-west1.firebasedatabase.app/.ws?" + c.decoy("v=5&ns=acme-prod-default-rtdb")).code(101)
			e.wsMsg("send", 1, `{"t":"d","d":{"r":1,"a":"auth","b":{"cred":"`+c.secret("Firebase RTDB auth cred", c.kJWT(`{"iss":"https://securetoken.google.com/acme-prod","user_id":"Xk29"}`))+`"}}}`)
			e.wsMsg("receive", 1, c.decoy(`{"t":"d","d":{"r":1,"b":{"s":"ok","d":""}}}`))
		}},
		{cat, "firebase-rtdb-long-poll-segments", func(c *gcase) {
			pw := c.secret("Firebase long-poll pw", c.alnum(10))
			frame := gB64u(`{"t":"d","d":{"r":2,"a":"gauth","b":{"cred":"` + c.secret("gauth cred in a base64 long-poll segment", "ya29."+c.pick(gB64uAlpha, 100)) + `"}}}`)
			c.get("https://acme-prod-default-rtdb.firebaseio.com/.lp?" + c.decoy("start=t&ser=81455") + "&cb=1&v=5&ns=acme-prod-default-rtdb")
			c.get("https://acme-prod-default-rtdb.firebaseio.com/.lp?id=23188&pw=" + pw + "&ser=81456&ns=acme-prod-default-rtdb&seg0=0&ts0=1&d0=" + frame)
		}},
		{cat, "webrtc-turn-credentials-and-sdp", func(c *gcase) {
			c.get("https://meet.acme.example/api/ice").resp("application/json",
				`{"iceServers":[{`+c.decoy(`"urls":["stun:stun.acme.example:3478"]`)+`},{"urls":["turns:turn.acme.example:443?transport=tcp"],"username":"1700003600:u42","credential":"`+c.secret("TURN credential", c.b64s(20))+`"}],`+c.decoy(`"iceTransportPolicy":"relay"`)+`}`)
			e := c.get("wss://meet.acme.example/signal").code(101)
			e.wsMsg("send", 1, gJS(map[string]any{"type": "offer", "sdp": "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\na=ice-ufrag:Q3mD\r\na=ice-pwd:" + c.secret("SDP a=ice-pwd", c.alnum(24)) + "\r\n" + c.decoy("a=fingerprint:sha-256 "+strings.ToUpper(gGroup4(c.hexs(64), ":"))) + "\r\n"}))
		}},
		{cat, "mercure-authorization-query-and-cookie", func(c *gcase) {
			jwt := c.secret("Mercure subscriber JWT in ?authorization=", c.kJWT(`{"mercure":{"subscribe":["https://acme.example/books/{id}"]}}`))
			c.get("https://hub.acme.example/.well-known/mercure?"+c.decoy("topic=https%3A%2F%2Facme.example%2Fbooks%2F%7Bid%7D")+"&authorization="+jwt).resp("text/event-stream", ": ok\n\nid: urn:uuid:"+c.uuid()+"\ndata: "+c.decoy(`{"@id":"/books/1","title":"Dune"}`)+"\n\n")
		}},
		{cat, "livekit-and-agora-join-tokens", func(c *gcase) {
			c.get("wss://acme.livekit.cloud/rtc?access_token=" + c.secret("LiveKit access_token", c.kJWT(`{"video":{"room":"standup","roomJoin":true},"iss":"APIab12"}`)) + "&" + c.decoy("auto_subscribe=1&sdk=js&version=2.5.7&protocol=15")).code(101)
			c.post("https://api.acme.example/rtc/join", "application/json", `{"channel":"standup"}`).resp("application/json", `{"rtcToken":"`+c.secret("Agora rtcToken", "006"+c.hexs(32)+"IAD"+c.pick(gAlnum+"+/", 120))+`",`+c.decoy(`"expireSeconds":3600`)+`}`)
		}},
	}
}

// 4. Exporters' own fields and quirks.
func kExporters() []gdef {
	const cat = "4.exporter"
	return []gdef{
		{cat, "multipart-params-with-dotenv-file", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "5.0.1"}
			e := c.post("https://support.acme.example/upload", "multipart/form-data; boundary=----WebKitFormBoundaryx7", "")
			e.post.params = []any{map[string]any{"name": "ticket", "value": c.decoy("SUP-88213")},
				map[string]any{"name": "attachment", "fileName": ".env", "contentType": "text/plain", "value": "APP_ENV=production\nDB_PASSWORD=" + c.secret("DB_PASSWORD in a params[].value file", "Ocelot_Prairie_26") + "\nSENTRY_DSN=https://" + c.hexs(32) + "@o1.ingest.sentry.io/42\n"}}
		}},
		{cat, "fiddler-session-comments", func(c *gcase) {
			c.creator = [2]string{"Fiddler Everywhere", "5.17.0"}
			c.get("https://api.acme.example/v1/items").set("comment", "replayed with X-Api-Key "+c.secret("api key in a Fiddler session comment", c.alnum(32))+" from the staging vault").
				rh("X-Api-Key", c.secret("X-Api-Key header", c.alnum(32)))
		}},
		{cat, "copy-as-fetch-pasted-in-page-comment", func(c *gcase) {
			c.extraLog = map[string]any{"comment": `fetch("https://api.acme.example/v1/export", {"headers": {"accept": "*/*", "authorization": "Bearer ` + c.secret("Bearer in a pasted fetch() in log.comment", c.b64u(40)) + `"}, "method": "GET"});`}
			c.get("https://api.acme.example/v1/export").rh("Accept", c.decoy("*/*"))
		}},
		{cat, "wrong-mime-text-html-json", func(c *gcase) {
			c.post("https://api.acme.example/login", "text/plain;charset=UTF-8", `{"user":"kiosk","pass":"`+c.secret("pass in a JSON body labelled text/plain", "Gecko#Harbour#61")+`"}`).
				resp("text/html; charset=UTF-8", `{"session":{"token":"`+c.secret("token in JSON labelled text/html", c.alnum(40))+`",`+c.decoy(`"ttl":900`)+`}}`)
		}},
		{cat, "quoted-cookie-values-and-lowercase-attrs", func(c *gcase) {
			c.get("https://app.acme.example/").sh("set-cookie", `sid="`+c.secret("quoted Set-Cookie value", c.b64s(30))+`"; path=/; httponly; secure; samesite=strict`).
				rh("Accept-Language", c.decoy("de-CH,de;q=0.9,en;q=0.8"), "cookie", `prefs="theme=dark"; auth="`+c.secret("quoted Cookie value", c.alnum(36))+`"`)
		}},
		{cat, "querystring-decoded-vs-url-encoded", func(c *gcase) {
			sig := c.secret("std-base64 sig, percent-encoded in url and decoded in queryString", c.b64s(33))
			e := c.get("https://cdn.acme.example/private/a.zip?" + c.decoy("expires=1700003600") + "&sig=" + url.QueryEscape(sig))
			e.query = []any{map[string]any{"name": "expires", "value": "1700003600"}, map[string]any{"name": "sig", "value": sig}}
		}},
		{cat, "safari-webkit-fields", func(c *gcase) {
			c.creator = [2]string{"WebKit Web Inspector", "18.1"}
			e := c.get("https://api.acme.example/v1/me?"+c.decoy("include=teams")).rh("X-Csrf-Token", c.secret("X-Csrf-Token", c.b64u(32)))
			e.set("_fetchType", "Network Load").set("_priority", c.decoy("medium"))
			e.set("serverIPAddress", c.decoy("198.51.100.20")).set("connection", c.decoy("184221"))
		}},
		{cat, "burp-base64-request-body", func(c *gcase) {
			c.creator = [2]string{"Burp Suite Professional", "2024.10"}
			e := c.post("https://api.acme.example/v1/login", "application/json", gB64(`{"email":"qa","password":"`+c.secret("password in a base64 request body (postData.encoding)", "Mongoose+Tide+39")+`"}`))
			e.post.encoding = "base64"
		}},
		{cat, "initiator-preflight-and-redirect-chain", func(c *gcase) {
			tok := c.secret("token in _initiator.url of a preflight", c.alnum(40))
			e := c.req("OPTIONS", "https://api.acme.example/v1/sync?token="+tok, "", "").code(204).sh("Access-Control-Allow-Headers", c.decoy("authorization,content-type,x-request-id"))
			e.set("_initiator", map[string]any{"type": "preflight", "url": "https://api.acme.example/v1/sync?token=" + tok}).set("_resourceType", c.decoy("preflight"))
		}},
		{cat, "response-headers-as-raw-block", func(c *gcase) {
			c.creator = [2]string{"HTTP Toolkit", "1.19.0"}
			c.get("https://api.acme.example/v1/token").set("_rawResponseHeaders", "HTTP/1.1 200 OK\r\n"+c.decoy("Server: envoy")+"\r\nX-Access-Token: "+c.secret("X-Access-Token in a raw header block field", c.b64u(32))+"\r\n\r\n")
		}},
	}
}

// 5. One secret everywhere, in other carriers than before.
func kEverywhere() []gdef {
	const cat = "5.everywhere"
	return []gdef{
		{cat, "path-token-in-location-then-bearer", func(c *gcase) {
			tok := c.secret("token in a Location path, later a Bearer", c.alnum(44))
			c.post("https://id.acme.example/login", "application/x-www-form-urlencoded", "u=kiosk").code(302).sh("Location", "https://app.acme.example/session/"+tok)
			c.get("https://app.acme.example/session/" + tok)
			c.get("https://api.acme.example/v1/me").rh("Authorization", "Bearer "+tok, "Accept", c.decoy("application/json"))
		}},
		{cat, "session-cookie-as-analytics-dimension", func(c *gcase) {
			sid := c.secret("session id reused as GA custom dimension", c.hexs(40))
			c.get("https://www.google-analytics.com/g/collect?v=2&" + c.decoy("tid=G-7XK29QZ1LM") + "&en=page_view&ep.cd5=" + sid)
			c.get("https://shop.acme.example/cart").rh("Cookie", "shop_sid="+sid)
		}},
		{cat, "token-inside-base64-debug-header", func(c *gcase) {
			at := c.secret("access token echoed in a base64 debug header", c.b64u(36))
			c.get("https://api.acme.example/v1/orders").rh("X-Debug-Ctx", gB64(`{"ctx":"`+at+`","region":"eu"}`), "X-Region", c.decoy("eu-central"))
			c.post("https://id.acme.example/oauth/token", "application/x-www-form-urlencoded", "grant_type=client_credentials").resp("application/json", `{"access_token":"`+at+`"}`)
		}},
		{cat, "slash-plus-token-json-escaped-and-percent", func(c *gcase) {
			tok := c.secret("std-base64 token, JSON \\/ escaped then percent-encoded", c.b64s(45))
			c.get("https://api.acme.example/v1/link").resp("application/json", `{"download":{"key":"`+strings.ReplaceAll(tok, "/", `\/`)+`"}}`)
			c.get("https://dl.acme.example/fetch?" + c.decoy("name=report.pdf") + "&blob=" + url.QueryEscape(tok))
		}},
		{cat, "secret-in-ws-frame-before-json-field", func(c *gcase) {
			key := c.secret("key in an unnamed ws frame before its named JSON field", c.alnum(36))
			e := c.get("wss://rt.acme.example/feed").code(101)
			e.wsMsg("send", 1, "HELLO "+key)
			c.get("https://api.acme.example/v1/keys/current").resp("application/json", `{"clientKey":"`+key+`",`+c.decoy(`"createdBy":"terraform"`)+`}`)
		}},
		{cat, "sentry-breadcrumb-url-then-header", func(c *gcase) {
			tk := c.secret("tenant key in a Sentry breadcrumb url and later a header", c.alnum(32))
			env := `{"event_id":"` + c.hexs(32) + `","sent_at":"2026-11-22T10:15:09Z"}` + "\n" + `{"type":"event"}` + "\n" + gJS(map[string]any{"breadcrumbs": map[string]any{"values": []any{map[string]any{"category": "fetch", "data": map[string]any{"method": "GET", "url": "/api/v1/report/" + tk + "/summary", "status_code": 200}}}}, "release": c.decoy("web@2026.11.3")})
			c.post("https://o4504.ingest.sentry.io/api/4504/envelope/?"+c.decoy("sentry_version=7"), "text/plain;charset=UTF-8", env)
			c.get("https://api.acme.example/v1/tenant").rh("X-Tenant-Secret", tk)
		}},
		{cat, "invite-code-in-email-html-then-json", func(c *gcase) {
			code := c.secret("invite code in email HTML then a JSON body", c.b64u(27))
			c.get("http://localhost:8025/api/v1/message/ZmFr").resp("application/json", gJS(map[string]any{"Subject": "You are invited", "HTML": `<p>Join the team:</p><a href="https://app.acme.example/join?c=` + code + `&amp;` + c.decoy("utm_source=invite") + `">Accept</a>`}))
			c.post("https://app.acme.example/api/invites/accept", "application/json", `{"c":"`+code+`",`+c.decoy(`"displayLanguage":"en"`)+`}`)
		}},
	}
}

// 6. GraphQL shapes the earlier corpora lack.
func kGraphQL() []gdef {
	const cat = "6.graphql"
	return []gdef{
		{cat, "relay-doc-id-form-encoded-variables", func(c *gcase) {
			c.post("https://www.acme.example/api/graphql/", "application/x-www-form-urlencoded",
				c.decoy("doc_id=7294021356871230")+"&"+c.decoy("fb_api_req_friendly_name=AccountSettingsMutation")+"&variables="+url.QueryEscape(`{"input":{"current_password":"`+c.secret("current_password in form-encoded Relay variables", "Vulture~Saddle~84")+`","client_mutation_id":"1"}}`))
		}},
		{cat, "multipart-upload-operations", func(c *gcase) {
			ops := `{"query":"mutation($file: Upload!, $t: String!) { importContacts(file: $file, uploadToken: $t) { count } }","variables":{"file":null,"t":"` + c.secret("upload token via variable bound to uploadToken", c.alnum(40)) + `"}}`
			body := "--gqlb\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n" + ops + "\r\n--gqlb\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n" + c.decoy(`{"0":["variables.file"]}`) + "\r\n--gqlb\r\nContent-Disposition: form-data; name=\"0\"; filename=\"c.csv\"\r\nContent-Type: text/csv\r\n\r\nname\nAda\r\n--gqlb--\r\n"
			c.post("https://api.acme.example/graphql", "multipart/form-data; boundary=gqlb", body)
		}},
		{cat, "reset-password-key-and-new-password-vars", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json", gJS(map[string]any{"operationName": "Reset",
				"query":     "mutation Reset($k: String!, $p: String!) { resetPassword(key: $k, newPassword: $p) { ok } }",
				"variables": map[string]any{"k": c.secret("reset key via $k", c.b64u(30)), "p": c.secret("new password via $p", "Bison>Lantern>42")}}))
		}},
		{cat, "response-alias-of-session-token", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json", `{"query":"mutation { signIn(email: \"kiosk\", pin: \"`+c.secret("inline pin literal", c.digits(8))+`\") { t: sessionToken u: user { id } } }"}`).
				resp("application/json", `{"data":{"signIn":{"t":"`+c.secret("response field aliased t: sessionToken", c.b64u(32))+`",`+c.decoy(`"u":{"id":"VXNlcjo0Mg=="}`)+`}}}`)
		}},
		{cat, "block-string-literal-argument", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json", gJS(map[string]any{"query": "mutation { addSecret(name: \"SMTP\", value: \"\"\"" + c.secret("secret in a block string literal", "Cobra\"Quill\"58") + "\"\"\", kind: CREDENTIAL) { id } }"}))
		}},
		{cat, "get-query-with-variables-percent-encoded", func(c *gcase) {
			c.get("https://api.acme.example/graphql?query=" + url.QueryEscape("query ($k: String!) { viewer(apiKey: $k) { login } }") + "&variables=" + url.QueryEscape(`{"k":"`+c.secret("apiKey bound via $k in GET variables", c.alnum(32))+`"}`) + "&" + c.decoy("operationName=Viewer"))
		}},
		{cat, "subscription-over-sse-connection-params", func(c *gcase) {
			c.get("https://api.acme.example/graphql/stream?query="+url.QueryEscape("subscription { orderUpdates { id } }")+"&extensions="+url.QueryEscape(`{"headers":{"authorization":"Bearer `+c.secret("Bearer in GraphQL extensions.headers", c.alnum(40))+`"}}`)).
				resp("text/event-stream", "event: next\ndata: "+c.decoy(`{"data":{"orderUpdates":{"id":"o_991"}}}`)+"\n\nevent: complete\ndata:\n\n")
		}},
	}
}

// 7. Vendor formats of services the earlier corpora lack.
func kVendors() []gdef {
	const cat = "7.vendor"
	return []gdef{
		{cat, "gitlab-pat-and-runner-token", func(c *gcase) {
			c.get("https://gitlab.acme.example/api/v4/projects/12/pipelines").rh("PRIVATE-TOKEN", c.secret("GitLab PAT glpat-", "glpat-"+c.pick(gB64uAlpha, 20)))
			c.post("https://gitlab.acme.example/api/v4/user/runners", "application/json", `{"runner_type":"project_type","project_id":12,`+c.decoy(`"tag_list":["docker","linux"]`)+`}`).
				resp("application/json", `{"id":4471,"token":"`+c.secret("GitLab runner glrt- token", "glrt-"+c.pick(gB64uAlpha, 20))+`",`+c.decoy(`"token_expires_at":null`)+`}`)
		}},
		{cat, "terraform-cloud-token-in-credentials-json", func(c *gcase) {
			c.post("https://support.acme.example/api/paste", "application/json", gJS(map[string]any{"filename": "credentials.tfrc.json",
				"content": `{"credentials":{"app.terraform.io":{"token":"` + c.secret("Terraform Cloud atlasv1 token", c.alnum(14)+".atlasv1."+c.alnum(67)) + `"}}}`}))
		}},
		{cat, "pypi-token-in-twine-log", func(c *gcase) {
			c.get("https://ci.acme.example/api/jobs/991/log").resp("text/plain",
				c.decoy("Uploading distributions to https://upload.pypi.org/legacy/")+"\n+ TWINE_USERNAME=__token__ TWINE_PASSWORD="+c.secret("PyPI token in a CI log", "pypi-AgEIcHlwaS5vcmc"+c.pick(gB64uAlpha, 70))+" twine upload dist/*\n"+c.decoy("Uploading acme_sdk-2.4.0-py3-none-any.whl")+"\n")
		}},
		{cat, "huggingface-token-in-git-remote-and-header", func(c *gcase) {
			c.get("https://huggingface.co/api/whoami-v2").rh("Authorization", "Bearer "+c.secret("Hugging Face hf_ token", "hf_"+c.pick(gAlnum, 34)))
			c.get("https://ci.acme.example/api/jobs/992/log").resp("text/plain", "git remote add hub https://ml-bot:"+c.secret("hf_ token in a git remote URL", "hf_"+c.pick(gAlnum, 34))+"@huggingface.co/acme/ranker\n"+c.decoy("git lfs install")+"\n")
		}},
		{cat, "shopify-admin-and-app-secrets", func(c *gcase) {
			c.get("https://acme-store.myshopify.com/admin/api/2024-10/orders.json?"+c.decoy("status=any")).rh("X-Shopify-Access-Token", c.secret("Shopify shpat_", "shpat_"+c.hexs(32)))
			c.get("https://partners.acme.example/apps/7/config").resp("application/json", `{"api_key":"`+c.hexs(32)+`","api_secret_key":"`+c.secret("Shopify shpss_", "shpss_"+c.hexs(32))+`"}`)
		}},
		{cat, "digitalocean-and-postman-keys", func(c *gcase) {
			c.get("https://api.digitalocean.com/v2/droplets?"+c.decoy("per_page=20")).rh("Authorization", "Bearer "+c.secret("DigitalOcean dop_v1_", "dop_v1_"+c.hexs(64)))
			c.get("https://api.getpostman.com/collections").rh("X-Api-Key", c.secret("Postman PMAK-", "PMAK-"+c.hexs(24)+"-"+c.hexs(34)))
		}},
		{cat, "grafana-service-account-and-cloud-token", func(c *gcase) {
			c.get("https://grafana.acme.example/api/search?"+c.decoy("type=dash-db")).rh("Authorization", "Bearer "+c.secret("Grafana glsa_", "glsa_"+c.alnum(32)+"_"+c.hexs(8)))
			c.post("https://logs-prod-012.grafana.net/loki/api/v1/push", "application/json", `{"streams":[]}`).rh("Authorization", "Basic "+gB64("812345:"+c.secret("Grafana Cloud glc_ token in Basic", "glc_"+gB64(`{"o":"1","n":"push","k":"`+c.alnum(24)+`","m":{"r":"eu"}}`))))
		}},
		{cat, "slack-interactivity-payload", func(c *gcase) {
			p := `{"type":"block_actions","token":"` + c.secret("Slack verification token in payload JSON", c.alnum(24)) + `","team":{"id":"T024BE7LD","domain":"acme"},"response_url":"https://hooks.slack.com/actions/T024BE7LD/6171234567890/` + c.secret("Slack response_url secret path", c.alnum(24)) + `","trigger_id":"` + c.decoy("6171234567890.2213123.a1b2") + `"}`
			c.post("https://bot.acme.example/slack/interactive", "application/x-www-form-urlencoded", "payload="+url.QueryEscape(p)).
				rh("X-Slack-Signature", "v0="+c.secret("X-Slack-Signature", c.hexs(64)), "X-Slack-Request-Timestamp", c.decoy("1700000000"))
		}},
		{cat, "dynatrace-and-okta-auth-schemes", func(c *gcase) {
			c.post("https://abc12345.live.dynatrace.com/api/v2/logs/ingest", "application/json; charset=utf-8", `[{"content":"ok"}]`).rh("Authorization", "Api-Token "+c.secret("Dynatrace dt0c01 token", "dt0c01."+c.pick(gUpper+"234567", 24)+"."+c.pick(gUpper+"234567", 64)))
			c.get("https://acme.okta.com/api/v1/users?"+c.decoy("limit=25")).rh("Authorization", "SSWS "+c.secret("Okta SSWS API token", "00"+c.pick(gB64uAlpha, 40)))
		}},
		{cat, "launchdarkly-sdk-vs-client-side-id", func(c *gcase) {
			c.get("https://sdk.launchdarkly.com/sdk/evalx/" + c.decoy("65f1c2d3e4a5b6c7d8e9f0a1") + "/contexts/eyJraW5kIjoidXNlciJ9")
			c.get("https://stream.launchdarkly.com/all").rh("Authorization", c.secret("LaunchDarkly server sdk- key", "sdk-"+c.uuid()))
		}},
		{cat, "aws-sts-assume-role-json", func(c *gcase) {
			c.post("https://support.acme.example/api/tickets/5121/comments", "application/json", gJS(map[string]any{"body": "output of aws sts assume-role:\n" + gJS(map[string]any{"Credentials": map[string]any{
				"AccessKeyId": "ASIA" + c.pick(gUpper+"234567", 16), "SecretAccessKey": c.secret("STS SecretAccessKey", c.b64s(30)), "SessionToken": c.secret("STS SessionToken", "IQoJb3JpZ2luX2Vj"+c.b64s(300)), "Expiration": "2026-11-22T11:15:00+00:00"},
				"AssumedRoleUser": map[string]any{"Arn": "arn:aws:sts::123456789012:assumed-role/ops/cli"}})}))
		}},
		{cat, "cognito-identity-credentials-amz-json", func(c *gcase) {
			c.post("https://cognito-identity.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1", `{"IdentityId":"eu-west-1:`+c.uuid()+`"}`).
				rh("X-Amz-Target", c.decoy("AWSCognitoIdentityService.GetCredentialsForIdentity")).
				resp("application/x-amz-json-1.1", `{"Credentials":{"AccessKeyId":"ASIA`+c.pick(gUpper+"234567", 16)+`",`+c.decoy(`"Expiration":1.700003600E9`)+`,"SecretKey":"`+c.secret("Cognito Identity SecretKey", c.b64s(30))+`","SessionToken":"`+c.secret("Cognito Identity SessionToken", "IQoJb3JpZ2luX2Vj"+c.b64s(250))+`"}}`)
		}},
		{cat, "app-insights-key-vs-square-token", func(c *gcase) {
			c.get("https://app.acme.example/").resp("text/html", `<script>appInsights.init({connectionString:"`+c.decoy("InstrumentationKey="+c.uuid()+";IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/")+`"})</script>`)
			c.post("https://connect.squareup.com/v2/payments", "application/json", `{"idempotency_key":"`+c.uuid()+`"}`).rh("Authorization", "Bearer "+c.secret("Square EAAA access token", "EAAA"+c.pick(gB64uAlpha, 60)), "Square-Version", c.decoy("2024-10-17"))
		}},
	}
}

// 7. Payment cards by value in other places.
func kCards() []gdef {
	const cat = "7.cards"
	return []gdef{
		{cat, "orders-csv-export", func(c *gcase) {
			on1, on2 := hNoLuhn("50"+c.digits(14)), hNoLuhn("50"+c.digits(14))
			c.get("https://backoffice.acme.example/orders/export.csv?"+c.decoy("from=2026-11-01")).resp("text/csv; charset=utf-8",
				"order_no,card,amount,currency\n"+c.decoy(on1)+","+c.secret("card in CSV row 1", c.card("4", 16))+",19.90,EUR\n"+c.decoy(on2)+","+c.secret("card in CSV row 2", c.card("51", 16))+",5.00,EUR\n")
		}},
		{cat, "card-as-json-number", func(c *gcase) {
			c.post("https://pos.acme.example/api/terminal/sale", "application/json", `{"pan":`+c.secret("card as an unquoted JSON number", c.card("4", 16))+`,`+c.decoy(`"amountMinor":1990`)+`,`+c.decoy(`"terminalId":"T-0042"`)+`}`)
		}},
		{cat, "amex-4-6-5-grouping-in-html", func(c *gcase) {
			a := c.card("37", 15)
			c.get("https://backoffice.acme.example/refunds/88").resp("text/html", `<td class="pan">`+c.secret("Amex grouped 4-6-5", a[:4]+" "+a[4:10]+" "+a[10:])+`</td>`+c.decoy(`<td class="last4">•••• 1005</td>`))
		}},
		{cat, "autocomplete-cc-fields-and-snowflake-ids", func(c *gcase) {
			sf := hNoLuhn("1" + c.digits(18))
			c.post("https://checkout.acme.example/pay", "application/x-www-form-urlencoded", "cc-name=J+Doe&cc-number="+c.secret("cc-number form field", c.card("6011", 16))+"&cc-exp=12%2F29&"+c.decoy("cart="+sf))
		}},
		{cat, "card-in-iframe-postmessage-log", func(c *gcase) {
			c.post("https://rum.acme.example/collect", "application/json", gJS(map[string]any{"events": []any{map[string]any{"type": "postMessage", "origin": c.decoy("https://pay.acme.example"), "data": "card:" + c.secret("card grouped with dashes in a postMessage log string", gGroup4(c.card("4", 16), "-"))}}}))
		}},
	}
}

// 7. Free-text credential phrases in pasted files.
func kPhrases() []gdef {
	const cat = "7.phrases"
	return []gdef{
		{cat, "netrc-paste", func(c *gcase) {
			c.post("https://support.acme.example/api/tickets", "application/json", gJS(map[string]any{"subject": "heroku cli fails", "description": "my ~/.netrc:\n" + c.decoy("machine api.heroku.com") + "\n  login ops@acme.example\n  password " + c.secret(".netrc password", c.uuid()) + "\nmachine git.heroku.com\n"}))
		}},
		{cat, "pgpass-and-mysql-inline-p", func(c *gcase) {
			c.post("https://support.acme.example/api/tickets", "application/json", gJS(map[string]any{"subject": "db restore", "description": c.decoy("db.internal:5432:orders:app:") + c.secret("pgpass password field", "Stingray%Larch%90") + "\nthen: mysql -h db2 -u root -p" + c.secret("mysql -pPASSWORD", "Quokka@Fjord@17") + " orders < dump.sql"}))
		}},
		{cat, "redis-auth-in-log", func(c *gcase) {
			c.get("https://ci.acme.example/api/jobs/993/log").resp("text/plain", c.decoy("redis-cli -h cache.internal -p 6379")+"\n> AUTH "+c.secret("redis AUTH argument", c.alnum(32))+"\nOK\n> "+c.decoy("INFO replication")+"\n")
		}},
		{cat, "openssh-private-key-paste", func(c *gcase) {
			body := c.secret("OpenSSH private key body", c.b64s(150))
			c.post("https://paste.acme.example/api/pastes", "application/json", gJS(map[string]any{"title": "deploy key", "text": "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----\n", "syntax": c.decoy("text")}))
		}},
		{cat, "rails-secret-key-base-yaml", func(c *gcase) {
			c.get("https://git.acme.example/raw/main/config/secrets.yml").resp("text/yaml", "production:\n  secret_key_base: "+c.secret("secret_key_base", c.hexs(128))+"\n  "+c.decoy("active_storage_service: amazon")+"\n")
		}},
		{cat, "cli-flags-in-ticket", func(c *gcase) {
			c.post("https://support.acme.example/api/tickets", "application/json", gJS(map[string]any{"subject": "login fails", "description": "ran: docker login -u ci -p " + c.secret("docker login -p", c.alnum(24)) + " registry.acme.example\nand: acme-cli deploy --api-token=" + c.secret("--api-token= flag", c.alnum(40)) + " " + c.decoy("--region=eu-west-1")}))
		}},
		{cat, "wifi-and-keystore-phrases", func(c *gcase) {
			c.post("https://support.acme.example/api/chat", "application/json", gJS(map[string]any{"message": "guest wifi WPA key: " + c.secret("WPA key: in chat", "Lemur4Cactus9") + ", and keystore.password=" + c.secret("keystore.password=", "Panther*Moss*33") + " " + c.decoy("(ticket SUP-88217)")}))
		}},
	}
}

// 9. Personal data in other places.
func kPersonal() []gdef {
	const cat = "9.personal"
	return []gdef{
		{cat, "email-in-referer-and-location", func(c *gcase) {
			em := c.secret("email in Referer and Location query", "ingrid.halvorsen@gmail.com")
			c.get("https://app.acme.example/onboarding").rh("Referer", "https://app.acme.example/invite/accept?email="+url.QueryEscape(em)+"&"+c.decoy("step=2"))
			c.post("https://app.acme.example/signup", "application/x-www-form-urlencoded", "plan=team").code(303).sh("Location", "/welcome?email="+em)
		}},
		{cat, "nginx-json-access-log-ips", func(c *gcase) {
			c.get("https://logs.acme.example/api/tail").resp("application/x-ndjson",
				`{"time":"2026-11-22T10:15:01Z","remote_addr":"`+c.secret("remote_addr in NDJSON access log", "81.221.54.117")+`","request":"GET /cart HTTP/2.0",`+c.decoy(`"upstream_addr":"10.0.3.14:8080"`)+`}`+"\n"+
					`{"time":"2026-11-22T10:15:02Z","remote_addr":"`+c.secret("IPv6 remote_addr", "2a02:1210:5a1c:8f00:4d2e:91ab:7c3f:e210")+`","request":"GET /api/cart HTTP/2.0",`+c.decoy(`"app_version":"4.2.10.3"`)+`}`+"\n")
		}},
		{cat, "oidc-userinfo-given-family-birthdate", func(c *gcase) {
			c.get("https://id.acme.example/oidc/userinfo").resp("application/json",
				`{"sub":"248289761001","given_name":"`+c.secret("given_name", "Thorvald")+`","family_name":"`+c.secret("family_name", "Bjornstad")+`","preferred_username":"`+c.secret("preferred_username", "tbjornstad")+`","phone_number":"`+c.secret("phone_number E.164", "+4791234567")+`",`+c.decoy(`"zoneinfo":"Europe/Oslo"`)+`,`+c.decoy(`"locale":"nb-NO"`)+`}`)
		}},
		{cat, "saml-attribute-statement-mail", func(c *gcase) {
			a := `<saml:AttributeStatement><saml:Attribute Name="urn:oid:0.9.2342.19200300.100.1.3" FriendlyName="mail"><saml:AttributeValue>` + c.secret("SAML mail attribute value", "r.okonkwo@acme-corp.example") + `</saml:AttributeValue></saml:Attribute><saml:Attribute Name="displayName"><saml:AttributeValue>` + c.secret("SAML displayName attribute", "Rose Okonkwo") + `</saml:AttributeValue></saml:Attribute>` + c.decoy(`<saml:Attribute Name="eduPersonAffiliation"><saml:AttributeValue>staff</saml:AttributeValue></saml:Attribute>`) + `</saml:AttributeStatement>`
			c.post("https://sp.acme.example/saml/debug", "application/xml", `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">`+a+`</saml:Assertion>`)
		}},
		{cat, "mailto-and-tel-links-vs-git-ssh", func(c *gcase) {
			c.get("https://intranet.acme.example/people/42").resp("text/html",
				`<a href="mailto:`+c.secret("mailto: address", "priya.raghunathan@acme-corp.example")+`">Mail</a> <a href="tel:`+c.secret("tel: link", "+41445551234")+`">Call</a> <code>`+c.decoy("git clone git@github.com:acme/handbook.git")+`</code> <code>`+c.decoy("npm i @acme/ui@4.2.0")+`</code>`)
		}},
		{cat, "easyauth-client-principal-base64", func(c *gcase) {
			p := gB64(`{"auth_typ":"aad","claims":[{"typ":"preferred_username","val":"` + c.secret("email in x-ms-client-principal claims", "lukas.brenner@acme-corp.example") + `"},{"typ":"name","val":"` + c.secret("name in x-ms-client-principal claims", "Lukas Brenner") + `"}],"name_typ":"name"}`)
			c.get("https://app.acme.example/api/me").rh("X-MS-CLIENT-PRINCIPAL", p, "X-MS-CLIENT-PRINCIPAL-IDP", "aad", "X-ARR-SSL", c.decoy("2048|256|CN=Microsoft Azure RSA TLS Issuing CA 03"))
		}},
		{cat, "crm-contact-msisdn-and-recipient", func(c *gcase) {
			c.post("https://api.acme.example/v1/sms", "application/json", `{"msisdn":"`+c.secret("msisdn", "4917612345678")+`","recipientName":"`+c.secret("recipientName", "Hannelore Vogt")+`",`+c.decoy(`"template":"delivery_eta"`)+`,`+c.decoy(`"senderId":"ACME"`)+`}`)
		}},
		{cat, "client-ip-in-json-body-and-header", func(c *gcase) {
			ip := c.secret("user IP in a JSON body and True-Client-IP", "93.184.12.201")
			c.post("https://fraud.acme.example/v1/assess", "application/json", `{"clientIp":"`+ip+`",`+c.decoy(`"sdkVersion":"3.1.0.7"`)+`}`).rh("True-Client-IP", ip)
		}},
	}
}

// heldout2Open lists the cases of this corpus the engine does not handle
// yet, each with the reason. They are reported, not failed; any other leak
// or lost decoy fails the test, and so does an entry here that no longer
// leaks (the list only shrinks).
var heldout2Open = map[string]string{
	"lost 1.oidc/dpop-bound-access-token: eyJ7S_zG.eyJH0-Z.HX4w-7v": "a DPoP-Nonce (server nonce, not a credential) is redacted for its eyJ shape",
}
