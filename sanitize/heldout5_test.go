package sanitize

// A fifth held-out corpus for "Detection that generalizes" (issue 10),
// written without reading the engine and kept distinct from the earlier
// corpora: CDN and cloud-storage signed URLs and cookies (S3 SigV4
// presigned, CloudFront signed URLs and cookies, Azure SAS, GCS V4, Akamai
// EdgeAuth, Fastly), HLS and DASH manifests with tokenised URLs, realtime
// SDKs (Socket.IO/Engine.IO, SignalR, Pusher, Ably, Phoenix channels,
// Action Cable, STOMP), browser platform APIs (WebAuthn, Web Push and
// VAPID, Payment Request, service-worker queues), mobile and BaaS auth
// REST (Firebase identitytoolkit/securetoken, Supabase GoTrue, Auth0 SPA,
// Okta IDX, Cognito SRP, Azure AD B2C, Clerk, Stytch, Magic), fintech,
// health and government (Open Banking, Plaid, Stripe Connect, FHIR,
// Login.gov, eIDAS/itsme), and exports of Safari Web Inspector, Edge,
// Postman and Insomnia. It reuses the harness of generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"net/url"
	"sort"
	"strings"
	"testing"
)

func TestHeldout5Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 5", "heldout5Open", heldout5Cases(), heldout5Open)
}

func TestHeldout5CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout5Cases())
}

func heldout5Cases() []gdef {
	var all []gdef
	for _, f := range []func() []gdef{h5Names, h5Pairs, h5Unnamed, h5Carriers, h5Exporters, h5Everywhere, h5GraphQL, h5Vendors, h5Cards, h5Phrases, h5Personal} {
		all = append(all, f()...)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].cat < all[j].cat })
	return all
}

// h5JWT is an RS256 JWT with the given claims and a random 2048-bit signature.
func (c *gcase) h5JWT(claims string) string {
	return gB64u(`{"alg":"RS256","typ":"JWT","kid":"`+c.hexs(16)+`"}`) + "." + gB64u(claims) + "." + c.b64u(256)
}

// h5Pw is a realistic human password: a word, digits, a symbol, a word.
func (c *gcase) h5Pw() string {
	words := []string{"Copper", "Meadow", "Tundra", "Harbor", "Violet", "Basalt", "Cinder", "Otter", "Prism", "Sierra", "Willow", "Yarrow", "Nimbus", "Ember", "Fjord", "Gecko"}
	syms := "!#$%&*+-=?@^_~"
	return words[c.rng.IntN(len(words))] + c.digits(3) + string(syms[c.rng.IntN(len(syms))]) + words[c.rng.IntN(len(words))]
}

// h5NotLuhn is an n-digit number that is not Luhn-valid (a decoy).
func (c *gcase) h5NotLuhn(n int) string {
	for {
		s := "7" + c.digits(n-1)
		if !gLuhn(s) {
			return s
		}
	}
}

// h5Req adds a request with any method.
func (c *gcase) h5Req(method, u, mime, body string) *gent { return c.req(method, u, mime, body) }

// h5CFB64 is CloudFront's URL-safe base64 variant ('-' '~' '_' for '+' '/' '=').
func (c *gcase) h5CFB64(n int) string {
	return strings.NewReplacer("+", "-", "/", "~", "=", "_").Replace(c.b64s(n))
}

// h5Varint is a protobuf/SignalR length prefix.
func h5Varint(n int) []byte {
	var b []byte
	for n >= 0x80 {
		b = append(b, byte(n)|0x80)
		n >>= 7
	}
	return append(b, byte(n))
}

// h5MsgStr is a MessagePack string.
func h5MsgStr(s string) []byte {
	if len(s) < 32 {
		return append([]byte{0xa0 | byte(len(s))}, s...)
	}
	if len(s) < 256 {
		return append([]byte{0xd9, byte(len(s))}, s...)
	}
	return append([]byte{0xda, byte(len(s) >> 8), byte(len(s))}, s...)
}

// 1. Compound and vendor-specific names.
func h5Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "s3-sigv4-presigned-put", func(c *gcase) {
			sig := c.secret("X-Amz-Signature in presigned URL", c.hexs(64))
			st := c.secret("X-Amz-Security-Token in presigned URL", "IQoJb3JpZ2luX2VjE"+c.pick(gAlnum+"+/", 600)+"=")
			u := "https://acme-uploads.s3.eu-west-1.amazonaws.com/u/" + c.decoy("8c1f0e2a-report.pdf") + "?" + c.decoy("X-Amz-Algorithm=AWS4-HMAC-SHA256") +
				"&X-Amz-Credential=ASIA" + c.pick(gUpper+gDigits, 16) + "%2F20261122%2Feu-west-1%2Fs3%2Faws4_request&" + c.decoy("X-Amz-Date=20261122T101500Z") + "&" + c.decoy("X-Amz-Expires=900") +
				"&X-Amz-Security-Token=" + url.QueryEscape(st) + "&" + c.decoy("X-Amz-SignedHeaders=host") + "&X-Amz-Signature=" + sig
			c.h5Req("PUT", u, "application/pdf", "%PDF-1.7 binary").sh("ETag", c.decoy(`"`+c.hexs(32)+`"`), "x-amz-request-id", c.decoy(c.pick(gUpper+gDigits, 16)))
		}},
		{cat, "amplify-sigv4-authorization-header", func(c *gcase) {
			c.get("https://abc123def4.execute-api.eu-west-1.amazonaws.com/prod/orders?"+c.decoy("status=open")).
				rh("Authorization", "AWS4-HMAC-SHA256 Credential=ASIA"+c.pick(gUpper+gDigits, 16)+"/20261122/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature="+c.secret("SigV4 Signature= inside Authorization", c.hexs(64)),
					"X-Amz-Date", c.decoy("20261122T101500Z"), "X-Amz-Security-Token", c.secret("X-Amz-Security-Token header (Cognito identity creds)", "IQoJb3JpZ2luX2VjE"+c.pick(gAlnum+"+/", 500)+"=="),
					"x-amz-content-sha256", c.decoy("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"), "x-amz-user-agent", c.decoy("aws-amplify/6.6.4 api/1 framework/1"))
		}},
		{cat, "cloudfront-canned-signed-url", func(c *gcase) {
			c.get("https://d1a2b3c4d5e6f7.cloudfront.net/videos/" + c.decoy("intro-1080p.mp4") + "?" + c.decoy("Expires=1700003600") + "&Signature=" + c.secret("CloudFront Signature (modified base64)", c.h5CFB64(128)) + "&" + c.decoy("Key-Pair-Id=K2JCJMDEHXQW5F"))
		}},
		{cat, "cloudfront-signed-cookie-values-in-json", func(c *gcase) {
			pol := gB64(`{"Statement":[{"Resource":"https://media.acme.example/*","Condition":{"DateLessThan":{"AWS:EpochTime":1700003600}}}]}`)
			c.get("https://api.acme.example/v1/media/cookies").resp("application/json",
				`{"cookies":{"CloudFront-Policy":"`+strings.NewReplacer("+", "-", "/", "~", "=", "_").Replace(pol)+`","CloudFront-Signature":"`+c.secret("CloudFront-Signature member", c.h5CFB64(128))+`","CloudFront-Key-Pair-Id":"`+c.decoy("APKA2JXHY5IKQ3M7VOTE")+`"},`+c.decoy(`"domain":".media.acme.example"`)+`}`)
		}},
		{cat, "azure-service-sas-blob-put", func(c *gcase) {
			c.h5Req("PUT", "https://acmefiles.blob.core.windows.net/inbox/"+c.decoy("invoice-2026-11.pdf")+"?"+c.decoy("sv=2023-11-03")+"&se=2026-11-22T11%3A15%3A00Z&"+c.decoy("sr=b")+"&"+c.decoy("sp=cw")+"&sig="+url.QueryEscape(c.secret("Azure SAS sig", c.b64s(32))), "application/pdf", "%PDF-1.4").
				rh("x-ms-blob-type", c.decoy("BlockBlob"), "x-ms-version", "2023-11-03", "x-ms-client-request-id", c.decoy(c.uuid())).
				sh("x-ms-request-id", c.decoy(c.uuid()), "Content-MD5", c.decoy(c.b64s(16)))
		}},
		{cat, "gcs-v4-signed-url", func(c *gcase) {
			c.get("https://storage.googleapis.com/acme-exports/" + c.decoy("2026/11/export-000017.csv.gz") + "?" + c.decoy("X-Goog-Algorithm=GOOG4-RSA-SHA256") + "&X-Goog-Credential=exporter%40acme-prod.iam.gserviceaccount.com%2F20261122%2Fauto%2Fstorage%2Fgoog4_request&" + c.decoy("X-Goog-Date=20261122T101500Z") + "&X-Goog-Expires=600&X-Goog-SignedHeaders=host&X-Goog-Signature=" + c.secret("X-Goog-Signature (512 hex)", c.hexs(512)))
		}},
		{cat, "akamai-hdnts-and-fastly-key", func(c *gcase) {
			c.get("https://live.acme.example/hls/master.m3u8?hdnts=st%3D1700000000~exp%3D1700003600~acl%3D%2Fhls%2F*~hmac%3D" + c.secret("Akamai EdgeAuth hmac inside hdnts", c.hexs(64)) + "&" + c.decoy("bitrate=4500"))
			c.post("https://api.fastly.com/service/"+c.decoy("SU1Z0isxPaozGVKXdv0eY")+"/purge/"+c.decoy("product-42"), "", "").
				rh("Fastly-Key", c.secret("Fastly-Key header", c.pick(gB64uAlpha, 32)), "Fastly-Soft-Purge", c.decoy("1")).
				resp("application/json", `{"status":"ok","id":"`+c.decoy("108-1700000000-2314511")+`"}`)
		}},
		{cat, "auth0-spa-pkce-verifier-vs-challenge", func(c *gcase) {
			client := gB64(`{"name":"auth0-spa-js","version":"2.1.3"}`)
			c.get("https://acme.eu.auth0.com/authorize?client_id=" + c.decoy("Xq8mN2pL5vR7tY9wZ1aB3cD4eF6gH0jK") + "&" + c.decoy("scope=openid%20profile%20email%20offline_access") + "&redirect_uri=https%3A%2F%2Fapp.acme.example&response_type=code&response_mode=query&state=" + c.pick(gB64uAlpha, 43) + "&nonce=" + c.pick(gB64uAlpha, 43) + "&code_challenge=" + c.decoy(c.pick(gB64uAlpha, 43)) + "&" + c.decoy("code_challenge_method=S256") + "&auth0Client=" + url.QueryEscape(client))
			c.post("https://acme.eu.auth0.com/oauth/token", "application/json", `{"client_id":"Xq8mN2pL5vR7tY9wZ1aB3cD4eF6gH0jK","code_verifier":"`+c.secret("PKCE code_verifier (JSON)", c.pick(gB64uAlpha, 43))+`","grant_type":"authorization_code","code":"`+c.secret("authorization code (JSON)", c.pick(gB64uAlpha, 43))+`","redirect_uri":"https://app.acme.example"}`).
				rh("Auth0-Client", client).
				resp("application/json", `{"access_token":"`+c.secret("Auth0 access_token (JWE)", "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.."+c.pick(gB64uAlpha, 16)+"."+c.pick(gB64uAlpha, 300)+"."+c.pick(gB64uAlpha, 22))+`","refresh_token":"`+c.secret("Auth0 refresh_token (v1.)", "v1."+c.pick(gB64uAlpha, 130))+`",`+c.decoy(`"expires_in":86400`)+`,"token_type":"Bearer"}`)
		}},
		{cat, "socketio-v4-auth-packet", func(c *gcase) {
			c.get("wss://rt.acme.example/socket.io/?"+c.decoy("EIO=4")+"&transport=websocket").code(101).
				wsMsg("receive", 1, `0{"sid":"`+c.pick(gB64uAlpha, 20)+`","upgrades":[],`+c.decoy(`"pingInterval":25000`)+`,"pingTimeout":20000,"maxPayload":1000000}`).
				wsMsg("send", 1, `40{"authToken":"`+c.secret("Socket.IO CONNECT auth.authToken", c.alnum(40))+`","deviceId":"`+c.decoy(c.uuid())+`"}`).
				wsMsg("send", 1, `42["subscribe",{"room":"`+c.decoy("orders:eu-west")+`","jwt":"`+c.secret("Socket.IO event payload jwt", c.h5JWT(`{"sub":"u_4812","exp":1700003600}`))+`"}]`)
		}},
		{cat, "signalr-negotiate-connection-token", func(c *gcase) {
			c.post("https://hub.acme.example/chathub/negotiate?"+c.decoy("negotiateVersion=1"), "text/plain;charset=UTF-8", "").
				resp("application/json", `{"negotiateVersion":1,"connectionId":"`+c.pick(gB64uAlpha, 22)+`","connectionToken":"`+c.secret("SignalR connectionToken", c.pick(gB64uAlpha, 22))+`","availableTransports":[{"transport":"WebSockets","transferFormats":["Text","Binary"]},`+c.decoy(`{"transport":"LongPolling","transferFormats":["Text","Binary"]}`)+`]}`)
			c.post("https://hub.acme.example/notify/negotiate?negotiateVersion=1", "text/plain;charset=UTF-8", "").
				resp("application/json", `{"url":"https://acme.service.signalr.net/client/?hub=notify&asrs.op=%2Fnotify&negotiateVersion=1","accessToken":"`+c.secret("Azure SignalR redirect accessToken", c.h5JWT(`{"aud":"https://acme.service.signalr.net/client/?hub=notify","exp":1700003600}`))+`"}`)
		}},
		{cat, "laravel-echo-pusher-private-channel", func(c *gcase) {
			key := "a1b2c3d4e5f6a7b8c9d0"
			sig := c.secret("Pusher channel auth signature (key:hmac)", key+":"+c.hexs(64))
			c.post("https://app.acme.example/broadcasting/auth", "application/x-www-form-urlencoded", c.decoy("socket_id=123456.7890123")+"&channel_name=private-App.Models.User.42").
				rh("X-CSRF-TOKEN", c.secret("Laravel X-CSRF-TOKEN", c.alnum(40)), "X-Socket-ID", "123456.7890123").
				resp("application/json", `{"auth":"`+sig+`"}`)
			c.get("wss://ws-eu.pusher.com/app/"+key+"?protocol=7&client=js&"+c.decoy("version=8.4.0")+"&flash=false").code(101).
				wsMsg("send", 1, `{"event":"pusher:subscribe","data":{"auth":"`+sig+`","channel":"`+c.decoy("private-App.Models.User.42")+`"}}`)
		}},
		{cat, "ably-token-request-mac", func(c *gcase) {
			c.post("https://rest.ably.io/keys/"+c.decoy("xVLyHw.A-pwh7w")+"/requestToken", "application/json",
				`{"keyName":"xVLyHw.A-pwh7w","ttl":3600000,"capability":"{\"*\":[\"subscribe\"]}","clientId":"`+c.decoy("user-4812")+`","timestamp":1700000000000,"nonce":"`+c.hexs(16)+`","mac":"`+c.secret("Ably TokenRequest mac", c.b64s(32))+`"}`).
				resp("application/json", `{"token":"`+c.secret("Ably token", "xVLyHw."+c.pick(gB64uAlpha, 120))+`","keyName":"xVLyHw.A-pwh7w","issued":1700000000000,`+c.decoy(`"expires":1700003600000`)+`}`)
		}},
		{cat, "phoenix-socket-guardian-token", func(c *gcase) {
			ut := c.secret("Phoenix.Token in socket URL ?token=", "SFMyNTY."+gB64u("g2gDbQAAAAd1c2VyOjQybgYA"+c.pick(gAlnum, 20))+"."+c.pick(gB64uAlpha, 43))
			c.get("wss://app.acme.example/socket/websocket?token="+ut+"&"+c.decoy("vsn=2.0.0")).code(101).
				wsMsg("send", 1, `["3","3","user:42","phx_join",{"guardian_token":"`+c.secret("Phoenix phx_join guardian_token", c.h5JWT(`{"aud":"acme","sub":"User:42","typ":"access","exp":1700003600}`))+`"}]`).
				wsMsg("receive", 1, `["3","3","user:42","phx_reply",{"response":{},`+c.decoy(`"status":"ok"`)+`}]`)
		}},
		{cat, "stomp-connect-passcode", func(c *gcase) {
			c.get("wss://mq.acme.example:15673/ws").rh("Sec-WebSocket-Protocol", "v12.stomp, v11.stomp").code(101).
				wsMsg("send", 1, "CONNECT\n"+c.decoy("accept-version:1.2,1.1")+"\nhost:/\nlogin:webapp\npasscode:"+c.secret("STOMP CONNECT passcode header", c.h5Pw())+"\n"+c.decoy("heart-beat:10000,10000")+"\n\n\x00").
				wsMsg("receive", 1, "CONNECTED\n"+c.decoy("server:RabbitMQ/3.13.2")+"\nsession:session-"+c.pick(gB64uAlpha, 22)+"\nheart-beat:10000,10000\nversion:1.2\n\n\x00")
		}},
	}
}

