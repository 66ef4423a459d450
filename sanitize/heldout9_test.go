package sanitize

// A ninth held-out corpus for "Detection that generalizes" (issue 10),
// written without reading the engine and kept distinct from the earlier
// corpora: consumer and media web apps (Widevine, PlayReady and FairPlay
// license requests, HLS and DASH players with signed manifests and key
// URIs), social and community sites (X web guest tokens and ct0, Reddit,
// Mastodon, Bluesky AT Protocol sessions, LinkedIn), ride-hailing, food
// delivery and maps; home routers and network gear web UIs (FRITZ!Box SID,
// OpenWrt LuCI sysauth and ubus, UniFi, pfSense and OPNsense, TP-Link,
// Synology DSM, QNAP); crypto wallets and exchanges (WalletConnect, wallet
// JSON-RPC, exchange request signatures, seed phrases pasted into forms);
// PSD2 consent flows of Berlin Group NextGenPSD2 and STET, insurance and
// utility portals; TV device-code flows and fitness services (Strava,
// Garmin Connect); legacy server stacks (ASP.NET WebForms and machine keys,
// JSF, Struts, ColdFusion, Lotus Domino, classic ASP, Perl CGI, SOAP 1.1
// with a WS-Security UsernameToken digest); and HAR written by other tools
// (Firefox, Chrome's sanitized export, tshark, k6, BlazeMeter, Playwright's
// recordHar). It reuses the harness of generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"html"
	"net/url"
	"strings"
	"testing"
)

func TestHeldout9Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 9", "heldout9Open", heldout9Cases(), heldout9Open)
}

func TestHeldout9CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout9Cases())
}

func heldout9Cases() []gdef {
	return gCollect(v9Names, v9Pairs, v9Unnamed, v9Carriers, v9Exporters, v9Everywhere, v9GraphQL, v9Vendors, v9Cards, v9Phrases, v9Personal)
}

// v9ES256 is an ES256 JWT (as AT Protocol and DRM services issue).
func (c *gcase) v9ES256(claims string) string {
	return gB64u(`{"typ":"at+jwt","alg":"ES256K"}`) + "." + gB64u(claims) + "." + c.b64u(64)
}

// v9Pw is a realistic human password.
func (c *gcase) v9Pw() string {
	words := []string{"Sunflower", "Parrot", "Mosaic", "Harbour", "Tangerine", "Velvet", "Copper", "Meadow", "Nebula", "Breeze", "Pumpkin", "Glacier", "Rooftop", "Biscuit", "Cactus", "Lagoon"}
	syms := "!#$%*-+=?@^_~."
	return words[c.rng.IntN(len(words))] + c.digits(2) + string(syms[c.rng.IntN(len(syms))]) + words[c.rng.IntN(len(words))]
}

// v9NotLuhn is an n-digit number that fails the Luhn check.
func (c *gcase) v9NotLuhn(n int) string {
	for {
		s := c.digits(n)
		if s[0] != '0' && !gLuhn(s) {
			return s
		}
	}
}

// v9Seed is an n-word BIP39-style recovery phrase.
func (c *gcase) v9Seed(n int) string {
	words := []string{"abandon", "ability", "absorb", "acoustic", "actress", "adjust", "advice", "aerobic", "afford", "almost", "anchor", "antique", "arena", "armor", "artwork", "auction", "bamboo", "banner", "barrel", "beach", "bicycle", "blossom", "bracket", "bridge", "cabbage", "canyon", "carbon", "castle", "cherry", "clinic", "coconut", "cradle", "dolphin", "donkey", "eagle", "elbow", "fabric", "fossil", "galaxy", "garlic", "harvest", "hollow", "island", "jaguar", "kettle", "lizard", "magnet", "meadow", "napkin", "orchard", "oyster", "pepper", "pioneer", "quantum", "rabbit", "saddle", "salmon", "tornado", "velvet", "walnut", "wizard", "yellow", "zebra", "timber"}
	out := make([]string, n)
	for i := range out {
		out[i] = words[c.rng.IntN(len(words))]
	}
	return strings.Join(out, " ")
}

// v9Addr is an Ethereum address (public).
func (c *gcase) v9Addr() string { return "0x" + c.hexs(40) }

// v9Put adds a PUT request.
func (c *gcase) v9Put(u, mime, body string) *gent { return c.req("PUT", u, mime, body) }

