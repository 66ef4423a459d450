package sanitize

// A twenty-fifth held-out corpus for "Detection that generalizes", written
// without reading the engine and kept distinct from the earlier corpora:
// mobile app backends captured through proxies (Charles, Proxyman, HTTP
// Toolkit, mitmproxy on iOS and Android): Firebase (Installations, Remote
// Config, FCM registration tokens, App Check, Dynamic Links), analytics and
// attribution SDKs (AppsFlyer, Adjust, Branch, Kochava, Amplitude mobile,
// Sentry mobile envelopes), push (APNs device tokens, OneSignal, Airship,
// Braze), in-app purchases (Apple App Store receipts and StoreKit 2 JWS,
// Google Play purchase tokens, RevenueCat), device attestation (Play
// Integrity, App Attest, DeviceCheck, SafetyNet), mobile SSO (AppAuth with
// PKCE and custom-scheme redirects, Sign in with Apple, Google Sign-In id
// tokens), Realm/MongoDB Atlas Device Sync, Supabase and Parse mobile, React
// Native and Flutter apps (CodePush, Expo updates), and binary protobuf and
// MessagePack bodies. Further products: the legacy FCM send API and the
// c2dm register3 endpoint, the Firebase Realtime Database REST stream and
// Firestore REST documents, the Identity Toolkit phone sign-in with
// iosReceipt and iosSecret, App Center and CodePush, Expo push tokens and
// EAS, Stream Chat and Agora RTC tokens, Sendbird, Apple PassKit web
// services, the App Store Server API and Server Notifications V2,
// AppConfig and Play EMM managed configurations, Reactotron's AsyncStorage
// view, Mapbox secret tokens, sentry-cli auth tokens, Midtrans card tokens,
// SoftPOS EMV TLV data, decrypted Apple Pay payment data, ipinfo, Zendesk
// Support SDK requests and react-native-contacts uploads. Carriers are
// those these apps use: JSON and form posts with the quirks of mobile
// HTTP stacks (OkHttp, CFNetwork, Dart's dart:io), Android
// SharedPreferences XML and Apple plist XML in diagnostic uploads, SOAP from
// Xamarin apps with entity-escaped XML, Sentry envelopes and Datadog RUM
// NDJSON, server-sent events, multipart/mixed Expo update manifests,
// websockets (graphql-transport-ws, Realm sync bind frames, Reactotron),
// gRPC over HTTP/2 with binary protobuf, MessagePack, base64 deep-link
// payloads, gzip and base64 layers, JWS nested in JWS, EMV TLV hex, HTTP/2
// pseudo headers and exporters' quirks (Charles params holding the whole
// body as a name, empty and wrong mime types, joined Set-Cookie, cookies
// without '=', split HTTP/2 cookie headers, comments and Safari fields).
// It reuses the harness of generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/binary"
	"math/big"
	"net/url"
	"strings"
	"testing"
)

func TestHeldout25Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 25", "heldout25Open", heldout25Cases(), heldout25Open)
}

func TestHeldout25CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout25Cases())
}

func heldout25Cases() []gdef {
	return gCollect(u25Names, u25Pairs, u25Unnamed, u25Carriers, u25Exporters, u25Everywhere, u25GraphQL, u25Vendors, u25Cards, u25Personal)
}

// heldout25Open lists what the engine misses in this corpus, each with the
// mechanism it lacks (reported, not failed; the list only shrinks).
var heldout25Open = map[string]string{
	// names spelled by the products
	"1.names/airship-channel-registration-basic: channel.push_address (APNs device token)": "a 64-hex APNs device token under push_address (Airship channel registration) is judged a hash: 'address' does not say push credential",
	// personal data
	"10.personal/find-my-device-name-with-owner: owner's name inside deviceName": "a person's name inside a device name (\"<Name>'s Pixel 8\") is not recognised; deviceName is not an identity field",
	"10.personal/flutter-profile-patch-dart-client: emergencyContact.name":       "a bare name member of a contact object (emergencyContact {name, phone}) is not judged a person's name, though its sibling phone is",
	// pairs spelled as data
	"2.pairs/ios-appconfig-xml-keyname: <string keyName=deviceSharedSecret>...<value>":     "AppConfig XML (<string keyName=\"...\"><defaultValue><value>) does not tie a nested <value> to the keyName attribute of its ancestor element",
	"2.pairs/ios-appconfig-xml-keyname: <string keyName=serviceAccountPassword>...<value>": "AppConfig XML (<string keyName=\"...\"><defaultValue><value>) does not tie a nested <value> to the keyName attribute of its ancestor element",
	// unnamed credentials
	"3.unnamed/apns-provider-api-device-path: APNs device token in /3/device/ path":                "a 64-hex APNs device token as the path segment after /3/device/ (APNs provider API) is judged a hash",
	"3.unnamed/fcm-legacy-send-registration-ids: registration_ids[0] (FCM token)":                  "FCM registration tokens (<instance id>:APA91b<tail>) in a registration_ids array are kept: the shape is not known and 'ids' reads as identifiers",
	"3.unnamed/fcm-legacy-send-registration-ids: registration_ids[1] (FCM token)":                  "FCM registration tokens (<instance id>:APA91b<tail>) in a registration_ids array are kept: the shape is not known and 'ids' reads as identifiers",
	"3.unnamed/firebase-dynamic-link-reopen-reset-path: reset token path segment in the deep link": "a token as the path segment after /account/reset/ of a deepLink value (and percent-encoded in link= of a page.link URL) is not redacted",
	"3.unnamed/totp-enrolment-otpauth-and-backup-array: backup code 1 (array element)":             "xxxxx-xxxxx backup codes in an unnamed 'backup' array next to an otpauth URI are not recognised as one-time credentials",
	"3.unnamed/totp-enrolment-otpauth-and-backup-array: backup code 2 (array element)":             "xxxxx-xxxxx backup codes in an unnamed 'backup' array next to an otpauth URI are not recognised as one-time credentials",
	// carriers
	"4.carriers/flutter-grpc-binary-protobuf-login: password in a binary protobuf request":       "a base64 application/grpc request body (framed binary protobuf) is not decoded: a password in a length-delimited field survives",
	"4.carriers/flutter-grpc-binary-protobuf-login: refresh token in a binary protobuf response": "a 48-hex token in a binary protobuf response field is kept (the base64url token beside it is caught): hex inside protobuf is judged a hash",
	"4.carriers/messagepack-login-request-and-token: password in a MessagePack map":              "a base64 application/msgpack request body is not decoded as a MessagePack map: the value after the \"password\" key survives",
	// exporters
	// graphql
	"7.graphql/amplify-appsync-api-key-and-device-token-input: variables.input.address (APNs token)": "a 64-hex APNs token under input.address (channel APNS) in GraphQL variables is judged a hash",
	"7.graphql/error-echoes-invalid-variable: promo redemption code (variables, echoed in errors)":   "a variable value redacted in the request (cardCode) is not replaced where the response echoes it in errors[].message",
	// cards and bank accounts
	"9.cards/softpos-emv-tlv-hex: PAN as BCD in EMV tags 5A and 57": "a PAN glued inside EMV TLV hex (5A08<pan>, 5713<pan>D...) is not found: card search needs a boundary",
	// lost decoys
	"lost 1.names/firebase-installations-fis-v2-refresh: c3iUgrB2CypuYWLc5z3AYO":          "the Firebase installation id (fid, and the path segment after /installations/) is redacted although it is an identifier, not a credential",
	"lost 4.carriers/xamarin-soap-entity-escaped-xml-result: role=&quot;Technician&quot;": "entity-escaped XML inside a SOAP <LoginResult> is replaced whole (as personal data) instead of only its token attribute",
	// unstable outputs
}

// u25Pw is a realistic human password: a word, digits, a symbol, a word.
func (c *gcase) u25Pw() string {
	words := []string{"Glacier", "Piston", "Marigold", "Sprocket", "Tamarind", "Quokka", "Basalt", "Juniper", "Nimbus", "Orchard", "Paprika", "Sextant", "Walrus", "Zephyr", "Cobalt", "Thistle"}
	syms := "!#$*+-=?@_~%"
	return words[c.rng.IntN(len(words))] + c.digits(2+c.rng.IntN(3)) + string(syms[c.rng.IntN(len(syms))]) + strings.ToLower(words[c.rng.IntN(len(words))])
}

// u25FCM is an FCM registration token: an instance id, ":APA91b", a tail.
func (c *gcase) u25FCM() string { return c.b64u(16) + ":APA91b" + c.pick(gB64uAlpha, 134) }

// u25ES256 is an ES256 JWT (Apple, Firebase Installations) with a random signature.
func (c *gcase) u25ES256(kid, claims string) string {
	hdr := `{"alg":"ES256","typ":"JWT"}`
	if kid != "" {
		hdr = `{"alg":"ES256","kid":"` + kid + `","typ":"JWT"}`
	}
	return gB64u(hdr) + "." + gB64u(claims) + "." + c.b64u(64)
}

// u25PlayToken is a Google Play purchase token.
func (c *gcase) u25PlayToken() string {
	return c.pick(gLower, 24) + ".AO-J1O" + c.pick(gB64uAlpha, 130)
}

// u25AppleCode is an Apple authorization code ("c"), access ("a") or refresh ("r") token.
func (c *gcase) u25AppleCode(prefix string) string {
	return prefix + c.hexs(32) + ".0." + c.pick(gLower, 4) + "." + c.pick(gB64uAlpha, 22)
}

// u25Upper is n upper-case letters and digits (team ids, key ids, codes).
func (c *gcase) u25Upper(n int) string { return c.pick(gUpper+gDigits, n) }

// u25FISRefresh is a Firebase Installations refresh token.
func (c *gcase) u25FISRefresh() string { return "3_AS3qfw" + c.alnum(110) }

// u25IP is a public IPv4 address of a subscriber line.
func (c *gcase) u25IP() string {
	firsts := []int{31, 46, 79, 84, 91, 109, 176, 188, 213, 217}
	return itoa25(firsts[c.rng.IntN(len(firsts))]) + "." + itoa25(1+c.rng.IntN(254)) + "." + itoa25(1+c.rng.IntN(254)) + "." + itoa25(2+c.rng.IntN(250))
}

func itoa25(n int) string { return big.NewInt(int64(n)).String() }

// u25PEMBody is the base64 body of a PKCS#8 key, wrapped at 64 columns.
func (c *gcase) u25PEMBody(prefix string, n int) string {
	s := prefix + c.pick(gAlnum+"+/", n-len(prefix))
	var lines []string
	for len(s) > 64 {
		lines = append(lines, s[:64])
		s = s[64:]
	}
	return strings.Join(append(lines, s), "\n")
}

func u25Basic(user, pass string) string { return "Basic " + gB64(user+":"+pass) }

// u25Msgpack encodes a MessagePack map of string keys and values.
func u25Msgpack(kv ...string) []byte {
	str := func(b []byte, s string) []byte {
		switch {
		case len(s) < 32:
			b = append(b, 0xa0|byte(len(s)))
		case len(s) < 256:
			b = append(b, 0xd9, byte(len(s)))
		default:
			b = append(b, 0xda, byte(len(s)>>8), byte(len(s)))
		}
		return append(b, s...)
	}
	b := []byte{0x80 | byte(len(kv)/2)}
	for _, s := range kv {
		b = str(b, s)
	}
	return b
}