// 2. Pairs spelled as data.
func h5Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "postman-collection-auth-arrays", func(c *gcase) {
			c.h5Req("PUT", "https://api.getpostman.com/collections/"+c.decoy("12345678-9abc-4def-a012-3456789abcde"), "application/json",
				`{"collection":{"info":{"name":"Payments API","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"auth":{"type":"bearer","bearer":[{"key":"token","value":"`+c.secret("Postman auth.bearer[key=token].value", c.alnum(48))+`","type":"string"}]},"item":[{"name":"List","request":{"auth":{"type":"apikey","apikey":[{"key":"value","value":"`+c.secret("Postman auth.apikey[key=value].value", c.pick(gB64uAlpha, 40))+`","type":"string"},{"key":"key",`+c.decoy(`"value":"X-Api-Key"`)+`,"type":"string"}]},"method":"GET","url":"{{baseUrl}}/v1/payments"}}],"variable":[{"key":"baseUrl",`+c.decoy(`"value":"https://api.acme.example"`)+`}]}}`).
				rh("X-Api-Key", c.secret("Postman API key header (PMAK-)", "PMAK-"+c.hexs(24)+"-"+c.hexs(34)))
		}},
		{cat, "postman-environment-values", func(c *gcase) {
			c.post("https://api.getpostman.com/environments", "application/json",
				`{"environment":{"name":"prod","values":[{"key":"client_secret","value":"`+c.secret("Postman env values[key=client_secret]", c.pick(gB64uAlpha, 64))+`","type":"secret","enabled":true},{"key":"refresh","value":"`+c.secret("Postman env values[key=refresh] machine value", c.alnum(56))+`","type":"default","enabled":true},{"key":"tenant",`+c.decoy(`"value":"acme-prod"`)+`,"type":"default","enabled":true}]}}`)
		}},
		{cat, "insomnia-export-resources", func(c *gcase) {
			c.post("https://api.insomnia.rest/v1/organizations/org_1/sync", "application/json",
				`{"_type":"export","__export_format":4,"__export_source":"insomnia.desktop.app:v10.1.1","resources":[{"_id":"`+c.decoy("req_6a1f2b3c4d5e4f60")+`","_type":"request","method":"GET","url":"https://api.acme.example/v1/ledger","headers":[{"name":"X-Auth-Token","value":"`+c.secret("Insomnia headers[name=X-Auth-Token].value", c.alnum(40))+`"},{"name":"Accept",`+c.decoy(`"value":"application/json"`)+`}],"authentication":{"type":"basic","username":"svc","password":"`+c.secret("Insomnia authentication.password", c.h5Pw())+`"}},{"_id":"env_1","_type":"environment","data":{"signingKey":"`+c.secret("Insomnia environment data.signingKey", c.alnum(44))+`","region":"eu"}}]}`)
		}},
		{cat, "cognito-signup-user-attributes", func(c *gcase) {
			c.post("https://cognito-idp.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1",
				`{"ClientId":"`+c.decoy("4f7k2m9p1q3r5s7t9v1w3x5z7b")+`","Username":"lreyes","Password":"`+c.secret("Cognito SignUp Password", c.h5Pw())+`","UserAttributes":[{"Name":"email","Value":"`+c.secret("Cognito UserAttributes email", "lucia.reyes@acme-corp.example")+`"},{"Name":"custom:api_secret","Value":"`+c.secret("Cognito UserAttributes custom:api_secret", c.alnum(40))+`"},{"Name":"locale",`+c.decoy(`"Value":"es-ES"`)+`}],"ValidationData":null}`).
				rh("X-Amz-Target", c.decoy("AWSCognitoIdentityProviderService.SignUp"))
		}},
		{cat, "okta-idx-identify-with-passcode", func(c *gcase) {
			sh := c.secret("Okta IDX stateHandle", "02."+c.pick(gB64uAlpha, 10)+"."+c.pick(gB64uAlpha, 48))
			c.post("https://acme.okta.com/idp/idx/introspect", "application/ion+json; okta-version=1.0.0", `{"stateToken":"`+c.secret("Okta stateToken in introspect", "00"+c.pick(gB64uAlpha, 40))+`"}`).
				resp("application/ion+json", `{"version":"1.0.0","stateHandle":"`+sh+`","remediation":{"type":"array","value":[{"rel":["create-form"],"name":"identify","value":[{"name":"identifier",`+c.decoy(`"label":"Username"`)+`},{"name":"credentials","form":{"value":[{"name":"passcode",`+c.decoy(`"label":"Password"`)+`,"secret":true}]}}]}]}}`)
			c.post("https://acme.okta.com/idp/idx/identify", "application/json", `{"identifier":"`+c.secret("Okta IDX identifier (e-mail)", "m.lindqvist@acme-corp.example")+`","credentials":{"passcode":"`+c.secret("Okta IDX credentials.passcode", c.h5Pw())+`"},"stateHandle":"`+sh+`"}`)
		}},
		{cat, "fhir-parameters-name-valuestring", func(c *gcase) {
			c.post("https://fhir.acme-health.example/r4/$register-app", "application/fhir+json",
				`{"resourceType":"Parameters","parameter":[{"name":"client_secret","valueString":"`+c.secret("FHIR Parameters client_secret valueString", c.pick(gB64uAlpha, 48))+`"},{"name":"patient","valueReference":{`+c.decoy(`"reference":"Patient/908172"`)+`}},{"name":"one-time-password","valueString":"`+c.secret("FHIR Parameters one-time-password", c.alnum(12))+`"},{"name":"scope",`+c.decoy(`"valueString":"patient/*.read launch/patient"`)+`}]}`)
		}},
		{cat, "firestore-typed-string-values", func(c *gcase) {
			c.h5Req("PATCH", "https://firestore.googleapis.com/v1/projects/acme-prod/databases/(default)/documents/integrations/slack?"+c.decoy("updateMask.fieldPaths=channel"), "application/json",
				`{"fields":{"webhookSecret":{"stringValue":"`+c.secret("Firestore fields.webhookSecret.stringValue", c.hexs(64))+`"},"channel":{`+c.decoy(`"stringValue":"C04ABCDEF12"`)+`},"refresh":{"stringValue":"`+c.secret("Firestore fields.refresh.stringValue (machine)", c.pick(gB64uAlpha, 60))+`"},"enabled":{"booleanValue":true}}}`).
				rh("Authorization", "Bearer "+c.secret("Google OAuth access token ya29.", "ya29.a0Ad52N3"+c.pick(gB64uAlpha, 150)))
		}},
		{cat, "workbox-queue-header-tuples", func(c *gcase) {
			c.post("https://app.acme.example/sw-diagnostics", "application/json",
				`{"queue":"api-queue","entries":[{"url":"https://api.acme.example/v1/cart","method":"POST","headers":[["authorization","Bearer `+c.secret("header tuple [authorization, Bearer X]", c.alnum(44))+`"],["x-app-version",`+c.decoy(`"4.12.0"`)+`],["x-session-key","`+c.secret("header tuple [x-session-key, X]", c.hexs(40))+`"]],"timestamp":`+c.decoy("1700000000123")+`}]}`)
		}},
		{cat, "azure-user-delegation-key-xml", func(c *gcase) {
			c.post("https://acmefiles.blob.core.windows.net/?restype=service&comp=userdelegationkey", "application/xml", `<?xml version="1.0" encoding="utf-8"?><KeyInfo><Start>2026-11-22T10:15:00Z</Start><Expiry>2026-11-22T11:15:00Z</Expiry></KeyInfo>`).
				resp("application/xml", `<?xml version="1.0" encoding="utf-8"?><UserDelegationKey><SignedOid>`+c.decoy(c.uuid())+`</SignedOid><SignedTid>`+c.decoy(c.uuid())+`</SignedTid><SignedStart>2026-11-22T10:15:00Z</SignedStart><SignedExpiry>2026-11-22T11:15:00Z</SignedExpiry><SignedService>b</SignedService>`+c.decoy(`<SignedVersion>2023-11-03</SignedVersion>`)+`<Value>`+c.secret("UserDelegationKey/Value", c.b64s(32))+`</Value></UserDelegationKey>`)
		}},
		{cat, "plaid-link-credential-inputs", func(c *gcase) {
			c.post("https://production.plaid.com/link/workflow/credentials/submit", "application/json",
				`{"link_session_id":"`+c.decoy(c.uuid())+`","institution_id":"`+c.decoy("ins_109508")+`","inputs":[{"id":"username","value":"lreyes84"},{"id":"password","value":"`+c.secret("Plaid inputs[id=password].value", c.h5Pw())+`"},{"id":"security_answer","value":"`+c.secret("Plaid inputs[id=security_answer].value", "Valparaiso1999")+`"}]}`)
		}},
		{cat, "auth0-actions-secrets-array", func(c *gcase) {
			c.h5Req("PATCH", "https://acme.eu.auth0.com/api/v2/actions/actions/"+c.decoy(c.uuid()), "application/json",
				`{"name":"enrich-profile","secrets":[{"name":"CRM_TOKEN","value":"`+c.secret("Auth0 action secrets[name=CRM_TOKEN].value", c.alnum(40))+`"},{"name":"REGION","value":"eu-central-1"}],`+c.decoy(`"runtime":"node18"`)+`}`).
				rh("Authorization", "Bearer "+c.secret("Auth0 Management API token", c.h5JWT(`{"iss":"https://acme.eu.auth0.com/","aud":"https://acme.eu.auth0.com/api/v2/","scope":"update:actions","gty":"client-credentials"}`)))
		}},
		{cat, "ory-kratos-ui-nodes-echo", func(c *gcase) {
			c.post("https://auth.acme.example/self-service/login?flow="+c.decoy(c.uuid()), "application/json", `{"method":"password","identifier":"op","password":"x","csrf_token":"y"}`).code(400).
				resp("application/json", `{"ui":{"action":"https://auth.acme.example/self-service/login","method":"POST","nodes":[{"type":"input","group":"default","attributes":{"name":"csrf_token","type":"hidden","value":"`+c.secret("Kratos node csrf_token value", c.b64s(64))+`"}},{"type":"input","group":"password","attributes":{"name":"password","type":"password","value":"`+c.secret("Kratos node type=password value echoed", c.h5Pw())+`"}},{"type":"input","group":"default","attributes":{"name":"identifier","type":"text",`+c.decoy(`"autocomplete":"username"`)+`}}]}}`)
		}},
	}
}