// 1. Compound, prefixed and vendor-specific names.
func v9Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "x-web-guest-token-ct0-auth-token", func(c *gcase) {
			ct0 := c.secret("X ct0 cookie / x-csrf-token (160 hex)", c.hexs(160))
			c.post("https://api.x.com/1.1/guest/activate.json", "", "").resp("application/json", `{"guest_token":"`+c.secret("X guest_token (19 digits)", "18"+c.digits(17))+`"}`)
			c.get("https://x.com/i/api/1.1/account/settings.json?"+c.decoy("include_ext_sharing_audiospaces_listening_data_with_followers=true")).
				rh("x-csrf-token", ct0, "Cookie", "guest_id="+"v1%3A170000000012345678"+"; auth_token="+c.secret("X auth_token cookie (40 hex)", c.hexs(40))+"; ct0="+ct0, "x-twitter-active-user", c.decoy("yes"), "x-twitter-client-language", "en")
		}},
		{cat, "reddit-login-form-otp-and-token-v2", func(c *gcase) {
			c.post("https://www.reddit.com/svc/shreddit/account/login", "application/x-www-form-urlencoded",
				"username=kestrel_rides&password="+url.QueryEscape(c.secret("Reddit login password", c.v9Pw()))+"&otp="+c.secret("Reddit otp (8-digit backup code)", c.digits(8))+"&csrf_token="+c.secret("Reddit csrf_token", c.hexs(32))+"&"+c.decoy("dest=https%3A%2F%2Fwww.reddit.com%2Fr%2Fcycling%2F")).
				sh("Set-Cookie", "token_v2="+c.secret("Reddit token_v2 cookie (JWT)", c.qJWT(`{"sub":"t2_8xk2m","exp":1800000000,"aid":"t2_8xk2m","lsid":"`+c.hexs(12)+`"}`))+"; Domain=.reddit.com; Path=/; Secure; HttpOnly")
		}},
		{cat, "mastodon-oauth-token-client-secret", func(c *gcase) {
			c.post("https://mastodon.social/oauth/token", "application/json", `{"grant_type":"authorization_code","code":"`+c.secret("Mastodon authorization code", c.b64u(32))+`","client_id":"Ab3`+c.pick(gB64uAlpha, 40)+`","client_secret":"`+c.secret("Mastodon client_secret", c.b64u(32))+`","redirect_uri":"`+c.decoy("urn:ietf:wg:oauth:2.0:oob")+`",`+c.decoy(`"scope":"read write follow push"`)+`}`).
				resp("application/json", `{"access_token":"`+c.secret("Mastodon access_token", c.b64u(32))+`","token_type":"Bearer","scope":"read write follow push",`+c.decoy(`"created_at":1700000000`)+`}`)
		}},
		{cat, "bluesky-create-session-access-refresh-jwt", func(c *gcase) {
			did := c.decoy("did:plc:" + c.pick("abcdefghijklmnopqrstuvwxyz234567", 24))
			c.post("https://bsky.social/xrpc/com.atproto.server.createSession", "application/json", `{"identifier":"marlowe.bsky.social","password":"`+c.secret("Bluesky app password (xxxx-xxxx-xxxx-xxxx)", c.pick(gLower+gDigits, 4)+"-"+c.pick(gLower+gDigits, 4)+"-"+c.pick(gLower+gDigits, 4)+"-"+c.pick(gLower+gDigits, 4))+`"}`).
				resp("application/json", `{"did":"`+did+`","didDoc":{"service":[{"id":"#atproto_pds","type":"AtprotoPersonalDataServer","serviceEndpoint":"`+c.decoy("https://morel.us-east.host.bsky.network")+`"}]},"handle":"marlowe.bsky.social","accessJwt":"`+c.secret("Bluesky accessJwt", c.v9ES256(`{"scope":"com.atproto.appPass","sub":"`+did+`","iat":1700000000,"exp":1700007200,"aud":"did:web:morel.us-east.host.bsky.network"}`))+`","refreshJwt":"`+c.secret("Bluesky refreshJwt", c.v9ES256(`{"scope":"com.atproto.refresh","sub":"`+did+`","jti":"`+c.b64u(32)+`"}`))+`","active":true}`)
		}},
		{cat, "linkedin-li-at-and-ajax-csrf", func(c *gcase) {
			jsess := "ajax:" + c.digits(19)
			c.secret("LinkedIn JSESSIONID ajax: csrf value", jsess)
			c.get("https://www.linkedin.com/voyager/api/me").rh("csrf-token", jsess, "Cookie", `li_at=`+c.secret("LinkedIn li_at cookie", "AQEDA"+c.pick(gB64uAlpha, 150))+`; JSESSIONID="`+jsess+`"; lang=v=2&lang=en-us`, "x-restli-protocol-version", c.decoy("2.0.0"), "x-li-lang", c.decoy("en_US"))
		}},
		{cat, "fritzbox-login-sid-pbkdf2-response", func(c *gcase) {
			chal := "2$60000$" + c.hexs(32) + "$6000$" + c.hexs(32)
			sid := c.secret("FRITZ!Box SID (16 hex) in SessionInfo XML", c.hexs(16))
			c.get("http://fritz.box/login_sid.lua?"+c.decoy("version=2")).resp("text/xml", `<?xml version="1.0" encoding="utf-8"?><SessionInfo><SID>0000000000000000</SID><Challenge>`+chal+`</Challenge><BlockTime>0</BlockTime><Rights></Rights><Users><User last="1">fritz3417</User></Users></SessionInfo>`)
			c.post("http://fritz.box/login_sid.lua?version=2", "application/x-www-form-urlencoded", "username=fritz3417&response="+c.secret("FRITZ!Box PBKDF2 response (salt$hash)", c.hexs(32)+"$"+c.hexs(64))).
				resp("text/xml", `<?xml version="1.0" encoding="utf-8"?><SessionInfo><SID>`+sid+`</SID><Challenge>`+chal+`</Challenge><BlockTime>0</BlockTime><Rights><Name>Dial</Name><Access>2</Access><Name>App</Name><Access>2</Access></Rights></SessionInfo>`)
			c.post("http://fritz.box/data.lua", "application/x-www-form-urlencoded", "xhr=1&sid="+sid+"&lang=de&page=overview&"+c.decoy("xhrId=all")+"&useajax=1&no_sidrenew=")
		}},
		{cat, "openwrt-luci-sysauth-and-stok", func(c *gcase) {
			stok := c.secret("LuCI ;stok= path token", c.hexs(32))
			c.post("https://192.168.1.1/cgi-bin/luci", "application/x-www-form-urlencoded", "luci_username=root&luci_password="+url.QueryEscape(c.secret("LuCI luci_password", c.v9Pw()))).code(302).
				sh("Set-Cookie", "sysauth_https="+c.secret("LuCI sysauth_https cookie", c.hexs(32))+"; path=/cgi-bin/luci/; SameSite=Strict; HttpOnly; secure", "Location", "/cgi-bin/luci/;stok="+stok+"/admin/status/overview")
			c.get("https://192.168.1.1/cgi-bin/luci/;stok=" + stok + "/admin/status/" + c.decoy("overview") + "?status=1&_=" + c.decoy("0.4817263512"))
		}},
		{cat, "unifi-os-login-token-cookie-csrf", func(c *gcase) {
			c.post("https://192.168.1.2/api/auth/login", "application/json", `{"username":"ubnt-admin","password":"`+c.secret("UniFi OS login password", c.v9Pw())+`","rememberMe":true,"token":""}`).
				sh("Set-Cookie", "TOKEN="+c.secret("UniFi TOKEN cookie (JWT)", c.qJWT(`{"userId":"`+c.uuid()+`","passwordRevision":1700000000,"isRemembered":true,"csrfToken":"`+c.uuid()+`","iat":1700000000,"exp":1702592000}`))+"; path=/; samesite=strict; secure; httponly", "X-CSRF-Token", c.secret("UniFi X-CSRF-Token (uuid)", c.uuid()))
			c.get("https://192.168.1.2/proxy/network/api/s" + c.decoy("/default/stat/health"))
		}},
		{cat, "pfsense-csrf-magic-and-passwordfld", func(c *gcase) {
			c.post("https://fw.home.example/index.php", "application/x-www-form-urlencoded",
				"__csrf_magic="+url.QueryEscape(c.secret("pfSense __csrf_magic (sid:40hex,ts)", "sid:"+c.hexs(40)+",1700000000;ip:"+c.hexs(40)+",1700000000"))+"&usernamefld=admin&passwordfld="+url.QueryEscape(c.secret("pfSense passwordfld", c.v9Pw()))+"&"+c.decoy("login=Sign+In")).
				sh("Set-Cookie", "PHPSESSID="+c.secret("pfSense PHPSESSID", c.pick(gLower+gDigits, 32))+"; path=/; secure; HttpOnly; SameSite=Lax")
		}},
		{cat, "tplink-stok-and-rsa-password", func(c *gcase) {
			c.post("http://tplinkwifi.net/cgi-bin/luci/;stok=/login?form=login", "application/x-www-form-urlencoded", "operation=login&password="+c.secret("TP-Link RSA-encrypted password (256 hex)", c.hexs(256))+"&"+c.decoy("confirm=true")).
				resp("application/json", `{"error_code":0,"result":{"stok":"`+c.secret("TP-Link stok", c.hexs(32))+`",`+c.decoy(`"model":"Archer AX55"`)+`}}`)
		}},
		{cat, "synology-dsm-passwd-sid-synotoken-did", func(c *gcase) {
			c.get("https://nas.home.example:5001/webapi/entry.cgi?"+c.decoy("api=SYNO.API.Auth")+"&version=7&method=login&account=admin&passwd="+url.QueryEscape(c.secret("DSM passwd query", c.v9Pw()))+"&session=webui&format=sid&enable_syno_token=yes&otp_code="+c.secret("DSM otp_code (8 digits)", c.digits(8))).
				resp("application/json", `{"data":{"account":"admin","device_id":"`+c.secret("DSM device_id (trusted-device, skips OTP)", c.b64u(64))+`","ik_message":"","is_portal_port":false,"sid":"`+c.secret("DSM sid", c.pick(gB64uAlpha, 86))+`","synotoken":"`+c.secret("DSM synotoken", c.pick(gAlnum, 11)+"."+c.pick(gAlnum, 11))+`"},"success":true}`)
		}},
		{cat, "qnap-authlogin-ezencoded-pwd-and-authsid", func(c *gcase) {
			c.post("https://qnap.home.example:8080/cgi-bin/authLogin.cgi", "application/x-www-form-urlencoded", "user=admin&serviceKey=1&pwd="+url.QueryEscape(gB64(c.secret("QNAP pwd (ezEncode base64)", c.v9Pw())))+"&"+c.decoy("client_app=QTS")).
				resp("text/xml", `<?xml version="1.0" encoding="UTF-8" ?><QDocRoot version="1.0"><doQuick><![CDATA[]]></doQuick><is_booting><![CDATA[0]]></is_booting><authPassed><![CDATA[1]]></authPassed><authSid><![CDATA[`+c.secret("QNAP authSid", c.pick(gLower+gDigits, 8))+`]]></authSid><firmware><version><![CDATA[`+c.decoy("5.2.1")+`]]></version><build><![CDATA[`+c.decoy("20241021")+`]]></build></firmware></QDocRoot>`)
		}},
		{cat, "exchange-signed-rest-headers", func(c *gcase) {
			c.get("https://api.exchange.coinbase.com/accounts").rh("CB-ACCESS-KEY", c.secret("Coinbase CB-ACCESS-KEY (32 hex)", c.hexs(32)), "CB-ACCESS-SIGN", c.secret("Coinbase CB-ACCESS-SIGN", c.b64s(32)), "CB-ACCESS-PASSPHRASE", c.secret("Coinbase CB-ACCESS-PASSPHRASE", c.pick(gLower+gDigits, 11)), "CB-ACCESS-TIMESTAMP", c.decoy("1700000000.123"))
			c.post("https://api.kraken.com/0/private/Balance", "application/x-www-form-urlencoded", "nonce="+c.decoy("1700000000123457")).rh("API-Key", c.secret("Kraken API-Key", c.b64s(42)), "API-Sign", c.secret("Kraken API-Sign (HMAC-SHA512 b64)", c.b64s(64)))
			c.get("https://www.okx.com/api/v5/account/balance?"+c.decoy("ccy=BTC")).rh("OK-ACCESS-KEY", c.secret("OKX OK-ACCESS-KEY (uuid)", c.uuid()), "OK-ACCESS-SIGN", c.secret("OKX OK-ACCESS-SIGN", c.b64s(32)), "OK-ACCESS-PASSPHRASE", c.secret("OKX OK-ACCESS-PASSPHRASE", c.v9Pw()), "OK-ACCESS-TIMESTAMP", c.decoy("2026-11-22T10:15:00.123Z"))
		}},
		{cat, "aspnet-webforms-dollar-names", func(c *gcase) {
			c.post("https://portal.insure.example/Login.aspx", "application/x-www-form-urlencoded",
				"__EVENTTARGET=&__EVENTARGUMENT=&"+c.decoy("__VIEWSTATEGENERATOR=C2EE9ABB")+"&ctl00%24MainContent%24LoginUser%24UserName=p.hollis&ctl00%24MainContent%24LoginUser%24Password="+url.QueryEscape(c.secret("WebForms ctl00$MainContent$LoginUser$Password", c.v9Pw()))+"&ctl00%24MainContent%24LoginUser%24txtPolicyPin="+c.secret("WebForms ...$txtPolicyPin (8 digits)", c.digits(8))+"&"+c.decoy("ctl00%24MainContent%24LoginUser%24LoginButton=Log+In")).
				sh("Set-Cookie", ".ASPXAUTH="+c.secret(".ASPXAUTH forms ticket", strings.ToUpper(c.hexs(320)))+"; path=/; secure; HttpOnly\nASP.NET_SessionId="+c.secret("ASP.NET_SessionId", c.pick(gLower+"012345", 24))+"; path=/; HttpOnly; SameSite=Lax")
		}},
		{cat, "jsf-colon-ids-and-struts-token", func(c *gcase) {
			c.post("https://claims.utility.example/faces/login.xhtml", "application/x-www-form-urlencoded",
				"loginForm=loginForm&loginForm%3Aj_idt14%3Ausername=k.brandt&loginForm%3Aj_idt14%3Apassword="+url.QueryEscape(c.secret("JSF loginForm:j_idt14:password", c.v9Pw()))+"&"+c.decoy("loginForm%3Aj_idt22=loginForm%3Aj_idt22")+"&javax.faces.ViewState="+url.QueryEscape(c.decoy("-4718263540129873465:3918273645019283746")))
			c.post("https://legacy.utility.example/meter/submit.do", "application/x-www-form-urlencoded",
				"org.apache.struts.taglib.html.TOKEN="+c.secret("Struts 1 org.apache.struts.taglib.html.TOKEN", c.hexs(32))+"&struts.token.name=token&token="+c.secret("Struts 2 token", strings.ToUpper(c.pick(gUpper+gDigits, 32)))+"&"+c.decoy("meterId=DE0001234500000000000000012345678")+"&reading=18342")
		}},
		{cat, "stet-psu-authentication-factor", func(c *gcase) {
			c.v9Put("https://api.bank.example/stet/psd2/v1.6/payment-requests/"+c.decoy("pr-7f3a91c2")+"/confirmation", "application/json", `{"psuAuthenticationFactor":"`+c.secret("STET psuAuthenticationFactor", c.pick(gUpper+gDigits, 16))+`"}`).
				rh("Authorization", "Bearer "+c.secret("STET bearer", c.b64u(40)), "Signature", `keyId="`+"SN=5AA5,CA=CN=Acme QWAC CA"+`",algorithm="rsa-sha256",headers="(request-target) digest x-request-id",signature="`+c.secret("STET HTTP Signature signature=", c.b64s(256))+`"`, "X-Request-ID", c.decoy(c.uuid()))
		}},
	}
}