// u25PbStr is a protobuf length-delimited field; u25PbVar a varint field.
func u25PbStr(num int, s string) []byte {
	b := binary.AppendUvarint(nil, uint64(num<<3|2))
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func u25PbVar(num int, v uint64) []byte {
	return binary.AppendUvarint(binary.AppendUvarint(nil, uint64(num<<3)), v)
}

func u25Cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// u25Grpc frames msg as a gRPC (HTTP/2) data frame.
func u25Grpc(msg []byte) []byte {
	n := len(msg)
	return append([]byte{0, byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}, msg...)
}

func u25GzipB64(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return base64.StdEncoding.EncodeToString(b.Bytes())
}

// u25IBAN computes the ISO 13616 check digits of an IBAN.
func u25IBAN(cc, bban string) string {
	var num strings.Builder
	for _, r := range bban + cc + "00" {
		if r >= 'A' && r <= 'Z' {
			num.WriteString(itoa25(int(r-'A') + 10))
		} else {
			num.WriteRune(r)
		}
	}
	n, _ := new(big.Int).SetString(num.String(), 10)
	chk := 98 - new(big.Int).Mod(n, big.NewInt(97)).Int64()
	d := itoa25(int(chk))
	if len(d) == 1 {
		d = "0" + d
	}
	return cc + d + bban
}

// u25Q percent-encodes a query value.
func u25Q(s string) string { return url.QueryEscape(s) }

// 1. Names spelled the way these products spell them.
func u25Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "firebase-installations-fis-v2-refresh", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "4.6.6"}
			pn := c.decoy(c.nonLuhn(12))
			apiKey := c.secret("x-goog-api-key header (Android API key)", "AIza"+c.pick(gB64uAlpha, 35))
			fid := c.decoy("c" + c.pick(gB64uAlpha, 21))
			appID := c.decoy("1:" + pn + ":android:" + c.hexs(16))
			refresh := c.secret("refreshToken of the installation", c.u25FISRefresh())
			auth1 := c.secret("authToken.token (FIS JWT)", c.u25ES256("", `{"appId":"`+appID+`","exp":1795345200,"fid":"`+fid+`","projectNumber":`+pn+`}`))
			auth2 := c.secret("generated FIS auth token", c.u25ES256("", `{"appId":"`+appID+`","exp":1795950000,"fid":"`+fid+`","projectNumber":`+pn+`}`))
			hdrs := []string{"Accept", "application/json", "Cache-Control", "no-cache", "X-Android-Package", c.decoy("com.trailmate.android"), "X-Android-Cert", c.decoy(strings.ToUpper(c.hexs(40))),
				"x-goog-api-key", apiKey, "x-firebase-client", c.decoy("fire-installations/17.2.0 fire-android/34 kotlin/1.9.22 fire-core/20.4.2"), "User-Agent", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)"}
			c.post("https://firebaseinstallations.googleapis.com/v1/projects/trailmate-prod/installations", "application/json",
				`{"fid":"`+fid+`","appId":"`+appID+`","authVersion":"FIS_v2","sdkVersion":"a:17.2.0"}`).rh(hdrs...).
				resp("application/json; charset=UTF-8", `{"name":"projects/`+pn+`/installations/`+fid+`","fid":"`+fid+`","refreshToken":"`+refresh+`","authToken":{"token":"`+auth1+`",`+c.decoy(`"expiresIn":"604800s"`)+`}}`)
			c.post("https://firebaseinstallations.googleapis.com/v1/projects/trailmate-prod/installations/"+fid+"/authTokens:generate", "application/json",
				`{"installation":{"sdkVersion":"a:17.2.0"}}`).rh(append(hdrs, "Authorization", "FIS_v2 "+refresh)...).
				resp("application/json; charset=UTF-8", `{"token":"`+auth2+`","expiresIn":"604800s"}`)
		}},
		{cat, "app-store-verify-receipt-shared-secret", func(c *gcase) {
			c.creator = [2]string{"Proxyman", "5.4.0"}
			rcpt := c.secret("receipt-data (PKCS#7 app receipt)", "MIIT"+c.b64s(600))
			latest := c.secret("latest_receipt in the response", "MIIU"+c.b64s(640))
			tid := c.decoy(c.nonLuhn(16))
			c.post("https://buy.itunes.apple.com/verifyReceipt", "application/json",
				`{"receipt-data":"`+rcpt+`","password":"`+c.secret("password (App-Specific Shared Secret)", c.hexs(32))+`","exclude-old-transactions":true}`).
				rh("User-Agent", c.decoy("Pocketbrew/3.8.1 (com.pocketbrew.ios; build:3810; iOS 17.4.1) Alamofire/5.9.0")).
				resp("application/json", `{"status":0,"environment":"Production","receipt":{"receipt_type":"Production",`+c.decoy(`"bundle_id":"com.pocketbrew.ios"`)+`,`+c.decoy(`"application_version":"3810"`)+`,"in_app":[{"quantity":"1","product_id":"`+c.decoy("com.pocketbrew.club.monthly")+`","transaction_id":"`+tid+`","original_transaction_id":"`+tid+`",`+c.decoy(`"purchase_date_ms":"1732270500000"`)+`}]},"latest_receipt":"`+latest+`"}`)
		}},
		{cat, "adjust-sdk-signature-and-s2s-bearer", func(c *gcase) {
			c.creator = [2]string{"HTTP Toolkit", "1.19.0"}
			gps := c.decoy(c.uuid())
			sig := c.secret("signature=\"...\" in Authorization: Signature", c.hexs(64))
			c.post("https://app.adjust.com/session", "application/x-www-form-urlencoded",
				"app_token="+c.pick(gLower+gDigits, 12)+"&"+c.decoy("app_version=5.12.0")+"&attribution_deeplink=1&connectivity_type=1&"+c.decoy("created_at=2026-11-22T10%3A15%3A00.123Z%2B0100")+"&device_type=phone&environment=production&event_buffering_enabled=0&gps_adid="+gps+"&needs_response_details=1&os_name=android&"+c.decoy("os_version=14")+"&session_count=7").
				rh("Authorization", `Signature secret_id="3",signature="`+sig+`",algorithm="sha256",headers="created_at gps_adid app_secret activity_kind"`, "Client-SDK", c.decoy("android4.38.2")).
				resp("application/json", `{"app_token":"`+c.pick(gLower+gDigits, 12)+`","adid":"`+c.decoy(c.hexs(32))+`",`+c.decoy(`"timestamp":"2026-11-22T10:15:00.342Z+0000"`)+`,"ask_in":5000}`)
			c.post("https://s2s.adjust.com/event", "application/x-www-form-urlencoded",
				"s2s=1&app_token="+c.pick(gLower+gDigits, 12)+"&event_token=f0ob4r&gps_adid="+gps+"&revenue=9.99&currency=EUR").
				rh("Authorization", "Bearer "+c.secret("Adjust S2S token (Bearer)", c.hexs(32)))
		}},
		{cat, "appsflyer-s2s-authentication-header-and-pull-api", func(c *gcase) {
			afid := c.decoy("1732270500123-" + c.nonLuhn(19))
			c.post("https://api2.appsflyer.com/inappevent/id"+c.decoy("1583726491"), "application/json",
				`{"appsflyer_id":"`+afid+`","eventName":"af_purchase","eventValue":"{\"af_revenue\":\"4.99\",\"af_currency\":\"USD\",\"af_content_id\":\"coins_500\"}",`+c.decoy(`"eventTime":"2026-11-22 10:15:00.000"`)+`,"bundleIdentifier":"com.kiteboard.game","idfv":"`+c.decoy(strings.ToUpper(c.uuid()))+`"}`).
				rh("authentication", c.secret("authentication header (AppsFlyer dev key)", c.alnum(22)), "Content-Type", "application/json").resp("text/plain", "ok")
			c.get("https://hq1.appsflyer.com/api/raw-data/export/app/id1583726491/installs_report/v5?"+c.decoy("from=2026-11-01&to=2026-11-21")+"&timezone=UTC").
				rh("Authorization", "Bearer "+c.secret("AppsFlyer API V2 token (Bearer JWT)", c.hs256JWT(`{"nbf":1732000000,"api_version":"2.0","account_id":"`+c.hexs(24)+`","sub":"`+c.hexs(24)+`"}`)), "accept", "text/csv")
		}},
		{cat, "parse-server-rest-headers-and-login-query", func(c *gcase) {
			inst := c.decoy(c.uuid())
			sess := c.secret("sessionToken (r: Parse session)", "r:"+c.hexs(32))
			rest := c.secret("X-Parse-REST-API-Key header", c.alnum(40))
			c.get("https://parseapi.back4app.com/login?username=marta.kowal&password="+u25Q(c.secret("password in the /login query", c.u25Pw()))).
				rh("X-Parse-Application-Id", c.alnum(40), "X-Parse-REST-API-Key", rest, "X-Parse-Installation-Id", inst, "X-Parse-Revocable-Session", "1", "X-Parse-Client-Version", c.decoy("i1.19.4")).
				resp("application/json; charset=utf-8", `{"objectId":"`+c.decoy("Kq7TmB2xZa")+`","username":"marta.kowal",`+c.decoy(`"createdAt":"2024-06-02T08:11:45.201Z"`)+`,"sessionToken":"`+sess+`"}`)
			c.post("https://parseapi.back4app.com/classes/Trip", "application/json", `{"name":"Tatra loop","distanceKm":18.4}`).
				rh("X-Parse-REST-API-Key", rest, "X-Parse-Session-Token", sess, "X-Parse-Installation-Id", inst).
				resp("application/json", `{"objectId":"`+c.decoy("Zr81LbQp0e")+`","createdAt":"2026-11-22T10:15:02.118Z"}`).code(201)
		}},
		{cat, "realm-local-userpass-login-and-session-refresh", func(c *gcase) {
			app := "trailsync-" + c.pick(gLower, 5)
			uid := c.decoy(c.hexs(24))
			at := c.secret("access_token (Realm)", c.hs256JWT(`{"baas_device_id":"`+c.hexs(24)+`","baas_domain_id":"`+c.hexs(24)+`","exp":1732272300,"sub":"`+uid+`","typ":"access"}`))
			rt := c.secret("refresh_token (Realm)", c.hs256JWT(`{"baas_session_id":"`+c.hexs(24)+`","exp":1737454500,"sub":"`+uid+`","typ":"refresh"}`))
			at2 := c.secret("access_token of /auth/session", c.hs256JWT(`{"exp":1732274100,"sub":"`+uid+`","typ":"access","n":2}`))
			c.post("https://eu-central-1.aws.services.cloud.mongodb.com/api/client/v2.0/app/"+app+"/auth/providers/local-userpass/login", "application/json",
				`{"username":"ops@trailsync.example","password":"`+c.secret("password of local-userpass login", c.u25Pw())+`","options":{"device":{"appId":"com.trailsync.ios","appVersion":"2.3.0","platform":"iOS","platformVersion":"17.4.1","sdk":"Realm Swift","sdkVersion":"10.47.0","cpuArch":"arm64"}}}`).
				resp("application/json", `{"access_token":"`+at+`","refresh_token":"`+rt+`","user_id":"`+uid+`","device_id":"`+c.decoy(c.hexs(24))+`"}`)
			c.post("https://eu-central-1.aws.services.cloud.mongodb.com/api/client/v2.0/auth/session", "", "").rh("Authorization", "Bearer "+rt).
				resp("application/json", `{"access_token":"`+at2+`"}`).code(201)
		}},
		{cat, "airship-channel-registration-basic", func(c *gcase) {
			appKey := c.pick(gB64uAlpha, 22)
			apns := c.secret("channel.push_address (APNs device token)", c.hexs(64))
			c.post("https://device-api.urbanairship.com/api/channels/", "application/json",
				`{"channel":{"device_type":"ios","opt_in":true,"background":true,"push_address":"`+apns+`","set_tags":false,"tags":[],"timezone":"Europe/Warsaw","locale_language":"pl","locale_country":"PL","ios":{"badge":0,"quiettime":{}}},"identity_hints":{"user_id":"u-4471"}}`).
				rh("Authorization", u25Basic(appKey, c.secret("Airship app secret in Basic", c.pick(gB64uAlpha, 22))), "Accept", "application/vnd.urbanairship+json; version=3;", "X-UA-App-Key", appKey, "User-Agent", c.decoy("(UALib 17.7.3; com.kiteboard.game)")).
				resp("application/json", `{"ok":true,"channel_id":"`+c.decoy(c.uuid())+`"}`).code(201)
		}},
		{cat, "codepush-deployment-key-and-appcenter-api-token", func(c *gcase) {
			ph := c.decoy(c.hexs(64))
			c.get("https://codepush.appcenter.ms/v0.1/public/codepush/update_check?deployment_key="+c.secret("deployment_key query parameter", c.pick(gB64uAlpha, 37))+"&app_version=2.4.0&package_hash="+ph+"&is_companion=&label=v17&client_unique_id="+c.decoy(strings.ToUpper(c.uuid()))).
				resp("application/json", `{"update_info":{"download_url":"https://codepushupdates.azureedge.net/storagev2/`+c.pick(gB64uAlpha, 43)+`","description":"Fix map tiles","is_available":true,"is_disabled":false,"is_mandatory":false,"target_binary_range":"2.4.0","label":"v18",`+c.decoy(`"package_hash":"`+c.hexs(64)+`"`)+`,"package_size":1204883,"should_run_binary_version":false,"update_app_version":false}}`)
			c.post("https://api.appcenter.ms/v0.1/apps/trailmate/Trailmate-iOS/deployments/Staging/promote_release/Production", "application/json", `{"label":"v18","rollout":25,"mandatory":false}`).
				rh("X-API-Token", c.secret("X-API-Token header (App Center)", c.hexs(40)), "internal-request-source", "cli")
		}},
		{cat, "sign-in-with-apple-native-to-backend", func(c *gcase) {
			idt := c.rs256JWT("W6WcOKB", `{"iss":"https://appleid.apple.com","aud":"com.pocketbrew.ios","exp":1732356900,"iat":1732270500,"sub":"001234.`+c.hexs(32)+`.1042","c_hash":"`+c.b64u(16)+`","auth_time":1732270500,"nonce_supported":true}`)
			c.post("https://api.pocketbrew.example/v2/auth/apple", "application/json",
				`{"identityToken":"`+c.secret("identityToken (Apple id token)", idt)+`","authorizationCode":"`+c.secret("authorizationCode (Apple)", c.u25AppleCode("c"))+`","user":"001234.`+c.hexs(32)+`.1042","realUserStatus":2,`+c.decoy(`"clientVersion":"3.8.1 (3810)"`)+`}`).
				resp("application/json", `{"accessToken":"`+c.secret("accessToken of the backend session", c.b64u(32))+`","refreshToken":"`+c.secret("refreshToken of the backend session", c.b64u(48))+`",`+c.decoy(`"expiresIn":900`)+`,"isNewUser":false}`)
		}},
		{cat, "google-sign-in-server-auth-code-android", func(c *gcase) {
			c.post("https://api.lumenfit.example/auth/google", "application/json; charset=UTF-8",
				`{"idToken":"`+c.secret("idToken (Google)", c.rs256JWT(c.hexs(40), `{"iss":"https://accounts.google.com","azp":"`+c.digits(12)+"-"+c.pick(gLower+gDigits, 32)+".apps.googleusercontent.com"+`","aud":"web-client","sub":"1`+c.digits(20)+`","exp":1732274100}`))+`","serverAuthCode":"`+c.secret("serverAuthCode", "4/0A"+c.pick(gB64uAlpha, 70))+`","grantedScopes":["openid","email","https://www.googleapis.com/auth/fitness.activity.read"]}`).
				rh("User-Agent", c.decoy("okhttp/4.12.0"), "X-Client-Version", "android-4.1.0").
				resp("application/json", `{"session":"`+c.secret("session (backend session token)", c.alnum(40))+`",`+c.decoy(`"scope":"fitness.activity.read"`)+`}`)
		}},
		{cat, "react-native-metro-bundle-config-literals", func(c *gcase) {
			js := `__d(function (global, _$$_REQUIRE, _$$_IMPORT_DEFAULT, _$$_IMPORT_ALL, module, exports, _dependencyMap) {
  Object.defineProperty(exports, "__esModule", { value: true });
  var Config = {
    apiBaseUrl: "https://api.kiteboard.example/v3",
    ` + c.decoy(`sentryRelease: "kiteboard@2.4.0+240"`) + `,
    oauthClientId: "kiteboard-mobile",
    oauthClientSecret: "` + c.secret("oauthClientSecret JS literal", c.b64u(30)) + `",
    segmentWriteKey: "` + c.alnum(32) + `",
    'x-partner-secret': '` + c.secret("'x-partner-secret' quoted JS key", c.hexs(40)) + `',
    ` + c.decoy(`buildNumber: 240`) + `
  };
  exports.default = Config;
},412,[],"src/config/index.ts");`
			c.get("http://10.0.2.2:8081/index.bundle?platform=android&dev=true&minify=false&app=com.kiteboard.game&modulesOnly=false&runModule=true").
				resp("application/javascript; charset=UTF-8", js).sh("X-React-Native-Project-Root", c.decoy("/Users/dev/src/kiteboard"))
		}},
		{cat, "firebase-app-check-app-attest-exchange", func(c *gcase) {
			app := "1:" + c.digits(12) + ":ios:" + c.hexs(16)
			tok := c.secret("appCheckToken.token (App Check JWT)", c.rs256JWT(c.b64u(6), `{"sub":"`+app+`","aud":["projects/`+c.digits(12)+`","projects/pocketbrew-prod"],"provider":"app_attest","iss":"https://firebaseappcheck.googleapis.com/`+c.digits(12)+`","exp":1732274100,"jti":"`+c.b64u(16)+`"}`))
			c.post("https://firebaseappcheck.googleapis.com/v1/projects/pocketbrew-prod/apps/"+app+":exchangeAppAttestAttestation?key=AIza"+c.pick(gB64uAlpha, 35), "application/json",
				`{"attestationStatement":"o2NmbXRvYXBwbGUtYXBwYXR0ZXN0Z2F0dFN0bXSiY3g1Y4JZA`+c.b64s(900)+`","challenge":"`+c.b64s(32)+`","keyId":"`+c.b64s(32)+`"}`).
				rh("X-Ios-Bundle-Identifier", c.decoy("com.pocketbrew.ios"), "X-Firebase-Client", c.decoy("apple-platform/ios apple-sdk/21C52 appstore/true deploy/cocoapods device/iPhone15,3 fire-appcheck/10.24.0 os-version/17.4.1 xcode/15C500b")).
				resp("application/json; charset=UTF-8", `{"artifact":"`+c.secret("artifact of the attestation exchange", c.b64s(96))+`","appCheckToken":{"token":"`+tok+`",`+c.decoy(`"ttl":"3600s"`)+`}}`)
			c.get("https://api.pocketbrew.example/v2/menu?store="+c.decoy("KRK-KAZ-02")).rh("X-Firebase-AppCheck", tok, "X-Firebase-AppCheck-Limited-Use", c.secret("X-Firebase-AppCheck-Limited-Use header", c.rs256JWT(c.b64u(6), `{"sub":"`+app+`","provider":"app_attest","limited_use":true,"exp":1732270800}`)))
		}},
	}
}