// 3. Unnamed machine credentials by shape.
func h5Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "socketio-positional-event-argument", func(c *gcase) {
			c.get("wss://rt.acme.example/socket.io/?EIO=4&transport=websocket").code(101).
				wsMsg("send", 1, `42["authenticate","`+c.secret("Socket.IO positional argument after event name", c.alnum(40))+`"]`).
				wsMsg("send", 1, `42["join",`+c.decoy(`"room-42"`)+`]`)
		}},
		{cat, "signalr-invocation-arguments", func(c *gcase) {
			c.get("wss://hub.acme.example/chathub?id="+c.pick(gB64uAlpha, 22)).code(101).
				wsMsg("send", 1, `{"protocol":"json","version":1}`+"\x1e").
				wsMsg("send", 1, `{"type":1,"invocationId":"1",`+c.decoy(`"target":"Authenticate"`)+`,"arguments":["`+c.secret("SignalR invocation argument[0]", c.pick(gB64uAlpha, 48))+`","lobby"]}`+"\x1e")
		}},
		{cat, "webpush-subscription-endpoint-and-keys", func(c *gcase) {
			c.post("https://app.acme.example/api/push/subscribe", "application/json",
				`{"endpoint":"https://updates.push.services.mozilla.com/wpush/v2/`+c.secret("autopush endpoint capability path", "gAAAAAB"+c.pick(gB64uAlpha, 180))+`","expirationTime":null,"keys":{"p256dh":"`+c.decoy("B"+c.pick(gB64uAlpha, 86))+`","auth":"`+c.secret("Web Push keys.auth", c.b64u(16))+`"}}`)
		}},
		{cat, "hls-key-uri-path-token", func(c *gcase) {
			c.get("https://vod.acme.example/v/"+c.decoy("a7f3e2")+"/720p/index.m3u8").resp("application/vnd.apple.mpegurl",
				"#EXTM3U\n#EXT-X-VERSION:3\n"+c.decoy("#EXT-X-TARGETDURATION:6")+"\n#EXT-X-MEDIA-SEQUENCE:1742\n#EXT-X-KEY:METHOD=AES-128,URI=\"https://keys.acme.example/hls/k/"+c.secret("HLS EXT-X-KEY URI path token", c.alnum(40))+"/1700003600\",IV=0x"+c.decoy(c.hexs(32))+"\n#EXTINF:6.006,\n"+c.decoy("seg-01742.ts")+"\n#EXT-X-ENDLIST\n")
		}},
		{cat, "dash-baseurl-path-token", func(c *gcase) {
			c.get("https://vod.acme.example/v/b81c/manifest.mpd").resp("application/dash+xml",
				`<?xml version="1.0"?><MPD xmlns="urn:mpeg:dash:schema:mpd:2011" xmlns:cenc="urn:mpeg:cenc:2013" type="static" mediaPresentationDuration="PT10M2S"><BaseURL>https://cdn.acme.example/t/`+c.secret("DASH BaseURL path token", c.b64u(32))+`/vod/b81c/</BaseURL><Period><AdaptationSet mimeType="video/mp4"><ContentProtection schemeIdUri="urn:mpeg:dash:mp4protection:2011" value="cenc" cenc:default_KID="`+c.decoy(c.uuid())+`"/><SegmentTemplate media="`+c.decoy("chunk-$RepresentationID$-$Number%05d$.m4s")+`" initialization="init-$RepresentationID$.m4s" timescale="90000"/></AdaptationSet></Period></MPD>`)
		}},
		{cat, "auth0-reset-ticket-and-django-reset-path", func(c *gcase) {
			c.get("https://acme.eu.auth0.com/lo/reset?ticket=" + c.secret("Auth0 reset ticket", c.alnum(32)) + "#")
			c.get("https://portal.acme.example/accounts/reset/" + c.decoy("MTIz") + "/" + c.secret("Django password reset token path segment", "cd3x9k-"+c.hexs(32)) + "/")
		}},
		{cat, "cdn-response-identifiers-only", func(c *gcase) {
			c.get("https://acme-assets.s3.amazonaws.com/app/"+c.decoy("main.4e1f9c2a.js")).
				sh("x-amz-id-2", c.decoy(c.b64s(57)), "x-amz-request-id", c.decoy(c.pick(gUpper+gDigits, 16)), "x-amz-version-id", c.decoy(c.pick(gAlnum+"._", 32)),
					"x-goog-hash", c.decoy("crc32c="+c.b64s(4)+",md5="+c.b64s(16)), "x-goog-generation", c.decoy("1700000000123457"),
					"X-Served-By", c.decoy("cache-fra-eddf8230100-FRA"), "X-Timer", c.decoy("S1700000000.123456,VS0,VE1"), "CF-Ray", c.decoy(c.hexs(16)+"-FRA"),
					"x-ms-request-id", c.decoy(c.uuid()), "Content-MD5", c.decoy(c.b64s(16)), "Fastly-Debug-Digest", c.decoy(c.hexs(64)))
		}},
		{cat, "webauthn-registration-public-material", func(c *gcase) {
			cid := c.pick(gB64uAlpha, 43)
			cd := gB64u(`{"type":"webauthn.create","challenge":"` + c.pick(gB64uAlpha, 43) + `","origin":"https://app.acme.example","crossOrigin":false}`)
			c.post("https://app.acme.example/webauthn/register/finish", "application/json",
				`{"id":"`+c.decoy(cid)+`","rawId":"`+cid+`","type":"public-key","response":{"clientDataJSON":"`+cd+`","attestationObject":"o2NmbXRkbm9uZWdhdHRTdG10oGhhdXRoRGF0YVjF`+c.pick(gB64uAlpha, 200)+`",`+c.decoy(`"transports":["hybrid","internal"]`)+`,"publicKey":"`+c.decoy("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE"+c.pick(gB64uAlpha, 87))+`","publicKeyAlgorithm":-7},"authenticatorAttachment":"platform","clientExtensionResults":{"credProps":{"rk":true}}}`).
				resp("application/json", `{"verified":true,"sessionJwt":"`+c.secret("session JWT issued after WebAuthn registration", c.h5JWT(`{"sub":"u_1","amr":["webauthn"],"exp":1700003600}`))+`"}`)
		}},
		{cat, "ably-message-opaque-data", func(c *gcase) {
			c.get("wss://realtime.ably.io/?key=&accessToken=&format=json&"+c.decoy("heartbeats=true")).code(101).
				wsMsg("receive", 1, `{"action":15,"channel":"`+c.decoy("private:handoff")+`","messages":[{"id":"`+c.decoy("Hn2vA0tQzk:0:0")+`","name":"handoff","data":"`+c.secret("opaque message data (machine value, name handoff)", c.b64s(33))+`","timestamp":1700000000123}]}`)
		}},
		{cat, "magic-link-query-handles", func(c *gcase) {
			c.get("https://app.acme.example/authenticate?" + c.decoy("stytch_token_type=magic_links") + "&token=" + c.secret("Stytch magic link token", c.pick(gB64uAlpha, 44)))
			c.get("https://auth.magic.link/confirm?ct=" + c.secret("Magic confirm ct= (opaque)", c.pick(gB64uAlpha, 64)) + "&" + c.decoy("e=production") + "&" + c.decoy("locale=en_US"))
		}},
		{cat, "b2c-csrf-and-tx-in-api-path", func(c *gcase) {
			c.post("https://acme.b2clogin.com/acme.onmicrosoft.com/B2C_1_signupsignin/SelfAsserted?tx=StateProperties="+c.secret("B2C tx StateProperties (opaque)", gB64u(`{"TID":"`+c.uuid()+`","K":"`+c.b64u(24)+`"}`))+"&"+c.decoy("p=B2C_1_signupsignin"), "application/x-www-form-urlencoded; charset=UTF-8",
				"request_type=RESPONSE&signInName=ayla&password="+url.QueryEscape(c.secret("B2C SelfAsserted password", c.h5Pw()))).
				rh("X-CSRF-TOKEN", c.secret("B2C X-CSRF-TOKEN", gB64(c.alnum(40))), "X-Requested-With", c.decoy("XMLHttpRequest"))
		}},
	}
}