// 2. Pairs spelled as data.
func v9Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "luci-ubus-jsonrpc-positional-session", func(c *gcase) {
			c.post("https://192.168.8.1/ubus", "application/json", `{"jsonrpc":"2.0","id":1,"method":"call","params":["00000000000000000000000000000000","session","login",{"username":"root","password":"`+c.secret("ubus session login password", c.v9Pw())+`"}]}`).
				resp("application/json", `{"jsonrpc":"2.0","id":1,"result":[0,{"ubus_rpc_session":"`+c.secret("ubus_rpc_session", c.hexs(32))+`","timeout":300,"expires":300,"acls":{"ubus":{"file":["read"]}},"data":{"username":"root"}}]}`)
		}},
		{cat, "wallet-jsonrpc-personal-unlock-and-import", func(c *gcase) {
			addr := c.decoy(c.v9Addr())
			c.post("http://127.0.0.1:8545/", "application/json", `{"jsonrpc":"2.0","method":"personal_unlockAccount","params":["`+addr+`","`+c.secret("personal_unlockAccount positional passphrase", c.v9Pw())+`",300],`+c.decoy(`"id":67`)+`}`)
			c.post("http://127.0.0.1:8545/", "application/json", `{"jsonrpc":"2.0","method":"personal_importRawKey","params":["`+c.secret("personal_importRawKey positional private key (64 hex)", c.hexs(64))+`","`+c.secret("personal_importRawKey positional passphrase", c.v9Pw())+`"],"id":68}`)
		}},
		{cat, "forgerock-am-callbacks-input-name-value", func(c *gcase) {
			c.post("https://login.insure.example/am/json/realms/root/realms/customers/authenticate", "application/json",
				`{"authId":"`+c.secret("ForgeRock authId (JWT)", c.qJWT(`{"otk":"`+c.pick(gLower+gDigits, 26)+`","realm":"/customers","sessionId":"`+c.b64u(40)+`"}`))+`","callbacks":[{"type":"NameCallback","output":[{"name":"prompt","value":"User Name"}],"input":[{"name":"IDToken1","value":"t.okafor"}],"_id":0},{"type":"PasswordCallback","output":[{"name":"prompt","value":"`+c.decoy("Password")+`"}],"input":[{"name":"IDToken2","value":"`+c.secret("ForgeRock PasswordCallback input IDToken2 value", c.v9Pw())+`"}],"_id":1}]}`).
				resp("application/json", `{"tokenId":"`+c.secret("ForgeRock tokenId (iPlanetDirectoryPro)", "AQIC5w"+c.pick(gB64uAlpha, 60)+".*AAJTSQACMDEAAlNLABQt"+c.pick(gAlnum, 24)+"*")+`","successUrl":"/am/console",`+c.decoy(`"realm":"/customers"`)+`}`)
		}},
		{cat, "axinom-drm-license-request-headers-list", func(c *gcase) {
			c.get("https://player.stream.example/config/title/"+c.decoy("tt0451279")+".json").resp("application/json",
				`{"drm":{"servers":{"com.widevine.alpha":"https://drm-widevine-licensing.axtest.net/AcquireLicense"},"licenseRequestHeaders":[{"name":"X-AxDRM-Message","value":"`+c.secret("X-AxDRM-Message header as {name,value} data", c.qJWT(`{"version":1,"com_key_id":"`+c.uuid()+`","message":{"type":"entitlement_message","version":2,"content_keys_source":{"inline":[{"id":"`+c.uuid()+`"}]}}}`))+`"},{"name":"`+c.decoy("X-Player-Version")+`","value":"`+c.decoy("4.12.7")+`"}]}}`)
		}},
		{cat, "castlabs-dt-custom-data-base64-json-header", func(c *gcase) {
			cd := gB64(`{"userId":"purchase","sessionId":"` + c.secret("DRMtoday dt-custom-data sessionId inside base64 JSON", c.b64u(32)) + `","merchant":"` + "acmetv" + `"}`)
			e := c.post("https://lic.drmtoday.com/license-proxy-widevine/cenc/?"+c.decoy("specConform=true"), "application/octet-stream", gB64(string(c.rbytes(96))))
			e.post.encoding = "base64"
			e.rh("dt-custom-data", cd)
		}},
		{cat, "berlin-group-embedded-sca-psudata", func(c *gcase) {
			cid := c.secret("NextGenPSD2 consentId", c.pick(gAlnum, 32))
			c.post("https://psd2.bank.example/v1/consents", "application/json", `{"access":{"allPsd2":"allAccounts"},"recurringIndicator":true,"validUntil":"`+c.decoy("2027-02-20")+`","frequencyPerDay":4,"combinedServiceIndicator":false}`).
				rh("PSU-ID", c.secret("Berlin Group PSU-ID header (login id)", "PSU-"+c.digits(10)), "TPP-Redirect-Preferred", c.decoy("false"), "X-Request-ID", c.decoy(c.uuid())).
				resp("application/json", `{"consentStatus":"received","consentId":"`+cid+`","_links":{"startAuthorisationWithPsuAuthentication":{"href":"/v1/consents/`+cid+`/authorisations"}}}`)
			c.v9Put("https://psd2.bank.example/v1/consents/"+cid+"/authorisations/"+c.decoy("123auth456"), "application/json", `{"psuData":{"password":"`+c.secret("NextGenPSD2 psuData.password", c.v9Pw())+`"}}`)
			c.v9Put("https://psd2.bank.example/v1/consents/"+cid+"/authorisations/123auth456", "application/json", `{"scaAuthenticationData":"`+c.secret("NextGenPSD2 scaAuthenticationData (TAN)", c.digits(8))+`"}`)
		}},
		{cat, "unifi-wlanconf-x-passphrase-and-settings", func(c *gcase) {
			c.v9Put("https://192.168.1.2/proxy/network/api/s/default/rest/wlanconf/"+c.decoy("65a1f0c2e4b0a1b2c3d4e5f6"), "application/json",
				`{"name":"Cottage","security":"wpapsk","wpa_mode":"wpa2","x_passphrase":"`+c.secret("UniFi wlanconf x_passphrase", c.v9Pw())+`","x_iapp_key":"`+c.secret("UniFi x_iapp_key (32 hex)", c.hexs(32))+`",`+c.decoy(`"usergroup_id":"65a1f0c2e4b0a1b2c3d4e5f7"`)+`}`)
			c.get("https://192.168.1.2/proxy/network/api/s/default/get/setting").resp("application/json",
				`{"data":[{"key":"mgmt","x_ssh_username":"ubnt","x_ssh_password":"`+c.secret("UniFi setting mgmt x_ssh_password", c.v9Pw())+`","x_ssh_enabled":true},{"key":"`+c.decoy("super_identity")+`","name":"UniFi Network"}],"meta":{"rc":"ok"}}`)
		}},
		{cat, "tplink-wireless-set-psk-key", func(c *gcase) {
			c.post("http://tplinkwifi.net/cgi-bin/luci/;stok="+c.secret("TP-Link stok in path (set)", c.hexs(32))+"/admin/wireless?form=wireless_2g", "application/x-www-form-urlencoded",
				"operation=write&"+c.decoy("ssid=Cottage-2G")+"&encryption=psk&psk_version=auto&psk_cipher=aes&psk_key="+url.QueryEscape(c.secret("TP-Link psk_key", c.v9Pw()))+"&wps_pin="+c.secret("TP-Link wps_pin (8 digits)", c.digits(8)))
		}},
		{cat, "x-onboarding-task-subtask-inputs", func(c *gcase) {
			c.post("https://api.x.com/1.1/onboarding/task.json", "application/json",
				`{"flow_token":"`+c.secret("X onboarding flow_token", "g;17000000"+c.digits(10)+":-17000000"+c.digits(5)+":"+c.pick(gAlnum, 24)+":1")+`","subtask_inputs":[{"subtask_id":"`+c.decoy("LoginEnterPassword")+`","enter_password":{"password":"`+c.secret("X enter_password.password", c.v9Pw())+`","link":"next_link"}}]}`).
				rh("x-guest-token", c.secret("X x-guest-token header", "18"+c.digits(17)))
		}},
		{cat, "insurance-form-schema-fields-type-password", func(c *gcase) {
			c.post("https://mein.versicherung.example/api/forms/registration/submit", "application/json",
				`{"formId":"`+c.decoy("reg-v3")+`","fields":[{"id":"vsnr","type":"text","value":"`+c.decoy("VN-2026-0048213")+`"},{"id":"f7","type":"password","value":"`+c.secret("form field {type:password,value}", c.v9Pw())+`"},{"id":"f8","label":"Aktivierungscode","value":"`+c.secret("form field labelled Aktivierungscode", strings.ToUpper(c.pick(gUpper+gDigits, 12)))+`"}]}`)
		}},
		{cat, "html-table-row-credential-display", func(c *gcase) {
			c.get("https://router.home.example/status/wifi.html").resp("text/html", `<table class="wlan"><tr><th>SSID</th><td>`+c.decoy("Cottage-5G")+`</td></tr><tr><th>Network key</th><td id="wpa_psk">`+c.secret("router page <td id=wpa_psk> text", c.v9Pw())+`</td></tr><tr><th>Channel</th><td>`+c.decoy("36 / 80 MHz")+`</td></tr></table><span id="sessionKey" hidden>`+c.secret("<span id=sessionKey> text", c.hexs(32))+`</span>`)
		}},
	}
}

// 3. Unnamed machine credentials by shape, with identifier decoys.
func v9Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "ubus-session-as-first-array-element", func(c *gcase) {
			sess := c.secret("ubus session as positional params[0] (32 hex)", c.hexs(32))
			c.post("https://192.168.8.1/ubus", "application/json", `[{"jsonrpc":"2.0","id":7,"method":"call","params":["`+sess+`","system","board",{}]},{"jsonrpc":"2.0","id":8,"method":"call","params":["`+sess+`","network.interface.wan","status",{}]}]`).
				resp("application/json", `[{"jsonrpc":"2.0","id":7,"result":[0,{"kernel":"`+c.decoy("5.15.167")+`","hostname":"OpenWrt","release":{"distribution":"OpenWrt","version":"`+c.decoy("23.05.5")+`","revision":"`+c.decoy("r24106-10cc5fcd00")+`"}}]}]`)
		}},
		{cat, "alchemy-and-infura-key-in-rpc-path", func(c *gcase) {
			c.post("https://eth-mainnet.g.alchemy.com/v2/"+c.secret("Alchemy API key as URL path segment", c.pick(gAlnum+"_-", 32)), "application/json", `{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":`+c.decoy("4242")+`}`).
				resp("application/json", `{"jsonrpc":"2.0","id":4242,"result":"`+c.decoy("0x14a3b2f")+`"}`)
			c.post("https://mainnet.infura.io/v3/"+c.secret("Infura project key as URL path segment", c.hexs(32)), "application/json", `{"jsonrpc":"2.0","method":"eth_getBalance","params":["`+c.decoy(c.v9Addr())+`","latest"],"id":1}`)
		}},
		{cat, "hls-key-uri-token-segment", func(c *gcase) {
			m3u8 := "#EXTM3U\n#EXT-X-VERSION:5\n#EXT-X-TARGETDURATION:6\n#EXT-X-KEY:METHOD=AES-128,URI=\"https://keys.stream.example/k/" + c.secret("HLS key URI path token", c.b64u(36)) + "/" + c.decoy("4f1c") + "\",IV=0x" + c.decoy(c.hexs(32)) + "\n#EXTINF:6.006,\nseg_" + c.decoy("00001") + ".ts\n#EXT-X-ENDLIST\n"
			c.get("https://vod.stream.example/hls/"+c.decoy(c.uuid())+"/720p.m3u8").resp("application/vnd.apple.mpegurl", m3u8)
		}},
		{cat, "widevine-license-url-jwt-path", func(c *gcase) {
			e := c.post("https://license.stream.example/api/v2/widevine/"+c.secret("Widevine license URL JWT path segment", c.qJWT(`{"sub":"u_48213","kid":"`+c.uuid()+`","exp":1700000600,"ent":"premium"}`))+"/license", "application/octet-stream", gB64("\x08\x04"+string(c.rbytes(64))))
			e.post.encoding = "base64"
			e.rh("X-Request-Id", c.decoy(c.uuid()))
		}},
		{cat, "order-tracking-share-link-path", func(c *gcase) {
			c.get("https://track.fooddash.example/o/" + c.decoy("ORD-88213-44") + "/share/" + c.secret("delivery tracking share token path", c.pick(gB64uAlpha, 40)))
			c.get("https://ride.hail.example/share/trip/" + c.secret("ride share-my-trip link token", c.alnum(28)) + "?" + c.decoy("lang=de-DE"))
		}},
		{cat, "jsonrpc-personal-sign-result-and-siwe", func(c *gcase) {
			c.post("https://rpc.wallet.example/", "application/json", `{"jsonrpc":"2.0","id":1700000000123,"method":"personal_sign","params":["0x`+hex.EncodeToString([]byte("app.dex.example wants you to sign in with your Ethereum account"))+`","`+c.decoy(c.v9Addr())+`"]}`).
				resp("application/json", `{"jsonrpc":"2.0","id":1700000000123,"result":"`+c.secret("personal_sign result (65-byte signature)", "0x"+c.hexs(130))+`"}`)
		}},
		{cat, "decoys-only-media-identifiers", func(c *gcase) {
			c.get("https://cdn.stream.example/dash/"+c.decoy(c.uuid())+"/manifest.mpd").
				resp("application/dash+xml", `<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" xmlns:cenc="urn:mpeg:cenc:2013"><Period><AdaptationSet mimeType="video/mp4"><ContentProtection schemeIdUri="urn:mpeg:dash:mp4protection:2011" value="cenc" cenc:default_KID="`+c.decoy(c.uuid())+`"/><ContentProtection schemeIdUri="urn:uuid:edef8ba9-79d6-4ace-a3c8-27dcd51d21ed"><cenc:pssh>`+c.decoy("AAAAW3Bzc2gAAAAA7e+LqXnWSs6jyCfc1R0h7QAAADsIARIQ"+c.b64s(36))+`</cenc:pssh></ContentProtection><Representation id="`+c.decoy("v720")+`" bandwidth="3000000"/></AdaptationSet></Period></MPD>`).
				sh("ETag", c.decoy(`"`+c.hexs(32)+`"`), "X-Cache", c.decoy("Hit from cloudfront"), "X-Amz-Cf-Id", c.decoy(c.pick(gB64uAlpha, 52)+"=="))
		}},
		{cat, "decoys-only-social-identifiers", func(c *gcase) {
			c.get("https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread?uri="+url.QueryEscape("at://did:plc:"+c.pick("abcdefghijklmnopqrstuvwxyz234567", 24)+"/app.bsky.feed.post/3"+c.pick("abcdefghijklmnopqrstuvwxyz234567", 12))).
				resp("application/json", `{"thread":{"post":{"cid":"`+c.decoy("bafyrei"+c.pick("abcdefghijklmnopqrstuvwxyz234567", 52))+`","indexedAt":"`+c.decoy("2026-11-22T09:58:12.441Z")+`"}}}`)
			c.get("https://mastodon.social/api/v1/statuses/"+c.decoy("113512345678901234")+"/context").rh("traceparent", c.decoy("00-"+c.hexs(32)+"-"+c.hexs(16)+"-01"))
			c.get("https://x.com/i/api/graphql/" + c.decoy(c.pick(gB64uAlpha, 22)) + "/TweetDetail?variables=" + url.QueryEscape(`{"focalTweetId":"`+c.decoy("1859912345678901234")+`","with_rux_injections":false}`))
		}},
		{cat, "magic-sign-in-link-path-and-fragment", func(c *gcase) {
			c.get("https://www.strava.example/magic-link/" + c.secret("magic sign-in link path token", c.b64u(32)) + "?" + c.decoy("utm_source=email"))
			c.get("https://app.fitness.example/#/verify/" + c.secret("SPA hash-route verify token", c.pick(gLower+gDigits, 40)))
		}},
		{cat, "fairplay-spc-and-skd-asset", func(c *gcase) {
			c.post("https://fps.stream.example/license?"+c.decoy("assetId=skd%3A%2F%2Ftitle-0451279"), "application/x-www-form-urlencoded", "spc="+url.QueryEscape(c.b64s(300))+"&"+c.decoy("assetId=title-0451279")).
				resp("text/plain", "<ckc>"+c.b64s(120)+"</ckc>").rh("x-keyos-authorization", c.secret("x-keyos-authorization (base64 auth XML)", gB64(`<KeyOSAuthenticationXML><Data>`+c.b64s(48)+`</Data><Signature>`+c.b64s(64)+`</Signature></KeyOSAuthenticationXML>`)))
		}},
	}
}