// 2. Name/value pairs spelled as data.
func u25Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "firebase-remote-config-template-parameters", func(c *gcase) {
			etag := c.decoy("etag-" + c.digits(12) + "-42")
			c.get("https://firebaseremoteconfig.googleapis.com/v1/projects/trailmate-prod/remoteConfig").rh("Authorization", "Bearer "+c.secret("ya29 bearer of the console", "ya29.a0A"+c.pick(gB64uAlpha, 150))).
				sh("ETag", etag).
				resp("application/json; charset=UTF-8", `{"conditions":[{"name":"ios_beta","expression":"app.id == '1:`+c.digits(12)+`:ios:`+c.hexs(16)+`'","tagColor":"ORANGE"}],"parameters":{`+
					`"weather_api_secret":{"defaultValue":{"value":"`+c.secret("parameters.weather_api_secret.defaultValue.value", c.hexs(32))+`"},"valueType":"STRING"},`+
					`"partner_webhook_signing_secret":{"defaultValue":{"value":"`+c.secret("parameters.partner_webhook_signing_secret.defaultValue.value", "whsec_"+c.b64s(24))+`"},"conditionalValues":{"ios_beta":{"value":"`+c.secret("conditionalValues.ios_beta.value of the signing secret", "whsec_"+c.b64s(24))+`"}},"valueType":"STRING"},`+
					c.decoy(`"min_supported_version":{"defaultValue":{"value":"5.0.0"},"valueType":"STRING"}`)+`},"version":{`+c.decoy(`"versionNumber":"87"`)+`,"updateTime":"2026-11-20T09:12:44.102Z","updateOrigin":"CONSOLE","updateType":"INCREMENTAL_UPDATE"}}`)
		}},
		{cat, "android-shared-prefs-xml-in-support-bundle", func(c *gcase) {
			xml := `<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<map>
    <string name="auth_token">` + c.secret(`<string name="auth_token">`, c.b64u(40)) + `</string>
    <string name="refresh_token">` + c.secret(`<string name="refresh_token">`, c.alnum(48)) + `</string>
    <boolean name="onboarding_done" value="true" />
    ` + c.decoy(`<int name="launch_count" value="42" />`) + `
    <string name="mqtt_password">` + c.secret(`<string name="mqtt_password">`, c.u25Pw()) + `</string>
    ` + c.decoy(`<string name="last_seen_version">2.4.0</string>`) + `
</map>`
			body := "--AaB03x\r\nContent-Disposition: form-data; name=\"ticket\"\r\n\r\n" + c.decoy("SUP-"+c.digits(6)) + "\r\n--AaB03x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"com.kiteboard.game_preferences.xml\"\r\nContent-Type: text/xml\r\n\r\n" + xml + "\r\n--AaB03x--\r\n"
			c.post("https://support.kiteboard.example/api/bundles", "multipart/form-data; boundary=AaB03x", body).rh("User-Agent", "okhttp/4.12.0")
		}},
		{cat, "ios-plist-xml-diagnostic-upload", func(c *gcase) {
			pl := `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleShortVersionString</key>
	<string>` + c.decoy("3.8.1") + `</string>
	<key>SessionRefreshToken</key>
	<string>` + c.secret("<key>SessionRefreshToken</key><string>", c.b64u(36)) + `</string>
	<key>lastSyncRevision</key>
	<integer>` + c.decoy("58213") + `</integer>
	<key>StripeEphemeralKeySecret</key>
	<string>` + c.secret("<key>StripeEphemeralKeySecret</key><string>", "ek_live_"+c.alnum(40)) + `</string>
	<key>passcode</key>
	<string>` + c.secret("<key>passcode</key><string>", c.digits(8)) + `</string>
</dict>
</plist>`
			c.post("https://diag.pocketbrew.example/v1/uploads?kind=defaults", "application/x-plist", pl).rh("User-Agent", c.decoy("Pocketbrew/3810 CFNetwork/1494.0.7 Darwin/23.4.0"))
		}},
		{cat, "atlas-app-services-secrets-and-values", func(c *gcase) {
			g, a := c.hexs(24), c.hexs(24)
			base := "https://services.cloud.mongodb.com/api/admin/v3.0/groups/" + g + "/apps/" + a
			c.post(base+"/secrets", "application/json", `{"name":"stripeSecretKey","value":"`+c.secret("{name: stripeSecretKey, value}", c.alnum(40))+`"}`).
				rh("Authorization", "Bearer "+c.secret("admin API bearer", c.hs256JWT(`{"sub":"`+c.hexs(24)+`","typ":"access"}`))).
				resp("application/json", `{"_id":"`+c.decoy(c.hexs(24))+`","name":"stripeSecretKey"}`).code(201)
			c.post(base+"/values", "application/json", c.decoy(`{"name":"apiBase","value":"https://api.trailsync.example/v2","from_secret":false}`)).code(201)
			c.post(base+"/values", "application/json", `{"name":"smtpPassword","value":"`+c.secret("{name: smtpPassword, value} of a value", c.u25Pw())+`","from_secret":false}`).code(201)
		}},
		{cat, "play-emm-managed-properties", func(c *gcase) {
			c.req("PUT", "https://androidmanagement.googleapis.com/v1/enterprises/LC0"+c.hexs(7)+"/policies/field-tablets", "application/json",
				`{"applications":[{"packageName":"com.fieldnotes.app","installType":"FORCE_INSTALLED","managedConfiguration":{"server_url":"https://notes.fieldnotes.example",`+c.decoy(`"sync_interval_minutes":15`)+`,"enrollment_secret":"`+c.secret("managedConfiguration.enrollment_secret", c.b64u(24))+`"}}]}`).
				rh("Authorization", "Bearer "+c.secret("ya29 of the EMM console", "ya29.c.b0A"+c.pick(gB64uAlpha, 140)))
			c.post("https://www.googleapis.com/androidenterprise/v1/enterprises/"+c.decoy("LC04a1x9b2")+"/devices/"+c.decoy("3f9a27c1b0e8d642")+"/managedConfigurationsForDevice/com.fieldnotes.app", "application/json",
				`{"kind":"androidenterprise#managedConfiguration","productId":"app:com.fieldnotes.app","managedProperty":[`+c.decoy(`{"key":"tenant","valueString":"north-depot"}`)+`,{"key":"api_password","valueString":"`+c.secret("managedProperty {key: api_password, valueString}", c.u25Pw())+`"}]}`)
		}},
		{cat, "ios-appconfig-xml-keyname", func(c *gcase) {
			xml := `<managedAppConfiguration>
  <version>` + c.decoy("1.2.0") + `</version>
  <bundleId>com.fieldnotes.ios</bundleId>
  <dict>
    <string keyName="serverURL"><defaultValue><value>https://notes.fieldnotes.example</value></defaultValue></string>
    <string keyName="serviceAccountPassword"><defaultValue><value>` + c.secret("<string keyName=serviceAccountPassword>...<value>", c.u25Pw()) + `</value></defaultValue></string>
    <string keyName="deviceSharedSecret"><defaultValue><value>` + c.secret("<string keyName=deviceSharedSecret>...<value>", c.hexs(40)) + `</value></defaultValue></string>
    ` + c.decoy(`<integer keyName="syncInterval"><defaultValue><value>900</value></defaultValue></integer>`) + `
  </dict>
</managedAppConfiguration>`
			c.req("PUT", "https://mdm.fieldnotes.example/api/v1/apps/com.fieldnotes.ios/appconfig", "application/xml", xml)
		}},
		{cat, "capacitor-webview-settings-inputs", func(c *gcase) {
			html := `<ion-content><form id="integration"><ion-item><ion-label>Broker</ion-label><ion-input id="mqttHost" value="` + c.decoy("mqtt.kiteboard.example") + `"></ion-input></ion-item>` +
				`<ion-item><ion-label>Password</ion-label><input type="password" id="mqttPassword" name="mqttPassword" value="` + c.secret(`<input id=mqttPassword value>`, c.u25Pw()) + `"></ion-item>` +
				`<ion-item><ion-label>API secret</ion-label><ion-input id="api-secret" value="` + c.secret(`<ion-input id=api-secret value>`, c.alnum(32)) + `"></ion-input></ion-item>` +
				`<p class="ver">` + c.decoy("Kiteboard Connect 2.4.0 (240)") + `</p></form></ion-content>`
			c.get("capacitor://localhost/settings/integration").resp("text/html", html)
		}},
		{cat, "reactotron-asyncstorage-key-value-arrays", func(c *gcase) {
			rt := c.secret(`["@auth/refreshToken", value]`, c.b64u(40))
			ws := c.get("ws://localhost:9090/").code(101)
			ws.wsMsg("receive", 1, `{"type":"asyncStorage.values.change","payload":{"preview":"multiSet","values":[["@auth/refreshToken","`+rt+`"],["@auth/deviceSecret","`+c.secret(`["@auth/deviceSecret", value]`, c.hexs(48))+`"],`+c.decoy(`["@settings/theme","dark"]`)+`,["@settings/units","metric"]]},"important":false,"date":"2026-11-22T10:15:01.204Z","deltaTime":12}`)
			ws.wsMsg("send", 1, `{"type":"client.intro","payload":{"name":"Kiteboard",`+c.decoy(`"reactotronLibraryVersion":"5.1.6"`)+`,"platform":"ios"}}`)
		}},
		{cat, "sentry-event-request-headers-pair-list", func(c *gcase) {
			eid := c.decoy(c.hexs(32))
			ev := `{"event_id":"` + eid + `","timestamp":1732270501.2,"platform":"cocoa","level":"error","exception":{"values":[{"type":"HTTPError","value":"401 Unauthorized"}]},"request":{"url":"https://api.pocketbrew.example/v2/orders","method":"POST","headers":[["Authorization","Bearer ` +
				c.secret(`request.headers ["Authorization","Bearer ..."]`, c.b64u(36)) + `"],["X-Device-Secret","` + c.secret(`request.headers ["X-Device-Secret", v]`, c.hexs(40)) + `"],` + c.decoy(`["User-Agent","Pocketbrew/3810 CFNetwork/1494.0.7 Darwin/23.4.0"]`) + `]},"release":"` + c.decoy("com.pocketbrew.ios@3.8.1+3810") + `"}`
			env := `{"event_id":"` + eid + `","sent_at":"2026-11-22T10:15:01.402Z","sdk":{"name":"sentry.cocoa","version":"8.21.0"}}` + "\n" + `{"type":"event","length":` + itoa25(len(ev)) + `}` + "\n" + ev + "\n"
			c.post("https://o4504"+c.digits(12)+".ingest.us.sentry.io/api/4504"+c.digits(12)+"/envelope/", "application/x-sentry-envelope", env).
				rh("X-Sentry-Auth", "Sentry sentry_version=7,sentry_client=sentry.cocoa/8.21.0,sentry_key="+c.hexs(32)).resp("application/json", `{"id":"`+eid+`"}`)
		}},
		{cat, "firestore-rest-typed-fields", func(c *gcase) {
			c.req("PATCH", "https://firestore.googleapis.com/v1/projects/kiteboard-prod/databases/(default)/documents/hubs/"+c.decoy("hub_8Kq2Lr")+"?updateMask.fieldPaths=pairingSecret&updateMask.fieldPaths=model", "application/json",
				`{"fields":{"pairingSecret":{"stringValue":"`+c.secret("fields.pairingSecret.stringValue", c.b64u(24))+`"},"wifi":{"mapValue":{"fields":{"ssid":{"stringValue":"KiteHub-2F"},"psk":{"stringValue":"`+c.secret("fields.wifi.mapValue.fields.psk.stringValue", c.u25Pw())+`"}}}},`+c.decoy(`"model":{"stringValue":"KH-200 rev C"}`)+`}}`).
				rh("Authorization", "Bearer "+c.secret("Firebase id token bearer", c.rs256JWT(c.hexs(40), `{"iss":"https://securetoken.google.com/kiteboard-prod","aud":"kiteboard-prod","user_id":"`+c.alnum(28)+`","exp":1732274100}`)))
		}},
	}
}

// 3. Credentials with no telling name.
func u25Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "google-play-purchase-token-in-androidpublisher-path", func(c *gcase) {
			pt := c.secret("purchase token as androidpublisher path segment", c.u25PlayToken())
			c.get("https://androidpublisher.googleapis.com/androidpublisher/v3/applications/com.lumenfit.app/purchases/subscriptionsv2/tokens/"+pt).
				rh("Authorization", "Bearer "+c.secret("ya29 of the service account", "ya29.c.c0A"+c.pick(gB64uAlpha, 150))).
				resp("application/json; charset=UTF-8", `{"kind":"androidpublisher#subscriptionPurchaseV2",`+c.decoy(`"startTime":"2026-10-22T10:15:00.412Z"`)+`,"regionCode":"DE","subscriptionState":"SUBSCRIPTION_STATE_ACTIVE",`+c.decoy(`"latestOrderId":"GPA.3341-2271-4405-12873..0"`)+`,"acknowledgementState":"ACKNOWLEDGEMENT_STATE_ACKNOWLEDGED","lineItems":[{"productId":"`+c.decoy("lumen_plus_monthly")+`","expiryTime":"2026-12-22T10:15:00.412Z","autoRenewingPlan":{"autoRenewEnabled":true}}]}`)
		}},
		{cat, "firebase-dynamic-link-reopen-reset-path", func(c *gcase) {
			tok := c.secret("reset token path segment in the deep link", c.b64u(32))
			deep := "https://app.trailmate.example/account/reset/" + tok
			c.post("https://firebasedynamiclinks.googleapis.com/v1/reopenAttribution?key=AIza"+c.pick(gB64uAlpha, 35), "application/json",
				`{"bundle_id":"com.trailmate.ios","ios_version":"17.4.1","sdk_version":"10.24.0","requested_link":"https://trailmate.page.link/?link=`+url.QueryEscape(deep)+`&ibi=com.trailmate.ios&isi=1583726491&efr=1"}`).
				resp("application/json; charset=UTF-8", `{"deepLink":"`+deep+`","invitationId":"","resolvedLink":"https://trailmate.page.link/?link=`+url.QueryEscape(deep)+`","matchMessage":"Link is uniquely matched for this device.",`+c.decoy(`"utmSource":"password_reset_email"`)+`}`)
		}},
		{cat, "custom-scheme-magic-link-redirect", func(c *gcase) {
			tok := c.secret("magic-link token in a custom-scheme path", c.alnum(43))
			c.get("https://links.lumenfit.example/m/"+c.decoy("e7Kq")).code(302).sh("Location", "lumenfit://auth/magic/"+tok+"?src=email").
				resp("text/html", `<a href="lumenfit://auth/magic/`+tok+`?src=email">Open Lumen</a>`)
			c.post("https://api.lumenfit.example/auth/magic/exchange", "application/json", `{"link":"lumenfit://auth/magic/`+tok+`?src=email","device":"`+c.decoy("Pixel 8")+`"}`).
				resp("application/json", `{"token":"`+c.secret("session token of the exchange", c.b64u(32))+`",`+c.decoy(`"ttl":2592000`)+`}`)
		}},
		{cat, "apns-provider-api-device-path", func(c *gcase) {
			dt := c.secret("APNs device token in /3/device/ path", c.hexs(64))
			e := c.post("https://api.sandbox.push.apple.com/3/device/"+dt, "application/json", `{"aps":{"alert":{"title":"Order ready","body":"Your flat white is ready at Kazimierz"},"sound":"default","badge":1},"order":"`+c.decoy("PB-88214")+`"}`).
				rh("authorization", "bearer "+c.secret("APNs provider JWT", c.u25ES256(c.u25Upper(10), `{"iss":"`+c.u25Upper(10)+`","iat":1732270500}`)), "apns-topic", c.decoy("com.pocketbrew.ios"), "apns-push-type", "alert", "apns-priority", "10", "apns-expiration", "0").
				sh("apns-id", c.decoy(strings.ToUpper(c.uuid())), "apns-unique-id", c.decoy(c.uuid()))
			e.httpVersion = "HTTP/2.0"
		}},
		{cat, "branch-link-in-support-chat-prose", func(c *gcase) {
			tok := c.secret("login hand-off token in a link in chat prose", c.pick(gLower+gDigits, 26))
			msg := "Hi Marta, to move your account to the new phone open this link on it: https://pocketbrew.app.link/login/" + tok + " (valid for 30 minutes). Your loyalty stamps will come along."
			c.post("https://pocketbrew.zendesk.com/api/v2/requests/"+c.decoy("88213")+".json", "application/json", `{"request":{"comment":{"body":`+gJS(msg)+`,"public":true}}}`).
				resp("application/json", `{"request":{"id":88213,"status":"pending",`+c.decoy(`"updated_at":"2026-11-22T10:15:03Z"`)+`}}`)
		}},
		{cat, "tv-pairing-qr-fragment", func(c *gcase) {
			frag := c.secret("pairing capability as bare URL fragment", c.b64u(24))
			c.post("https://api.lumenfit.example/tv/pairings", "application/json", `{"tvModel":"`+c.decoy("BRAVIA XR-55A80L")+`","platform":"androidtv"}`).
				resp("application/json", `{"pairingId":"`+c.decoy(c.uuid())+`","qr":"https://lumenfit.example/pair#`+frag+`",`+c.decoy(`"pollInterval":3`)+`}`)
			c.get("https://lumenfit.example/pair#" + frag)
		}},
		{cat, "totp-enrolment-otpauth-and-backup-array", func(c *gcase) {
			sec := c.secret("otpauth secret= (base32 TOTP seed)", c.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32))
			b1 := c.secret("backup code 1 (array element)", c.pick(gLower+gDigits, 5)+"-"+c.pick(gLower+gDigits, 5))
			b2 := c.secret("backup code 2 (array element)", c.pick(gLower+gDigits, 5)+"-"+c.pick(gLower+gDigits, 5))
			c.post("https://api.kiteboard.example/v3/me/2fa", "application/json", `{"method":"totp"}`).
				resp("application/json", `{"otpauth":"otpauth://totp/Kiteboard:rider4471?secret=`+sec+`&issuer=Kiteboard&algorithm=SHA1&digits=6&period=30","backup":["`+b1+`","`+b2+`"],`+c.decoy(`"enrolledAt":"2026-11-22T10:15:00Z"`)+`}`)
		}},
		{cat, "fcm-legacy-send-registration-ids", func(c *gcase) {
			t1 := c.secret("registration_ids[0] (FCM token)", c.u25FCM())
			t2 := c.secret("registration_ids[1] (FCM token)", c.u25FCM())
			c.post("https://fcm.googleapis.com/fcm/send", "application/json",
				`{"registration_ids":["`+t1+`","`+t2+`"],"priority":"high","notification":{"title":"Storm warning","body":"Gusts over 40 kn at Hel"},"data":{"spot":"`+c.decoy("hel-peninsula")+`"}}`).
				rh("Authorization", "key="+c.secret("legacy server key (AAAA...)", "AAAA"+c.pick(gB64uAlpha, 7)+":APA91b"+c.pick(gB64uAlpha, 134))).
				resp("application/json", `{"multicast_id":`+c.decoy(c.nonLuhn(19))+`,"success":2,"failure":0,"canonical_ids":0,"results":[{"message_id":"`+c.decoy("0:1732270500123456%"+c.hexs(16))+`"},{"message_id":"0:1732270500123457%`+c.hexs(16)+`"}]}`)
		}},
		{cat, "push-notification-sign-in-code-in-prose", func(c *gcase) {
			code := c.secret("sign-in code in notification prose", c.u25Upper(4)+"-"+c.u25Upper(4))
			c.post("https://fcm.googleapis.com/v1/projects/lumenfit-prod/messages:send", "application/json",
				`{"message":{"token":"`+c.secret("message.token (FCM token)", c.u25FCM())+`","notification":{"title":"Lumen sign-in","body":"Your Lumen sign-in code is `+code+`. It expires in 10 minutes. Never share it."},"android":{"priority":"high","ttl":"600s"}}}`).
				rh("Authorization", "Bearer "+c.secret("ya29 bearer (FCM v1)", "ya29.c.c0B"+c.pick(gB64uAlpha, 150))).
				resp("application/json", `{"name":"`+c.decoy("projects/lumenfit-prod/messages/0:1732270500654321%"+c.hexs(16))+`"}`)
		}},
		{cat, "c2dm-register3-plain-text-token-response", func(c *gcase) {
			c.post("https://android.clients.google.com/c2dm/register3", "application/x-www-form-urlencoded",
				"X-subtype="+c.decoy("618423997513")+"&sender=618423997513&X-app_ver=240&X-osv=34&X-cliv=fcm-23.4.1&X-gmsv=243834044&X-appid=c"+c.pick(gB64uAlpha, 21)+"&X-scope=*&X-Goog-Firebase-Installations-Auth="+c.secret("X-Goog-Firebase-Installations-Auth form field", c.u25ES256("", `{"appId":"1:618423997513:android:`+c.hexs(16)+`","exp":1795345200}`))+"&X-gmp_app_id=1%3A618423997513%3Aandroid%3A"+c.hexs(16)+"&app=com.kiteboard.game&device="+c.digits(19)+"&app_ver=240&gcm_ver=243834044&plat=0&cert="+c.hexs(40)+"&target_ver=34").
				rh("Authorization", "AidLogin "+c.digits(19)+":"+c.secret("AidLogin security token", c.digits(19)), "app", "com.kiteboard.game", "gcm_ver", "243834044").
				resp("text/plain; charset=utf-8", "token="+c.secret("plain-text token= response (FCM token)", c.u25FCM()))
		}},
	}
}