// 4. Carriers and stacked encodings.
func h5Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "engineio-polling-packets", func(c *gcase) {
			c.post("https://rt.acme.example/socket.io/?EIO=4&"+c.decoy("transport=polling")+"&t=OxA1b2C&sid="+c.pick(gB64uAlpha, 20), "text/plain;charset=UTF-8",
				`40{"token":"`+c.secret("token in Engine.IO polling CONNECT packet", c.h5JWT(`{"sub":"u_77","exp":1700003600}`))+`"}`+"\x1e"+`42["auth",{"password":"`+c.secret("password in second \\x1e-separated packet", c.h5Pw())+`"}]`).
				resp("text/plain", "ok")
		}},
		{cat, "signalr-messagepack-binary-frame", func(c *gcase) {
			tok := c.secret("accessToken inside MessagePack binary frame", c.alnum(48))
			var m []byte
			m = append(m, 0x96, 0x01, 0x80, 0xc0)
			m = append(m, h5MsgStr("Authenticate")...)
			m = append(m, 0x91, 0x81)
			m = append(m, h5MsgStr("accessToken")...)
			m = append(m, h5MsgStr(tok)...)
			m = append(m, 0x90)
			frame := append(h5Varint(len(m)), m...)
			c.get("wss://hub.acme.example/chathub?id="+c.pick(gB64uAlpha, 22)).code(101).
				wsMsg("send", 1, `{"protocol":"messagepack","version":1}`+"\x1e").
				wsMsg("send", 2, gB64(string(frame)))
		}},
		{cat, "stomp-over-sockjs-array", func(c *gcase) {
			c.get("wss://mq.acme.example/stomp/"+c.decoy("482")+"/"+c.pick(gLower+gDigits, 8)+"/websocket").code(101).
				wsMsg("receive", 1, "o").
				wsMsg("send", 1, gJS([]string{"CONNECT\naccept-version:1.2\nlogin:svc-web\npasscode:" + c.secret("STOMP passcode inside SockJS JSON array", c.h5Pw()) + "\nheart-beat:0,0\n\n\x00"})).
				wsMsg("receive", 1, "a"+gJS([]string{"CONNECTED\nversion:1.2\n" + c.decoy("server:ActiveMQ-Artemis/2.37.0") + "\n\n\x00"}))
		}},
		{cat, "actioncable-identifier-json-in-json", func(c *gcase) {
			ident := gJS(map[string]string{"channel": "NotificationsChannel", "api_token": c.secret("api_token inside Action Cable identifier string", c.alnum(32))})
			turbo := gJS(map[string]string{"channel": "Turbo::StreamsChannel", "signed_stream_name": c.secret("Turbo signed_stream_name (base64--hmac)", gB64(`"`+gB64("gid://acme/User/42")+`"`)+"--"+c.hexs(40))})
			c.get("wss://app.acme.example/cable").rh("Sec-WebSocket-Protocol", "actioncable-v1-json, actioncable-unsupported").code(101).
				wsMsg("receive", 1, `{"type":"welcome"}`).
				wsMsg("send", 1, gJS(map[string]string{"command": "subscribe", "identifier": ident})).
				wsMsg("send", 1, gJS(map[string]string{"command": "subscribe", "identifier": turbo})).
				wsMsg("receive", 1, `{"type":"ping",`+c.decoy(`"message":1700000000`)+`}`)
		}},
		{cat, "hls-master-variant-query-tokens", func(c *gcase) {
			tok := c.secret("token= in HLS variant URIs", c.pick(gB64uAlpha, 43))
			c.get("https://live.acme.example/ch/7/master.m3u8").resp("application/x-mpegURL",
				"#EXTM3U\n#EXT-X-INDEPENDENT-SEGMENTS\n"+c.decoy("#EXT-X-STREAM-INF:BANDWIDTH=5000000,RESOLUTION=1920x1080,CODECS=\"avc1.640028,mp4a.40.2\"")+"\n1080p/index.m3u8?token="+tok+"&expires=1700003600\n#EXT-X-STREAM-INF:BANDWIDTH=1400000,RESOLUTION=842x480\n480p/index.m3u8?token="+tok+"&expires=1700003600\n")
		}},
		{cat, "dash-location-akamai-token-entities", func(c *gcase) {
			c.get("https://live.acme.example/ch/9/manifest.mpd").resp("application/dash+xml",
				`<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" type="dynamic" `+c.decoy(`minimumUpdatePeriod="PT2S"`)+`><Location>https://live.acme.example/ch/9/manifest.mpd?__token__=exp=1700003600~acl=/ch/9/*~hmac=`+c.secret("Akamai __token__ hmac in DASH Location", c.hexs(64))+`&amp;`+c.decoy("cdn=ak")+`</Location><Period id="p0"/></MPD>`)
		}},
		{cat, "azure-sas-url-inside-json", func(c *gcase) {
			c.post("https://api.acme.example/v1/uploads", "application/json", `{"name":"scan.png","size":48211}`).
				resp("application/json", `{"uploadUrl":"https://acmefiles.blob.core.windows.net/inbox/`+c.decoy("9f2e1d0c.png")+`?sv=2023-11-03&st=2026-11-22T10%3A10%3A00Z&se=2026-11-22T10%3A25%3A00Z&sr=b&sp=cw&sig=`+url.QueryEscape(c.secret("SAS sig inside a JSON uploadUrl", c.b64s(32)))+`",`+c.decoy(`"blobName":"inbox/9f2e1d0c.png"`)+`}`)
		}},
		{cat, "okta-widget-js-hex-escaped-statetoken", func(c *gcase) {
			a, b := c.pick(gAlnum, 20), c.pick(gAlnum, 20)
			c.secret("Okta stateToken with \\x2D escapes in login page", "00"+a+"-"+b)
			c.get("https://acme.okta.com/oauth2/v1/authorize?client_id=0oa1b2c3d4E5f6G7h8i9&response_type=code").resp("text/html",
				`<html><head><script type="text/javascript">var stateToken = '00`+a+`\x2D`+b+`';var okta = {locale: 'en', deviceFingerprintingEnabled: true, `+c.decoy(`widgetVersion: '7.25.1'`)+`};</script></head><body></body></html>`)
		}},
		{cat, "b2c-settings-script-csrf", func(c *gcase) {
			c.get("https://acme.b2clogin.com/acme.onmicrosoft.com/b2c_1_signin/oauth2/v2.0/authorize?client_id="+c.uuid()).resp("text/html",
				`<!DOCTYPE html><html><head><script>var SETTINGS = {"remoteResource":"https://acme.b2clogin.com/static/unified.html","hosts":{"tenant":"/acme.onmicrosoft.com/B2C_1_signin","policy":"B2C_1_signin"},"csrf":"`+c.secret("B2C SETTINGS.csrf in inline script", gB64(c.alnum(60)))+`",`+c.decoy(`"api":"CombinedSigninAndSignup"`)+`,"pageMode":0};</script></head></html>`)
		}},
		{cat, "form-post-response-mode-html", func(c *gcase) {
			c.post("https://login.acme.example/oauth2/authorize", "application/x-www-form-urlencoded", "client_id=portal&response_mode=form_post").resp("text/html",
				`<html><body onload="document.forms[0].submit()"><form method="POST" action="https://portal.acme.example/signin-oidc"><input type="hidden" name="code" value="`+c.secret("code in form_post hidden input", c.pick(gB64uAlpha, 60))+`"/><input type="hidden" name="id_token" value="`+c.secret("id_token in form_post hidden input", c.h5JWT(`{"sub":"248289761001","aud":"portal","nonce":"n-0S6"}`))+`"/><input type="hidden" name="session_state" value="`+c.decoy(c.uuid())+`"/></form></body></html>`)
		}},
		{cat, "firebase-action-link-double-encoded", func(c *gcase) {
			inner := "https://acme.firebaseapp.com/__/auth/action?mode=signIn&oobCode=" + c.secret("Firebase oobCode double percent-encoded in Dynamic Link", c.pick(gB64uAlpha, 48)) + "&continueUrl=" + url.QueryEscape("https://app.acme.example/finish?cart=42") + "&lang=en"
			c.get("https://acme.page.link/?link=" + url.QueryEscape(inner) + "&" + c.decoy("apn=com.acme.app") + "&" + c.decoy("ibi=com.acme.ios"))
		}},
		{cat, "sse-token-split-over-data-lines", func(c *gcase) {
			c.get("https://api.acme.example/v1/session/stream").resp("text/event-stream",
				"retry: 3000\n\nevent: session\nid: "+c.decoy("evt-000417")+"\ndata: {\"access_token\":\ndata: \""+c.secret("access_token on the second data: line of an SSE event", c.alnum(48))+"\",\"expires_in\":3600}\n\n")
		}},
		{cat, "liveview-join-session-and-csrf", func(c *gcase) {
			csrf := c.secret("LiveView _csrf_token (URL and join params)", c.pick(gB64uAlpha, 56))
			c.get("wss://app.acme.example/live/websocket?_csrf_token="+csrf+"&_mounts=0&"+c.decoy("vsn=2.0.0")).code(101).
				wsMsg("send", 1, `["4","4","lv:phx-F1a2b3c4","phx_join",{"url":"https://app.acme.example/dashboard","params":{"_csrf_token":"`+csrf+`","_mounts":0},"session":"`+c.secret("LiveView join session (signed)", "SFMyNTY."+c.pick(gB64uAlpha, 200)+"."+c.pick(gB64uAlpha, 43))+`",`+c.decoy(`"static":null`)+`}]`)
		}},
		{cat, "urlencoded-json-state-in-query", func(c *gcase) {
			st := url.QueryEscape(`{"csrf":"` + c.secret("csrf inside URL-encoded JSON state", c.alnum(32)) + `","return":"/settings/billing","acct":"` + c.decoy("acct_1PqR2sT3uV4wX5yZ") + `"}`)
			c.get("https://connect.stripe.com/oauth/authorize?response_type=code&client_id=ca_" + c.pick(gAlnum, 32) + "&scope=read_write&state=" + st)
		}},
	}
}

// 5. Exporter quirks.
func h5Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "safari-empty-mime-identitytoolkit-json", func(c *gcase) {
			c.creator = [2]string{"WebKit Web Inspector", "18.2"}
			c.post("https://identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=AIza"+c.pick(gB64uAlpha, 35), "",
				`{"returnSecureToken":true,"email":"`+c.secret("identitytoolkit email (empty mimeType)", "h.okafor@acme-corp.example")+`","password":"`+c.secret("identitytoolkit password (empty mimeType)", c.h5Pw())+`",`+c.decoy(`"clientType":"CLIENT_TYPE_WEB"`)+`}`).
				resp("", `{"kind":"identitytoolkit#VerifyPasswordResponse","idToken":"`+c.secret("idToken in response with empty mimeType", c.h5JWT(`{"iss":"https://securetoken.google.com/acme-prod","aud":"acme-prod","exp":1700003600}`))+`","refreshToken":"`+c.secret("Firebase refreshToken (AMf-vB)", "AMf-vB"+c.pick(gB64uAlpha, 260))+`",`+c.decoy(`"expiresIn":"3600"`)+`}`)
		}},
		{cat, "safari-base64-json-response-gotrue", func(c *gcase) {
			c.creator = [2]string{"WebKit Web Inspector", "18.2"}
			e := c.post("https://xyzcompany.supabase.co/auth/v1/token?"+c.decoy("grant_type=password"), "application/json;charset=UTF-8", `{"email":"ops@acme.example","password":"`+c.secret("GoTrue password", c.h5Pw())+`","gotrue_meta_security":{}}`).
				resp("application/json", gB64(`{"access_token":"`+c.secret("GoTrue access_token in base64 response", c.h5JWT(`{"aud":"authenticated","role":"authenticated","exp":1700003600}`))+`","token_type":"bearer","expires_in":3600,"refresh_token":"`+c.secret("GoTrue refresh_token in base64 response", c.pick(gLower+gDigits, 22))+`"}`))
			e.respEncoding = "base64"
		}},
		{cat, "edge-h2-pseudo-header-path", func(c *gcase) {
			c.creator = [2]string{"Microsoft Edge", "131.0.2903.70"}
			sig := c.secret("SAS sig in :path pseudo-header", c.b64s(32))
			p := "/exports/" + c.decoy("q3-ledger.xlsx") + "?sv=2023-11-03&se=2026-11-22T11%3A00%3A00Z&sr=b&sp=r&sig=" + url.QueryEscape(sig)
			e := c.get("https://acmefiles.blob.core.windows.net"+p).rh(":authority", "acmefiles.blob.core.windows.net", ":method", "GET", ":path", p, ":scheme", "https", "sec-ch-ua-platform", c.decoy(`"Windows"`))
			e.httpVersion = "h2"
		}},
		{cat, "edge-set-cookie-comma-joined-with-expires", func(c *gcase) {
			c.creator = [2]string{"Microsoft Edge", "131.0.2903.70"}
			s := c.secret("appSession in comma-joined Set-Cookie", c.pick(gB64uAlpha, 180))
			e := c.get("https://app.acme.example/callback?code=x").code(302).sh("Set-Cookie", "appSession="+s+"; Path=/; Expires=Sun, 22 Nov 2026 11:15:00 GMT; HttpOnly; Secure; SameSite=Lax, auth0.Xq8mN2pL.is.authenticated=true; Path=/; Expires=Mon, 23 Nov 2026 10:15:00 GMT", "Location", c.decoy("https://app.acme.example/"))
			e.respCookies = []any{map[string]any{"name": "appSession", "value": s}, map[string]any{"name": "auth0.Xq8mN2pL.is.authenticated", "value": "true"}}
		}},
		{cat, "postman-bare-authorization-and-postman-token", func(c *gcase) {
			c.creator = [2]string{"Postman", "11.19.0"}
			c.get("https://api.acme.example/v2/settlements?"+c.decoy("from=2026-11-01")).rh("authorization", c.secret("bare authorization header value (no scheme)", c.pick(gB64uAlpha, 40)), "Postman-Token", c.uuid(), "User-Agent", c.decoy("PostmanRuntime/7.42.0"), "Accept", "*/*")
		}},
		{cat, "insomnia-multipart-params-only", func(c *gcase) {
			c.creator = [2]string{"Insomnia", "10.1.1"}
			e := c.post("https://auth.acme.example/oauth/token", "multipart/form-data; boundary=X-INSOMNIA-BOUNDARY", "")
			e.post.params = []any{map[string]any{"name": "client_id", "value": c.decoy("reporting-batch")}, map[string]any{"name": "client_secret", "value": c.secret("client_secret in multipart params without text", c.pick(gB64uAlpha, 48))}, map[string]any{"name": "grant_type", "value": "client_credentials"}}
		}},
		{cat, "insomnia-querystring-not-in-url", func(c *gcase) {
			c.creator = [2]string{"Insomnia", "10.1.1"}
			e := c.get("https://api.acme.example/v1/exports")
			e.query = []any{map[string]any{"name": "api_key", "value": c.secret("api_key only in queryString[] (not in url)", c.alnum(36))}, map[string]any{"name": "format", "value": c.decoy("parquet")}}
		}},
		{cat, "fiddler-form-body-in-param-name", func(c *gcase) {
			c.creator = [2]string{"Fiddler", "5.0.20245"}
			body := "grant_type=password&username=rk&password=" + url.QueryEscape(c.secret("password in form body stored as params[0].name", c.h5Pw())) + "&" + c.decoy("client_id=mobile-ios")
			e := c.post("https://auth.acme.example/connect/token", "application/x-www-form-urlencoded", body)
			e.post.params = []any{map[string]any{"name": body, "value": ""}}
		}},
		{cat, "safari-cookie-without-equals", func(c *gcase) {
			c.creator = [2]string{"WebKit Web Inspector", "18.2"}
			c.get("https://app.acme.example/api/me").rh("Cookie", c.secret("bare cookie value without name", c.pick(gB64uAlpha, 40))+"; theme=dark")
		}},
		{cat, "edge-binary-protobuf-ws-frame", func(c *gcase) {
			c.creator = [2]string{"Microsoft Edge", "131.0.2903.70"}
			tok := "Bearer " + c.secret("bearer inside protobuf binary ws frame", c.h5JWT(`{"sub":"u_9","exp":1700003600}`))
			msg := append([]byte{0x0a}, h5Varint(len(tok))...)
			msg = append(msg, tok...)
			msg = append(msg, 0x12, 0x05)
			msg = append(msg, "quote"...)
			c.get("wss://stream.acme.example/v1/feed").code(101).wsMsg("send", 2, gB64(string(msg))).wsMsg("receive", 1, c.decoy(`{"subscribed":"quote"}`))
		}},
	}
}