// 4. Carriers and stacked encodings.
func v9Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "soap11-wsse-usernametoken-digest", func(c *gcase) {
			soap := `<?xml version="1.0" encoding="utf-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"><soapenv:Header><wsse:Security soapenv:mustUnderstand="1"><wsse:UsernameToken wsu:Id="UsernameToken-` + c.decoy("4F2A91C7") + `"><wsse:Username>svc-meter</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">` + c.secret("wsse:Password PasswordDigest (b64 sha1)", c.b64s(20)) + `</wsse:Password><wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">` + c.b64s(16) + `</wsse:Nonce><wsu:Created>` + c.decoy("2026-11-22T10:15:00.123Z") + `</wsu:Created></wsse:UsernameToken></wsse:Security></soapenv:Header><soapenv:Body><m:GetReadings xmlns:m="urn:utility:metering"><m:MeterId>` + c.decoy("1ESY1161234567") + `</m:MeterId></m:GetReadings></soapenv:Body></soapenv:Envelope>`
			c.post("https://ws.stadtwerke.example/MeterService", "text/xml; charset=utf-8", soap).rh("SOAPAction", c.decoy(`"urn:utility:metering/GetReadings"`))
		}},
		{cat, "playready-challenge-customdata", func(c *gcase) {
			ch := `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><AcquireLicense xmlns="http://schemas.microsoft.com/DRM/2007/03/protocols"><challenge><Challenge xmlns="http://schemas.microsoft.com/DRM/2007/03/protocols/messages"><LA xmlns="http://schemas.microsoft.com/DRM/2007/03/protocols" Id="SignedData"><Version>1</Version><ContentHeader><WRMHEADER xmlns="http://schemas.microsoft.com/DRM/2007/03/PlayReadyHeader" version="4.0.0.0"><DATA><KID>` + c.decoy(c.b64s(16)) + `</KID><LA_URL>https://pr.stream.example/rightsmanager.asmx</LA_URL></DATA></WRMHEADER></ContentHeader><CustomData>` + c.secret("PlayReady <CustomData> auth token", gB64(c.qJWT(`{"user":"u_48213","session":"`+c.uuid()+`","exp":1700000600}`))) + `</CustomData><EncryptedData>` + c.b64s(200) + `</EncryptedData></LA></Challenge></challenge></AcquireLicense></soap:Body></soap:Envelope>`
			c.post("https://pr.stream.example/rightsmanager.asmx", "text/xml; charset=utf-8", ch).rh("SOAPAction", c.decoy(`"http://schemas.microsoft.com/DRM/2007/03/protocols/AcquireLicense"`))
		}},
		{cat, "dash-mpd-cloudfront-signed-baseurl", func(c *gcase) {
			pol := gB64u(`{"Statement":[{"Resource":"https://d1x.cloudfront.net/movies/*","Condition":{"DateLessThan":{"AWS:EpochTime":1700007200}}}]}`)
			sig := c.secret("CloudFront Signature in MPD BaseURL", strings.NewReplacer("+", "-", "=", "_", "/", "~").Replace(c.b64s(128)))
			c.get("https://d1x.cloudfront.net/movies/"+c.decoy("m-77412")+"/manifest.mpd").resp("application/dash+xml",
				`<MPD xmlns="urn:mpeg:dash:schema:mpd:2011"><BaseURL>https://d1x.cloudfront.net/movies/m-77412/?Policy=`+pol+`&amp;Signature=`+sig+`&amp;Key-Pair-Id=`+c.decoy("K2JCJMDEHXQW5F")+`</BaseURL><Period duration="`+c.decoy("PT1H52M")+`"/></MPD>`)
		}},
		{cat, "akamai-token-in-m3u8-segment-lines", func(c *gcase) {
			hm := c.secret("Akamai hdnts ~hmac= in playlist lines", c.hexs(64))
			pl := "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=" + c.decoy("2149280") + ",RESOLUTION=1280x720\nchunklist_720.m3u8?hdnts=exp=1700007200~acl=/live/*~hmac=" + hm + "\n"
			c.get("https://live.stream.example/live/ch1/master.m3u8?hdnts=exp=1700007200~acl=/live/*~hmac="+hm).resp("application/x-mpegURL", pl)
		}},
		{cat, "linkedin-code-element-entity-json", func(c *gcase) {
			inner := html.EscapeString(`{"data":{"$type":"com.linkedin.voyager.common.Me","csrfToken":"` + c.secret("csrfToken in &quot;-escaped <code> JSON", "ajax:"+c.digits(19)) + `","plainId":` + c.decoy("48213771") + `,"clientPageInstanceId":"` + c.decoy(c.uuid()) + `"}}`)
			c.get("https://www.linkedin.com/feed/").resp("text/html", `<code style="display: none" id="bpr-guid-`+c.decoy("1700123")+`">`+inner+`</code>`)
		}},
		{cat, "reddit-initial-state-js-escaped", func(c *gcase) {
			c.get("https://www.reddit.com/").resp("text/html", `<script id="data">window.___r = JSON.parse("{\u0022user\u0022:{\u0022session\u0022:{\u0022accessToken\u0022:\u0022`+c.secret("Reddit accessToken in \\u0022-escaped JSON.parse", c.hexs(8)+"-"+c.pick(gB64uAlpha, 30))+`\u0022,\u0022expires\u0022:\u0022`+c.decoy("2026-11-22T11:15:00.000Z")+`\u0022}}}");</script>`)
		}},
		{cat, "synology-compound-urlencoded-json", func(c *gcase) {
			comp := `[{"api":"SYNO.Core.User","method":"set","version":1,"name":"backup","password":"` + c.secret("DSM compound= JSON password", c.v9Pw()) + `"},{"api":"SYNO.Core.Share","method":"get","version":1,"name":"` + c.decoy("homes") + `"}]`
			c.post("https://nas.home.example:5001/webapi/entry.cgi", "application/x-www-form-urlencoded", "api=SYNO.Entry.Request&method=request&version=1&stop_when_error=false&compound="+url.QueryEscape(comp)+"&"+c.decoy("mode=%22sequential%22")).
				rh("X-SYNO-TOKEN", c.secret("X-SYNO-TOKEN header", c.pick(gAlnum, 11)+"."+c.pick(gAlnum, 11)))
		}},
		{cat, "opnsense-config-xml-backup-download", func(c *gcase) {
			c.get("https://opnsense.home.example/diag_backup.php?"+c.decoy("download=1")).resp("application/octet-stream",
				`<?xml version="1.0"?><opnsense><version>`+c.decoy("24.7")+`</version><system><hostname>`+c.decoy("fw-home")+`</hostname><user><name>root</name><password>`+c.secret("config.xml user password (bcrypt)", "$2y$11$"+c.pick(gAlnum+"./", 53))+`</password><apikeys><item><key>`+c.secret("config.xml apikeys key", c.pick(gAlnum+"+/", 80))+`</key><secret>`+c.secret("config.xml apikeys secret (sha512crypt)", "$6$$"+c.pick(gAlnum+"./", 86))+`</secret></item></apikeys></user></system><OPNsense><wireguard><server><servers><server><privkey>`+c.secret("config.xml wireguard privkey", c.b64s(32))+`</privkey><pubkey>`+c.decoy(c.b64s(32))+`</pubkey></server></servers></server></wireguard></OPNsense></opnsense>`)
		}},
		{cat, "walletconnect-uri-in-deeplink-query", func(c *gcase) {
			topic := c.decoy(c.hexs(64))
			wc := "wc:" + topic + "@2?relay-protocol=irn&symKey=" + c.secret("WalletConnect v2 symKey in wc: URI", c.hexs(64)) + "&expiryTimestamp=1700000300"
			c.get("https://link.wallet.example/wc?uri=" + url.QueryEscape(wc))
			c.get("wss://relay.walletconnect.org/?auth="+c.secret("WalletConnect relay auth JWT (EdDSA)", gB64u(`{"alg":"EdDSA","typ":"JWT"}`)+"."+gB64u(`{"iss":"did:key:z6Mk`+c.pick(gAlnum, 44)+`","sub":"`+c.hexs(64)+`","aud":"wss://relay.walletconnect.org","iat":1700000000,"exp":1700086400}`)+"."+c.b64u(64))+"&projectId="+c.decoy(c.hexs(32))+"&ua=wc-2%2Fjs-2.17.0").code(101).
				wsMsg("send", 1, `{"id":1700000000123456,"jsonrpc":"2.0","method":"irn_subscribe","params":{"topic":"`+topic+`"}}`)
		}},
		{cat, "appsync-realtime-header-base64-query", func(c *gcase) {
			hdr := gB64(`{"host":"abc123xyz.appsync-api.eu-west-1.amazonaws.com","Authorization":"` + c.secret("AppSync Authorization inside base64 header= query", c.qJWT(`{"sub":"`+c.uuid()+`","token_use":"access","scope":"aws.cognito.signin.user.admin","exp":1700003600}`)) + `"}`)
			c.get("wss://abc123xyz.appsync-realtime-api.eu-west-1.amazonaws.com/graphql?header="+url.QueryEscape(hdr)+"&payload=e30%3D").rh("Sec-WebSocket-Protocol", c.decoy("graphql-ws")).code(101)
		}},
		{cat, "sse-courier-stream-chat-token", func(c *gcase) {
			ev := "event: courier\nid: " + c.decoy("81723") + "\ndata: {\"eta\":420,\"lat\":52.5163,\n" + "data: \"chatToken\":\"" + c.secret("chatToken across two SSE data: lines", c.b64u(30)) + "\",\"courier\":\"Jo\"}\n\n"
			c.get("https://live.fooddash.example/v1/orders/ORD-88213-44/stream").rh("Accept", "text/event-stream").resp("text/event-stream", ev)
		}},
		{cat, "multipart-base64-part-utility-meter-upload", func(c *gcase) {
			b := "----WebKitFormBoundary" + c.pick(gAlnum, 16)
			part := gB64(`{"meter":"1ESY1161234567","reading":18342,"portalAccessCode":"` + c.secret("portalAccessCode inside base64 multipart part", strings.ToUpper(c.pick(gUpper+gDigits, 16))) + `"}`)
			body := "--" + b + "\r\nContent-Disposition: form-data; name=\"payload\"; filename=\"reading.json\"\r\nContent-Type: application/json\r\nContent-Transfer-Encoding: base64\r\n\r\n" + part + "\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"" + c.decoy("photoCount") + "\"\r\n\r\n0\r\n--" + b + "--\r\n"
			c.post("https://kundenportal.stadtwerke.example/api/zaehlerstand", "multipart/form-data; boundary="+b, body)
		}},
		{cat, "machinekey-in-served-web-config", func(c *gcase) {
			c.get("https://legacy.insure.example/web.config.bak").resp("text/xml",
				`<configuration><system.web><compilation debug="false" targetFramework="`+c.decoy("4.8")+`"/><machineKey validationKey="`+c.secret("machineKey validationKey (128 hex)", strings.ToUpper(c.hexs(128)))+`" decryptionKey="`+c.secret("machineKey decryptionKey (48 hex)", strings.ToUpper(c.hexs(48)))+`" validation="HMACSHA256" decryption="AES"/></system.web><connectionStrings><add name="Policy" connectionString="Data Source=sql01;Initial Catalog=`+c.decoy("PolicyDB")+`;User ID=web;Password=`+c.secret("connectionString Password= in XML attribute", c.v9Pw())+`"/></connectionStrings></configuration>`)
		}},
		{cat, "binary-ws-frame-msgpack-token", func(c *gcase) {
			tok := c.secret("token inside a binary msgpack ws frame", c.alnum(40))
			frame := "\x82\xa4type\xa4auth\xa5token\xd9" + string(rune(len(tok))) + tok
			c.get("wss://rt.rides.example/socket").code(101).wsMsg("send", 2, base64.StdEncoding.EncodeToString([]byte(frame))).wsMsg("receive", 1, `{"ok":true,`+c.decoy(`"region":"eu-central-1"`)+`}`)
		}},
	}
}