// 4. Secrets inside bodies of other formats.
func u25Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "flutter-grpc-binary-protobuf-login", func(c *gcase) {
			c.creator = [2]string{"HTTP Toolkit", "1.19.0"}
			pw := c.secret("password in a binary protobuf request", c.u25Pw())
			reqMsg := u25Cat(u25PbStr(1, "rider4471@kiteboard.example"), u25PbStr(2, pw), u25PbStr(3, "ios"), u25PbVar(4, 240))
			at := c.secret("access token in a binary protobuf response", c.b64u(36))
			rt := c.secret("refresh token in a binary protobuf response", c.hexs(48))
			respMsg := u25Cat(u25PbStr(1, at), u25PbStr(2, rt), u25PbVar(3, 900), u25PbStr(4, "u-4471"))
			e := c.post("https://grpc.kiteboard.example/kiteboard.auth.v1.AuthService/Login", "application/grpc", base64.StdEncoding.EncodeToString(u25Grpc(reqMsg)))
			e.post.encoding = "base64"
			e.httpVersion = "HTTP/2.0"
			e.rh("content-type", "application/grpc", "te", "trailers", "grpc-accept-encoding", "gzip", "user-agent", c.decoy("grpc-dart/3.2.4 (dart:io)"), "grpc-timeout", "30S").
				sh("content-type", "application/grpc", "grpc-status", "0", "x-request-id", c.decoy(c.uuid()))
			e.resp("application/grpc", base64.StdEncoding.EncodeToString(u25Grpc(respMsg)))
			e.respEncoding = "base64"
		}},
		{cat, "messagepack-login-request-and-token", func(c *gcase) {
			req := u25Msgpack("email", "ola.nowak@pocketbrew.example", "password", c.secret("password in a MessagePack map", c.u25Pw()), "client", "pocketbrew-rn/3.8.1")
			resp := u25Msgpack("token", c.secret("token in a MessagePack response", c.alnum(40)), "refresh", c.secret("refresh in a MessagePack response", c.b64u(32)), "ttl", "900")
			e := c.post("https://rpc.pocketbrew.example/v1/session", "application/msgpack", base64.StdEncoding.EncodeToString(req))
			e.post.encoding = "base64"
			e.rh("Accept", "application/msgpack", "X-Request-Id", c.decoy(c.uuid()))
			e.resp("application/msgpack", base64.StdEncoding.EncodeToString(resp))
			e.respEncoding = "base64"
		}},
		{cat, "sentry-android-envelope-breadcrumbs-and-attachment", func(c *gcase) {
			eid := c.decoy(c.hexs(32))
			rtok := c.secret("refresh_token in a breadcrumb URL", c.b64u(32))
			bearer := c.secret("bearer in a breadcrumb message", c.alnum(40))
			logtxt := "10:14:58.201 D/OkHttp: --> POST https://api.lumenfit.example/oauth/token\n10:14:58.202 D/OkHttp: Content-Type: application/x-www-form-urlencoded\n10:14:58.203 D/OkHttp: grant_type=password&username=ola&password=" + c.secret("password in an attached logcat", c.u25Pw()) + "\n10:14:58.480 D/OkHttp: <-- 200 OK (277ms)\n"
			ev := `{"event_id":"` + eid + `","platform":"java","level":"error","breadcrumbs":[{"timestamp":"2026-11-22T10:14:57.811Z","type":"http","category":"http","data":{"url":"https://api.lumenfit.example/v1/session/refresh?refresh_token=` + rtok + `","method":"GET","status_code":401}},{"timestamp":"2026-11-22T10:14:58.100Z","category":"log","message":"retry with Authorization: Bearer ` + bearer + `"}],"contexts":{"os":{"name":"Android","version":"14"}},"release":"` + c.decoy("com.lumenfit.app@4.1.0+410") + `"}`
			env := `{"event_id":"` + eid + `","sdk":{"name":"sentry.java.android","version":"7.6.0"}}` + "\n" + `{"type":"event","content_type":"application/json","length":` + itoa25(len(ev)) + `}` + "\n" + ev + "\n" +
				`{"type":"attachment","length":` + itoa25(len(logtxt)) + `,"filename":"logcat.txt","content_type":"text/plain"}` + "\n" + logtxt
			c.post("https://o4504"+c.digits(12)+".ingest.de.sentry.io/api/4504"+c.digits(12)+"/envelope/", "application/x-sentry-envelope", env).
				rh("User-Agent", c.decoy("sentry.java.android/7.6.0"))
		}},
		{cat, "app-store-server-notification-v2-nested-jws", func(c *gcase) {
			txn := c.secret("signedTransactionInfo (JWS inside the JWS payload)", gB64u(`{"alg":"ES256","x5c":["MIIEMDCCA7agAwIBAgIQ`+c.b64s(30)+`"]}`)+"."+gB64u(`{"transactionId":"`+c.nonLuhn(16)+`","bundleId":"com.pocketbrew.ios","productId":"com.pocketbrew.club.monthly","appAccountToken":"`+c.uuid()+`","environment":"Production"}`)+"."+c.b64u(64))
			outer := c.secret("signedPayload (App Store Server Notification JWS)", gB64u(`{"alg":"ES256","x5c":["MIIEMDCCA7agAwIBAgIQ`+c.b64s(30)+`"]}`)+"."+gB64u(`{"notificationType":"DID_RENEW","notificationUUID":"`+c.uuid()+`","data":{"bundleId":"com.pocketbrew.ios","environment":"Production","signedTransactionInfo":"`+txn+`"},"version":"2.0","signedDate":1732270500000}`)+"."+c.b64u(64))
			c.post("https://api.pocketbrew.example/hooks/appstore/v2", "application/json", `{"signedPayload":"`+outer+`"}`).
				rh("User-Agent", c.decoy("AppStore-Notifications/2.0"), "X-Request-Id", c.decoy(c.uuid()))
		}},
		{cat, "webview-inline-state-json-parse-string", func(c *gcase) {
			at := c.secret("accessToken inside JSON.parse('...') string", c.b64u(40))
			ck := c.secret("checkoutKey inside JSON.parse('...') string", c.alnum(32))
			state := `{"session":{"accessToken":"` + at + `","userId":"u-4471"},"checkout":{"checkoutKey":"` + ck + `","currency":"PLN"}}`
			esc := strings.ReplaceAll(state, `"`, `\"`)
			html := `<!doctype html><html><head><meta name="viewport" content="width=device-width"><script src="/static/js/main.` + c.decoy(c.hexs(8)) + `.js"></script></head><body><div id="root"></div><script>window.__APP_STATE__ = JSON.parse("` + esc + `");window.__BUILD__="` + c.decoy("web-shell 1.14.2") + `";</script></body></html>`
			c.get("https://m.pocketbrew.example/webview/checkout?embedded=ios").resp("text/html; charset=utf-8", html).rh("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Pocketbrew/3.8.1")
		}},
		{cat, "expo-updates-multipart-mixed-manifest", func(c *gcase) {
			mid := c.decoy(c.uuid())
			manifest := `{"id":"` + mid + `","createdAt":"2026-11-21T18:02:11.415Z","runtimeVersion":"1.0.0","launchAsset":{"hash":"` + c.decoy(c.b64u(32)) + `","key":"bundle-` + c.hexs(16) + `","contentType":"application/javascript","url":"https://updates.trailmate.example/assets/bundle.hbc"},"assets":[],"metadata":{"branchName":"production"},"extra":{"expoClient":{"name":"Trailmate","slug":"trailmate",` + c.decoy(`"version":"2.4.0"`) + `,"extra":{"eas":{"projectId":"` + c.decoy(c.uuid()) + `"},"mapTilerSecret":"` + c.secret("extra.mapTilerSecret in the manifest part", c.alnum(24)) + `"}}}}`
			ext := `{"assetRequestHeaders":{"bundle-` + c.hexs(16) + `":{"authorization":"Bearer ` + c.secret("assetRequestHeaders authorization in the extensions part", c.b64u(36)) + `"}}}`
			body := "--expo-boundary\r\nContent-Type: application/json; charset=utf-8\r\nContent-Disposition: form-data; name=\"manifest\"\r\nexpo-signature: sig=\"" + c.b64s(256) + "\", keyid=\"main\"\r\n\r\n" + manifest + "\r\n--expo-boundary\r\nContent-Type: application/json\r\nContent-Disposition: form-data; name=\"extensions\"\r\n\r\n" + ext + "\r\n--expo-boundary--\r\n"
			c.get("https://updates.trailmate.example/api/manifest").rh("expo-platform", "ios", "expo-runtime-version", "1.0.0", "expo-channel-name", "production", "expo-protocol-version", "1", "expo-expect-signature", `sig, keyid="main", alg="rsa-v1_5-sha256"`).
				resp("multipart/mixed; boundary=expo-boundary", body).sh("expo-protocol-version", "1", "expo-sfv-version", "0")
		}},
		{cat, "stream-chat-websocket-json-query", func(c *gcase) {
			jwt := c.secret("authorization= (Stream user JWT) in the websocket URL", c.hs256JWT(`{"user_id":"rider4471"}`))
			js := `{"user_id":"rider4471","user_details":{"id":"rider4471","image":"https://cdn.kiteboard.example/a/4471.jpg"},"server_determines_connection_id":true}`
			ws := c.get("wss://chat.stream-io-api.com/connect?json=" + url.QueryEscape(js) + "&api_key=" + c.pick(gLower+gDigits, 12) + "&authorization=" + jwt + "&stream-auth-type=jwt&X-Stream-Client=" + url.QueryEscape(c.decoy("stream-chat-react-native-ios-v5.26.0"))).code(101)
			ws.wsMsg("receive", 1, `{"type":"health.check",`+c.decoy(`"connection_id":"`+c.uuid()+`--`+c.hexs(12)+`"`)+`,"cid":"*","me":{"id":"rider4471","role":"user"},"created_at":"2026-11-22T10:15:00.501Z"}`)
			ws.wsMsg("send", 1, `[{"type":"health.check","client_id":"rider4471--`+c.hexs(12)+`"}]`)
		}},
		{cat, "appsflyer-udl-base64-deep-link-value", func(c *gcase) {
			inv := c.secret("invite token inside base64 deep_link_value", c.b64u(18))
			dlv := base64.RawURLEncoding.EncodeToString([]byte(`{"t":"team_invite","team":"wave-riders","inv":"` + inv + `"}`))
			c.post("https://dlsdk.appsflyer.com/v1.0/android/com.kiteboard.game?af_sig="+c.hexs(64)+"&sdk_version=6.12.2", "application/json",
				`{"is_first":true,"lang":"pl-PL","os":"14","type":"Google Pixel 8","request_id":"`+c.decoy(c.uuid())+`","request_count":1,"gaid":{"type":"unhashed","value":"`+c.uuid()+`"}}`).
				resp("application/json", `{"deep_link":{"deep_link_value":"`+dlv+`","campaign":"spring_referral","media_source":"referral","match_type":"probabilistic","is_deferred":true},`+c.decoy(`"af_status":"Non-organic"`)+`}`)
		}},
		{cat, "datadog-rum-ndjson-events", func(c *gcase) {
			rt := c.secret("refresh_token in a RUM resource URL (NDJSON line)", c.b64u(32))
			key := c.secret("x-api-key quoted in a RUM error message", c.alnum(32))
			sid := c.uuid()
			body := `{"type":"resource","date":1732270500120,"session":{"id":"` + sid + `","type":"user"},"resource":{"type":"native","url":"https://api.trailmate.example/v2/token?grant_type=refresh_token&refresh_token=` + rt + `","method":"POST","status_code":200,"duration":211000000},"application":{"id":"` + c.decoy(c.uuid()) + `"},"version":"` + c.decoy("2.4.0") + `"}` + "\n" +
				`{"type":"error","date":1732270501003,"session":{"id":"` + sid + `","type":"user"},"error":{"source":"network","message":"403 Forbidden: request had x-api-key: ` + key + ` for tiles.trailmate.example","resource":{"method":"GET","status_code":403,"url":"https://tiles.trailmate.example/v1/12/2261/1398.pbf"}}}` + "\n"
			c.post("https://browser-intake-datadoghq.eu/api/v2/rum?ddsource=ios&ddtags=service%3Atrailmate-ios%2Cversion%3A2.4.0", "text/plain;charset=UTF-8", body).
				rh("DD-API-KEY", "pub"+c.hexs(32), "DD-EVP-ORIGIN", "ios", "DD-REQUEST-ID", c.decoy(c.uuid()))
		}},
		{cat, "rtdb-rest-event-stream", func(c *gcase) {
			idt := c.secret("auth= id token of the RTDB stream", c.rs256JWT(c.hexs(40), `{"iss":"https://securetoken.google.com/kiteboard-prod","aud":"kiteboard-prod","user_id":"`+c.alnum(28)+`","exp":1732274100}`))
			psk := c.secret("wifi.psk in an SSE data: line", c.u25Pw())
			pc := c.secret("pairingCode in an SSE patch", c.alnum(12))
			sse := "event: put\ndata: {\"path\":\"/\",\"data\":{\"model\":\"KH-200\",\"wifi\":{\"ssid\":\"KiteHub-2F\",\"psk\":\"" + psk + "\"},\"online\":true}}\n\nevent: keep-alive\ndata: null\n\nevent: patch\ndata: {\"path\":\"/pairing\",\"data\":{\"pairingCode\":\"" + pc + "\",\"expires\":1732271100}}\n\n"
			c.get("https://kiteboard-prod-default-rtdb.europe-west1.firebasedatabase.app/hubs/"+c.decoy("hub_8Kq2Lr")+".json?auth="+idt).rh("Accept", "text/event-stream").
				resp("text/event-stream; charset=utf-8", sse)
		}},
		{cat, "xamarin-soap-entity-escaped-xml-result", func(c *gcase) {
			pw := c.secret("<Password> in a SOAP body", c.u25Pw())
			tok := c.secret("token attribute inside entity-escaped XML in <LoginResult>", c.b64s(32))
			env := `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><Login xmlns="http://tempuri.org/"><UserName>FIELD07</UserName><Password>` + pw + `</Password><DeviceId>` + c.decoy(c.uuid()) + `</DeviceId></Login></s:Body></s:Envelope>`
			res := `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><LoginResponse xmlns="http://tempuri.org/"><LoginResult>&lt;session token=&quot;` + tok + `&quot; expires=&quot;2026-11-22T18:15:00&quot; ` + c.decoy(`role=&quot;Technician&quot;`) + `/&gt;</LoginResult></LoginResponse></s:Body></s:Envelope>`
			c.post("https://ws.fieldnotes.example/Mobile/AuthService.svc", "text/xml; charset=utf-8", env).rh("SOAPAction", c.decoy(`"http://tempuri.org/IAuthService/Login"`), "User-Agent", "FieldNotes.iOS/7.2 (Xamarin)").
				resp("text/xml; charset=utf-8", res)
		}},
	}
}