// 6. One secret redacted everywhere.
func h5Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "cloudfront-signature-beacon-then-cookie-then-url", func(c *gcase) {
			s := c.secret("CloudFront signature first unnamed in a beacon, then cookie, then URL", c.h5CFB64(128))
			c.post("https://beacon.acme.example/v1/play", "application/json", `{"ev":"play","ref":"`+s+`",`+c.decoy(`"pos":12.5`)+`}`)
			c.get("https://api.acme.example/v1/media/session").sh("Set-Cookie", "CloudFront-Signature="+s+"; Domain=.media.acme.example; Path=/; Secure; HttpOnly")
			c.get("https://media.acme.example/hls/ep1.m3u8?Expires=1700003600&Signature=" + s + "&Key-Pair-Id=K2JCJMDEHXQW5F")
		}},
		{cat, "supabase-access-token-in-error-report-realtime-rest", func(c *gcase) {
			at := c.secret("Supabase access_token reported earlier, then realtime and REST", c.h5JWT(`{"aud":"authenticated","sub":"`+c.uuid()+`","role":"authenticated","exp":1700003600}`))
			c.post("https://o450.ingest.sentry.io/api/55/envelope/", "text/plain;charset=UTF-8", `{"event_id":"`+c.decoy(c.hexs(32))+`"}`+"\n"+`{"type":"event"}`+"\n"+`{"extra":{"t":"`+at+`"},`+c.decoy(`"release":"web@3.8.1"`)+`}`)
			c.post("https://xyzcompany.supabase.co/auth/v1/token?grant_type=refresh_token", "application/json", `{"refresh_token":"`+c.secret("GoTrue refresh_token in body", c.pick(gLower+gDigits, 22))+`"}`).
				resp("application/json", `{"access_token":"`+at+`","token_type":"bearer","expires_in":3600}`)
			c.get("wss://xyzcompany.supabase.co/realtime/v1/websocket?vsn=1.0.0").code(101).
				wsMsg("send", 1, `{"topic":"realtime:public:orders","event":"phx_join","payload":{"config":{"broadcast":{"self":false}},"access_token":"`+at+`"},"ref":"1"}`)
			c.get("https://xyzcompany.supabase.co/rest/v1/orders?"+c.decoy("select=id,total")).rh("Authorization", "Bearer "+at)
		}},
		{cat, "firebase-idtoken-rtdb-auth-and-webchannel-headers", func(c *gcase) {
			it := c.secret("Firebase id_token, then ?auth= and webchannel headers=", c.h5JWT(`{"iss":"https://securetoken.google.com/acme-prod","aud":"acme-prod","user_id":"k3Jd","exp":1700003600}`))
			c.post("https://securetoken.googleapis.com/v1/token?key=AIza"+c.pick(gB64uAlpha, 35), "application/x-www-form-urlencoded", "grant_type=refresh_token&refresh_token="+c.secret("securetoken refresh_token", "AMf-vB"+c.pick(gB64uAlpha, 250))).
				resp("application/json", `{"access_token":"`+it+`","expires_in":"3600","token_type":"Bearer","id_token":"`+it+`",`+c.decoy(`"project_id":"734019283746"`)+`}`)
			c.get("https://acme-default-rtdb.europe-west1.firebasedatabase.app/users/42.json?auth=" + it + "&" + c.decoy("print=pretty"))
			hdr := "X-Goog-Api-Client:gl-js/ fire/10.14.1\r\nContent-Type:text/plain\r\nAuthorization:Bearer " + it + "\r\n"
			c.post("https://firestore.googleapis.com/google.firestore.v1.Firestore/Listen/channel?"+c.decoy("VER=8")+"&database=projects%2Facme-prod%2Fdatabases%2F(default)&RID=47251&CVER=22&X-HTTP-Session-Id=gsessionid&zx=a1b2c3&t=1", "application/x-www-form-urlencoded",
				"headers="+url.QueryEscape(hdr)+"&count=1&ofs=0&req0___data__="+url.QueryEscape(`{"database":"projects/acme-prod/databases/(default)","addTarget":{"documents":{"documents":["projects/acme-prod/databases/(default)/documents/users/42"]},"targetId":2}}`))
		}},
		{cat, "signalr-connection-token-as-id-later", func(c *gcase) {
			ct := c.secret("SignalR connectionToken, later as ?id=", c.pick(gB64uAlpha, 22))
			c.post("https://hub.acme.example/orders/negotiate?negotiateVersion=1", "text/plain;charset=UTF-8", "").
				resp("application/json", `{"negotiateVersion":1,"connectionToken":"`+ct+`","availableTransports":[{"transport":"LongPolling","transferFormats":["Text"]}]}`)
			c.get("https://hub.acme.example/orders?id=" + ct + "&" + c.decoy("_=1700000000456"))
			c.post("https://hub.acme.example/orders?id="+ct, "text/plain;charset=UTF-8", `{"type":6}`+"\x1e")
		}},
		{cat, "akamai-token-json-then-query-and-cookie", func(c *gcase) {
			h := c.secret("Akamai token hmac issued in JSON, then hdnts query and cookie", c.hexs(64))
			tok := "st=1700000000~exp=1700003600~acl=/vod/*~hmac=" + h
			c.get("https://api.acme.example/v1/playback/91").resp("application/json", `{"token":"`+tok+`",`+c.decoy(`"cdn":"akamai"`)+`}`)
			c.get("https://vod.acme.example/vod/91/master.m3u8?hdnts=" + url.QueryEscape(tok))
			c.get("https://vod.acme.example/vod/91/720p.m3u8").rh("Cookie", "hdnts="+tok)
		}},
		{cat, "stytch-session-token-earlier-escaped-and-percent", func(c *gcase) {
			st := c.secret("Stytch session_token first inside an escaped JSON string, later percent-encoded", c.pick(gB64uAlpha, 44))
			c.post("https://app.acme.example/log", "application/json", gJS(map[string]string{"msg": `{"s":"` + st + `"}`, "lvl": "debug"}))
			c.post("https://api.stytch.com/v1/sessions/authenticate", "application/json", `{"session_token":"`+st+`"}`).
				resp("application/json", `{"status_code":200,`+c.decoy(`"request_id":"request-id-live-`+c.uuid()+`"`)+`,"session_token":"`+st+`"}`)
			c.get("https://app.acme.example/go?next=" + url.QueryEscape("/home?st="+st))
		}},
		{cat, "rails-session-cookie-echoed-as-json-id-earlier", func(c *gcase) {
			sid := c.secret("_session_id cookie value echoed earlier as JSON id", c.hexs(32))
			c.get("https://app.acme.example/api/debug/whoami").resp("application/json", `{"id":"`+sid+`","user":null,`+c.decoy(`"rails":"7.2.1"`)+`}`)
			c.post("https://app.acme.example/users/sign_in", "application/x-www-form-urlencoded", "authenticity_token="+url.QueryEscape(c.secret("Rails authenticity_token", c.b64s(64)))+"&user%5Bemail%5D=x%40acme.example&user%5Bpassword%5D="+url.QueryEscape(c.secret("Devise user[password]", c.h5Pw()))).
				code(302).sh("Set-Cookie", "_session_id="+sid+"; path=/; secure; HttpOnly; SameSite=Lax")
		}},
		{cat, "magic-did-token-body-header-and-query", func(c *gcase) {
			did := c.secret("Magic DID token in body, header and query", gB64(`["0x`+c.hexs(130)+`","{\"iat\":1700000000,\"ext\":1700000900,\"iss\":\"did:ethr:0x`+c.hexs(40)+`\",\"sub\":\"`+c.pick(gB64uAlpha, 43)+`\",\"aud\":\"`+c.pick(gB64uAlpha, 43)+`\",\"nbf\":1700000000,\"tid\":\"`+c.uuid()+`\",\"add\":\"0x`+c.hexs(130)+`\"}"]`))
			c.post("https://app.acme.example/api/login", "application/json", `{"didToken":"`+did+`"}`)
			c.get("https://app.acme.example/api/user").rh("Authorization", "Bearer "+did)
			c.get("https://app.acme.example/api/audit?" + c.decoy("page=2") + "&t=" + url.QueryEscape(did))
		}},
		{cat, "stripe-connect-code-redirect-then-backend", func(c *gcase) {
			code := c.secret("Stripe Connect ac_ code in redirect, then form and JSON echo", "ac_"+c.alnum(32))
			c.post("https://app.acme.example/api/telemetry", "application/json", `{"path":"/connect/return","q":"`+code+`"}`)
			c.get("https://app.acme.example/connect/return?scope=read_write&code=" + code)
			c.post("https://app.acme.example/api/connect/finish", "application/x-www-form-urlencoded", "code="+code+"&"+c.decoy("platform=web"))
		}},
	}
}