// 5. Exporter quirks.
func v9Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "firefox-percent-encoded-params-and-server-ip", func(c *gcase) {
			c.creator = [2]string{"Firefox", "133.0.3"}
			pw := c.secret("password in Firefox params[].value left percent-encoded", c.v9Pw())
			e := c.post("https://www.garmin.example/sso/signin?"+c.decoy("service=https%3A%2F%2Fconnect.garmin.example%2Fmodern"), "application/x-www-form-urlencoded", "username=runner&password="+url.QueryEscape(pw)+"&embed=true&_csrf="+c.secret("Garmin SSO _csrf", strings.ToUpper(c.hexs(96))))
			e.post.params = []any{map[string]any{"name": "username", "value": "runner"}, map[string]any{"name": "password", "value": url.QueryEscape(pw)}, map[string]any{"name": "embed", "value": "true"}}
			e.set("serverIPAddress", c.decoy("104.17.112.63"))
			e.set("connection", "443")
			e.set("pageref", "page_1")
		}},
		{cat, "firefox-set-cookie-joined-newlines-expires-commas", func(c *gcase) {
			c.creator = [2]string{"Firefox", "133.0.3"}
			c.get("https://connect.garmin.example/modern/").sh("Set-Cookie", "SESSIONID="+c.secret("Garmin SESSIONID in joined Set-Cookie", c.uuid())+"; Path=/; Secure; HttpOnly\n"+"GARMIN-SSO-CUST-GUID="+c.secret("GARMIN-SSO-CUST-GUID cookie", c.uuid())+"; Expires=Sun, 22-Nov-2026 10:15:00 GMT; Domain=.garmin.example; Path=/\n"+c.decoy("GarminUserPrefs")+"=de-DE; Path=/")
		}},
		{cat, "chrome-sanitized-export-leftovers", func(c *gcase) {
			e := c.get("https://www.linkedin.com/voyager/api/identity/profiles/me").rh("csrf-token", c.secret("csrf-token kept by Chrome's sanitized export", "ajax:"+c.digits(19)), "x-li-track", c.decoy(`{"clientVersion":"1.13.25","mpVersion":"1.13.25","osName":"web"}`))
			e.set("_initiator", map[string]any{"type": "script", "url": "https://static.licdn.com/aero-v1/sc/h/" + c.decoy("8fkga714vy9b2wk5auqo5reeb") + "?li_at=" + c.secret("li_at in _initiator.url query", "AQEDA"+c.pick(gB64uAlpha, 120))})
			e.set("_priority", "High")
			e.set("_resourceType", "fetch")
		}},
		{cat, "tshark-http2-pseudo-headers-no-mime", func(c *gcase) {
			c.creator = [2]string{"tshark", "4.4.2"}
			tok := c.secret("access_token in :path pseudo-header (tshark)", c.b64u(40))
			e := c.get("https://www.strava.example/api/v3/athlete/activities?access_token=" + tok + "&" + c.decoy("per_page=30"))
			e.httpVersion = "HTTP/2"
			e.rh(":method", "GET", ":authority", c.decoy("www.strava.example"), ":path", "/api/v3/athlete/activities?access_token="+tok+"&per_page=30", "authorization", "Bearer "+c.secret("lowercase authorization bearer (tshark)", c.hexs(40)))
			c.post("https://www.strava.example/oauth/token", "", `{"client_id":"`+c.decoy("48213")+`","client_secret":"`+c.secret("client_secret in JSON body with empty mimeType", c.hexs(40))+`","refresh_token":"`+c.secret("refresh_token in JSON body with empty mimeType", c.hexs(40))+`","grant_type":"refresh_token"}`)
		}},
		{cat, "tshark-cookie-without-equals-and-dup", func(c *gcase) {
			c.creator = [2]string{"tshark", "4.4.2"}
			c.get("http://printer-admin.home.example/status.htm").rh("Cookie", c.secret("cookie without = (bare value)", c.pick(gUpper+gDigits, 24))+"; lang=en").sh("Set-Cookie", c.secret("Set-Cookie without = (bare value)", c.pick(gLower+gDigits, 32))+"; path=/")
		}},
		{cat, "k6-recorder-empty-mime-form-and-comment", func(c *gcase) {
			c.creator = [2]string{"k6 Browser Recorder", "0.6.2"}
			e := c.post("https://app.deliver.example/api/session", "", "email=qa%40deliver.example&password="+url.QueryEscape(c.secret("password in form body with empty mimeType (k6 recorder)", c.v9Pw()))+"&"+c.decoy("remember=1"))
			e.set("comment", "group: login | x-session: "+c.secret("session in k6 entry comment", c.alnum(32)))
		}},
		{cat, "blazemeter-whole-json-as-param-name", func(c *gcase) {
			c.creator = [2]string{"BlazeMeter", "6.4.1"}
			body := `{"phone":"+491701234567","smsCode":"` + c.secret("smsCode in JSON stored as params[0].name", c.digits(8)) + `","deviceToken":"` + c.secret("deviceToken in JSON stored as params[0].name", c.b64u(48)) + `"}`
			e := c.post("https://api.rides.example/v2/auth/verify", "application/json", body)
			e.post.params = []any{map[string]any{"name": body, "value": ""}}
		}},
		{cat, "playwright-recordhar-file-and-sha1", func(c *gcase) {
			c.creator = [2]string{"Playwright", "1.49.0"}
			sum := sha1.Sum([]byte(c.alnum(20)))
			e := c.post("https://app.policy.example/api/login", "application/json", `{"user":"qa-bot","pass":"`+c.secret("pass in Playwright postData", c.v9Pw())+`"}`).
				resp("application/json", `{"sessionToken":"`+c.secret("sessionToken in Playwright response", c.b64u(36))+`"}`)
			e.set("_frameref", "frame@"+c.decoy(c.hexs(32)))
			e.set("_monotonicTime", 1234.567)
			e.set("_serverPort", 443)
			e.set("_attach", map[string]any{"_file": c.decoy(hex.EncodeToString(sum[:]) + ".json"), "_sha1": c.decoy(c.hexs(40) + ".dat")})
		}},
		{cat, "json-served-as-text-html-by-perl-cgi", func(c *gcase) {
			c.creator = [2]string{"WebInspector", "537.36"}
			c.post("https://members.club.example/cgi-bin/login.pl", "application/x-www-form-urlencoded", "rm=login&user=ktrent&pass="+url.QueryEscape(c.secret("Perl CGI pass", c.v9Pw()))).
				resp("text/html; charset=ISO-8859-1", `{"ok":1,"session_key":"`+c.secret("session_key in JSON served as text/html", c.hexs(32))+`",`+c.decoy(`"server":"apache-perl-5.36"`)+`}`)
		}},
		{cat, "fiddler-base64-json-response-and-xml-as-plain", func(c *gcase) {
			c.creator = [2]string{"Fiddler", "5.0.20243.10853"}
			e := c.get("https://api.energy.example/customer/v1/token").resp("application/json", gB64(`{"customerNo":"`+"K-0048213"+`","portalToken":"`+c.secret("portalToken in base64 JSON response (Fiddler)", c.alnum(48))+`"}`))
			e.respEncoding = "base64"
			c.post("https://api.energy.example/soap", "text/plain", `<Login><User>w.lindqvist</User><Pin>`+c.secret("<Pin> in XML body with text/plain mime", c.digits(8))+`</Pin></Login>`)
		}},
	}
}

// 6. One secret redacted everywhere.
func v9Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "fritzbox-sid-in-earlier-json-links-and-referer", func(c *gcase) {
			sid := c.secret("FRITZ!Box SID echoed in earlier JSON links and later Referer", c.hexs(16))
			c.post("http://fritz.box/data.lua", "application/x-www-form-urlencoded", "xhr=1&page=overview&lang=de").
				resp("application/json", `{"pid":"overview","data":{"naviData":[{"link":"/?lp=net&s=`+sid+`","text":"Heimnetz"}],"fritzos":{"nspver":"`+c.decoy("7.57")+`","Productname":"`+c.decoy("FRITZ!Box 7590 AX")+`"}}}`)
			c.get("http://fritz.box/login_sid.lua?version=2").resp("text/xml", `<SessionInfo><SID>`+sid+`</SID><BlockTime>0</BlockTime></SessionInfo>`)
			c.get("http://fritz.box/net/home_auto_query.lua?command=AllOutletStates&xhr=0").rh("Referer", "http://fritz.box/?sid="+sid+"&lp=net")
		}},
		{cat, "mastodon-token-in-ws-query-and-subprotocol", func(c *gcase) {
			at := c.secret("Mastodon access_token in JSON, ws query and Sec-WebSocket-Protocol", c.b64u(32))
			c.post("https://mastodon.social/oauth/token", "application/x-www-form-urlencoded", "grant_type=password&username=w.ferreira%40mail.example&password="+url.QueryEscape(c.secret("Mastodon password grant", c.v9Pw()))+"&client_id=x").
				resp("application/json", `{"access_token":"`+at+`","token_type":"Bearer"}`)
			c.get("wss://streaming.mastodon.social/api/v1/streaming?stream=user&access_token="+at).rh("Sec-WebSocket-Protocol", at).code(101).
				wsMsg("receive", 1, `{"stream":["user"],"event":"update","payload":"{\"id\":\"`+c.decoy("113512345678901235")+`\"}"}`)
		}},
		{cat, "coldfusion-cftoken-cookie-url-html-and-debug-table", func(c *gcase) {
			cft := c.secret("ColdFusion CFTOKEN in cookie, URLs, HTML links and debug table", c.digits(8))
			cfid := c.decoy("CFID=" + c.digits(7))
			c.get("https://tickets.club.example/index.cfm?"+cfid+"&CFTOKEN="+cft).sh("Set-Cookie", "CFTOKEN="+cft+";Path=/;HttpOnly").
				resp("text/html", `<a href="`+c.decoy("event.cfm?id=417")+`&amp;`+cfid+`&amp;CFTOKEN=`+cft+`">Details</a><table class="cfdebug"><tr><td>CFTOKEN</td><td>`+cft+`</td></tr><tr><td>`+c.decoy("ColdFusion Server Enterprise 2021,0,13,330286")+`</td></tr></table>`)
		}},
		{cat, "classic-asp-session-cookie-echoed-hidden-and-js", func(c *gcase) {
			asp := c.secret("ASPSESSIONID value echoed in hidden field and JS var", strings.ToUpper(c.pick(gUpper, 24)))
			c.get("https://shop.oldtown.example/cart.asp").rh("Cookie", "ASPSESSIONIDQCSBTRDA="+asp).
				resp("text/html", `<form action="checkout.asp"><input type="hidden" name="s" value="`+asp+`"><input type="hidden" name="`+c.decoy("cartLines")+`" value="3"></form><script>var sk = '`+asp+`';</script>`)
		}},
		{cat, "perl-cgisessid-unnamed-before-cookie", func(c *gcase) {
			sid := c.secret("CGISESSID printed unnamed before it is a cookie", c.hexs(32))
			c.post("https://members.club.example/cgi-bin/login.pl", "application/x-www-form-urlencoded", "rm=login&user=jdoe").resp("text/plain", "OK "+sid+"\n"+c.decoy("expires=+1h")+"\n")
			c.get("https://members.club.example/cgi-bin/home.pl?"+c.decoy("rm=home")).rh("Cookie", "CGISESSID="+sid)
		}},
		{cat, "strava-token-unnamed-in-later-state-and-json", func(c *gcase) {
			at := c.secret("Strava access_token (40 hex) echoed unnamed", c.hexs(40))
			c.post("https://www.strava.example/oauth/token", "application/x-www-form-urlencoded", "client_id=48213&client_secret="+c.secret("Strava client_secret", c.hexs(40))+"&code="+c.secret("Strava code", c.hexs(40))+"&grant_type=authorization_code").
				resp("application/json", `{"token_type":"Bearer","expires_at":1700021600,"access_token":"`+at+`","athlete":{"id":`+c.decoy("4821377")+`}}`)
			c.post("https://sync.trainingapp.example/v1/links", "application/json", `{"provider":"strava","x":"`+at+`",`+c.decoy(`"linkedAt":"2026-11-22T10:15:09Z"`)+`}`)
			c.get("https://trainingapp.example/connected?state=" + url.QueryEscape(gB64(`{"p":"strava","t":"`+at+`"}`)))
		}},
		{cat, "garmin-oauth1-token-in-form-response-and-oauth-header", func(c *gcase) {
			ot := c.secret("Garmin oauth_token in form-encoded response then OAuth header", c.pick(gLower+gDigits+"-", 36))
			c.get("https://connectapi.garmin.example/oauth-service/oauth/preauthorized?ticket="+c.secret("Garmin SSO ticket (ST-...-cas)", "ST-"+c.digits(7)+"-"+c.pick(gAlnum, 20)+"-cas")+"&login-url=https://sso.garmin.example/sso/embed&accepts-mfa-tokens=true").
				resp("text/plain", "oauth_token="+ot+"&oauth_token_secret="+c.secret("Garmin oauth_token_secret", c.pick(gAlnum, 35))+"&mfa_token="+c.secret("Garmin mfa_token", c.hexs(32))+"&"+c.decoy("mfa_expiration_timestamp=2027-11-22 10:15:00.000"))
			c.post("https://connectapi.garmin.example/oauth-service/oauth/exchange/user/2.0", "application/x-www-form-urlencoded", "").
				rh("Authorization", `OAuth oauth_consumer_key="`+c.uuid()+`", oauth_nonce="`+c.pick(gAlnum, 11)+`", oauth_signature="`+url.QueryEscape(c.secret("Garmin oauth_signature", c.b64s(20)))+`", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1700000000", oauth_token="`+ot+`", oauth_version="1.0"`)
		}},
		{cat, "tv-device-code-polled-and-tokens", func(c *gcase) {
			dc := c.secret("device_code in response and every poll", c.pick(gB64uAlpha, 43))
			c.post("https://oauth.tvapp.example/oauth2/device/code", "application/x-www-form-urlencoded", "client_id="+c.decoy("tv-roku-8f3a")+"&scope=openid+offline_access").
				resp("application/json", `{"device_code":"`+dc+`","user_code":"WDJB-MJHT","verification_uri":"`+c.decoy("https://tvapp.example/activate")+`","expires_in":900,"interval":5}`)
			for i := 0; i < 2; i++ {
				c.post("https://oauth.tvapp.example/oauth2/token", "application/x-www-form-urlencoded", "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code="+dc+"&client_id=tv-roku-8f3a").code(400).resp("application/json", `{"error":"authorization_pending"}`)
			}
			c.post("https://oauth.tvapp.example/oauth2/token", "application/x-www-form-urlencoded", "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code="+dc+"&client_id=tv-roku-8f3a").
				resp("application/json", `{"access_token":"`+c.secret("device flow access_token", c.qJWT(`{"sub":"acct_48213","dev":"roku","exp":1700003600}`))+`","refresh_token":"`+c.secret("device flow refresh_token", c.b64u(48))+`","token_type":"Bearer"}`)
		}},
		{cat, "linkedin-jsessionid-quoted-cookie-and-json-percent", func(c *gcase) {
			js := c.secret("LinkedIn JSESSIONID quoted cookie, header and percent-encoded body", "ajax:"+c.digits(19))
			c.get("https://www.linkedin.com/feed/").sh("Set-Cookie", `JSESSIONID="`+js+`"; Path=/; Domain=.www.linkedin.com; Secure; SameSite=None`)
			c.post("https://www.linkedin.com/li/track", "application/x-www-form-urlencoded", "payload="+url.QueryEscape(`{"eventInfo":{"csrf":"`+js+`"},"`+c.decoy("appId")+`":"com.linkedin.flagship3.d_web"}`))
		}},
	}
}