// 5. Quirks of exporters and proxies.
func u25Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "charles-params-whole-json-body-as-name", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "4.6.6"}
			body := `{"login":"ola.nowak","password":"` + c.secret("password inside a Charles param name", c.u25Pw()) + `","pushToken":"` + c.secret("pushToken inside a Charles param name", c.u25FCM()) + `",` + c.decoy(`"appBuild":"410"`) + `}`
			e := c.post("https://api.lumenfit.example/v1/login", "application/json; charset=UTF-8", body)
			e.post.params = []any{map[string]any{"name": body, "value": ""}}
			e.resp("application/json", `{"token":"`+c.secret("token of the login response", c.b64u(33))+`",`+c.decoy(`"expires_in":3600`)+`}`)
		}},
		{cat, "proxyman-empty-response-mime-type", func(c *gcase) {
			c.creator = [2]string{"Proxyman", "5.4.0"}
			c.post("https://api.trailmate.example/v2/token", "application/x-www-form-urlencoded", "grant_type=refresh_token&refresh_token="+c.secret("refresh_token form field", c.b64u(32))+"&client_id=trailmate-ios").
				resp("", `{"access_token":"`+c.secret("access_token under an empty mimeType", c.b64u(40))+`","refresh_token":"`+c.secret("rotated refresh_token under an empty mimeType", c.b64u(32))+`",`+c.decoy(`"token_type":"Bearer"`)+`,`+c.decoy(`"expires_in":1800`)+`}`)
		}},
		{cat, "mitmproxy-base64-json-response-and-server-ip", func(c *gcase) {
			c.creator = [2]string{"mitmproxy", "10.2.2"}
			body := `{"data":{"session":{"token":"` + c.secret("session.token in a base64-encoded JSON response", c.alnum(40)) + `","csrf":"` + c.secret("session.csrf in a base64-encoded JSON response", c.hexs(32)) + `"}}}`
			e := c.post("https://api.kiteboard.example/v3/session", "application/json", `{"device":"Pixel 8","build":240}`).resp("application/json", base64.StdEncoding.EncodeToString([]byte(body)))
			e.respEncoding = "base64"
			e.set("serverIPAddress", c.decoy("34.117.59.81"))
		}},
		{cat, "http-toolkit-http2-pseudo-headers-path", func(c *gcase) {
			c.creator = [2]string{"HTTP Toolkit", "1.19.0"}
			tok := c.secret("access_token in :path and url", c.b64u(32))
			e := c.get("https://api.pocketbrew.example/v2/stores/nearby?lat=50.05&lng=19.94&access_token="+tok).
				rh(":method", "GET", ":authority", "api.pocketbrew.example", ":scheme", "https", ":path", "/v2/stores/nearby?lat=50.05&lng=19.94&access_token="+tok, "x-pb-device", c.decoy(strings.ToUpper(c.uuid()))).
				resp("application/json", `{"stores":[{"id":"`+c.decoy("KRK-KAZ-02")+`","name":"Kazimierz"}]}`)
			e.httpVersion = "HTTP/2.0"
		}},
		{cat, "okhttp-joined-set-cookie-and-bare-cookie", func(c *gcase) {
			sid := c.secret("Set-Cookie sid (joined header)", c.b64u(24))
			rem := c.secret("Set-Cookie remember (joined header)", c.hexs(40))
			c.post("https://m.lumenfit.example/api/login", "application/x-www-form-urlencoded", "u=ola&p="+u25Q(c.secret("p form field (password)", c.u25Pw()))).
				sh("Set-Cookie", "sid="+sid+"; Path=/; Secure; HttpOnly\nremember="+rem+"; Max-Age=2592000; Path=/; Secure; HttpOnly", "X-Trace", c.decoy(c.hexs(16)))
			c.get("https://m.lumenfit.example/api/feed").rh("Cookie", c.secret("cookie without a name (no =)", c.alnum(32)), "User-Agent", "okhttp/4.12.0")
		}},
		{cat, "safari-wkwebview-page-title-url", func(c *gcase) {
			c.creator = [2]string{"WebKit Web Inspector", "17.4"}
			st := c.secret("session_token in the pages[].title URL", c.b64u(30))
			u := "https://m.pocketbrew.example/checkout/resume?session_token=" + st + "&cart=" + c.decoy("CRT-55102")
			c.extraLog = map[string]any{"pages": []any{map[string]any{"startedDateTime": "2026-11-22T10:15:00.000Z", "id": "page_0", "title": u, "pageTimings": map[string]any{"onContentLoad": 220.1, "onLoad": 412.9}}}}
			e := c.get(u).resp("text/html", `<html><body><h1>Checkout</h1></body></html>`)
			e.set("pageref", "page_0")
			e.set("_fetchType", c.decoy("Network Load"))
			e.set("_priority", "high")
		}},
		{cat, "realm-sync-websocket-bind-frame", func(c *gcase) {
			jwt := c.secret("user token inside a binary bind frame", c.hs256JWT(`{"sub":"`+c.hexs(24)+`","typ":"access","exp":1732272300}`))
			path := `{"valid_path":true,"partition":"team=wave-riders"}`
			frame := "bind 1 " + itoa25(len(path)) + " " + itoa25(len(jwt)) + " 1 0\n" + path + jwt
			ws := c.get("wss://ws.eu-central-1.aws.services.cloud.mongodb.com/api/client/v2.0/app/trailsync-abcde/realm-sync?baas_at="+c.secret("baas_at access token in the websocket URL", c.hs256JWT(`{"sub":"`+c.hexs(24)+`","typ":"access","exp":1732272400}`))).code(101).
				rh("Sec-WebSocket-Protocol", c.decoy("com.mongodb.realm-sync#9"))
			ws.wsMsg("send", 2, base64.StdEncoding.EncodeToString([]byte(frame)))
			ws.wsMsg("receive", 2, base64.StdEncoding.EncodeToString([]byte("ident 1 "+c.digits(6)+" "+c.digits(12)+"\n")))
		}},
		{cat, "proxyman-comments-with-tester-notes", func(c *gcase) {
			c.creator = [2]string{"Proxyman", "5.4.0"}
			pw := c.secret("password in an entry comment", c.u25Pw())
			e := c.post("https://api.kiteboard.example/v3/login", "application/json", `{"user":"qa.ios.7","password":"`+pw+`"}`).resp("application/json", `{"ok":true,`+c.decoy(`"build":"2.4.0-rc3"`)+`}`)
			e.set("comment", "Repro for KB-1182: log in as qa.ios.7 / "+pw+" then open Spots")
			c.extraLog = map[string]any{"comment": "Captured on iPhone 15 (iOS 17.4.1), app " + c.decoy("2.4.0-rc3") + ", staging API key " + c.secret("staging API key in the log comment", "kb_stg_"+c.alnum(32))}
		}},
		{cat, "http2-split-cookie-headers", func(c *gcase) {
			e := c.get("https://api.trailmate.example/v2/me").rh("cookie", "tm_session="+c.secret("tm_session (first cookie header)", c.b64u(30)), "cookie", "tm_device="+c.secret("tm_device (second cookie header)", c.hexs(32)), "cookie", "tm_ab=b", "x-app-version", c.decoy("2.4.0 (240)"))
			e.httpVersion = "h2"
			e.resp("application/json", `{"id":"u-4471",`+c.decoy(`"plan":"explorer"`)+`}`)
		}},
		{cat, "parse-js-sdk-json-as-text-plain", func(c *gcase) {
			body := `{"username":"marta.kowal","password":"` + c.secret("password in JSON sent as text/plain", c.u25Pw()) + `","_method":"GET","_ApplicationId":"` + c.alnum(40) + `","_JavaScriptKey":"` + c.secret("_JavaScriptKey in JSON sent as text/plain", c.alnum(40)) + `","_ClientVersion":"` + c.decoy("js4.3.1") + `","_InstallationId":"` + c.decoy(c.uuid()) + `"}`
			c.post("https://parseapi.back4app.com/login", "text/plain", body).
				resp("application/json", `{"objectId":"Kq7TmB2xZa","sessionToken":"`+c.secret("sessionToken of the JS SDK login", "r:"+c.hexs(32))+`"}`)
			c.post("https://parseapi.back4app.com/classes/Trip", "text/plain", `{"where":{"owner":"Kq7TmB2xZa"},"limit":20,"_method":"GET","_SessionToken":"`+c.secret("_SessionToken in a text/plain body", "r:"+c.hexs(32))+`","_ClientVersion":"js4.3.1"}`)
		}},
		{cat, "octet-stream-form-body", func(c *gcase) {
			c.post("https://auth.fieldnotes.example/connect/token", "application/octet-stream",
				"grant_type=password&username=FIELD07&password="+u25Q(c.secret("password in a form body labelled octet-stream", c.u25Pw()))+"&client_id=fieldnotes-android&client_secret="+c.secret("client_secret in a form body labelled octet-stream", c.alnum(32))+"&"+c.decoy("scope=openid%20offline_access%20notes.sync")).
				resp("application/json", `{"access_token":"`+c.secret("access_token of the token endpoint", c.rs256JWT(c.hexs(16), `{"sub":"FIELD07","client_id":"fieldnotes-android","exp":1732274100}`))+`",`+c.decoy(`"expires_in":3600`)+`,"token_type":"Bearer"}`)
		}},
	}
}