// 7. GraphQL.
func h5GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "appsync-realtime-header-query-b64", func(c *gcase) {
			hdr := gB64(`{"host":"abcd1234efgh.appsync-api.eu-west-1.amazonaws.com","x-api-key":"` + c.secret("AppSync x-api-key inside base64 header= query", "da2-"+c.pick(gLower+gDigits, 26)) + `"}`)
			jwt := c.secret("AppSync start extensions.authorization.Authorization", c.h5JWT(`{"sub":"`+c.uuid()+`","token_use":"access","exp":1700003600}`))
			c.get("wss://abcd1234efgh.appsync-realtime-api.eu-west-1.amazonaws.com/graphql?header="+url.QueryEscape(hdr)+"&"+c.decoy("payload=e30=")).rh("Sec-WebSocket-Protocol", "graphql-ws").code(101).
				wsMsg("send", 1, `{"type":"connection_init"}`).
				wsMsg("send", 1, `{"id":"`+c.decoy(c.uuid())+`","payload":{"data":"{\"query\":\"subscription OnOrder { onCreateOrder { id total } }\",\"variables\":{}}","extensions":{"authorization":{"Authorization":"`+jwt+`","host":"abcd1234efgh.appsync-api.eu-west-1.amazonaws.com"}}},"type":"start"}`)
		}},
		{cat, "appsync-mutation-variables-bare-jwt-header", func(c *gcase) {
			c.post("https://abcd1234efgh.appsync-api.eu-west-1.amazonaws.com/graphql", "application/json",
				`{"query":"mutation CreateDevice($input: CreateDeviceInput!) { createDevice(input: $input) { id } }","variables":{"input":{"name":"`+c.decoy("kitchen-tablet")+`","pushAuth":"`+c.secret("variables.input.pushAuth", c.b64u(16))+`","platform":"web"}}}`).
				rh("authorization", c.secret("bare Cognito JWT in authorization (AppSync)", c.h5JWT(`{"sub":"`+c.uuid()+`","token_use":"id","exp":1700003600}`)), "x-amz-user-agent", c.decoy("aws-amplify/6.6.4 api/1 framework/2"))
		}},
		{cat, "persisted-get-verify-email", func(c *gcase) {
			c.get("https://api.acme.example/graphql?operationName=VerifyEmail&variables=" + url.QueryEscape(`{"token":"`+c.secret("persisted GET variables.token", c.pick(gB64uAlpha, 40))+`"}`) + "&extensions=" + url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"`+c.decoy(c.hexs(64))+`"}}`))
		}},
		{cat, "batched-me-and-recovery-code", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json",
				`[{"operationName":"Me","variables":{},"query":"query Me { me { id } }"},{"operationName":"UseRecovery","variables":{"recoveryCode":"`+c.secret("batched variables.recoveryCode", c.pick(gLower+gDigits, 5)+"-"+c.pick(gLower+gDigits, 5))+`","remember":true},"query":"mutation UseRecovery($recoveryCode: String!, $remember: Boolean) { mfaRecover(code: $recoveryCode, remember: $remember) { ok } }"}]`)
		}},
		{cat, "positional-variables-authenticate", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json",
				`{"query":"mutation($a: String!, $b: String!) { authenticate(email: $a, password: $b) { jwt refreshToken } }","variables":{"a":"ops@acme.example","b":"`+c.secret("$b bound to password:", c.h5Pw())+`"}}`).
				resp("application/json", `{"data":{"authenticate":{"jwt":"`+c.secret("data.authenticate.jwt", c.h5JWT(`{"sub":"7","exp":1700003600}`))+`","refreshToken":"`+c.secret("data.authenticate.refreshToken", c.pick(gB64uAlpha, 64))+`"}}}`)
		}},
		{cat, "inline-literal-plaid-public-token", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json",
				`{"query":"mutation { linkBankAccount(publicToken: \"`+c.secret("inline literal publicToken: argument", "public-production-"+c.uuid())+`\", accountId: \"`+c.decoy("vzeNDwK7KQIm4yEog683uElbp9GRLEFXGK98D")+`\") { id status } }"}`).
				resp("application/json", `{"data":{"linkBankAccount":{"id":"`+c.decoy("QmFua0FjY291bnQ6MTc=")+`","status":"LINKED"}}}`)
		}},
		{cat, "graphql-ws-connection-init-authorization", func(c *gcase) {
			c.get("wss://api.acme.example/graphql").rh("Sec-WebSocket-Protocol", "graphql-transport-ws").code(101).
				wsMsg("send", 1, `{"type":"connection_init","payload":{"Authorization":"Bearer `+c.secret("connection_init payload.Authorization", c.alnum(48))+`"}}`).
				wsMsg("send", 1, `{"id":"1","type":"subscribe","payload":{"query":"subscription { balance(accountId: \"`+c.decoy("acc_88213")+`\") { amount } }"}}`)
		}},
		{cat, "apollo-upload-signature-variable", func(c *gcase) {
			b := "----WebKitFormBoundary" + c.pick(gAlnum, 16)
			ops := `{"query":"mutation($file: Upload!, $sig: String!) { upload(file: $file, signature: $sig) { url } }","variables":{"file":null,"sig":"` + c.secret("$sig bound to signature: in multipart operations", c.hexs(64)) + `"}}`
			body := "--" + b + "\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n" + ops + "\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n" + c.decoy(`{"1":["variables.file"]}`) + "\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"1\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--" + b + "--\r\n"
			c.post("https://api.acme.example/graphql", "multipart/form-data; boundary="+b, body)
		}},
		{cat, "get-query-literal-argument", func(c *gcase) {
			c.get("https://api.acme.example/graphql?query=" + url.QueryEscape(`{ viewer(token: "`+c.secret("literal token: argument in GET query=", c.alnum(40))+`") { id name } }`) + "&" + c.decoy("operationName=Viewer"))
		}},
		{cat, "subprotocol-bearer-token", func(c *gcase) {
			c.get("wss://api.acme.example/graphql").rh("Sec-WebSocket-Protocol", "graphql-ws, "+c.secret("JWT as a Sec-WebSocket-Protocol entry", c.h5JWT(`{"sub":"9","exp":1700003600}`))).code(101).
				wsMsg("send", 1, `{"type":"connection_init","payload":{}}`).
				wsMsg("receive", 1, c.decoy(`{"type":"connection_ack"}`))
		}},
	}
}

// 8. Vendor token formats.
func h5Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "stripe-connect-oauth-token", func(c *gcase) {
			c.post("https://connect.stripe.com/oauth/token", "application/x-www-form-urlencoded", "client_secret="+c.secret("Stripe sk_live_ platform key as client_secret", "sk_live_"+c.alnum(99))+"&code="+c.secret("Stripe ac_ code", "ac_"+c.alnum(32))+"&"+c.decoy("grant_type=authorization_code")).
				resp("application/json", `{"access_token":"`+c.secret("Stripe connected account access_token (sk_live_)", "sk_live_"+c.alnum(99))+`","livemode":true,"refresh_token":"`+c.secret("Stripe rt_ refresh_token", "rt_"+c.alnum(99))+`",`+c.decoy(`"scope":"read_write"`)+`,"stripe_publishable_key":"`+c.decoy("pk_live_"+c.alnum(99))+`","stripe_user_id":"`+c.decoy("acct_1"+c.alnum(15))+`","token_type":"bearer"}`)
		}},
		{cat, "plaid-link-token-and-exchange", func(c *gcase) {
			c.post("https://production.plaid.com/link/token/create", "application/json", `{"client_id":"`+c.decoy(c.hexs(24))+`","secret":"`+c.secret("Plaid secret (30 hex)", c.hexs(30))+`","user":{"client_user_id":"usr_42"},"products":["auth"],"country_codes":["US"],"language":"en"}`).
				resp("application/json", `{"link_token":"`+c.secret("Plaid link_token", "link-production-"+c.uuid())+`",`+c.decoy(`"expiration":"2026-11-22T14:15:00Z"`)+`,"request_id":"`+c.decoy("Aim3b"+c.pick(gAlnum, 10))+`"}`)
			c.post("https://production.plaid.com/item/public_token/exchange", "application/json", `{"public_token":"`+c.secret("Plaid public_token", "public-production-"+c.uuid())+`"}`).
				resp("application/json", `{"access_token":"`+c.secret("Plaid access_token", "access-production-"+c.uuid())+`","item_id":"`+c.decoy(c.pick(gAlnum, 37))+`"}`)
		}},
		{cat, "supabase-management-keys", func(c *gcase) {
			c.get("https://api.supabase.com/v1/projects/"+c.decoy("abcdefghijklmnopqrst")+"/api-keys?reveal=true").rh("Authorization", "Bearer "+c.secret("Supabase sbp_ personal access token", "sbp_"+c.hexs(40))).
				resp("application/json", `[{"name":"default",`+c.decoy(`"type":"secret"`)+`,"api_key":"`+c.secret("Supabase sb_secret_ key", "sb_secret_"+c.pick(gAlnum, 22)+"_"+c.pick(gB64uAlpha, 8))+`","id":"`+c.decoy(c.uuid())+`"}]`)
		}},
		{cat, "clerk-keys-in-next-data", func(c *gcase) {
			c.get("https://app.acme.example/").resp("text/html",
				`<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"__clerk_ssr_state":{}}},"runtimeConfig":{"publishableKey":"`+c.decoy("pk_live_"+gB64("clerk.acme.example$"))+`","CLERK_SECRET_KEY":"`+c.secret("Clerk sk_live_ in runtimeConfig", "sk_live_"+c.alnum(40))+`"},`+c.decoy(`"buildId":"k2P9xQ7vL3mN"`)+`}</script>`)
		}},
		{cat, "stytch-basic-project-secret", func(c *gcase) {
			pid := "project-live-" + c.uuid()
			c.post("https://api.stytch.com/v1/magic_links/email/login_or_create", "application/json", `{"email":"`+c.secret("Stytch login e-mail", "b.achterberg@acme-corp.example")+`",`+c.decoy(`"login_magic_link_url":"https://app.acme.example/authenticate"`)+`}`).
				rh("Authorization", "Basic "+gB64(pid+":"+c.secret("Stytch secret-live- project secret", "secret-live-"+c.pick(gB64uAlpha, 36))))
			c.get("https://api.stytch.com/v1/projects/current").resp("application/json", `{"project_id":"`+c.decoy(pid)+`"}`)
		}},
		{cat, "okta-ssws-and-auth0-client-credentials", func(c *gcase) {
			c.get("https://acme.okta.com/api/v1/users?"+c.decoy("limit=200")).rh("Authorization", "SSWS "+c.secret("Okta SSWS API token", "00"+c.pick(gB64uAlpha, 40)))
			c.post("https://acme.eu.auth0.com/oauth/token", "application/json", `{"client_id":"`+c.decoy("Zt4vB8nM1qW6eR3yU7iO0pA2sD5fG9hJ")+`","client_secret":"`+c.secret("Auth0 client_secret", c.pick(gB64uAlpha, 64))+`",`+c.decoy(`"audience":"https://acme.eu.auth0.com/api/v2/"`)+`,"grant_type":"client_credentials"}`)
		}},
		{cat, "azure-storage-connection-string-app-settings", func(c *gcase) {
			c.get("https://acme-func.scm.azurewebsites.net/api/settings").resp("application/json",
				`{"AzureWebJobsStorage":"DefaultEndpointsProtocol=https;AccountName=acmefuncstore;AccountKey=`+c.secret("Azure Storage AccountKey in connection string", c.b64s(64))+`;EndpointSuffix=core.windows.net",`+c.decoy(`"FUNCTIONS_WORKER_RUNTIME":"node"`)+`,"APPLICATIONINSIGHTS_CONNECTION_STRING":"`+c.decoy("InstrumentationKey="+c.uuid()+";IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/")+`"}`)
		}},
		{cat, "akamai-api-client-credentials", func(c *gcase) {
			c.post("https://akab-"+c.pick(gLower+gDigits, 16)+"-"+c.pick(gLower+gDigits, 16)+".luna.akamaiapis.net/identity-management/v3/api-clients/self/credentials", "application/json", "{}").
				resp("application/json", `{"credentialId":`+c.decoy("918273")+`,"clientToken":"`+c.secret("Akamai clientToken (akab-)", "akab-"+c.pick(gLower+gDigits, 16)+"-"+c.pick(gLower+gDigits, 16))+`","clientSecret":"`+c.secret("Akamai clientSecret", c.b64s(32))+`",`+c.decoy(`"status":"ACTIVE"`)+`,"expiresOn":"2028-11-22T10:15:00.000Z"}`)
		}},
		{cat, "cognito-identity-credentials-logins-url-key", func(c *gcase) {
			c.post("https://cognito-identity.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1",
				`{"IdentityId":"`+c.decoy("eu-west-1:"+c.uuid())+`","Logins":{"cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyZ":"`+c.secret("Cognito id token under a URL-named Logins key", c.h5JWT(`{"token_use":"id","exp":1700003600}`))+`"}}`).
				rh("X-Amz-Target", c.decoy("AWSCognitoIdentityService.GetCredentialsForIdentity")).
				resp("application/x-amz-json-1.1", `{"Credentials":{"AccessKeyId":"ASIA`+c.pick(gUpper+gDigits, 16)+`","Expiration":1.7000036E9,"SecretKey":"`+c.secret("Cognito Credentials.SecretKey", c.pick(gAlnum+"+/", 40))+`","SessionToken":"`+c.secret("Cognito Credentials.SessionToken", "IQoJb3JpZ2luX2VjE"+c.pick(gAlnum+"+/", 400))+`"}}`)
		}},
		{cat, "cognito-srp-challenge-round-trip", func(c *gcase) {
			sb := c.secret("Cognito SRP SECRET_BLOCK", c.b64s(700))
			c.post("https://cognito-idp.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1", `{"AuthFlow":"USER_SRP_AUTH","ClientId":"4f7k2m9p1q3r5s7t9v1w3x5z7c","AuthParameters":{"USERNAME":"ops","SRP_A":"`+c.decoy(c.hexs(768))+`"}}`).
				rh("X-Amz-Target", "AWSCognitoIdentityProviderService.InitiateAuth").
				resp("application/x-amz-json-1.1", `{"ChallengeName":"PASSWORD_VERIFIER","ChallengeParameters":{"SALT":"`+c.hexs(32)+`","SECRET_BLOCK":"`+sb+`","SRP_B":"`+c.hexs(768)+`","USERNAME":"ops","USER_ID_FOR_SRP":"ops"}}`)
			c.post("https://cognito-idp.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1", `{"ChallengeName":"PASSWORD_VERIFIER","ClientId":"4f7k2m9p1q3r5s7t9v1w3x5z7c","ChallengeResponses":{"PASSWORD_CLAIM_SECRET_BLOCK":"`+sb+`","PASSWORD_CLAIM_SIGNATURE":"`+c.secret("Cognito PASSWORD_CLAIM_SIGNATURE", c.b64s(32))+`","USERNAME":"ops",`+c.decoy(`"TIMESTAMP":"Sun Nov 22 10:15:00 UTC 2026"`)+`}}`).
				rh("X-Amz-Target", "AWSCognitoIdentityProviderService.RespondToAuthChallenge").
				resp("application/x-amz-json-1.1", `{"AuthenticationResult":{"AccessToken":"`+c.secret("Cognito AccessToken", c.h5JWT(`{"token_use":"access","exp":1700003600}`))+`","ExpiresIn":3600,"RefreshToken":"`+c.secret("Cognito RefreshToken (JWE)", "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ."+c.pick(gB64uAlpha, 342)+"."+c.pick(gB64uAlpha, 16)+"."+c.pick(gB64uAlpha, 400)+"."+c.pick(gB64uAlpha, 22))+`",`+c.decoy(`"TokenType":"Bearer"`)+`}}`)
		}},
		{cat, "vapid-keys-config-and-push-send", func(c *gcase) {
			pub := "B" + c.pick(gB64uAlpha, 86)
			c.get("https://app.acme.example/api/push/config").resp("application/json", `{"vapidPublicKey":"`+pub+`","vapidPrivateKey":"`+c.secret("VAPID private key", c.b64u(32))+`",`+c.decoy(`"ttl":2419200`)+`}`)
			c.post("https://fcm.googleapis.com/fcm/send/"+c.secret("FCM registration token in push endpoint path", c.pick(gB64uAlpha, 11)+":APA91b"+c.pick(gB64uAlpha, 134)), "application/octet-stream", "").
				rh("Authorization", "vapid t="+c.secret("VAPID JWT t=", "eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9."+gB64u(`{"aud":"https://fcm.googleapis.com","exp":1700043200,"sub":"mailto:push@acme.example"}`)+"."+c.b64u(64))+", k="+pub, "TTL", c.decoy("2419200"), "Urgency", c.decoy("normal"), "Content-Encoding", c.decoy("aes128gcm")).code(201)
		}},
		{cat, "open-banking-fapi-client-assertion", func(c *gcase) {
			c.post("https://ob.bank.example/as/token.oauth2", "application/x-www-form-urlencoded", "grant_type=client_credentials&"+c.decoy("client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer")+"&client_assertion="+c.secret("private_key_jwt client_assertion", gB64u(`{"alg":"PS256","kid":"`+c.hexs(20)+`"}`)+"."+gB64u(`{"iss":"`+c.hexs(16)+`","aud":"https://ob.bank.example/as/token.oauth2","jti":"`+c.uuid()+`","exp":1700000300}`)+"."+c.b64u(256))+"&scope=accounts%20payments").
				rh("x-fapi-financial-id", c.decoy("001580000103UAvAAM"), "x-fapi-interaction-id", c.decoy(c.uuid())).
				resp("application/json", `{"access_token":"`+c.secret("FAPI opaque access_token", c.alnum(36))+`","token_type":"Bearer","expires_in":300,`+c.decoy(`"scope":"accounts payments"`)+`}`)
		}},
		{cat, "smart-launch-fhir-token-response", func(c *gcase) {
			c.post("https://ehr.acme-health.example/oauth2/token", "application/x-www-form-urlencoded", "grant_type=authorization_code&code="+c.secret("SMART authorization code", c.pick(gB64uAlpha, 40))+"&redirect_uri=https%3A%2F%2Fapp.acme.example%2Fcallback&code_verifier="+c.secret("SMART PKCE code_verifier", c.pick(gB64uAlpha, 64))+"&"+c.decoy("client_id=growth-chart")).
				resp("application/json", `{"access_token":"`+c.secret("SMART access_token", c.pick(gB64uAlpha, 80))+`","token_type":"Bearer","expires_in":3600,`+c.decoy(`"scope":"launch/patient patient/Observation.read"`)+`,"patient":"`+c.decoy("erXuFYUfucBZaryVksYEcMg3")+`","need_patient_banner":true,"smart_style_url":"https://ehr.acme-health.example/smart-style.json"}`)
		}},
	}
}

// 9. Payment cards.
func h5Cards() []gdef {
	const cat = "9.cards"
	return []gdef{
		{cat, "payment-request-basic-card-details", func(c *gcase) {
			c.post("https://shop.acme.example/api/checkout/payment-response", "application/json", `{"requestId":"`+c.decoy(c.uuid())+`","methodName":"basic-card","details":{"cardNumber":"`+c.secret("PaymentResponse details.cardNumber", c.card("4539", 16))+`","cardholderName":"Aino Laine","cardSecurityCode":"381","expiryMonth":"07","expiryYear":"2029"},`+c.decoy(`"shippingOption":"standard"`)+`}`)
		}},
		{cat, "obie-pan-scheme-identification", func(c *gcase) {
			c.post("https://ob.bank.example/open-banking/v3.1/pisp/domestic-payment-consents", "application/json", `{"Data":{"Initiation":{"InstructionIdentification":"`+c.decoy("INSTR-0001")+`","EndToEndIdentification":"`+c.decoy("E2E-2026-11-22-0001")+`","InstructedAmount":{"Amount":"42.00","Currency":"GBP"},"DebtorAccount":{`+c.decoy(`"SchemeName":"UK.OBIE.PAN"`)+`,"Identification":"`+c.secret("OBIE DebtorAccount.Identification (PAN scheme)", c.card("5413", 16))+`"}}},"Risk":{}}`)
		}},
		{cat, "stripe-connect-external-account-card", func(c *gcase) {
			c.post("https://api.stripe.com/v1/accounts/acct_1Nv0FGQ9RKHgCVdK/external_accounts", "application/x-www-form-urlencoded",
				"external_account%5Bobject%5D=card&external_account%5Bnumber%5D="+c.secret("external_account[number] (percent-encoded brackets)", c.card("4000056", 16))+"&external_account%5Bexp_month%5D=12&external_account%5Bexp_year%5D=2030&"+c.decoy("external_account%5Bcurrency%5D=usd")).
				rh("Stripe-Account", c.decoy("acct_1Nv0FGQ9RKHgCVdK"), "Idempotency-Key", c.decoy(c.uuid()))
		}},
		{cat, "card-grouped-in-signalr-arguments", func(c *gcase) {
			p := c.card("5105", 16)
			c.secret("Mastercard grouped by spaces in SignalR arguments", gGroup4(p, " "))
			c.get("wss://pay.acme.example/hub").code(101).wsMsg("send", 1, `{"type":1,"target":"SubmitPayment","arguments":["`+gGroup4(p, " ")+`","11/29",`+c.decoy(`"ORD-`+c.h5NotLuhn(16)+`"`)+`]}`+"\x1e")
		}},
		{cat, "card-in-hosted-page-query", func(c *gcase) {
			c.get("https://pay.acme.example/hpp?pan=" + c.secret("pan= in hosted payment page query", c.card("4916", 16)) + "&exp=1129&" + c.decoy("amount=4200") + "&order=" + c.decoy(c.h5NotLuhn(16)))
		}},
		{cat, "google-pay-decrypted-payload-echo", func(c *gcase) {
			c.post("https://psp.acme.example/v1/gpay/debug", "application/json", `{"messageExpiration":"1700604800000","messageId":"`+c.decoy("AH2Ejtc"+c.pick(gAlnum, 20))+`","paymentMethod":"CARD","paymentMethodDetails":{"expirationYear":2030,"expirationMonth":12,"pan":"`+c.secret("Google Pay decrypted paymentMethodDetails.pan", c.card("4895", 16))+`",`+c.decoy(`"authMethod":"PAN_ONLY"`)+`}}`)
		}},
		{cat, "amex-in-insomnia-body-and-decoy-numbers", func(c *gcase) {
			c.creator = [2]string{"Insomnia", "10.1.1"}
			p := c.card("37", 15)
			c.secret("Amex 4-6-5 with spaces in request body", p[:4]+" "+p[4:10]+" "+p[10:])
			c.post("https://api.acme.example/v1/charges", "application/json", `{"source":{"number":"`+p[:4]+" "+p[4:10]+" "+p[10:]+`","exp":"09/28"},"tracking":"`+c.decoy(c.h5NotLuhn(22))+`","invoice":`+c.decoy(c.h5NotLuhn(16))+`,"ts":`+c.decoy("1700000000123")+`}`)
		}},
		{cat, "card-in-workbox-queued-form", func(c *gcase) {
			c.post("https://app.acme.example/sw-diagnostics", "application/json", `{"queue":"checkout","entries":[{"url":"https://shop.acme.example/checkout","body":"`+"cc_number="+c.secret("cc_number inside a queued form body string", c.card("6011", 16))+"&cc_exp=0430&"+c.decoy("sku=SKU-2231")+`"}]}`)
		}},
	}
}

// 10. Free-text credential phrases.
func h5Phrases() []gdef {
	const cat = "10.phrases"
	return []gdef{
		{cat, "npmrc-paste-authtoken-and-auth", func(c *gcase) {
			c.post("https://support.acme.example/api/v2/tickets/7781/comments", "application/json", gJS(map[string]string{"body": "my .npmrc:\n//registry.npmjs.org/:_authToken=" + c.secret(".npmrc _authToken (npm_)", "npm_"+c.alnum(36)) + "\n//npm.acme.example/:_auth=" + gB64("ci:"+c.secret(".npmrc _auth base64 password", c.h5Pw())) + "\n" + c.decoy("always-auth=true") + "\n"}))
		}},
		{cat, "hostapd-and-wpa-supplicant-psk", func(c *gcase) {
			c.post("https://paste.acme.example/api/v1/pastes", "text/plain", c.decoy("ssid=acme-guest")+"\nwpa=2\nwpa_passphrase="+c.secret("hostapd wpa_passphrase=", c.h5Pw())+"\n"+c.decoy("wpa_key_mgmt=WPA-PSK")+"\n\nnetwork={\n  ssid=\"acme-lab\"\n  psk=\""+c.secret("wpa_supplicant psk=\"X\"", c.h5Pw())+"\"\n}\n")
		}},
		{cat, "ssh-key-passphrase-in-ticket", func(c *gcase) {
			c.post("https://acme.freshdesk.com/api/v2/tickets", "application/json", `{"subject":"deploy key","description":"<div>Key uploaded. The passphrase: `+c.secret("'passphrase: X' in an HTML ticket description", c.h5Pw())+` (please rotate)</div>",`+c.decoy(`"priority":2`)+`}`)
		}},
		{cat, "spanish-and-portuguese-phrases", func(c *gcase) {
			c.post("https://chat.acme.example/api/messages", "application/json", `{"text":"Hola, la contraseña es `+c.secret("Spanish 'la contraseña es X'", c.h5Pw())+` y el usuario es admin. Oi, a senha é `+c.secret("Portuguese 'a senha é X'", c.h5Pw())+`.",`+c.decoy(`"channel":"soporte-es"`)+`}`)
		}},
		{cat, "azure-accountkey-in-chat", func(c *gcase) {
			c.post("https://chat.acme.example/api/messages", "application/json", `{"text":"use AccountKey=`+c.secret("AccountKey= in chat prose", c.b64s(64))+` from the portal for acmefiles",`+c.decoy(`"thread":"ops-1182"`)+`}`)
		}},
		{cat, "cli-flags-pasted", func(c *gcase) {
			c.post("https://support.acme.example/api/notes", "application/json", gJS(map[string]string{"note": "steps:\ndocker login -u ci -p " + c.secret("docker login -p X", c.h5Pw()) + " registry.acme.example\nmysql -h db01 -u app -p" + c.secret("mysql -pX (no space)", c.h5Pw()) + " app\n" + c.decoy("kubectl get pods -n payments")}))
		}},
		{cat, "basic-header-line-in-prose", func(c *gcase) {
			c.post("https://community.acme.example/api/posts", "application/json", `{"raw":"I send Authorization: Basic `+gB64("integration:"+c.secret("password inside Basic header quoted in prose", c.h5Pw()))+` and get a 401 on /v2/orders",`+c.decoy(`"category":14`)+`}`)
		}},
		{cat, "git-remote-with-token", func(c *gcase) {
			c.post("https://support.acme.example/api/notes", "application/json", `{"note":"git clone https://oauth2:`+c.secret("password in git remote userinfo", c.alnum(20)+"-"+c.alnum(6))+`@gitlab.acme.example/payments/ledger.git fails with 403"}`)
		}},
		{cat, "dotenv-paste", func(c *gcase) {
			c.post("https://paste.acme.example/api/v1/pastes", "text/plain", "DATABASE_URL=postgres://app:"+c.secret("password in DATABASE_URL in .env", c.h5Pw())+"@db:5432/app\nSTRIPE_WEBHOOK_SECRET=whsec_"+c.secret("whsec_ webhook secret in .env", c.alnum(32))+"\n"+c.decoy("NEXT_PUBLIC_SUPABASE_URL=https://xyzcompany.supabase.co")+"\n")
		}},
		{cat, "login-gov-personal-key-in-message", func(c *gcase) {
			k := c.pick(gUpper+gDigits, 4) + "-" + c.pick(gUpper+gDigits, 4) + "-" + c.pick(gUpper+gDigits, 4) + "-" + c.pick(gUpper+gDigits, 4)
			c.post("https://help.acme.example/api/messages", "application/json", `{"text":"my personal key is `+c.secret("Login.gov personal key in a message", k)+` and my backup codes are `+c.secret("backup code in a message", c.pick(gLower+gDigits, 10))+`",`+c.decoy(`"case":"CS-20261122-17"`)+`}`)
		}},
	}
}

// 11. Personal data.
func h5Personal() []gdef {
	const cat = "11.personal"
	return []gdef{
		{cat, "firebase-accounts-lookup", func(c *gcase) {
			c.post("https://identitytoolkit.googleapis.com/v1/accounts:lookup?key=AIza"+c.pick(gB64uAlpha, 35), "application/json", `{"idToken":"`+c.secret("accounts:lookup idToken", c.h5JWT(`{"aud":"acme-prod","exp":1700003600}`))+`"}`).
				resp("application/json", `{"kind":"identitytoolkit#GetAccountInfoResponse","users":[{"email":"`+c.secret("Firebase users[].email", "olusegun.adebayo@acme-corp.example")+`","displayName":"`+c.secret("Firebase users[].displayName", "Olusegun Adebayo")+`","phoneNumber":"`+c.secret("Firebase users[].phoneNumber", "+2348031234567")+`",`+c.decoy(`"emailVerified":true`)+`,"lastLoginAt":"`+c.decoy("1700000000123")+`"}]}`)
		}},
		{cat, "gotrue-user-metadata", func(c *gcase) {
			c.get("https://xyzcompany.supabase.co/auth/v1/user").resp("application/json", `{"id":"`+c.decoy(c.uuid())+`","aud":"authenticated","role":"authenticated","email":"`+c.secret("GoTrue user email", "wen.zhao@acme-corp.example")+`","phone":"`+c.secret("GoTrue user phone", "8613912345678")+`","user_metadata":{"full_name":"`+c.secret("GoTrue user_metadata.full_name", "Wen Zhao")+`",`+c.decoy(`"avatar_url":"https://xyzcompany.supabase.co/storage/v1/object/public/avatars/7.png"`)+`},"app_metadata":{"provider":"email"}}`)
		}},
		{cat, "auth0-userinfo", func(c *gcase) {
			c.get("https://acme.eu.auth0.com/userinfo").resp("application/json", `{"sub":"`+c.decoy("auth0|64a1b2c3d4e5f6a7b8c9d0e1")+`","given_name":"`+c.secret("userinfo given_name", "Bernadette")+`","family_name":"`+c.secret("userinfo family_name", "McCarthy-Doyle")+`","nickname":"`+c.secret("userinfo nickname", "siobhan.mcd")+`","email":"`+c.secret("userinfo email", "siobhan.mccarthy@acme-corp.example")+`",`+c.decoy(`"email_verified":true`)+`,"updated_at":"`+c.decoy("2026-11-21T09:00:00.000Z")+`"}`)
		}},
		{cat, "okta-idx-user-profile", func(c *gcase) {
			c.post("https://acme.okta.com/idp/idx/challenge/answer", "application/json", `{"stateHandle":"`+c.secret("IDX stateHandle (answer)", "02."+c.pick(gB64uAlpha, 10)+"."+c.pick(gB64uAlpha, 48))+`"}`).
				resp("application/ion+json", `{"user":{"type":"object","value":{"id":"`+c.decoy("00u1ab2CD3ef4GH5i6j8")+`","identifier":"`+c.secret("IDX user.value.identifier", "tarek.haddad@acme-corp.example")+`","profile":{"firstName":"`+c.secret("IDX profile.firstName", "Abdelrahman")+`","lastName":"`+c.secret("IDX profile.lastName", "Al-Haddad")+`",`+c.decoy(`"timeZone":"America/Los_Angeles"`)+`,"locale":"en_US"}}}}`)
		}},
		{cat, "cognito-getuser-attributes", func(c *gcase) {
			c.post("https://cognito-idp.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1", `{"AccessToken":"`+c.secret("GetUser AccessToken", c.h5JWT(`{"token_use":"access","exp":1700003600}`))+`"}`).rh("X-Amz-Target", "AWSCognitoIdentityProviderService.GetUser").
				resp("application/x-amz-json-1.1", `{"UserAttributes":[{"Name":"sub","Value":"`+c.decoy(c.uuid())+`"},{"Name":"email","Value":"`+c.secret("Cognito attr email", "priya.raman@acme-corp.example")+`"},{"Name":"phone_number","Value":"`+c.secret("Cognito attr phone_number", "+919812345678")+`"},{"Name":"given_name","Value":"`+c.secret("Cognito attr given_name", "Priyadarshini")+`"}],"Username":"`+c.decoy(c.uuid())+`"}`)
		}},
		{cat, "login-gov-saml-post-nameid-and-attributes", func(c *gcase) {
			xml := `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_` + c.uuid() + `" Version="2.0"><saml:Assertion><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">` + c.secret("SAML NameID e-mail", "k.obrien@agency-mail.example") + `</saml:NameID></saml:Subject><saml:AttributeStatement><saml:Attribute Name="first_name"><saml:AttributeValue>` + c.secret("SAML first_name attribute", "Kathleen") + `</saml:AttributeValue></saml:Attribute><saml:Attribute Name="phone"><saml:AttributeValue>` + c.secret("SAML phone attribute", "+12025550143") + `</saml:AttributeValue></saml:Attribute><saml:Attribute Name="ial"><saml:AttributeValue>http://idmanagement.gov/ns/assurance/ial/2</saml:AttributeValue></saml:Attribute></saml:AttributeStatement></saml:Assertion></samlp:Response>`
			c.post("https://benefits.agency.example/saml/acs", "application/x-www-form-urlencoded", "SAMLResponse="+url.QueryEscape(gB64(xml))+"&"+c.decoy("RelayState=%2Fapply%2Fstep-2"))
		}},
		{cat, "fhir-patient-telecom", func(c *gcase) {
			c.get("https://fhir.acme-health.example/r4/Patient/"+c.decoy("908172")).resp("application/fhir+json", `{"resourceType":"Patient","id":"908172","meta":{`+c.decoy(`"versionId":"4"`)+`},"name":[{"use":"official","family":"`+c.secret("FHIR name.family", "Kowalczyk")+`","given":["`+c.secret("FHIR name.given[0]", "Agnieszka")+`"]}],"telecom":[{"system":"phone","value":"`+c.secret("FHIR telecom phone value", "+48 601 234 567")+`","use":"mobile"},{"system":"email","value":"`+c.secret("FHIR telecom email value", "a.kowalczyk@poczta-mail.example")+`"}],`+c.decoy(`"gender":"female"`)+`}`)
		}},
		{cat, "plaid-identity-owners", func(c *gcase) {
			c.post("https://production.plaid.com/identity/get", "application/json", `{"access_token":"`+c.secret("identity/get access_token", "access-production-"+c.uuid())+`"}`).
				resp("application/json", `{"accounts":[{"account_id":"`+c.decoy("BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp")+`","owners":[{"names":["`+c.secret("Plaid owners[].names[0]", "Marisol Echeverría")+`"],"emails":[{"data":"`+c.secret("Plaid owners[].emails[].data", "marisol.e@correo-mail.example")+`","primary":true,"type":"primary"}],"phone_numbers":[{"data":"`+c.secret("Plaid owners[].phone_numbers[].data", "+1 312-555-0176")+`","primary":true,"type":"mobile"}]}]}],`+c.decoy(`"request_id":"m8MDnv9okwxFNBV"`)+`}`)
		}},
		{cat, "cloudflare-trace-and-client-ip-headers", func(c *gcase) {
			c.get("https://app.acme.example/cdn-cgi/trace").resp("text/plain", c.decoy("fl=29f12")+"\nh=app.acme.example\nip="+c.secret("Cloudflare trace ip=", "203.0.113.58")+"\nts=1700000000.123\nvisit_scheme=https\n"+c.decoy("colo=FRA")+"\nhttp=http/2\ntls=TLSv1.3\n")
			e := c.get("https://origin.acme.example/api/me").rh("CF-Connecting-IP", c.secret("CF-Connecting-IP", "198.51.100.201"), "True-Client-IP", "198.51.100.201", "Fastly-Client-IP", c.secret("Fastly-Client-IP", "192.0.2.77"))
			e.set("serverIPAddress", c.decoy("104.18.32.7"))
		}},
		{cat, "stripe-connect-individual-form", func(c *gcase) {
			c.post("https://api.stripe.com/v1/accounts/acct_1Nv0FGQ9RKHgCVdL", "application/x-www-form-urlencoded",
				"individual%5Bfirst_name%5D="+c.secret("individual[first_name]", "Ingeborg")+"&individual%5Blast_name%5D="+c.secret("individual[last_name]", "Haraldsen")+"&individual%5Bemail%5D="+url.QueryEscape(c.secret("individual[email]", "jorunn.haraldsen@fjord-mail.example"))+"&individual%5Bphone%5D="+url.QueryEscape(c.secret("individual[phone]", "+4791234567"))+"&"+c.decoy("business_type=individual"))
		}},
		{cat, "clerk-user-object", func(c *gcase) {
			c.get("https://clerk.acme.example/v1/me?"+c.decoy("_clerk_js_version=5.35.1")).resp("application/json", `{"response":{"object":"user","id":"`+c.decoy("user_2NNEqL2nrIRdJ194ndJqAHwEfxC")+`","first_name":"`+c.secret("Clerk first_name", "Ngozichukwu")+`","last_name":"`+c.secret("Clerk last_name", "Eze-Williams")+`","email_addresses":[{"id":"idn_2NNEqPXYZ","email_address":"`+c.secret("Clerk email_address", "ngozi.ew@acme-corp.example")+`",`+c.decoy(`"verification":{"status":"verified","strategy":"email_code"}`)+`}],"phone_numbers":[{"phone_number":"`+c.secret("Clerk phone_number", "+447700900523")+`"}]}}`)
		}},
		{cat, "itsme-eidas-userinfo", func(c *gcase) {
			c.get("https://idp.prd.itsme.services/v2/userinfo").resp("application/json", `{"sub":"`+c.decoy("itsme-sub-7f3a91")+`","name":"`+c.secret("itsme userinfo name", "Lotte Vermeulen")+`","given_name":"Lotte","family_name":"Vermeulen","email":"`+c.secret("itsme userinfo email", "lotte.vermeulen@post-mail.example")+`","phone_number":"`+c.secret("itsme userinfo phone_number", "+32 470 12 34 56")+`",`+c.decoy(`"locale":"nl-BE"`)+`}`)
		}},
	}
}

// heldout5Open lists the cases of this corpus the engine does not handle
// yet, each with the missing mechanism. They are reported, not failed; any
// other leak or lost decoy fails the test, and so does an entry here that
// no longer leaks (the list only shrinks).
var heldout5Open = map[string]string{
	"lost 11.personal/cognito-getuser-attributes: a58520a8-9b9c-4549-aecc-e0b05dbc411f": "identity-field pseudonymisation (Username) does not exempt identifier shapes: a UUID user name is not a person's name",
	"3.unnamed/dash-baseurl-path-token: DASH BaseURL path token":                        "URL path segments are not examined inside XML element text (DASH <BaseURL>): the value-shape rule does not reach URLs in XML",
	"4.carriers/stomp-over-sockjs-array: STOMP passcode inside SockJS JSON array":       "STOMP frames are recognised only as a whole ws message; a frame inside a SockJS JSON array string is not parsed (no STOMP header pairs after JSON decoding)",
}