// 7. GraphQL.
func v9GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "disney-bamgrid-login-mutation-and-sdk-token", func(c *gcase) {
			c.post("https://disney.api.edge.bamgrid.example/v1/public/graphql", "application/json",
				`{"query":"mutation login($input: LoginInput!) { login(login: $input) { __typename account { __typename id } actionGrant } }","variables":{"input":{"email":"`+c.secret("BAMTech login email variable (personal)", "o.lindgren@postbox.example")+`","password":"`+c.secret("BAMTech login password variable", c.v9Pw())+`"}},`+c.decoy(`"operationName":"login"`)+`}`).
				rh("Authorization", "Bearer "+c.secret("BAMTech device grant bearer", c.qJWT(`{"sub":"`+c.uuid()+`","env":"prod","partner":"disney"}`))).
				resp("application/json", `{"data":{"login":{"account":{"id":"`+c.decoy(c.uuid())+`"},"actionGrant":"`+c.secret("BAMTech actionGrant (JWT)", c.qJWT(`{"jti":"`+c.uuid()+`","type":"actionGrant"}`))+`"}},"extensions":{"sdk":{"token":{"accessToken":"`+c.secret("extensions.sdk.token.accessToken", c.qJWT(`{"sub":"`+c.uuid()+`","exp":1700014400}`))+`","refreshToken":"`+c.secret("extensions.sdk.token.refreshToken", c.qJWT(`{"sub":"`+c.uuid()+`","typ":"refresh"}`))+`"}}}}`)
		}},
		{cat, "reddit-gql-persisted-id-variables", func(c *gcase) {
			c.post("https://gql.reddit.com/", "application/json", `{"id":"`+c.decoy(c.hexs(12))+`","variables":{"input":{"currentPassword":"`+c.secret("Reddit persisted op variables.input.currentPassword", c.v9Pw())+`","newPassword":"`+c.secret("Reddit persisted op variables.input.newPassword", c.v9Pw())+`"}}}`).
				rh("Authorization", "Bearer "+c.secret("Reddit gql bearer", c.digits(8)+"-"+c.pick(gB64uAlpha, 30)))
		}},
		{cat, "food-apollo-batch-gift-card", func(c *gcase) {
			c.post("https://api.fooddash.example/graphql", "application/json",
				`[{"operationName":"CartSummary","variables":{"cartId":"`+c.decoy(c.uuid())+`"},"query":"query CartSummary($cartId: ID!) { cart(id: $cartId) { total } }"},{"operationName":"RedeemGiftCard","variables":{"c":"`+c.secret("$c bound to redeemGiftCard(code:)", strings.ToUpper(c.pick(gUpper+gDigits, 16)))+`","p":"`+c.secret("$p bound to redeemGiftCard(pin:)", c.digits(8))+`"},"query":"mutation RedeemGiftCard($c: String!, $p: String!) { redeemGiftCard(code: $c, pin: $p) { balance } }"}]`)
		}},
		{cat, "doordash-add-card-stripe-token-variable", func(c *gcase) {
			c.post("https://www.fooddash.example/graphql/addPaymentCard?operation=addPaymentCard", "application/json",
				`{"operationName":"addPaymentCard","variables":{"stripeToken":"`+c.secret("stripeToken variable (tok_)", "tok_"+c.pick(gAlnum, 24))+`","setDefault":true,`+c.decoy(`"country":"DE"`)+`,"zipCode":"10115"},"query":"mutation addPaymentCard($stripeToken: String!, $setDefault: Boolean) { addPaymentCard(stripeToken: $stripeToken, setDefault: $setDefault) { id last4 } }"}`).
				resp("application/json", `{"data":{"addPaymentCard":{"id":"`+c.decoy("pm_card_481")+`","last4":"4242"}}}`)
		}},
		{cat, "x-graphql-get-variables-and-features", func(c *gcase) {
			c.get("https://x.com/i/api/graphql/"+c.decoy(c.pick(gB64uAlpha, 22))+"/ConnectTabTimeline?variables="+url.QueryEscape(`{"count":20,"context":"{}","authToken":"`+c.secret("authToken in GET variables=", c.hexs(40))+`"}`)+"&features="+url.QueryEscape(`{"rweb_tipjar_consumption_enabled":true}`)).
				rh("x-csrf-token", c.secret("X GraphQL x-csrf-token", c.hexs(160)), "x-client-transaction-id", c.decoy(c.pick(gB64uAlpha+"+/", 94)))
		}},
		{cat, "wallet-siwe-verify-signature-variable", func(c *gcase) {
			c.post("https://api.dex.example/graphql", "application/json",
				`{"query":"mutation Verify($m: String!, $s: String!) { verifySiwe(message: $m, signature: $s) { jwt } }","variables":{"m":"app.dex.example wants you to sign in with your Ethereum account:\n`+c.decoy(c.v9Addr())+`\n\nNonce: `+c.decoy(c.pick(gAlnum, 17))+`\nIssued At: 2026-11-22T10:15:00Z","s":"`+c.secret("$s bound to verifySiwe(signature:)", "0x"+c.hexs(130))+`"}}`).
				resp("application/json", `{"data":{"verifySiwe":{"jwt":"`+c.secret("verifySiwe jwt in response", c.qJWT(`{"sub":"0xabc","exp":1700086400}`))+`"}}}`)
		}},
		{cat, "exchange-create-api-key-response-and-inline-otp", func(c *gcase) {
			c.post("https://api.exchange.example/graphql", "application/json", `{"query":"mutation { createApiKey(label: \"bot\", permissions: [TRADE], totp: \"`+c.secret("inline literal createApiKey(totp:) (8 digits)", c.digits(8))+`\") { key secret } }"}`).
				resp("application/json", `{"data":{"createApiKey":{"key":"`+c.secret("createApiKey.key", c.alnum(64))+`","secret":"`+c.secret("createApiKey.secret", c.alnum(64))+`"}}}`)
		}},
		{cat, "linkedin-voyager-graphql-restli-variables", func(c *gcase) {
			c.get("https://www.linkedin.com/voyager/api/graphql?variables=(vanityName:"+c.decoy("noor-haddad-7b1")+")&queryId="+c.decoy("voyagerIdentityDashProfiles."+c.hexs(32))).
				rh("csrf-token", c.secret("voyager graphql csrf-token", "ajax:"+c.digits(19)), "Cookie", "li_at="+c.secret("voyager graphql li_at", "AQEDA"+c.pick(gB64uAlpha, 140)))
		}},
	}
}