// 6. One secret in several places and encodings of one file.
func u25Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "fcm-token-before-and-after-its-name", func(c *gcase) {
			fcm := c.secret("FCM token (query, JSON, base64 diagnostics)", c.u25FCM())
			c.get("https://api.kiteboard.example/v3/devices/lookup?t="+u25Q(fcm)+"&platform=android").resp("application/json", `{"known":false}`)
			c.post("https://api.kiteboard.example/v3/devices", "application/json", `{"fcmToken":"`+fcm+`","platform":"android",`+c.decoy(`"appVersion":"2.4.0"`)+`,"locale":"pl_PL"}`).
				resp("application/json", `{"deviceId":"`+c.decoy(c.uuid())+`"}`).code(201)
			diag := base64.StdEncoding.EncodeToString([]byte(`{"push":{"provider":"fcm","registration":"` + fcm + `","lastRefresh":1732270500}}`))
			c.post("https://diag.kiteboard.example/v1/snapshot", "application/json", `{"snapshot":"`+diag+`",`+c.decoy(`"schema":3`)+`}`)
		}},
		{cat, "apple-refresh-token-revoke-and-gzip-diagnostics", func(c *gcase) {
			rt := c.secret("Apple refresh_token (JSON, revoke form, gzip+base64 upload)", c.u25AppleCode("r"))
			cs := c.secret("client_secret (ES256 JWT) of Sign in with Apple", c.u25ES256(c.u25Upper(10), `{"iss":"`+c.u25Upper(10)+`","iat":1732270500,"exp":1747822500,"aud":"https://appleid.apple.com","sub":"com.pocketbrew.ios"}`))
			c.post("https://appleid.apple.com/auth/token", "application/x-www-form-urlencoded",
				"client_id=com.pocketbrew.ios&client_secret="+cs+"&code="+c.secret("authorization code form field", c.u25AppleCode("c"))+"&grant_type=authorization_code").
				resp("application/json;charset=UTF-8", `{"access_token":"`+c.secret("Apple access_token", c.u25AppleCode("a"))+`","token_type":"Bearer",`+c.decoy(`"expires_in":3600`)+`,"refresh_token":"`+rt+`","id_token":"`+c.secret("Apple id_token", c.rs256JWT("YuyXoY", `{"iss":"https://appleid.apple.com","aud":"com.pocketbrew.ios","sub":"001234.`+c.hexs(32)+`.1042","exp":1732356900}`))+`"}`)
			c.post("https://appleid.apple.com/auth/revoke", "application/x-www-form-urlencoded", "client_id=com.pocketbrew.ios&client_secret="+cs+"&token="+rt+"&"+c.decoy("token_type_hint=refresh_token"))
			c.post("https://diag.pocketbrew.example/v1/uploads?kind=keychain-report", "application/json", `{"encoding":"gzip+base64","data":"`+u25GzipB64(`{"items":[{"service":"com.pocketbrew.auth","account":"apple","value":"`+rt+`"}]}`)+`"}`)
		}},
		{cat, "play-integrity-token-header-body-and-error", func(c *gcase) {
			jwe := c.secret("Play Integrity token (header, JSON, echoed error)", gB64u(`{"alg":"A256KW","enc":"A256GCM"}`)+"."+c.b64u(40)+"."+c.b64u(12)+"."+c.b64u(600)+"."+c.b64u(16))
			c.get("https://api.lumenfit.example/v1/config").rh("X-Integrity", jwe, "X-Request-Nonce", c.decoy(c.b64u(24)))
			c.post("https://api.lumenfit.example/v1/attest/android", "application/json", `{"integrityToken":"`+jwe+`","requestHash":"`+c.decoy(c.hexs(64))+`"}`).
				resp("application/json", `{"error":"INTEGRITY_DECODE_FAILED","detail":"could not decode token `+jwe+` for com.lumenfit.app",`+c.decoy(`"traceId":"`+c.hexs(32)+`"`)+`}`).code(400)
		}},
		{cat, "realm-api-key-pasted-then-used", func(c *gcase) {
			key := c.secret("Realm API key (chat prose, then login body)", c.alnum(64))
			c.post("https://fieldnotes.zendesk.com/api/v2/requests.json", "application/json",
				`{"request":{"subject":"Kiosk sync stuck","comment":{"body":`+gJS("The kiosk is configured with "+key+" and keeps showing 'sync paused'.")+`}}}`).code(201)
			c.post("https://eu-central-1.aws.services.cloud.mongodb.com/api/client/v2.0/app/fieldnotes-kiosk-"+c.pick(gLower, 5)+"/auth/providers/api-key/login", "application/json", `{"key":"`+key+`","options":{"device":{"sdk":"Realm Kotlin","sdkVersion":"1.16.0"}}}`).
				resp("application/json", `{"access_token":"`+c.secret("access_token of the api-key login", c.hs256JWT(`{"sub":"`+c.hexs(24)+`","typ":"access"}`))+`","user_id":"`+c.decoy(c.hexs(24))+`"}`)
		}},
		{cat, "expo-push-token-json-query-and-form", func(c *gcase) {
			tok := c.alnum(22)
			c.secret("Expo push token (bracketed, percent-encoded, form)", tok)
			full := "ExponentPushToken[" + tok + "]"
			c.post("https://api.trailmate.example/v2/push/register", "application/json", `{"expoPushToken":"`+full+`","platform":"ios"}`)
			c.get("https://api.trailmate.example/v2/push/status?to="+url.QueryEscape(full)).resp("application/json", `{"receipts":[],`+c.decoy(`"checkedAt":"2026-11-22T10:15:04Z"`)+`}`)
			c.post("https://hooks.trailmate.example/forms/notify", "application/x-www-form-urlencoded", "recipient="+url.QueryEscape(full)+"&"+c.decoy("template=trail_closed")+"&lang=en")
		}},
		{cat, "bearer-in-header-webview-url-and-html-attribute", func(c *gcase) {
			tok := c.secret("bearer (header, WebView query, entity-escaped data attribute)", c.b64u(36))
			c.get("https://api.pocketbrew.example/v2/me").rh("Authorization", "Bearer "+tok).resp("application/json", `{"id":"u-8812",`+c.decoy(`"tier":"gold"`)+`}`)
			c.get("https://m.pocketbrew.example/webview/help?auth="+tok+"&embedded=ios").
				resp("text/html", `<html><body><div id="app" data-config="{&quot;token&quot;:&quot;`+tok+`&quot;,&quot;locale&quot;:&quot;pl&quot;}"></div><script src="/help.`+c.decoy(c.hexs(10))+`.js"></script></body></html>`)
		}},
		{cat, "supabase-pkce-session-in-string-json-storage", func(c *gcase) {
			ref := c.pick(gLower, 20)
			code := c.secret("PKCE auth code (custom-scheme redirect and token body)", c.uuid())
			ver := c.secret("code_verifier", c.b64u(48))
			rt := c.secret("Supabase refresh_token (response, then JSON-in-string storage)", c.pick(gLower+gDigits, 12)+c.alnum(10))
			at := c.secret("Supabase access_token", c.hs256JWT(`{"aud":"authenticated","exp":1732274100,"sub":"`+c.uuid()+`","role":"authenticated","session_id":"`+c.uuid()+`"}`))
			c.get("https://"+ref+".supabase.co/auth/v1/verify?token=pkce_"+c.secret("pkce_ token of the e-mail link", c.hexs(56))+"&type=magiclink&redirect_to=io.supabase.trailmate%3A%2F%2Flogin-callback").code(303).
				sh("Location", "io.supabase.trailmate://login-callback?code="+code)
			c.post("https://"+ref+".supabase.co/auth/v1/token?grant_type=pkce", "application/json;charset=UTF-8", `{"auth_code":"`+code+`","code_verifier":"`+ver+`"}`).
				rh("X-Client-Info", c.decoy("supabase-flutter/2.5.6"), "X-Supabase-Api-Version", "2024-01-01").
				resp("application/json", `{"access_token":"`+at+`","token_type":"bearer",`+c.decoy(`"expires_in":3600`)+`,"expires_at":1732274100,"refresh_token":"`+rt+`"}`)
			stored := `{"access_token":"` + at + `","refresh_token":"` + rt + `","expires_at":1732274100}`
			c.post("https://diag.trailmate.example/v1/storage-dump", "application/json", `{"entries":{"sb-`+ref+`-auth-token":`+gJS(stored)+`,"flutter.onboarding":"done"}}`)
		}},
		{cat, "sendbird-token-response-ws-url-and-frame", func(c *gcase) {
			appID := strings.ToUpper(c.uuid())
			tok := c.secret("Sendbird access token (backend JSON, ws URL, LOGI frame)", c.hexs(40))
			c.post("https://api.kiteboard.example/v3/chat/session", "application/json", `{"provider":"sendbird"}`).resp("application/json", `{"chatToken":"`+tok+`","appId":"`+appID+`"}`)
			ws := c.get("wss://ws-" + strings.ToLower(appID) + ".sendbird.com/?p=Android&pv=34&sv=4.16.0&ai=" + appID + "&user_id=rider4471&access_token=" + tok + "&" + c.decoy("SB-User-Agent=Android%2Fc4.16.0")).code(101)
			ws.wsMsg("receive", 1, `LOGI{"user_id":"rider4471","key":"`+tok+`","ping_interval":15,`+c.decoy(`"login_ts":1732270500412`)+`}`)
		}},
		{cat, "onesignal-rest-key-in-settings-and-header", func(c *gcase) {
			key := c.secret("OneSignal REST API key (settings JSON, then Key header)", "os_v2_app_"+c.pick(gLower+"234567", 100))
			appID := c.decoy(c.uuid())
			c.req("PUT", "https://admin.kiteboard.example/api/integrations/onesignal", "application/json", `{"appId":"`+appID+`","restApiKey":"`+key+`"}`)
			c.post("https://api.onesignal.com/notifications?c=push", "application/json", `{"app_id":"`+appID+`","target_channel":"push","included_segments":["Active Users"],"contents":{"en":"New spots near you"}}`).
				rh("Authorization", "Key "+key).resp("application/json", `{"id":"`+c.decoy(c.uuid())+`","external_id":null}`)
		}},
		{cat, "safetynet-jws-body-then-base64-audit", func(c *gcase) {
			jws := c.secret("SafetyNet attestation JWS (JSON, then base64 in an audit record)", gB64u(`{"alg":"RS256","x5c":["MIIFkzCCBHugAwIBAgIR`+c.b64s(40)+`"]}`)+"."+gB64u(`{"nonce":"`+c.b64s(24)+`","timestampMs":1732270500120,"apkPackageName":"com.lumenfit.app","apkCertificateDigestSha256":["`+c.b64s(32)+`"],"ctsProfileMatch":true,"basicIntegrity":true,"evaluationType":"BASIC,HARDWARE_BACKED"}`)+"."+c.b64u(256))
			c.post("https://www.googleapis.com/androidcheck/v1/attestations/attest?alt=JSON&key=AIza"+c.pick(gB64uAlpha, 35), "application/x-protobuf", "").
				resp("application/json; charset=UTF-8", `{"jwsResult":"`+jws+`"}`)
			c.post("https://api.lumenfit.example/v1/attest/safetynet", "application/json", `{"attestation":"`+jws+`",`+c.decoy(`"sdk":"play-services-safetynet 18.0.1"`)+`}`)
			c.post("https://audit.lumenfit.example/v1/events", "application/json", `{"kind":"attestation","blob":"`+base64.StdEncoding.EncodeToString([]byte(`{"jws":"`+jws+`","verdict":"pass"}`))+`"}`)
		}},
	}
}

// 7. GraphQL from mobile clients.
func u25GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "apollo-ios-apq-get-variables", func(c *gcase) {
			rt := c.secret("refreshToken in GET variables", c.b64u(32))
			vars := `{"input":{"refreshToken":"` + rt + `","deviceId":"` + c.uuid() + `"}}`
			ext := `{"persistedQuery":{"version":1,"sha256Hash":"` + c.decoy(c.hexs(64)) + `"}}`
			c.get("https://api.pocketbrew.example/graphql?operationName=RefreshSession&variables="+url.QueryEscape(vars)+"&extensions="+url.QueryEscape(ext)).
				rh("apollographql-client-name", c.decoy("com.pocketbrew.ios-apollo-ios"), "apollographql-client-version", c.decoy("3.8.1-3810"), "X-APOLLO-OPERATION-NAME", "RefreshSession").
				resp("application/json", `{"data":{"refreshSession":{"accessToken":"`+c.secret("data.refreshSession.accessToken", c.b64u(36))+`",`+c.decoy(`"expiresIn":900`)+`,"__typename":"Session"}}}`)
		}},
		{cat, "apollo-kotlin-batched-operations", func(c *gcase) {
			body := `[{"operationName":"Login","variables":{"email":"ola.nowak@lumenfit.example","password":"` + c.secret("batch[0] variables.password", c.u25Pw()) + `"},"query":"` + c.decoy("mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }") + `"},` +
				`{"operationName":"RegisterDevice","variables":{"input":{"platform":"ANDROID","pushToken":"` + c.secret("batch[1] variables.input.pushToken", c.u25FCM()) + `","appVersion":"` + c.decoy("4.1.0") + `"}},"query":"mutation RegisterDevice($input: DeviceInput!) { registerDevice(input: $input) { id } }"}]`
			c.post("https://api.lumenfit.example/graphql", "application/json", body).rh("X-APOLLO-BATCHING", "true").
				resp("application/json", `[{"data":{"login":{"token":"`+c.secret("batch response [0] login.token", c.alnum(40))+`","user":{"id":"`+c.decoy("VXNlcjo0NDcx")+`"}}}},{"data":{"registerDevice":{"id":"`+c.decoy("RGV2aWNlOjg4MjE=")+`"}}}]`)
		}},
		{cat, "amplify-appsync-api-key-and-device-token-input", func(c *gcase) {
			c.post("https://"+c.pick(gLower+gDigits, 26)+".appsync-api.eu-west-1.amazonaws.com/graphql", "application/json; charset=UTF-8",
				`{"query":"mutation CreatePushEndpoint($input: CreatePushEndpointInput!) { createPushEndpoint(input: $input) { id owner createdAt } }","variables":{"input":{"channel":"APNS","address":"`+c.secret("variables.input.address (APNs token)", c.hexs(64))+`","appVersion":"`+c.decoy("3.8.1")+`"}}}`).
				rh("x-api-key", c.secret("x-api-key header (da2- AppSync key)", "da2-"+c.pick(gLower+gDigits, 26)), "x-amz-user-agent", c.decoy("aws-amplify/6.0.28 api/1 framework/202"), "User-Agent", "Pocketbrew/3810 CFNetwork/1494.0.7 Darwin/23.4.0").
				resp("application/json", `{"data":{"createPushEndpoint":{"id":"`+c.decoy(c.uuid())+`","owner":"`+c.uuid()+`","createdAt":"2026-11-22T10:15:00.811Z"}}}`)
		}},
		{cat, "inline-literal-arguments-no-variables", func(c *gcase) {
			si := c.secret(`sessionInfo: "..." literal argument`, "AD8T5I"+c.pick(gB64uAlpha, 160))
			c.post("https://api.kiteboard.example/graphql", "application/json",
				`{"query":"mutation { verifyPhone(sessionInfo: \"`+si+`\", smsCode: \"`+c.digits(6)+`\") { ok } linkWallet(pin: \"`+c.secret(`pin: "..." literal argument`, c.digits(8))+`\") { walletId } }"}`).
				resp("application/json", `{"data":{"verifyPhone":{"ok":true},"linkWallet":{"walletId":"`+c.decoy("wal_"+c.hexs(12))+`"}}}`)
		}},
		{cat, "variables-as-json-string", func(c *gcase) {
			vars := `{"input":{"currentPassword":"` + c.secret("currentPassword inside a variables string", c.u25Pw()) + `","newPassword":"` + c.secret("newPassword inside a variables string", c.u25Pw()) + `"}}`
			c.post("https://api.trailmate.example/graphql", "application/json",
				`{"operationName":"ChangePassword","variables":`+gJS(vars)+`,"query":"`+c.decoy("mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { ok } }")+`"}`).
				rh("User-Agent", c.decoy("Dart/3.3 (dart:io)")).
				resp("application/json", `{"data":{"changePassword":{"ok":true}}}`)
		}},
		{cat, "graphql-ws-connection-init-react-native", func(c *gcase) {
			ws := c.get("wss://api.trailmate.example/graphql").code(101).rh("Sec-WebSocket-Protocol", "graphql-transport-ws")
			ws.wsMsg("send", 1, `{"type":"connection_init","payload":{"authToken":"`+c.secret("connection_init payload.authToken", c.b64u(36))+`","clientVersion":"`+c.decoy("trailmate-rn 2.4.0")+`"}}`)
			ws.wsMsg("receive", 1, `{"type":"connection_ack"}`)
			ws.wsMsg("send", 1, `{"id":"`+c.decoy(c.uuid())+`","type":"subscribe","payload":{"query":"subscription OnTrailAlert($region: ID!) { trailAlert(region: $region) { id level } }","variables":{"region":"tatra"}}}`)
		}},
		{cat, "error-echoes-invalid-variable", func(c *gcase) {
			code := c.secret("promo redemption code (variables, echoed in errors)", c.u25Upper(12))
			c.post("https://api.pocketbrew.example/graphql", "application/json",
				`{"operationName":"RedeemGiftCard","variables":{"cardCode":"`+code+`","storeId":"`+c.decoy("KRK-KAZ-02")+`"},"query":"`+c.decoy("mutation RedeemGiftCard($cardCode: String!, $storeId: ID!) { redeemGiftCard(cardCode: $cardCode, storeId: $storeId) { balance } }")+`"}`).
				resp("application/json", `{"errors":[{"message":"Gift card `+code+` has already been redeemed","path":["redeemGiftCard"],"extensions":{"code":"ALREADY_REDEEMED",`+c.decoy(`"requestId":"req_`+c.hexs(20)+`"`)+`}}],"data":null}`)
		}},
		{cat, "doc-id-form-encoded-variables", func(c *gcase) {
			vars := `{"input":{"client_mutation_id":"` + c.uuid() + `","nonce":"` + c.b64u(24) + `","recovery_code":"` + c.secret("variables.input.recovery_code in a form field", c.pick(gLower+gDigits, 8)+"-"+c.pick(gLower+gDigits, 8)) + `"}}`
			c.post("https://graph.kiteboard.example/graphql", "application/x-www-form-urlencoded",
				"method=post&pretty=false&format=json&server_timestamps=true&locale=pl_PL&fb_api_req_friendly_name=AccountRecoveryConfirm&"+c.decoy("doc_id=7713408522041937")+"&variables="+url.QueryEscape(vars)+"&fb_api_caller_class=RelayModern").
				rh("X-FB-Friendly-Name", "AccountRecoveryConfirm").
				resp("application/json", `{"data":{"account_recovery_confirm":{"session":"`+c.secret("data...session in the response", c.alnum(48))+`"}},"extensions":{"is_final":true}}`)
		}},
		{cat, "eas-create-secret-mutation", func(c *gcase) {
			c.post("https://api.expo.dev/graphql", "application/json",
				`{"operationName":"CreateEnvironmentSecretForApp","variables":{"input":{"name":"SENTRY_AUTH_TOKEN","value":"`+c.secret("input {name: SENTRY_AUTH_TOKEN, value}", "sntrys_"+gB64u(`{"iat":1732270500,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"trailmate"}`)+"_"+c.b64u(32))+`","type":"STRING"},"appId":"`+c.decoy(c.uuid())+`"},"query":"mutation CreateEnvironmentSecretForApp($input: CreateEnvironmentSecretInput!, $appId: String!) { environmentSecret { createEnvironmentSecretForApp(environmentSecretData: $input, appId: $appId) { id name createdAt } } }"}`).
				rh("Authorization", "Bearer "+c.secret("Expo access token (Bearer)", c.b64u(30)), "expo-platform", "cli").
				resp("application/json", `{"data":{"environmentSecret":{"createEnvironmentSecretForApp":{"id":"`+c.decoy(c.uuid())+`","name":"SENTRY_AUTH_TOKEN","createdAt":"2026-11-22T10:15:01.000Z"}}}}`)
		}},
		{cat, "multipart-upload-operations-and-signed-url", func(c *gcase) {
			ops := `{"query":"mutation UploadAvatar($file: Upload!, $ticket: String!) { uploadAvatar(file: $file, ticket: $ticket) { url } }","variables":{"file":null,"ticket":"` + c.secret("variables.ticket in the operations part", c.b64u(24)) + `"}}`
			body := "--dart-http-boundary-Q1w2E3\r\ncontent-disposition: form-data; name=\"operations\"\r\n\r\n" + ops + "\r\n--dart-http-boundary-Q1w2E3\r\ncontent-disposition: form-data; name=\"map\"\r\n\r\n{\"0\":[\"variables.file\"]}\r\n--dart-http-boundary-Q1w2E3\r\ncontent-type: image/jpeg\r\ncontent-disposition: form-data; name=\"0\"; filename=\"avatar.jpg\"\r\n\r\n\xff\xd8\xff\xe0JFIF\r\n--dart-http-boundary-Q1w2E3--\r\n"
			c.post("https://api.lumenfit.example/graphql", "multipart/form-data; boundary=dart-http-boundary-Q1w2E3", strings.ToValidUTF8(body, "?")).rh("apollo-require-preflight", "true").
				resp("application/json", `{"data":{"uploadAvatar":{"url":"https://lumenfit-media.s3.eu-central-1.amazonaws.com/avatars/4471.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA`+c.u25Upper(16)+`%2F20261122%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20261122T101500Z&X-Amz-Expires=900&X-Amz-Security-Token=`+c.secret("X-Amz-Security-Token in a signed avatar URL", "IQoJb3JpZ2luX2VjE"+c.pick(gAlnum, 200))+`&X-Amz-SignedHeaders=host&X-Amz-Signature=`+c.secret("X-Amz-Signature in a signed avatar URL", c.hexs(64))+`"}}}`)
		}},
	}
}

// 8. Vendor credential formats.
func u25Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "revenuecat-play-service-account-json-upload", func(c *gcase) {
			pk := c.secret("private_key of the uploaded service account JSON", c.u25PEMBody("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1620))
			sa := `{
  "type": "service_account",
  "project_id": "pc-api-` + c.digits(19) + `-042",
  "private_key_id": "` + c.secret("private_key_id of the service account", c.hexs(40)) + `",
  "private_key": "-----BEGIN PRIVATE KEY-----\n` + strings.ReplaceAll(pk, "\n", `\n`) + `\n-----END PRIVATE KEY-----\n",
  "client_email": "revenuecat@pc-api-` + c.digits(6) + `.iam.gserviceaccount.com",
  "client_id": "` + c.decoy(c.nonLuhn(21)) + `",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}`
			body := "------WebKitFormBoundary7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"credentials\"; filename=\"pc-api-play.json\"\r\nContent-Type: application/json\r\n\r\n" + sa + "\r\n------WebKitFormBoundary7MA4YWxkTrZu0gW--\r\n"
			c.post("https://app.revenuecat.com/internal/v1/developers/me/apps/"+c.decoy("app"+c.hexs(10))+"/play_store_credentials", "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW", body).
				resp("application/json", `{"status":"validating",`+c.decoy(`"package_name":"com.lumenfit.app"`)+`}`)
		}},
		{cat, "onesignal-apns-p8-app-settings", func(c *gcase) {
			p8 := c.secret("apns_p8 (EC private key body)", c.u25PEMBody("MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 200))
			c.req("PUT", "https://api.onesignal.com/apps/"+c.decoy(c.uuid()), "application/json",
				`{"name":"Kiteboard","apns_env":"production","apns_p8":"-----BEGIN PRIVATE KEY-----\n`+strings.ReplaceAll(p8, "\n", `\n`)+`\n-----END PRIVATE KEY-----","apns_key_id":"`+c.u25Upper(10)+`",`+c.decoy(`"apns_team_id":"`+c.u25Upper(10)+`"`)+`,`+c.decoy(`"apns_bundle_id":"com.kiteboard.ios"`)+`}`).
				rh("Authorization", "Key "+c.secret("OneSignal organization key (os_v2_org_)", "os_v2_org_"+c.pick(gLower+"234567", 100)))
		}},
		{cat, "mapbox-secret-token-create", func(c *gcase) {
			mk := func() string {
				return "sk." + gB64u(`{"u":"trailmate","a":"`+c.pick(gLower+gDigits, 25)+`"}`) + "." + c.b64u(16)
			}
			old := c.secret("sk. token in the access_token query", mk())
			c.post("https://api.mapbox.com/tokens/v2/trailmate?access_token="+old, "application/json", `{"scopes":["DOWNLOADS:READ","styles:tiles"],"note":"iOS CI downloads"}`).
				resp("application/json", `{"client":"api","usage":"sk","token":"`+c.secret("created sk. token", mk())+`",`+c.decoy(`"id":"cl`+c.pick(gLower+gDigits, 23)+`"`)+`,"note":"iOS CI downloads","scopes":["DOWNLOADS:READ","styles:tiles"],"created":"2026-11-22T10:15:00.412Z"}`).code(201)
		}},
		{cat, "sentry-cli-dsym-upload-tokens", func(c *gcase) {
			org := c.secret("sntrys_ organization token (Bearer)", "sntrys_"+gB64u(`{"iat":1732270500.1,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"pocketbrew"}`)+"_"+c.b64u(32))
			c.post("https://sentry.io/api/0/projects/pocketbrew/ios/files/difs/assemble/", "application/json", `{"`+c.decoy(c.hexs(40))+`":{"name":"Pocketbrew.app.dSYM","debug_id":"`+c.decoy(strings.ToUpper(c.uuid()))+`","chunks":["`+c.hexs(40)+`"]}}`).
				rh("Authorization", "Bearer "+org, "User-Agent", c.decoy("sentry-cli/2.31.0"))
			c.get("https://sentry.io/api/0/organizations/pocketbrew/releases/?query=3.8.1").rh("Authorization", "Bearer "+c.secret("sntryu_ user token (Bearer)", "sntryu_"+c.hexs(64)))
		}},
		{cat, "firebase-cli-refresh-token-fastlane", func(c *gcase) {
			c.post("https://oauth2.googleapis.com/token", "application/x-www-form-urlencoded",
				"refresh_token="+u25Q(c.secret("1// Google refresh token", "1//0g"+c.pick(gB64uAlpha, 98)))+"&client_id="+c.decoy(c.digits(12)+"-"+c.pick(gLower+gDigits, 32)+".apps.googleusercontent.com")+"&client_secret="+c.secret("GOCSPX- client secret", "GOCSPX-"+c.pick(gB64uAlpha, 28))+"&grant_type=refresh_token").
				rh("User-Agent", c.decoy("fastlane-plugin-firebase_app_distribution/0.9.1")).
				resp("application/json; charset=utf-8", `{"access_token":"`+c.secret("ya29 access token", "ya29.a0A"+c.pick(gB64uAlpha, 170))+`",`+c.decoy(`"expires_in":3599`)+`,`+c.decoy(`"scope":"https://www.googleapis.com/auth/cloud-platform"`)+`,"token_type":"Bearer"}`)
		}},
		{cat, "revenuecat-v2-secret-key-and-webhook-auth", func(c *gcase) {
			proj := c.decoy("proj" + c.hexs(8))
			c.get("https://api.revenuecat.com/v2/projects/"+proj+"/customers/"+c.decoy("u-8812")+"/subscriptions").rh("Authorization", "Bearer "+c.secret("RevenueCat v2 secret key (sk_)", "sk_"+c.alnum(32)))
			c.post("https://app.revenuecat.com/internal/v1/projects/"+proj+"/integrations/webhooks", "application/json",
				`{"url":"https://api.pocketbrew.example/hooks/revenuecat","authorization_header":"Bearer `+c.secret("authorization_header of the webhook integration", c.b64u(32))+`","environment":"production",`+c.decoy(`"event_types":["INITIAL_PURCHASE","RENEWAL","CANCELLATION"]`)+`}`)
		}},
		{cat, "app-store-server-api-and-devicecheck-jwt", func(c *gcase) {
			iss := c.uuid()
			jwt := c.secret("App Store Server API bearer (ES256)", c.u25ES256(c.u25Upper(10), `{"iss":"`+iss+`","iat":1732270500,"exp":1732274100,"aud":"appstoreconnect-v1","bid":"com.pocketbrew.ios"}`))
			c.get("https://api.storekit.itunes.apple.com/inApps/v1/history/"+c.decoy(c.nonLuhn(16))+"?sort=DESCENDING").rh("Authorization", "Bearer "+jwt).
				resp("application/json", `{"revision":"`+c.decoy(c.b64u(18))+`","bundleId":"com.pocketbrew.ios","appAppleId":1583726491,"environment":"Production","hasMore":false,"signedTransactions":[]}`)
			c.post("https://api.devicecheck.apple.com/v1/query_two_bits", "application/json",
				`{"device_token":"`+c.secret("DeviceCheck device_token", c.b64s(1500))+`","transaction_id":"`+c.decoy(c.uuid())+`","timestamp":1732270500123}`).
				rh("Authorization", "Bearer "+c.secret("DeviceCheck bearer (ES256)", c.u25ES256(c.u25Upper(10), `{"iss":"`+c.u25Upper(10)+`","iat":1732270500}`)))
		}},
		{cat, "passkit-web-service-applepass-registration", func(c *gcase) {
			dev := c.hexs(32)
			c.post("https://passes.pocketbrew.example/v1/devices/"+dev+"/registrations/pass.com.pocketbrew.loyalty/"+c.decoy("PBL-"+c.digits(8)), "application/json",
				`{"pushToken":"`+c.secret("pushToken of the pass registration", c.hexs(64))+`"}`).
				rh("Authorization", "ApplePass "+c.secret("ApplePass authenticationToken", c.alnum(32)), "User-Agent", c.decoy("PassbookUIService/1.0 CFNetwork/1494.0.7 Darwin/23.4.0")).code(201)
		}},
		{cat, "braze-rest-uuid-shaped-key", func(c *gcase) {
			c.post("https://rest.fra-02.braze.eu/users/track", "application/json",
				`{"attributes":[{"external_id":"u-8812","loyalty_tier":"gold"}],"events":[{"external_id":"u-8812","name":"order_ready","time":"2026-11-22T10:15:00Z","properties":{"store":"`+c.decoy("KRK-KAZ-02")+`"}}]}`).
				rh("Authorization", "Bearer "+c.secret("Braze REST API key (uuid-shaped)", c.uuid())).
				resp("application/json", `{"message":"success",`+c.decoy(`"attributes_processed":1`)+`,"events_processed":1}`).code(201)
		}},
		{cat, "atlas-connection-string-and-data-api-key", func(c *gcase) {
			c.get("https://config.fieldnotes.example/v1/backend/kiosk").resp("application/json",
				`{"mongoUri":"mongodb+srv://kioskSvc:`+c.secret("password in the mongodb+srv URI", c.u25Pw())+`@cluster0.`+c.pick(gLower+gDigits, 5)+`.mongodb.net/fieldnotes?retryWrites=true&w=majority&appName=kiosk",`+c.decoy(`"dataApiBase":"https://eu-central-1.aws.data.mongodb-api.com/app/data-abcde/endpoint/data/v1"`)+`}`)
			c.post("https://eu-central-1.aws.data.mongodb-api.com/app/data-abcde/endpoint/data/v1/action/find", "application/json", `{"dataSource":"Cluster0","database":"fieldnotes","collection":"jobs","filter":{"site":"`+c.decoy("depot-north")+`"}}`).
				rh("api-key", c.secret("api-key header (Atlas Data API)", c.alnum(64)))
		}},
		{cat, "agora-rtc-token-and-app-certificate", func(c *gcase) {
			appID := c.hexs(32)
			c.get("https://api.lumenfit.example/v1/classes/"+c.decoy("cls_7712")+"/rtc-token?role=publisher").
				resp("application/json", `{"appId":"`+appID+`","channel":"`+c.decoy("hiit-live-7712")+`","rtcToken":"`+c.secret("Agora RTC token (006 + app id + base64)", "006"+appID+"IAD"+c.b64s(120))+`",`+c.decoy(`"expireSeconds":3600`)+`}`)
			c.req("PUT", "https://console.agora.io/api/v2/projects/"+c.decoy("pr_"+c.hexs(10)), "application/json", `{"name":"lumen-live","vendorKey":"`+appID+`","signKey":"`+c.secret("signKey (Agora App Certificate)", c.hexs(32))+`","status":1}`)
		}},
		{cat, "branch-secret-live-export-and-link-delete", func(c *gcase) {
			bk := "key_live_" + c.alnum(32)
			bs := c.secret("branch_secret (secret_live_)", "secret_live_"+c.alnum(32))
			c.post("https://api2.branch.io/v3/export", "application/json", `{"branch_key":"`+bk+`","branch_secret":"`+bs+`",`+c.decoy(`"export_date":"2026-11-21"`)+`}`).
				resp("application/json", `{"eo_install":["https://branch-exports-web.s3.us-west-1.amazonaws.com/y%3D2026/m%3D11/d%3D21/app_id%3D`+c.decoy(c.digits(18))+`/eo_install-v2-`+c.hexs(40)+`-2026-11-21-0.csv.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261122T101500Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Credential=AKIA`+c.u25Upper(16)+`%2F20261122%2Fus-west-1%2Fs3%2Faws4_request&X-Amz-Signature=`+c.secret("X-Amz-Signature of an export link", c.hexs(64))+`"]}`)
			c.req("DELETE", "https://api2.branch.io/v1/url?url="+u25Q("https://pocketbrew.app.link/"+c.decoy("spring-promo"))+"&app_id="+c.digits(18), "", "").rh("Access-Token", c.secret("Access-Token header (Branch API key)", "api_app_"+c.hexs(32)))
		}},
	}
}

// 9. Payment cards, bank accounts, and numbers that are not cards.
func u25Cards() []gdef {
	const cat = "9.cards"
	return []gdef{
		{cat, "midtrans-get-token-card-in-query", func(c *gcase) {
			pan := c.secret("card_number in the GET query (Midtrans token API)", c.card("48111", 16))
			cvv := c.digits(3)
			c.secret("card_cvv= in the GET query", "card_cvv="+cvv)
			c.get("https://api.midtrans.com/v2/token?client_key=Mid-client-"+c.pick(gB64uAlpha, 16)+"&card_number="+pan+"&card_exp_month=11&card_exp_year=2029&card_cvv="+cvv+"&"+c.decoy("gross_amount=185000")+"&secure=true&bank=bni").
				rh("User-Agent", c.decoy("MidtransAndroidSDK/2.3.1")).
				resp("application/json", `{"status_code":"200","status_message":"OK, success request new token","bank":"bni","redirect_url":"https://api.midtrans.com/v2/token/rba/redirect/`+c.uuid()+`",`+c.decoy(`"masked_card":"481111-1114"`)+`}`)
		}},
		{cat, "softpos-emv-tlv-hex", func(c *gcase) {
			pan := c.secret("PAN as BCD in EMV tags 5A and 57", c.card("476173", 16))
			emv := "9F02060000000019995F2A0209859A032611229C01005A08" + pan + "5F24032911305F340101571" + "3" + pan + "D29112010000012300000F" + "9F2608" + strings.ToUpper(c.hexs(16)) + "9F2701809F360200A4"
			c.post("https://softpos.pocketbrew.example/v1/transactions", "application/json",
				`{"terminalId":"`+c.decoy("TPOS-KRK-0042")+`","amount":1999,"currency":"PLN","emvData":"`+emv+`",`+c.decoy(`"maskedPan":"476173******`+pan[12:]+`"`)+`,"kernel":"`+c.decoy("VISA-C3 2.10")+`"}`).
				resp("application/json", `{"status":"APPROVED",`+c.decoy(`"authCode":"A1B2C3"`)+`,"rrn":"`+c.decoy(c.nonLuhn(12))+`"}`)
		}},
		{cat, "card-scan-result-in-analytics-event", func(c *gcase) {
			pan := c.card("5", 16)
			grouped := c.secret("card number (grouped with spaces) in an analytics event", gGroup4(pan, " "))
			c.post("https://api2.amplitude.com/batch", "application/json",
				`{"api_key":"`+c.hexs(32)+`","events":[{"event_type":"card_scan_complete","device_id":"`+c.decoy(c.uuid())+`","platform":"Android",`+c.decoy(`"os_version":"14"`)+`,"event_properties":{"scanner":"`+c.decoy("cardscan-android 2.2.8")+`","number":"`+grouped+`","expiry":"11/29","duration_ms":1840},"time":1732270500120}]}`).
				resp("application/json", `{"code":200,"events_ingested":1,"payload_size_bytes":512,"server_upload_time":1732270500401}`)
		}},
		{cat, "sepa-mandate-iban-neobank", func(c *gcase) {
			iban := u25IBAN("DE", "37040044"+c.digits(10))
			c.secret("iban (compact)", iban)
			c.post("https://api.lumenfit.example/v1/billing/sepa-mandate", "application/json",
				`{"accountHolder":"Ola Nowak","iban":"`+iban+`",`+c.decoy(`"bic":"COBADEFFXXX"`)+`,"mandateAccepted":true}`).
				resp("application/json", `{"mandateReference":"`+c.decoy("LFM-"+c.u25Upper(10))+`","ibanDisplay":"`+c.secret("IBAN grouped with spaces in the response", gGroup4(iban, " "))+`",`+c.decoy(`"creditorId":"DE98ZZZ09999999999"`)+`}`)
		}},
		{cat, "ach-account-number-and-routing", func(c *gcase) {
			c.post("https://api.kiteboard.example/v3/payouts/bank-accounts", "application/json",
				`{"account_holder_type":"individual","routing_number":"`+c.decoy("021000021")+`","account_number":"`+c.secret("account_number (ACH)", c.digits(12))+`","account_type":"checking","country":"US","currency":"usd"}`).
				resp("application/json", `{"id":"`+c.decoy("ba_"+c.alnum(24))+`","last4":"`+c.digits(4)+`","bank_name":"JPMORGAN CHASE BANK, NA","status":"new"}`)
		}},
		{cat, "iap-transaction-ids-beside-stored-card", func(c *gcase) {
			t1, t2 := c.decoy(c.nonLuhn(16)), c.decoy(c.nonLuhn(16))
			c.get("https://api.pocketbrew.example/v2/billing/history").resp("application/json",
				`{"appStore":[{"transactionId":"`+t1+`","originalTransactionId":"`+t2+`","productId":"com.pocketbrew.club.monthly"}],"googlePlay":[{"orderId":"`+c.decoy("GPA.3312-"+c.digits(4)+"-"+c.digits(4)+"-"+c.digits(5))+`"}],"appAppleId":"`+c.decoy("1583726491")+`","firebaseProjectNumber":"`+c.decoy(c.nonLuhn(12))+`"}`)
			cvc := c.digits(4)
			c.post("https://api.pocketbrew.example/v2/billing/cards", "application/json",
				`{"card":{"number":"`+c.secret("card.number (Amex) next to IAP ids", c.card("37", 15))+`","expMonth":9,"expYear":2030,"cvc":"`+cvc+`"},"storeCredential":true}`)
			c.secret(`"cvc":"NNNN" of the stored card`, `"cvc":"`+cvc+`"`)
		}},
		{cat, "apple-pay-decrypted-payment-data", func(c *gcase) {
			c.post("https://pay.pocketbrew.example/internal/applepay/authorize", "application/json",
				`{"orderId":"`+c.decoy("PB-88214")+`","decrypted":{"applicationPrimaryAccountNumber":"`+c.secret("applicationPrimaryAccountNumber (DPAN)", c.card("4", 16))+`","applicationExpirationDate":"291130","currencyCode":"985","transactionAmount":1999,`+c.decoy(`"deviceManufacturerIdentifier":"040010030273"`)+`,"paymentDataType":"3DSecure","paymentData":{"onlinePaymentCryptogram":"`+c.secret("onlinePaymentCryptogram", c.b64s(20))+`","eciIndicator":"7"}}}`).
				resp("application/json", `{"result":"AUTHORISED",`+c.decoy(`"pspReference":"`+c.u25Upper(16)+`"`)+`}`)
		}},
		{cat, "wallet-card-in-grpc-web-text", func(c *gcase) {
			pan := c.secret("PAN in a grpc-web-text protobuf field", c.card("5412", 16))
			msg := gProto(pan, "11/30", "OLA NOWAK", "wallet-primary")
			c.post("https://wallet.kiteboard.example/kiteboard.wallet.v1.Cards/AddCard", "application/grpc-web-text", gGrpcWebText(msg)).
				rh("x-grpc-web", "1", "x-user-agent", c.decoy("grpc-web-dart/0.4.0")).
				resp("application/grpc-web-text", gGrpcWebText(gProto("crd_"+c.hexs(12), pan[12:])))
		}},
		{cat, "stripe-ios-payment-method-form", func(c *gcase) {
			cvc := c.digits(3)
			c.post("https://api.stripe.com/v1/payment_methods", "application/x-www-form-urlencoded",
				"billing_details[address][country]=PL&card[cvc]="+cvc+"&card[exp_month]=4&card[exp_year]=31&card[number]="+c.secret("card[number] form field", c.card("4000056", 16))+"&"+c.decoy("payment_user_agent=stripe-ios%2F23.27.0%3B%20variant.paymentSheet")+"&type=card").
				rh("Stripe-Version", c.decoy("2020-08-27"), "X-Stripe-User-Agent", `{"os_version":"17.4.1","type":"iPhone15,3","bindings_version":"23.27.0","lang":"objective-c"}`).
				resp("application/json", `{"id":"`+c.decoy("pm_"+c.alnum(24))+`","object":"payment_method","card":{"brand":"visa","last4":"5556","exp_month":4,"exp_year":2031,`+c.decoy(`"fingerprint":"`+c.alnum(16)+`"`)+`}}`)
			c.secret("card[cvc]= form field", "card[cvc]="+cvc+"&")
		}},
		{cat, "gift-card-number-and-pin-vs-order-numbers", func(c *gcase) {
			c.post("https://api.pocketbrew.example/v2/giftcards/balance", "application/json",
				`{"giftCardNumber":"`+c.secret("giftCardNumber", "6"+c.digits(18))+`","pin":"`+c.secret("gift card pin", c.digits(8))+`","storeId":"KRK-KAZ-02"}`).
				resp("application/json", `{"balance":{"amount":8500,"currency":"PLN"},"lastOrder":"`+c.decoy(c.nonLuhn(16))+`",`+c.decoy(`"batch":"GC-2026-11"`)+`}`)
		}},
	}
}

// 10. Personal data in identity fields; what is not personal stays.
func u25Personal() []gdef {
	const cat = "10.personal"
	return []gdef{
		{cat, "identity-toolkit-phone-sign-in-ios", func(c *gcase) {
			phone := c.secret("phoneNumber (E.164)", "+4915"+c.digits(9))
			key := "AIza" + c.pick(gB64uAlpha, 35)
			si := c.secret("sessionInfo of the phone sign-in", "AD8T5I"+c.pick(gB64uAlpha, 150))
			c.post("https://www.googleapis.com/identitytoolkit/v3/relyingparty/sendVerificationCode?key="+key, "application/json",
				`{"phoneNumber":"`+phone+`","iosReceipt":"`+c.secret("iosReceipt", c.b64s(80))+`","iosSecret":"`+c.secret("iosSecret", c.b64u(12))+`"}`).
				rh("X-Ios-Bundle-Identifier", c.decoy("com.lumenfit.ios"), "X-Client-Version", c.decoy("iOS/FirebaseSDK/10.24.0/FirebaseCore-iOS")).
				resp("application/json; charset=UTF-8", `{"sessionInfo":"`+si+`"}`)
			c.post("https://www.googleapis.com/identitytoolkit/v3/relyingparty/verifyPhoneNumber?key="+key, "application/json", `{"sessionInfo":"`+si+`","code":"`+c.digits(6)+`","operation":"SIGN_UP_OR_IN"}`).
				resp("application/json; charset=UTF-8", `{"idToken":"`+c.secret("idToken of verifyPhoneNumber", c.rs256JWT(c.hexs(40), `{"iss":"https://securetoken.google.com/lumenfit-prod","aud":"lumenfit-prod","phone_number":"`+phone+`","exp":1732274100}`))+`","refreshToken":"`+c.secret("refreshToken of verifyPhoneNumber", "AMf-vB"+c.pick(gB64uAlpha, 200))+`",`+c.decoy(`"expiresIn":"3600"`)+`,"localId":"`+c.alnum(28)+`","isNewUser":false,"phoneNumber":"`+phone+`"}`)
		}},
		{cat, "sentry-user-context-ip-and-email", func(c *gcase) {
			ip := c.secret("user.ip_address in a Sentry event", c.u25IP())
			ev := `{"event_id":"` + c.decoy(c.hexs(32)) + `","platform":"cocoa","user":{"id":"u-8812","email":"` + c.secret("user.email in a Sentry event", "marta.kowalczyk@"+c.pick(gLower, 6)+".pl") + `","ip_address":"` + ip + `","username":"mkowal"},"contexts":{"device":{` + c.decoy(`"model":"iPhone15,3"`) + `,"family":"iOS","arch":"arm64e"},"os":{"name":"iOS",` + c.decoy(`"version":"17.4.1"`) + `,"build":"21E236"},"app":{` + c.decoy(`"app_version":"3.8.1"`) + `}}}`
			c.post("https://o4504"+c.digits(12)+".ingest.us.sentry.io/api/4504"+c.digits(12)+"/store/", "application/json", ev).
				set("serverIPAddress", c.decoy("34.120.195.249"))
		}},
		{cat, "braze-sdk-user-attributes", func(c *gcase) {
			c.post("https://sdk.fra-02.braze.eu/api/v3/data/", "application/json",
				`{"api_key":"`+c.uuid()+`","device_id":"`+c.decoy(c.uuid())+`",`+c.decoy(`"sdk_version":"9.2.0"`)+`,"time":1732270500,"attributes":[{"user_id":"u-8812","first_name":"`+c.secret("attributes.first_name", "Małgorzata")+`","last_name":"`+c.secret("attributes.last_name", "Wiśniewska")+`","email":"`+c.secret("attributes.email", "m.wisniewska"+c.digits(2)+"@gmail.com")+`","phone":"`+c.secret("attributes.phone", "+48 601 "+c.digits(3)+" "+c.digits(3))+`",`+c.decoy(`"country":"PL"`)+`,"language":"pl"}],"respond_with":{"config":{"config_time":0}}}`)
		}},
		{cat, "find-my-device-name-with-owner", func(c *gcase) {
			c.req("PATCH", "https://api.kiteboard.example/v3/devices/"+c.decoy(c.uuid()), "application/json",
				`{"deviceName":"`+c.secret("owner's name inside deviceName", "Lukas Schneider")+`'s Pixel 8","model":"`+c.decoy("Google Pixel 8")+`","osVersion":"`+c.decoy("Android 14 (AP1A.240405.002)")+`"}`)
		}},
		{cat, "react-native-contacts-upload", func(c *gcase) {
			c.post("https://api.pocketbrew.example/v2/friends/match", "application/json",
				`{"contacts":[{"recordID":"`+c.decoy("1F3A-22")+`","givenName":"`+c.secret("contacts[0].givenName", "Bartłomiej")+`","familyName":"`+c.secret("contacts[0].familyName", "Zielinski")+`","phoneNumbers":[{"label":"mobile","number":"`+c.secret("contacts[0].phoneNumbers[0].number", "+48 512 "+c.digits(3)+" "+c.digits(3))+`"}],"emailAddresses":[{"label":"home","email":"`+c.secret("contacts[0].emailAddresses[0].email", "bartek.z"+c.digits(3)+"@onet.pl")+`"}]}],`+c.decoy(`"source":"react-native-contacts 7.0.8"`)+`}`)
		}},
		{cat, "google-sign-in-ios-token-and-userinfo", func(c *gcase) {
			email := c.secret("email (userinfo and id token claim)", "j.okafor"+c.digits(2)+"@gmail.com")
			c.post("https://oauth2.googleapis.com/token", "application/x-www-form-urlencoded",
				"client_id="+c.decoy(c.digits(12)+"-"+c.pick(gLower+gDigits, 32)+".apps.googleusercontent.com")+"&code="+u25Q(c.secret("authorization code (4/0A)", "4/0A"+c.pick(gB64uAlpha, 70)))+"&code_verifier="+c.secret("code_verifier (PKCE)", c.b64u(48))+"&grant_type=authorization_code&redirect_uri=com.googleusercontent.apps.1234%3A%2Foauth2redirect%2Fgoogle").
				rh("User-Agent", c.decoy("GoogleSignIn/7.1.0 GTMSessionFetcher/3.4.1")).
				resp("application/json; charset=utf-8", `{"access_token":"`+c.secret("ya29 access token of Google Sign-In", "ya29.a0A"+c.pick(gB64uAlpha, 160))+`",`+c.decoy(`"expires_in":3599`)+`,"id_token":"`+c.rs256JWT(c.hexs(40), `{"iss":"https://accounts.google.com","email":"`+email+`","email_verified":true,"name":"Jide Okafor","exp":1732274100}`)+`","token_type":"Bearer"}`)
			c.get("https://openidconnect.googleapis.com/v1/userinfo").resp("application/json", `{"sub":"1`+c.digits(20)+`","name":"`+c.secret("userinfo name", "Jide Okafor")+`","given_name":"Jide","family_name":"Okafor","email":"`+email+`","email_verified":true,`+c.decoy(`"locale":"en-GB"`)+`}`)
		}},
		{cat, "ipinfo-lookup-users-ip", func(c *gcase) {
			ip := c.secret("ip of the ipinfo response (the user's address)", c.u25IP())
			c.get("https://ipinfo.io/json?token="+c.pick(gLower+gDigits, 14)).set("serverIPAddress", c.decoy("34.117.186.192")).
				resp("application/json; charset=utf-8", `{"ip":"`+ip+`","city":"Leipzig","region":"Saxony","country":"DE",`+c.decoy(`"org":"AS3320 Deutsche Telekom AG"`)+`,"postal":"04109",`+c.decoy(`"timezone":"Europe/Berlin"`)+`}`)
			c.post("https://api.trailmate.example/v2/geo/consent", "application/json", `{"clientIp":"`+ip+`",`+c.decoy(`"sdk":"ipinfo-kotlin 1.2.0"`)+`}`)
		}},
		{cat, "zendesk-support-sdk-request", func(c *gcase) {
			c.post("https://fieldnotes.zendesk.com/api/mobile/requests.json", "application/json",
				`{"request":{"requester":{"name":"`+c.secret("requester.name", "Aoife Brennan")+`","email":"`+c.secret("requester.email", "aoife.brennan@"+c.pick(gLower, 7)+".ie")+`"},"subject":"Sync error on tablet","comment":{"body":"Hi, please call me back on `+c.secret("phone number in comment prose", "+353 87 "+c.digits(3)+" "+c.digits(4))+` about the sync error."},"tags":["android","`+c.decoy("fieldnotes-7.2.0")+`"]}}`).
				rh("User-Agent", c.decoy("Zendesk-SDK/5.1.2 Android/34 Variant/Support"), "Mobile-Sdk-Identity", c.decoy(c.hexs(40)))
		}},
		{cat, "apple-private-relay-email-and-full-name", func(c *gcase) {
			c.post("https://api.lumenfit.example/auth/apple/complete-profile", "application/json",
				`{"fullName":{"givenName":"`+c.secret("fullName.givenName", "Ingeborg")+`","familyName":"`+c.secret("fullName.familyName", "Solbakken")+`"},"email":"`+c.secret("private relay email", c.pick(gLower+gDigits, 10)+"@privaterelay.appleid.com")+`",`+c.decoy(`"appVersion":"4.1.0"`)+`}`)
		}},
		{cat, "flutter-profile-patch-dart-client", func(c *gcase) {
			c.req("PATCH", "https://api.trailmate.example/v2/me", "application/json; charset=utf-8",
				`{"firstName":"`+c.secret("firstName", "Przemysław")+`","lastName":"`+c.secret("lastName", "Grabowski")+`","mobile":"`+c.secret("mobile", "+48 697 "+c.digits(3)+" "+c.digits(3))+`","emergencyContact":{"name":"`+c.secret("emergencyContact.name", "Anna Grabowska")+`","phone":"`+c.secret("emergencyContact.phone", "+48 603 "+c.digits(3)+" "+c.digits(3))+`"},`+c.decoy(`"units":"metric"`)+`}`).
				rh("User-Agent", c.decoy("Dart/3.3 (dart:io)"), "x-app-build", c.decoy("2.4.0+240"))
		}},
		{cat, "kochava-identity-link-and-install", func(c *gcase) {
			c.post("https://control.kochava.com/track/json", "application/json",
				`{"action":"identityLink","kochava_app_id":"`+c.decoy("kokiteboard-android-9x1k2")+`","kochava_device_id":"`+c.decoy("KA"+c.hexs(32))+`","sdk_version":"`+c.decoy("AndroidTracker 5.5.0")+`","data":{"User Email":"`+c.secret("identityLink data \"User Email\"", "kuba.lewandowski"+c.digits(2)+"@wp.pl")+`","Login":"`+c.secret("identityLink data \"Login\" (e-mail)", "kuba.l"+c.digits(3)+"@kiteboard.example")+`"},"nt_id":"`+c.decoy(c.uuid())+`"}`).
				resp("application/json", `{"success":"1"}`)
		}},
	}
}