// 8. Vendor token formats.
func v9Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "mapbox-secret-vs-public-token", func(c *gcase) {
			c.get("https://maps.delivery.example/static/env.js").resp("application/javascript",
				`window.ENV={mapPublic:"`+c.decoy("pk.eyJ1IjoiZm9vZGRhc2giLCJhIjoiY2x4"+c.pick(gLower+gDigits, 20)+"In0."+c.pick(gB64uAlpha, 22))+`",uploads:"`+c.secret("Mapbox sk. secret token in JS config", "sk.eyJ1IjoiZm9vZGRhc2giLCJhIjoiY2x5"+c.pick(gLower+gDigits, 20)+"In0."+c.pick(gB64uAlpha, 22))+`"};`)
		}},
		{cat, "telegram-bot-token-in-path-and-discord-webhook", func(c *gcase) {
			c.post("https://api.telegram.org/bot"+c.secret("Telegram bot token in URL path", c.digits(10)+":AA"+c.pick(gB64uAlpha, 33))+"/sendMessage", "application/json", `{"chat_id":`+c.decoy("-1001234567890")+`,"text":"new order"}`)
			c.post("https://discord.com/api/webhooks/"+c.decoy("1234567890123456789")+"/"+c.secret("Discord webhook token in URL path", c.pick(gB64uAlpha, 68)), "application/json", `{"content":"rider assigned"}`)
		}},
		{cat, "twitch-oauth-scheme-and-public-client-id", func(c *gcase) {
			c.post("https://gql.twitch.tv/gql", "text/plain;charset=UTF-8", `[{"operationName":"`+c.decoy("PlaybackAccessToken")+`","variables":{"isLive":true,"login":"streamer"}}]`).
				rh("Authorization", "OAuth "+c.secret("Twitch OAuth scheme token (30 lower alnum)", c.pick(gLower+gDigits, 30)), "Client-Id", c.decoy("kimne78kx3ncx6brgo4mv6wki5h1ko"), "Client-Integrity", c.secret("Twitch Client-Integrity token", "v4.public."+c.b64u(200)))
		}},
		{cat, "square-access-token-and-app-id", func(c *gcase) {
			c.post("https://connect.squareup.com/v2/payments", "application/json", `{"source_id":"`+c.secret("Square card nonce (cnon:)", "cnon:"+c.pick(gAlnum, 24))+`","idempotency_key":"`+c.decoy(c.uuid())+`","amount_money":{"amount":1899,"currency":"EUR"}}`).
				rh("Authorization", "Bearer "+c.secret("Square EAAA access token", "EAAA"+c.pick(gAlnum+"-_", 60)), "Square-Version", c.decoy("2024-11-20"))
			c.get("https://pos.fooddash.example/config.json").resp("application/json", `{"squareAppId":"`+c.decoy("sq0idp-"+c.pick(gAlnum, 22))+`","squareAppSecret":"`+c.secret("Square sq0csp- application secret", "sq0csp-"+c.pick(gAlnum+"-_", 43))+`"}`)
		}},
		{cat, "facebook-page-token-in-js-and-stripe-live", func(c *gcase) {
			c.get("https://social.tools.example/app.js").resp("text/javascript",
				`const cfg={fbPage:'`+c.secret("Facebook EAAG page token in single-quoted JS", "EAAG"+c.pick(gAlnum, 160))+`',fbApp:'`+c.decoy("1234567890123")+`',stripe:'`+c.secret("Stripe rk_live_ restricted key in JS", "rk_live_"+c.pick(gAlnum, 99))+`',stripePk:'`+c.decoy("pk_live_"+c.pick(gAlnum, 99))+`'};`)
		}},
		{cat, "plaid-and-coinbase-cdp-in-json", func(c *gcase) {
			c.post("https://support.budget.example/api/debug", "application/json", `{"plaid":{"item":"`+c.decoy("eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6")+`","at":"`+c.secret("Plaid access-production- token", "access-production-"+c.uuid())+`"},"cdp":{"name":"`+c.decoy("organizations/"+c.uuid()+"/apiKeys/"+c.uuid())+`","privateKey":"-----BEGIN EC PRIVATE KEY-----\n`+c.secret("Coinbase CDP EC private key body", c.b64s(48))+`\n`+c.b64s(33)+`\n-----END EC PRIVATE KEY-----\n"}}`)
		}},
		{cat, "twitter-access-token-and-kucoin-in-bot-config", func(c *gcase) {
			c.post("https://paste.botfarm.example/api/create", "text/plain",
				"# twitter\nTWITTER_ACCESS_TOKEN="+c.secret("Twitter access token (digits-alnum)", "18"+c.digits(17)+"-"+c.pick(gAlnum, 30))+"\nTWITTER_ACCESS_SECRET="+c.secret("Twitter access token secret", c.pick(gAlnum, 45))+"\n# kucoin\nKUCOIN_KEY="+c.secret("KuCoin key (24 hex)", c.hexs(24))+"\nKUCOIN_SECRET="+c.secret("KuCoin secret (uuid)", c.uuid())+"\n"+c.decoy("LOG_LEVEL=info")+"\n")
		}},
		{cat, "google-maps-key-in-script-src-and-sentry-dsn", func(c *gcase) {
			c.get("https://rides.hail.example/").resp("text/html", `<script src="https://maps.googleapis.com/maps/api/js?key=`+c.secret("Google Maps AIza key in script src", "AIza"+c.pick(gB64uAlpha, 35))+`&libraries=places&callback=`+c.decoy("initMap")+`"></script><script>Sentry.init({dsn:"`+c.decoy("https://"+c.hexs(32)+"@o"+c.digits(6)+".ingest.sentry.io/"+c.digits(7))+`"});</script>`)
		}},
		{cat, "binance-apikey-header-and-query-signature", func(c *gcase) {
			c.post("https://api.binance.com/api/v3/order?"+c.decoy("symbol=BTCUSDT")+"&side=BUY&type=LIMIT&quantity=0.01&price=42000&timestamp=1700000000123&recvWindow=5000&signature="+c.secret("Binance query signature (64 hex)", c.hexs(64)), "", "").
				rh("X-MBX-APIKEY", c.secret("Binance X-MBX-APIKEY", c.pick(gAlnum, 64)))
		}},
		{cat, "mailgun-key-in-insurance-notify-config", func(c *gcase) {
			c.v9Put("https://admin.insure.example/api/settings/notify", "application/json", `{"provider":"mailgun","domain":"`+c.decoy("mg.insure.example")+`","apiKey":"`+c.secret("Mailgun key-<32 hex>", "key-"+c.hexs(32))+`","webhookSigningKey":"`+c.secret("Mailgun webhook signing key (32 hex)", c.hexs(32))+`",`+c.decoy(`"region":"eu"`)+`}`)
		}},
	}
}

// 9. Payment cards.
func v9Cards() []gdef {
	const cat = "9.cards"
	return []gdef{
		{cat, "food-checkout-card-object", func(c *gcase) {
			c.post("https://api.fooddash.example/v1/checkout/"+c.decoy("ck_88213")+"/pay", "application/json", `{"method":"card","card":{"number":"`+c.secret("card.number in checkout JSON (Visa)", c.card("4571", 16))+`","cvc":"318","expMonth":9,"expYear":2029},"tip":250,"orderRef":"`+c.decoy(c.v9NotLuhn(16))+`"}`)
		}},
		{cat, "insurance-premium-form-spaces-as-plus", func(c *gcase) {
			p := c.card("5412", 16)
			c.secret("card in form with + for spaces", gGroup4(p, " "))
			c.post("https://portal.insure.example/Payment.aspx", "application/x-www-form-urlencoded", "ctl00%24Main%24txtCardNo="+strings.ReplaceAll(gGroup4(p, " "), " ", "+")+"&ctl00%24Main%24ddlExpiry=2028-03&"+c.decoy("ctl00%24Main%24hidPolicyNo=PL-2026-004821"))
		}},
		{cat, "ride-support-chat-dashed-pan", func(c *gcase) {
			p := c.card("4917", 16)
			c.secret("PAN with dashes in ride support chat", gGroup4(p, "-"))
			c.get("wss://support.rides.example/chat").code(101).wsMsg("send", 1, `{"type":"msg","trip":"`+c.decoy("TRIP-2026-11-88213")+`","text":"was charged twice on `+gGroup4(p, "-")+`, receipt `+c.decoy(c.v9NotLuhn(14))+`"}`)
		}},
		{cat, "utility-soap-payment-pan-element", func(c *gcase) {
			c.post("https://pay.stadtwerke.example/PaymentService.asmx", "text/xml; charset=utf-8", `<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Charge xmlns="urn:pay"><Contract>`+c.decoy("VK-4711-0815")+`</Contract><PAN>`+c.secret("<PAN> in SOAP body (Mastercard)", c.card("5204", 16))+`</PAN><Expiry>1128</Expiry><AmountCents>`+c.decoy("8450")+`</AmountCents></Charge></soap:Body></soap:Envelope>`).rh("SOAPAction", "urn:pay/Charge")
		}},
		{cat, "classic-asp-card-in-query", func(c *gcase) {
			c.get("https://shop.oldtown.example/confirm.asp?ccnum=" + c.secret("ccnum in classic ASP query (Amex)", c.card("3714", 15)) + "&ccexp=0628&" + c.decoy("orderid=OT-20261122-17"))
		}},
		{cat, "wallet-topup-pan-as-json-number", func(c *gcase) {
			p := c.secret("PAN as JSON number in wallet top-up", c.card("6011", 16))
			c.post("https://api.wallet.example/v1/topup", "application/json", `{"amount":50,"source":{"pan":`+p+`,"exp":"10/27"},"deviceImei":"`+c.decoy(c.v9NotLuhn(15))+`"}`)
		}},
		{cat, "hidden-input-full-pan-beside-masked", func(c *gcase) {
			c.get("https://tickets.club.example/confirm.cfm").resp("text/html", `<p>Card `+c.decoy("•••• •••• •••• 4242")+`</p><input type="hidden" name="x_card" value="`+c.secret("full PAN in hidden input beside masked display", c.card("4000", 16))+`">`)
		}},
	}
}

// 10. Free-text credential phrases and recovery phrases.
func v9Phrases() []gdef {
	const cat = "10.phrases"
	return []gdef{
		{cat, "wallet-import-mnemonic-form", func(c *gcase) {
			c.post("https://app.wallet.example/api/wallets/import", "application/json", `{"label":"`+c.decoy("Savings")+`","mnemonic":"`+c.secret("mnemonic field (12 words)", c.v9Seed(12))+`","derivationPath":"`+c.decoy("m/44'/60'/0'/0/0")+`"}`)
		}},
		{cat, "seed-phrase-pasted-into-support-chat", func(c *gcase) {
			c.post("https://support.exchange.example/api/chat/messages", "application/json", `{"conversation":"`+c.decoy("conv_7781")+`","text":"hi, my wallet shows 0. my recovery phrase is `+c.secret("24-word recovery phrase in chat prose", c.v9Seed(24))+` please help"}`)
		}},
		{cat, "hostapd-conf-upload-wpa-passphrase", func(c *gcase) {
			c.post("https://192.168.8.1/cgi-bin/luci/admin/system/flash", "text/plain", "interface=wlan0\n"+c.decoy("ssid=Cottage-5G")+"\nhw_mode=a\nwpa=2\nwpa_key_mgmt=WPA-PSK\nwpa_passphrase="+c.secret("hostapd wpa_passphrase=", c.v9Pw())+"\n"+c.decoy("channel=36")+"\n")
		}},
		{cat, "fritzbox-printout-wlan-netzwerkschluessel", func(c *gcase) {
			c.get("http://fritz.box/print.lua?page=wlan").resp("text/html", `<h2>WLAN</h2><p>Name des WLAN-Funknetzes (SSID): `+c.decoy("FRITZ!Box 7590 WQ")+`</p><p>WLAN-Netzwerkschlüssel: `+c.secret("German WLAN-Netzwerkschlüssel: X", c.digits(4)+" "+c.digits(4)+" "+c.digits(4)+" "+c.digits(4)+" "+c.digits(4))+`</p>`)
		}},
		{cat, "isp-ticket-pppoe-password-is", func(c *gcase) {
			c.post("https://hilfe.isp.example/api/tickets", "application/json", `{"subject":"Internet offline","body":"Router says PPP auth failed. Anschlusskennung `+c.decoy("002712345678")+`, my PPPoE password is `+c.secret("'my PPPoE password is X'", c.pick(gLower+gDigits, 10))+` and the Zugangskennwort `+c.secret("German 'Zugangskennwort X'", c.digits(8))+`."}`)
		}},
		{cat, "private-key-phrase-in-community-post", func(c *gcase) {
			c.post("https://forum.dex.example/posts.json", "application/json", `{"topic_id":`+c.decoy("48213")+`,"raw":"tx keeps failing, here is my config\nrpc: https://rpc.dex.example\nprivate key: 0x`+c.secret("'private key: 0x<64 hex>' in forum post", c.hexs(64))+`\ngas: 21000"}`)
		}},
		{cat, "wpa-supplicant-psk-in-paste", func(c *gcase) {
			c.post("https://paste.home.example/api", "text/plain", "network={\n\tssid=\""+c.decoy("Cottage-IoT")+"\"\n\tpsk=\""+c.secret("wpa_supplicant psk=\"X\"", c.v9Pw())+"\"\n\tkey_mgmt=WPA-PSK\n}\n")
		}},
		{cat, "bank-chat-my-pin-is", func(c *gcase) {
			c.post("https://chat.bank.example/api/v1/messages", "application/json", `{"channel":"`+c.decoy("web-chat-de")+`","text":"Online banking locked. my PIN is `+c.secret("'my PIN is X' in bank chat", c.digits(8))+`, login `+c.decoy("Kundennr. 1002003004")+`"}`)
		}},
		{cat, "azure-accountkey-in-streaming-ingest-config", func(c *gcase) {
			c.get("https://ingest.stream.example/api/config").resp("application/json", `{"storage":"DefaultEndpointsProtocol=https;AccountName=`+c.decoy("mediastore01")+`;AccountKey=`+c.secret("AccountKey= in connection string", c.b64s(64))+`;EndpointSuffix=core.windows.net",`+c.decoy(`"bitrateLadder":"1080p,720p,480p"`)+`}`)
		}},
	}
}

// 11. Personal data.
func v9Personal() []gdef {
	const cat = "11.personal"
	return []gdef{
		{cat, "ride-rider-profile", func(c *gcase) {
			c.get("https://m.rides.example/api/getUser").resp("application/json",
				`{"status":"success","data":{"uuid":"`+c.decoy(c.uuid())+`","firstName":"`+c.secret("rider firstName", "Annelise")+`","lastName":"`+c.secret("rider lastName", "Brouwersma")+`","email":"`+c.secret("rider email", "annelise.brouwersma@postbox.example")+`","mobile":"`+c.secret("rider mobile", "+31 6 41 27 93 85")+`","mobileCountryIso2":"NL",`+c.decoy(`"tenancy":"uber/production"`)+`}}`)
		}},
		{cat, "food-order-delivery-contact", func(c *gcase) {
			c.get("https://api.fooddash.example/v1/orders/ORD-88213-44").resp("application/json",
				`{"id":"ORD-88213-44","customer":{"name":"`+c.secret("order customer.name", "Rafael Quintanilha")+`","phone":"`+c.secret("order customer.phone", "+49 1512 3456789")+`","email":"`+c.secret("order customer.email", "r.quintanilha@mailbox.example")+`"},"dropoff":{"lat":52.5163,"lng":13.3777},"restaurant":{"name":"`+c.decoy("Curry 36")+`"},`+c.decoy(`"status":"picked_up"`)+`}`)
		}},
		{cat, "strava-athlete-lowercase-names", func(c *gcase) {
			c.get("https://www.strava.example/api/v3/athlete").resp("application/json",
				`{"id":`+c.decoy("4821377")+`,"username":"`+c.secret("Strava username", "ingeborg_runs")+`","firstname":"`+c.secret("Strava firstname", "Ingeborg")+`","lastname":"`+c.secret("Strava lastname", "Thorsdottir")+`","city":"Reykjavik","premium":true,`+c.decoy(`"created_at":"2019-04-02T07:12:44Z"`)+`,"weight":61.5}`)
		}},
		{cat, "garmin-user-profile", func(c *gcase) {
			c.get("https://connect.garmin.example/userprofile-service/socialProfile").resp("application/json",
				`{"id":`+c.decoy("88123456")+`,"profileId":88123456,"garminGUID":"`+c.decoy(c.uuid())+`","displayName":"`+c.uuid()+`","fullName":"`+c.secret("Garmin fullName", "Teodora Vasilescu")+`","userName":"`+c.secret("Garmin userName (e-mail)", "teodora.vasilescu@correo.example")+`","location":"Cluj",`+c.decoy(`"userLevel":4`)+`}`)
		}},
		{cat, "linkedin-mini-profile", func(c *gcase) {
			c.get("https://www.linkedin.com/voyager/api/me").resp("application/json",
				`{"miniProfile":{"firstName":"`+c.secret("LinkedIn miniProfile.firstName", "Oluwaseun")+`","lastName":"`+c.secret("LinkedIn miniProfile.lastName", "Adebayo-Whitfield")+`","occupation":"`+c.decoy("Staff Engineer at Acme")+`","publicIdentifier":"`+c.secret("LinkedIn publicIdentifier (vanity name)", "oluwaseun-adebayo-whitfield")+`","entityUrn":"`+c.decoy("urn:li:fs_miniProfile:ACoAAB"+c.pick(gAlnum, 32))+`"},"plainId":`+c.decoy("48213771")+`}`)
		}},
		{cat, "mastodon-admin-account-ips", func(c *gcase) {
			c.get("https://mastodon.social/api/v1/admin/accounts/"+c.decoy("109876543210987654")).resp("application/json",
				`{"id":"109876543210987654","username":"`+c.secret("Mastodon admin username", "hvanderlinde")+`","domain":null,"email":"`+c.secret("Mastodon admin email", "h.vanderlinde@fedi-mail.example")+`","ip":"`+c.secret("Mastodon admin ip", "198.51.100.71")+`","ips":[{"ip":"`+c.secret("Mastodon admin ips[].ip", "203.0.113.214")+`","used_at":"`+c.decoy("2026-11-21T19:02:00.000Z")+`"}],"locale":"nl","account":{"display_name":"`+c.secret("Mastodon display_name", "Hendrik van der Linde")+`"},`+c.decoy(`"confirmed":true`)+`}`)
		}},
		{cat, "berlin-group-psu-ip-and-owner-name", func(c *gcase) {
			c.get("https://psd2.bank.example/v1/accounts?"+c.decoy("withBalance=true")).
				rh("PSU-IP-Address", c.secret("PSU-IP-Address header", "192.0.2.187"), "PSU-IP-Port", c.decoy("51234"), "Consent-ID", c.secret("Consent-ID header", c.pick(gAlnum, 32)), "X-Request-ID", c.decoy(c.uuid())).
				resp("application/json", `{"accounts":[{"resourceId":"`+c.decoy(c.uuid())+`","iban":"DE02120300000000202051","currency":"EUR","ownerName":"`+c.secret("account ownerName", "Friederike Sauerbrunn")+`",`+c.decoy(`"cashAccountType":"CACC"`)+`}]}`)
		}},
		{cat, "fritzbox-wan-ip-and-cloudflare-trace", func(c *gcase) {
			c.post("http://fritz.box/data.lua", "application/x-www-form-urlencoded", "xhr=1&page=netMoni&lang=de").resp("application/json",
				`{"data":{"connections":[{"name":"internet","ipv4":{"ip":"`+c.secret("router WAN ipv4.ip (user's own public IP)", "198.51.100.158")+`","connected":true},"ipv6":{"ip":"`+c.secret("router WAN ipv6.ip", "2001:db8:4a1f:2200::1")+`"}}],"fritzos":{"nspver":"`+c.decoy("7.57")+`"}}}`)
			c.get("https://www.cloudflare.com/cdn-cgi/trace").resp("text/plain", "fl="+c.decoy("28f123")+"\nh=www.cloudflare.com\nip="+c.secret("Cloudflare trace ip= (user's IP)", "203.0.113.66")+"\nts=1700000000.123\nvisit_scheme=https\n"+c.decoy("colo=FRA")+"\nhttp=http/2\nloc=DE\n")
		}},
		{cat, "versicherung-german-field-names", func(c *gcase) {
			c.get("https://mein.versicherung.example/api/vertraege/"+c.decoy("VN-2026-0048213")).resp("application/json",
				`{"versicherungsnehmer":{"vorname":"`+c.secret("vorname", "Wolfgang")+`","nachname":"`+c.secret("nachname", "Obermüller")+`","email":"`+c.secret("versicherungsnehmer email", "w.obermueller@web-mail.example")+`","telefon":"`+c.secret("telefon", "+49 89 12345678")+`"},"tarif":"`+c.decoy("Hausrat Komfort 2026")+`"}`)
		}},
		{cat, "ride-driver-in-sse-and-xff", func(c *gcase) {
			c.get("https://live.rides.example/v1/trips/TRIP-2026-11-88214/events").rh("X-Forwarded-For", c.secret("X-Forwarded-For client IP", "192.0.2.33")+", "+c.decoy("172.16.4.12")).
				resp("text/event-stream", "event: driver_assigned\ndata: {\"driver\":{\"firstName\":\""+c.secret("SSE driver.firstName", "Oghenekaro")+"\",\"phone\":\""+c.secret("SSE driver.phone (masked relay number)", "+49 30 98765432")+"\",\"vehicle\":\""+c.decoy("VW ID.4 B-RX 4821E")+"\"}}\n\n")
		}},
	}
}

// heldout9Open lists the cases of this corpus the engine does not handle
// yet, each with the reason. They are reported, not failed; any other leak
// or lost decoy fails the test, and so does an entry here that no longer
// leaks (the list only shrinks).
var heldout9Open = map[string]string{
	"1.names/fritzbox-login-sid-pbkdf2-response: FRITZ!Box PBKDF2 response (salt$hash)":                             "challenge-response pair: a form field named response carrying <hex>$<hex> (a PBKDF2 login response) is not judged machine-generated under a non-secret name",
	"1.names/pfsense-csrf-magic-and-passwordfld: pfSense passwordfld":                                               "name splitting: a secret word fused with a suffix without a separator (passwordfld) is not split",
	"lost 1.names/pfsense-csrf-magic-and-passwordfld: login=Sign+In":                                                "personal data by name only: a form field named login whose value is a button label (Sign In) is pseudonymised as a person's login",
	"1.names/synology-dsm-passwd-sid-synotoken-did: DSM device_id (trusted-device, skips OTP)":                      "weak word id: an 86-char base64url value under device_id is kept as an identifier instead of being judged machine-generated",
	"10.phrases/isp-ticket-pppoe-password-is: German 'Zugangskennwort X'":                                           "free-text credential phrases are English-only: German compound Zugangskennwort (Kennwort) followed by a value is not recognised",
	"11.personal/berlin-group-psu-ip-and-owner-name: Consent-ID header":                                             "weak word id in a header: a 32-char machine value in Consent-ID is kept (the same kind of value is redacted as consentId in JSON)",
	"2.pairs/berlin-group-embedded-sca-psudata: Berlin Group PSU-ID header (login id)":                              "identity header names: PSU-ID (the bank login id of the user, NextGenPSD2/STET) is not an identity field",
	"2.pairs/insurance-form-schema-fields-type-password: form field labelled Aktivierungscode":                      "pairs spelled as data: a field descriptor whose label (not id/name) says secret, in German (Aktivierungscode), does not name its value",
	"3.unnamed/alchemy-and-infura-key-in-rpc-path: Infura project key as URL path segment":                          "value-shape rule on URL path segments: a 32-hex API key segment after /v3/ passes as a digest",
	"lost 3.unnamed/decoys-only-media-identifiers: AAAAW3Bzc2gAAAAA7e+LqXnWSs6jyCfc1R0h7QAAADsIA...":                "value-shape rule: a DASH cenc:pssh box (public base64 of a key-id header) is judged a machine credential",
	"lost 3.unnamed/decoys-only-social-identifiers: bafyreiaf4ubkfxqkpfyofegd6ow5d5f246xrblxxxtd2...":               "value-shape rule: an IPFS/AT Protocol CID (bafyrei + base32, a content hash) is judged a machine credential",
	"4.carriers/playready-challenge-customdata: PlayReady <CustomData> auth token":                                  "base64 layer of XML element text: a base64-wrapped JWT in <CustomData> is not decoded (and CustomData is not a secret name)",
	"lost 5.exporters/chrome-sanitized-export-leftovers: 8fkga714vy9b2wk5auqo5reeb":                                 "value-shape rule on URL path segments: a 25-char lower-alnum static asset id is judged a generated credential",
	"8.vendors/twitch-oauth-scheme-and-public-client-id: Twitch Client-Integrity token":                             "vendor formats: a PASETO token (v4.public.<b64url>) under a header without secret words (Client-Integrity) is not recognised",
	"8.vendors/square-access-token-and-app-id: Square card nonce (cnon:)":                                           "vendor formats: a Square payment source nonce (cnon:<alnum>) under source_id is not recognised",
	"8.vendors/plaid-and-coinbase-cdp-in-json: Plaid access-production- token":                                      "vendor formats: access-production-<uuid> (gitleaks plaid-api-token) is not matched; the uuid tail reads as an identifier",
	"lost 8.vendors/plaid-and-coinbase-cdp-in-json: eVBnVMp7zdTJLkRNr33Rs6zr7KNJqBFL9DrE6":                          "value-shape rule: a 37-char Plaid item id under a short name (item) is judged a machine credential",
	"lost 8.vendors/plaid-and-coinbase-cdp-in-json: organizations/26f0b1d2-ed10-4826-aceb-e5be2ef...":               "value-shape rule: an API key's public resource name (organizations/<uuid>/apiKeys/<uuid>) under name, beside a privateKey member, is judged a machine credential",
	"lost 8.vendors/google-maps-key-in-script-src-and-sentry-dsn: https://f4d5dcfc9c21f71bc49bf55391601900@o285...": "public-by-design values: a Sentry DSN (https://<32 hex public key>@oN.ingest.sentry.io/N) under an unquoted JS key dsn is redacted whole",
}
