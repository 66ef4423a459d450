package sanitize

// A third held-out corpus for "Detection that generalizes" (issue 10),
// written without reading the engine and kept distinct from
// generalize_test.go, heldout_test.go and heldout2_test.go: identity
// providers' own login pages and forms (Entra $Config, PingFederate,
// PingOne vendor media types, Keycloak action tokens, Cognito hosted UI,
// Apple's token endpoint), enterprise software (SAP BTP destinations,
// SharePoint form digests, OWA canaries, Visualforce remoting, ServiceNow
// tables, Dynamics OData $batch, ASMX auth headers, GWT-RPC, XML-RPC,
// JSON-RPC), SPA state formats (Angular TransferState, Remix, SvelteKit,
// Nuxt 2 IIFE arguments, Astro islands, Next.js flight pushes, Livewire,
// Apollo cache, redux-persist), exporters' quirks (XSSI prefixes, BOMs,
// truncated bodies, Firefox multipart without boundary, gzip request
// bodies), vendor token shapes the earlier corpora lack, private keys beside
// public ones, payment cards in track data, credential phrases in pasted
// config and prose, and personal data in CRM and analytics records. It
// reuses the harness of generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"html"
	"net/url"
	"sort"
	"strings"
	"testing"
)

func TestHeldout3Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 3", "heldout3Open", heldout3Cases(), heldout3Open)
}

func TestHeldout3CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout3Cases())
}

func heldout3Cases() []gdef {
	var all []gdef
	for _, f := range []func() []gdef{zIdP, zNames, zWeak, zPairs, zUnnamed, zRealtime, zCarriers, zSPA, zEnterprise, zExporters, zEverywhere, zGraphQL, zVendors, zKeys, zCards, zPhrases, zPersonal} {
		all = append(all, f()...)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].cat < all[j].cat })
	return all
}

// zJWT is a JWT with the given header and claims and a random HS256-sized signature.
func (c *gcase) zJWT(header, claims string) string {
	return gB64u(header) + "." + gB64u(claims) + "." + c.b64u(32)
}

// zGzipB64 is standard base64 of gzip of s.
func zGzipB64(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return base64.StdEncoding.EncodeToString(b.Bytes())
}

// zWith returns a standard-base64 value of n bytes that holds both '+' and '/'.
func (c *gcase) zWith(n int) string {
	for {
		s := c.b64s(n)
		if strings.Contains(s, "+") && strings.Contains(s, "/") {
			return s
		}
	}
}

const zB32 = "abcdefghijklmnopqrstuvwxyz234567"

// 1. Identity providers' own pages and forms.
func zIdP() []gdef {
	const cat = "1.idp"
	return []gdef{
		{cat, "entra-config-flowtoken-and-passwd-form", func(c *gcase) {
			ft := c.secret("Entra sFT flow token in $Config and flowToken form field", "AQABIQEAAAA"+c.pick(gB64uAlpha, 300))
			can := c.secret("Entra canary in $Config and form", c.pick(gB64uAlpha, 140))
			cfg := `<script type="text/javascript">//<![CDATA[` + "\n" + `$Config={"fShowPersistentCookiesWarning":false,` + c.decoy(`"urlMsaSignUp":"https://login.live.com/oauth20_authorize.srf"`) + `,"sFT":"` + ft + `","sFTName":"flowToken","canary":"` + can + `",` +
				c.decoy(`"correlationId":"`+c.uuid()+`"`) + `,` + c.decoy(`"iMaxStackForKnockoutAsyncComponents":10000`) + `};` + "\n//]]></script>"
			c.get("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id="+c.uuid()+"&"+c.decoy("response_mode=form_post")+"&response_type=code").resp("text/html; charset=utf-8", "<html><head>"+cfg+"</head><body></body></html>")
			c.post("https://login.microsoftonline.com/common/login", "application/x-www-form-urlencoded",
				"i13=0&login=kiosk07&loginfmt=kiosk07&type=11&LoginOptions=3&passwd="+url.QueryEscape(c.secret("Entra passwd form field", "Carousel!Ptarmigan!8"))+"&"+c.decoy("ps=2")+"&canary="+url.QueryEscape(can)+
					"&ctx="+c.pick(gB64uAlpha, 200)+"&hpgrequestid="+c.decoy(c.uuid())+"&flowToken="+ft+"&"+c.decoy("i19=21348")).code(302)
		}},
		{cat, "pingfederate-pf-pass-form", func(c *gcase) {
			c.post("https://sso.acme.example/as/"+c.pick(gAlnum, 5)+"/resume/as/authorization.ping", "application/x-www-form-urlencoded",
				"pf.username=dvance&pf.pass="+url.QueryEscape(c.secret("PingFederate pf.pass", "Sandpiper#Oracle#46"))+"&"+c.decoy("pf.ok=clicked")+"&pf.cancel=&"+c.decoy("pf.adapterId=HTMLFormAdapter")).code(302).
				sh("Location", "https://app.acme.example/cb?code="+c.secret("PingFederate authorization code in Location", c.pick(gB64uAlpha, 43))+"&"+c.decoy("state=xyz123"))
		}},
		{cat, "pingone-flow-vendor-media-types", func(c *gcase) {
			fid := c.decoy(c.uuid())
			env := c.uuid()
			c.post("https://auth.pingone.eu/"+env+"/flows/"+fid, "application/vnd.pingidentity.usernamePassword.check+json", `{"username":"dvance","password":"`+c.secret("PingOne usernamePassword.check password", "Tamarack^Ferry^09")+`"}`).
				resp("application/hal+json;charset=UTF-8", `{"_links":{"self":{"href":"https://auth.pingone.eu/`+env+`/flows/`+fid+`"}},`+c.decoy(`"status":"PASSWORD_EXPIRED"`)+`,"resumeUrl":"https://auth.pingone.eu/`+env+`/as/resume?flowId=`+fid+`"}`)
			c.post("https://auth.pingone.eu/"+env+"/flows/"+fid, "application/vnd.pingidentity.password.reset+json",
				`{"currentPassword":"`+c.secret("PingOne password.reset currentPassword", "Tamarack^Ferry^10")+`","newPassword":"`+c.secret("PingOne password.reset newPassword", "Juniper^Ferry^11")+`"}`)
		}},
		{cat, "keycloak-action-token-link-and-required-action", func(c *gcase) {
			k := c.secret("Keycloak action-token key (JWT) in query", c.zJWT(`{"alg":"HS512","typ":"JWT","kid":"`+c.uuid()+`"}`,
				`{"exp":1700003600,"iat":1700000000,"jti":"`+c.uuid()+`","iss":"https://kc.acme.example/realms/acme","aud":"https://kc.acme.example/realms/acme","sub":"`+c.uuid()+`","typ":"verify-email","azp":"account-console"}`))
			c.get("https://kc.acme.example/realms/acme/login-actions/action-token?key=" + k + "&" + c.decoy("client_id=account-console") + "&tab_id=" + c.pick(gB64uAlpha, 11)).code(302)
			c.post("https://kc.acme.example/realms/acme/login-actions/required-action?"+c.decoy("execution=UPDATE_PASSWORD")+"&client_id=account-console", "application/x-www-form-urlencoded",
				"password-new="+url.QueryEscape(c.secret("Keycloak password-new", "Wolverine*Tulip*63"))+"&password-confirm="+url.QueryEscape("Wolverine*Tulip*63")+"&"+c.decoy("logout-sessions=on"))
		}},
		{cat, "cognito-hosted-ui-form-and-uuid-code", func(c *gcase) {
			c.post("https://acme.auth.eu-west-1.amazoncognito.com/login?"+c.decoy("response_type=code")+"&client_id="+c.pick(gLower+gDigits, 26)+"&redirect_uri=https%3A%2F%2Fapp.acme.example%2F", "application/x-www-form-urlencoded",
				"_csrf="+c.secret("Cognito hosted UI _csrf (UUID)", c.uuid())+"&username=dvance&password="+url.QueryEscape(c.secret("Cognito hosted UI password", "Narwhal(Beacon)72"))+"&"+c.decoy("signInSubmitButton=Sign+in")).code(302).
				sh("Location", "https://app.acme.example/?code="+c.secret("Cognito authorization code (a UUID) in Location", c.uuid()))
		}},
		{cat, "apple-token-endpoint-es256-client-secret", func(c *gcase) {
			cs := c.secret("Sign in with Apple client_secret (ES256 JWT)", gB64u(`{"alg":"ES256","kid":"`+strings.ToUpper(c.pick(gAlnum, 10))+`"}`)+"."+
				gB64u(`{"iss":"`+strings.ToUpper(c.pick(gAlnum, 10))+`","iat":1700000000,"exp":1715552000,"aud":"https://appleid.apple.com","sub":"com.acme.web"}`)+"."+c.b64u(64))
			code := c.secret("Apple authorization code", "c"+c.hexs(32)+".0.rrvtz."+c.b64u(21))
			c.post("https://appleid.apple.com/auth/token", "application/x-www-form-urlencoded", "client_id=com.acme.web&client_secret="+cs+"&code="+code+"&"+c.decoy("grant_type=authorization_code")+"&redirect_uri=https%3A%2F%2Fapp.acme.example%2Fapple").
				resp("application/json;charset=UTF-8", `{"access_token":"`+c.secret("Apple access_token", "a"+c.hexs(32)+".0.rrvtz."+c.b64u(21))+`","token_type":"Bearer",`+c.decoy(`"expires_in":3600`)+`,"refresh_token":"`+
					c.secret("Apple refresh_token", "r"+c.hexs(32)+".0.rrvtz."+c.b64u(21))+`"}`)
		}},
		{cat, "salesforce-login-form-pw-and-frontdoor-sid", func(c *gcase) {
			c.post("https://login.salesforce.com/", "application/x-www-form-urlencoded",
				"un=integration%40acme.example&width=1280&height=720&hasRememberUn=true&"+c.decoy("startURL=%2Fhome%2Fhome.jsp")+"&loginURL=&loginType=&useSecure=true&local=&"+c.decoy("lt=standard")+
					"&qs=&locale=&oauth_token=&oauth_callback=&login=&serverid=&display=page&username=integration%40acme.example&ExtraLoginParameters=&pw="+url.QueryEscape(c.secret("Salesforce login pw", "Quetzal$Harbor$35"))+"&Login=Log+In").code(302).
				sh("Location", "https://acme.my.salesforce.com/secur/frontdoor.jsp?sid="+c.secret("Salesforce frontdoor sid in Location", "00D"+c.pick(gAlnum, 12)+"!AQ"+c.pick(gAlnum+"._", 90)))
		}},
		{cat, "auth0-universal-login-password-step", func(c *gcase) {
			st := "hKFo2SB" + c.pick(gB64uAlpha, 60)
			c.post("https://acme.eu.auth0.com/u/login/password?state="+st+"&"+c.decoy("ui_locales=en"), "application/x-www-form-urlencoded",
				"state="+st+"&username=dvance&password="+url.QueryEscape(c.secret("Auth0 Universal Login password", "Hibiscus=Rocket=27"))+"&"+c.decoy("action=default")).code(302).
				sh("Location", "/authorize/resume?state="+c.pick(gB64uAlpha, 32))
			c.get("https://app.acme.example/callback?code=" + c.secret("Auth0 authorization code on the callback URL", c.pick(gB64uAlpha, 43)) + "&state=" + c.pick(gB64uAlpha, 43))
		}},
		{cat, "microsoft-account-ppft-in-serverdata", func(c *gcase) {
			ppft := c.secret("Microsoft account PPFT (sFTTag hidden input, then form)", "-D"+c.pick(gB64uAlpha+"!*", 250))
			ctx := strings.ToUpper(c.hexs(16))
			c.get("https://login.live.com/oauth20_authorize.srf?client_id=000000004C12AE6F&"+c.decoy("response_type=code")).resp("text/html; charset=utf-8",
				`<script>var ServerData = {`+c.decoy(`urlPost:'https://login.live.com/ppsecure/post.srf?contextid=`+ctx+`'`)+`,sFTTag:'<input type="hidden" name="PPFT" id="i0327" value="`+ppft+`"/>',`+c.decoy(`iMaxPollAttempts:150`)+`};</script>`)
			c.post("https://login.live.com/ppsecure/post.srf?contextid="+ctx, "application/x-www-form-urlencoded",
				"login=kiosk07&loginfmt=kiosk07&type=11&LoginOptions=3&passwd="+url.QueryEscape(c.secret("Microsoft account passwd", "Pelican;Dune;2027"))+"&PPFT="+url.QueryEscape(ppft)+"&"+c.decoy("PPSX=Passpor")+"&NewUser=1")
		}},
	}
}

// 1. Names split into words: gateway headers, PascalCase config, env arrays,
// XML attributes, abbreviations, localized words.
func zNames() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "api-gateway-subscription-headers", func(c *gcase) {
			c.get("https://api.acme.example/orders/v1/list?"+c.decoy("top=20")).rh(
				"X-IBM-Client-Secret", c.secret("X-IBM-Client-Secret", c.pick(gAlnum, 48)),
				"Ocp-Apim-Subscription-Key", c.secret("Ocp-Apim-Subscription-Key (32 hex)", c.hexs(32)),
				"x-functions-key", c.secret("x-functions-key", c.pick(gB64uAlpha, 54)+"=="),
				"X-Gateway-ApiKey", c.secret("X-Gateway-ApiKey", c.alnum(40)),
				"Ocp-Apim-Trace", "true").
				sh("Ocp-Apim-Trace-Location", c.decoy("https://apimgmtst.blob.core.windows.net/apiinspectorcontainer/trace-"+c.uuid()), "X-Powered-By", c.decoy("ASP.NET"), "Request-Context", c.decoy("appId=cid-v1:"+c.uuid()))
		}},
		{cat, "dotnet-appsettings-pascal-and-connection-strings", func(c *gcase) {
			body := `{"ConnectionStrings":{"Orders":"Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password=` + c.secret("ADO.NET Password= inside ConnectionStrings", "Mistral@Kite@2026") +
				`;Encrypt=True;","Cache":"acme.redis.cache.windows.net:6380,password=` + c.secret("StackExchange.Redis password= option", c.b64s(32)) + `,ssl=True,abortConnect=False"},"Jwt":{` + c.decoy(`"Issuer":"https://api.acme.example"`) +
				`,"SigningKey":"` + c.secret("Jwt.SigningKey", c.b64s(48)) + `"},"Smtp":{"Host":"smtp.office365.com",` + c.decoy(`"Port":587`) + `,"Pass":"` + c.secret("Smtp.Pass (PascalCase)", "Gannet%Willow%15") + `"},` +
				c.decoy(`"AllowedHosts":"*"`) + `,` + c.decoy(`"Logging":{"LogLevel":{"Default":"Information"}}`) + `}`
			c.get("https://orders.acme.example/appsettings.Production.json").resp("application/json", body)
		}},
		{cat, "docker-inspect-env-array", func(c *gcase) {
			env := `["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","POSTGRES_PASSWORD=` + c.secret("POSTGRES_PASSWORD= in Env[]", "Capybara&Glacier&70") + `","RABBITMQ_DEFAULT_PASS=` +
				c.secret("RABBITMQ_DEFAULT_PASS= in Env[]", c.alnum(24)) + `","APP_KEY=base64:` + c.secret("Laravel APP_KEY=base64: in Env[]", c.b64s(32)) + `",` + c.decoy(`"NODE_ENV=production"`) + `,` + c.decoy(`"TZ=Europe/Berlin"`) + `]`
			c.get("https://portainer.acme.example/api/endpoints/1/docker/containers/"+c.hexs(64)+"/json").resp("application/json",
				`{"Id":"`+c.hexs(64)+`",`+c.decoy(`"Image":"sha256:`+c.hexs(64)+`"`)+`,"Config":{"Hostname":"orders-db","Env":`+env+`,`+c.decoy(`"WorkingDir":"/var/lib/postgresql"`)+`}}`)
		}},
		{cat, "tomcat-users-and-context-xml-attributes", func(c *gcase) {
			c.get("https://ops.acme.example/backup/conf/tomcat-users.xml").resp("application/xml", `<?xml version="1.0" encoding="UTF-8"?><tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">`+
				c.decoy(`<role rolename="manager-gui"/>`)+`<user username="admin" password="`+c.secret("tomcat-users password attribute", "Pangolin!Anvil!91")+`" roles="manager-gui,admin-gui"/></tomcat-users>`)
			c.get("https://ops.acme.example/backup/conf/context.xml").resp("application/xml", `<Context><Resource name="jdbc/orders" type="javax.sql.DataSource" `+c.decoy(`maxTotal="20"`)+
				` username="orders" password="`+c.secret("Resource password attribute", "Mongoose$Pylon$08")+`" driverClassName="org.postgresql.Driver" url="jdbc:postgresql://db:5432/orders"/>`+c.decoy(`<Manager pathname=""/>`)+`</Context>`)
		}},
		{cat, "abbreviated-minified-keys", func(c *gcase) {
			c.post("https://m.acme.example/a/l", "application/json", `{"u":"dvance","pswd":"`+c.secret("pswd", "Okapi+Meridian+52")+`","sessTkn":"`+c.secret("sessTkn (abbreviated)", c.alnum(40))+
				`","apiTok":"`+c.secret("apiTok (abbreviated)", c.b64u(30))+`",`+c.decoy(`"ts":1700000000123`)+`,`+c.decoy(`"lang":"de"`)+`}`)
		}},
		{cat, "jira-os-password-and-atl-token", func(c *gcase) {
			c.post("https://jira.acme.example/login.jsp", "application/x-www-form-urlencoded", "os_username=dvance&os_password="+url.QueryEscape(c.secret("Jira os_password", "Lemming#Quarry#44"))+"&"+
				c.decoy("os_destination=%2Fbrowse%2FOPS-77")+"&"+c.decoy("os_cookie=true")+"&atl_token="+c.secret("Jira atl_token", "BWP3-NZB2-6EDY-6C7K_"+c.hexs(40)+"_lin")+"&login=Log+In").code(302)
		}},
		{cat, "oauth-dynamic-client-registration", func(c *gcase) {
			c.post("https://as.acme.example/connect/register", "application/json", `{"client_name":"partner-portal","redirect_uris":["https://partner.example/cb"],`+c.decoy(`"grant_types":["authorization_code","refresh_token"]`)+`,`+
				c.decoy(`"token_endpoint_auth_method":"client_secret_basic"`)+`}`).code(201).
				resp("application/json", `{"client_id":"`+c.alnum(22)+`","client_secret":"`+c.secret("DCR client_secret", c.b64u(48))+`",`+c.decoy(`"client_secret_expires_at":0`)+`,`+c.decoy(`"client_id_issued_at":1700000000`)+
					`,"registration_access_token":"`+c.secret("DCR registration_access_token", c.b64u(32))+`","registration_client_uri":"https://as.acme.example/connect/register?client_id=partner"}`)
		}},
		{cat, "localized-spanish-dutch-swedish", func(c *gcase) {
			c.post("https://tienda.acme.example/acceso", "application/x-www-form-urlencoded", "usuario=mgarcia&contrase%C3%B1a="+url.QueryEscape(c.secret("Spanish contraseña (percent-encoded UTF-8 key)", "Tortuga!Playa!38"))+"&"+c.decoy("recordarme=1"))
			c.post("https://mijn.acme.example/api/inloggen", "application/json", `{"gebruikersnaam":"jdevries","wachtwoord":"`+c.secret("Dutch wachtwoord", "Molen&Tulp&2026")+`",`+c.decoy(`"taal":"nl-NL"`)+`}`)
			c.post("https://mina-sidor.acme.example/logga-in", "application/x-www-form-urlencoded", "anvandarnamn=eolsson&losenord="+url.QueryEscape(c.secret("Swedish losenord", "Kanelbulle#Fjord#5"))+"&"+c.decoy("sprak=sv"))
		}},
		{cat, "userinfo-passwords-in-config-urls", func(c *gcase) {
			c.get("https://ci.acme.example/api/projects/7/settings").resp("application/json", `{"repositoryUrl":"https://deploy-bot:`+c.secret("password in https userinfo of repositoryUrl", c.alnum(32))+`@git.acme.example/acme/web.git",`+
				c.decoy(`"defaultBranch":"main"`)+`,"artifactStore":"ftp://uploader:`+c.secret("ftp userinfo password", "Kingfisher7Ledge7")+`@ftp.acme.example/builds/",`+c.decoy(`"cloneDepth":50`)+`}`)
		}},
		{cat, "servicenow-credential-record-snake", func(c *gcase) {
			c.get("https://acme.service-now.com/api/now/table/discovery_credentials/"+c.hexs(32)+"?"+c.decoy("sysparm_display_value=true")).resp("application/json",
				`{"result":{"name":"linux-prod-ssh","type":"ssh_private_key","user_name":"discovery","ssh_passphrase":"`+c.secret("ServiceNow ssh_passphrase", "Armadillo Quilt 1987")+`","sudo_password":"`+
					c.secret("ServiceNow sudo_password", "Heron=Vault=33")+`",`+c.decoy(`"order":"100"`)+`,`+c.decoy(`"sys_updated_on":"2026-11-20 08:00:00"`)+`}}`)
		}},
	}
}

// 1. Weak words: secret only when the value looks machine-generated.
func zWeak() []gdef {
	const cat = "1.weak"
	return []gdef{
		{cat, "invite-and-session-names-human-vs-machine", func(c *gcase) {
			c.get("https://app.acme.example/api/teams/7").resp("application/json", `{`+c.decoy(`"inviteKey":"team-alpha"`)+`,"joinKey":"`+c.secret("joinKey (machine value)", c.alnum(24))+`",`+c.decoy(`"sessionName":"Q4 planning"`)+
				`,"sessionRef":"`+c.secret("sessionRef (machine value)", c.b64u(32))+`",`+c.decoy(`"keyId":"key-2026-11"`)+`,`+c.decoy(`"author":"platform"`)+`,`+c.decoy(`"keyboardLayout":"de-CH"`)+`}`)
			c.post("https://api.acme.example/v1/payments", "application/json", `{`+c.decoy(`"idempotencyKey":"`+c.uuid()+`"`)+`,"amount":1990}`)
		}},
		{cat, "weak-header-names", func(c *gcase) {
			c.get("https://api.acme.example/v1/board").rh("X-Session", c.secret("X-Session header (machine value)", c.alnum(40)), "X-Session-Name", c.decoy("checkout-flow"), "X-Key-Id", c.decoy("kid-7"),
				"X-Device-Code", c.secret("X-Device-Code header (machine value)", c.b64u(24)), "X-Locale-Code", c.decoy("de-CH"))
		}},
		{cat, "hash-and-code-members", func(c *gcase) {
			c.get("https://app.acme.example/api/route").resp("application/json", `{`+c.decoy(`"hash":"#/settings/billing"`)+`,"resumeHash":"`+c.secret("resumeHash (machine value)", c.b64u(30))+`",`+c.decoy(`"statusCode":"PAYMENT_REQUIRED"`)+
				`,"claimCode":"`+c.secret("claimCode (machine value)", c.pick(gUpper+gDigits, 20))+`",`+c.decoy(`"currencyCode":"CHF"`)+`}`)
		}},
	}
}

// 3. Realtime carriers the earlier corpora lack.
func zRealtime() []gdef {
	const cat = "3.realtime"
	return []gdef{
		{cat, "home-assistant-websocket-auth", func(c *gcase) {
			e := c.get("wss://ha.acme.example/api/websocket").code(101)
			e.wsMsg("receive", 1, c.decoy(`{"type":"auth_required","ha_version":"2024.11.2"}`)).
				wsMsg("send", 1, `{"type":"auth","access_token":"`+c.secret("Home Assistant auth access_token (JWT)", c.zJWT(`{"alg":"HS256","typ":"JWT"}`, `{"iss":"`+c.hexs(32)+`","iat":1700000000,"exp":2015360000}`))+`"}`).
				wsMsg("receive", 1, c.decoy(`{"type":"auth_ok","ha_version":"2024.11.2"}`))
		}},
		{cat, "sockjs-xhr-send-array-of-json-strings", func(c *gcase) {
			frame := gJS([]string{`{"msg":"connect","version":"1","support":["1"]}`, `{"msg":"method","method":"login","params":[{"user":{"email":"kiosk"},"password":"` + c.secret("password in a SockJS xhr_send array of JSON strings", "Tamarin^Bluff^38") + `"}],"id":"1"}`})
			c.post("https://chat.acme.example/sockjs/"+c.decoy("311")+"/"+c.pick(gLower+gDigits, 8)+"/xhr_send", "text/plain", frame).code(204)
		}},
		{cat, "engineio-polling-record-separator", func(c *gcase) {
			body := `40{"token":"` + c.secret("Engine.IO polling CONNECT auth token", c.b64u(36)) + `"}` + "\x1e" + `42["login",{"user":"kiosk","password":"` + c.secret("Engine.IO polling event password", "Civet|Aurora|52") + `"}]` + "\x1e" + c.decoy(`42["ping",{"t":1700000000}]`)
			c.post("https://rt.acme.example/socket.io/?EIO=4&transport=polling&"+c.decoy("t=P3xK9a1"), "text/plain;charset=UTF-8", body).resp("text/plain; charset=UTF-8", "ok")
		}},
		{cat, "wamp-ticket-authenticate-positional", func(c *gcase) {
			e := c.get("wss://router.acme.example/ws").code(101).rh("Sec-WebSocket-Protocol", c.decoy("wamp.2.json"))
			e.wsMsg("send", 1, `[1,"realm1",{"authmethods":["ticket"],"authid":"kiosk-07","roles":{"caller":{}}}]`).
				wsMsg("receive", 1, c.decoy(`[4,"ticket",{}]`)).
				wsMsg("send", 1, `[5,"`+c.secret("WAMP AUTHENTICATE positional ticket", c.alnum(40))+`",{}]`).
				wsMsg("receive", 1, `[2,`+c.digits(15)+`,{"authid":"kiosk-07","authrole":"kiosk"}]`)
		}},
		{cat, "azure-web-pubsub-client-url", func(c *gcase) {
			c.get("https://api.acme.example/negotiate?"+c.decoy("hub=chat")).resp("application/json", `{"baseUrl":"wss://acme.webpubsub.azure.com/client/hubs/chat","url":"wss://acme.webpubsub.azure.com/client/hubs/chat?access_token=`+
				c.secret("Web PubSub access_token in a negotiated url", c.zJWT(`{"alg":"HS256","typ":"JWT"}`, `{"aud":"https://acme.webpubsub.azure.com/client/hubs/chat","sub":"u42","exp":1700003600}`))+`"}`)
		}},
		{cat, "eventsource-token-query-and-data", func(c *gcase) {
			c.get("https://api.acme.example/v1/notifications/stream?token="+c.secret("EventSource ?token=", c.alnum(40))+"&"+c.decoy("lastEventId=4471")).rh("Accept", "text/event-stream").
				resp("text/event-stream", "id: 4472\nevent: key.rotated\ndata: {\"kid\":\"k-12\",\"newSecret\":\""+c.secret("SSE data newSecret", c.b64u(32))+"\"}\n\n"+c.decoy("event: heartbeat")+"\ndata: {}\n\n")
		}},
	}
}

// 1. Pairs spelled as data in enterprise APIs.
func zPairs() []gdef {
	const cat = "1.pairs"
	return []gdef{
		{cat, "cloudformation-parameters-query-and-json", func(c *gcase) {
			c.post("https://cloudformation.eu-west-1.amazonaws.com/", "application/x-www-form-urlencoded",
				"Action=CreateStack&"+c.decoy("StackName=orders-prod")+"&TemplateURL=https%3A%2F%2Fs3.amazonaws.com%2Facme-cfn%2Forders.yaml&Parameters.member.1.ParameterKey=DbMasterPassword&Parameters.member.1.ParameterValue="+
					url.QueryEscape(c.secret("CFN Parameters.member.1.ParameterValue of DbMasterPassword", "Caribou~Lantern~57"))+"&"+c.decoy("Parameters.member.2.ParameterKey=Environment&Parameters.member.2.ParameterValue=prod")+"&"+c.decoy("Version=2010-05-15"))
			c.post("https://support.acme.example/api/tickets/881/comments", "application/json", gJS(map[string]any{"body": "cli input used:\n" + gJS(map[string]any{"StackName": "orders-prod",
				"Parameters": []any{map[string]any{"ParameterKey": "ApiSigningSecret", "ParameterValue": c.secret("ParameterValue of ApiSigningSecret", c.b64s(30))}, map[string]any{"ParameterKey": "InstanceType", "ParameterValue": "t3.small"}}})}))
		}},
		{cat, "salesforce-external-credential-parameters", func(c *gcase) {
			c.post("https://acme.my.salesforce.com/services/data/v61.0/named-credentials/external-credentials", "application/json",
				`{"developerName":"Billing_API","authenticationProtocol":"Custom","principals":[{"principalName":"ApiPrincipal",`+c.decoy(`"principalType":"NamedPrincipal"`)+`,"credentials":{"ApiKey":{"encrypted":true,"value":"`+
					c.secret("Salesforce principals[].credentials.ApiKey.value", c.alnum(40))+`"}}}],"parameters":[{"parameterName":"Password","parameterType":"AuthParameter","parameterValue":"`+
					c.secret("Salesforce parameters[] parameterValue of Password", "Lynx*Coral*2026")+`"},{`+c.decoy(`"parameterName":"Region","parameterType":"AuthParameter","parameterValue":"eu"`)+`}]}`).
				rh("Authorization", "Bearer "+c.secret("Salesforce session id as Bearer", "00D"+c.pick(gAlnum, 12)+"!AR"+c.pick(gAlnum+"._", 90)))
		}},
		{cat, "servicenow-sys-properties-name-value", func(c *gcase) {
			c.get("https://acme.service-now.com/api/now/table/sys_properties?"+c.decoy("sysparm_query=nameSTARTSWITHglide.ldap")).resp("application/json",
				`{"result":[{"name":"glide.ldap.bind.password","type":"password2","value":"`+c.secret("sys_properties value of glide.ldap.bind.password", "Osprey|Cavern|81")+`"},{`+
					c.decoy(`"name":"glide.ui.session_timeout","type":"integer","value":"30"`)+`},{"name":"x_acme.integration.api_key","type":"string","value":"`+c.secret("sys_properties value of x_acme.integration.api_key", c.hexs(40))+`"}]}`)
		}},
		{cat, "azure-devops-variable-groups-and-arm-parameters", func(c *gcase) {
			c.get("https://dev.azure.com/acme/orders/_apis/distributedtask/variablegroups?"+c.decoy("api-version=7.1")).resp("application/json",
				`{"count":1,"value":[{"variables":{"dbPassword":{"isSecret":true,"value":"`+c.secret("ADO variables.dbPassword.value", "Toucan#Ripple#48")+`"},`+c.decoy(`"region":{"value":"westeurope"}`)+
					`,"sonarLogin":{"value":"`+c.secret("ADO variables.sonarLogin.value (machine)", c.hexs(40))+`"}},"type":"Vsts","name":"orders-prod"}]}`)
			c.req("PUT", "https://management.azure.com/subscriptions/"+c.uuid()+"/resourcegroups/rg-orders/providers/Microsoft.Resources/deployments/vm1?"+c.decoy("api-version=2021-04-01"), "application/json",
				`{"properties":{"mode":"Incremental","parameters":{"adminUsername":{"value":"azureuser"},"adminPassword":{"value":"`+c.secret("ARM parameters.adminPassword.value", "Barracuda(Mist)19")+`"},`+c.decoy(`"vmSize":{"value":"Standard_B2s"}`)+`}}}`)
		}},
		{cat, "cookie-objects-in-json-body", func(c *gcase) {
			c.post("https://qa.acme.example/api/sessions/import", "application/json", `{"cookies":[{"name":"sessionid","value":"`+c.secret("cookie object {name:sessionid,value:S}", c.pick(gLower+gDigits, 32))+
				`","domain":".acme.example","path":"/",`+c.decoy(`"expires":1732268100.5`)+`,"httpOnly":true,"secure":true,"sameSite":"Lax"},{"name":"remember_token","value":"`+c.secret("cookie object remember_token", c.b64u(40))+`","domain":"app.acme.example"}]}`)
		}},
		{cat, "keycloak-ldap-component-config-arrays", func(c *gcase) {
			c.post("https://kc.acme.example/admin/realms/acme/components", "application/json", `{"name":"corp-ldap","providerId":"ldap","providerType":"org.keycloak.storage.UserStorageProvider","config":{`+
				c.decoy(`"connectionUrl":["ldaps://ldap.acme.example:636"]`)+`,"bindDn":["cn=kc-bind,ou=svc,dc=acme,dc=example"],"bindCredential":["`+c.secret("config.bindCredential[0]", "Pheasant-Orbit-5512")+`"],`+
				c.decoy(`"usersDn":["ou=people,dc=acme,dc=example"]`)+`,"vendor":["ad"]}}`).code(201)
			c.post("https://kc.acme.example/admin/realms/acme/identity-provider/instances", "application/json", `{"alias":"entra","providerId":"oidc","config":{"clientId":"`+c.uuid()+`","clientSecret":"`+
				c.secret("identity-provider config.clientSecret", c.pick(gAlnum, 3)+"8Q~"+c.pick(gAlnum+"_~.-", 34))+`",`+c.decoy(`"syncMode":"IMPORT"`)+`}}`)
		}},
		{cat, "label-for-generic-input-and-post", func(c *gcase) {
			pw := c.secret("value of input labelled Admin password (name f_4), then f_4= in the POST", "Meerkat Saddle 4419")
			page := `<form method="post" action="/setup/device">` + c.decoy(`<label for="f_3">Device name</label>`) + `<input id="f_3" name="f_3" value="lobby-display-02">` +
				`<label for="f_4">Admin password</label><input id="f_4" name="f_4" type="text" value="` + pw + `"></form>`
			c.get("https://kiosk.acme.example/setup/device").resp("text/html", page)
			c.post("https://kiosk.acme.example/setup/device", "application/x-www-form-urlencoded", "f_3=lobby-display-02&f_4="+url.QueryEscape(pw)).code(303)
		}},
		{cat, "xml-name-value-parameter-elements", func(c *gcase) {
			c.post("https://deploy.acme.example/ws/Config.svc", "text/xml; charset=utf-8", `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><SetConfiguration xmlns="urn:acme:deploy"><Parameters><Parameter><Name>AdminPassword</Name><Value>`+
				c.secret("<Name>AdminPassword</Name><Value>S", "Wallaby^Comet^70")+`</Value></Parameter><Parameter>`+c.decoy(`<Name>MaxConnections</Name><Value>200</Value>`)+`</Parameter><Parameter><Name>ServiceApiKey</Name><Value>`+
				c.secret("<Name>ServiceApiKey</Name><Value>S", c.alnum(36))+`</Value></Parameter></Parameters></SetConfiguration></soap:Body></soap:Envelope>`)
		}},
		{cat, "jira-custom-field-named-in-names-map", func(c *gcase) {
			c.get("https://acme.atlassian.net/rest/api/3/issue/OPS-91?"+c.decoy("expand=names")).resp("application/json",
				`{"key":"OPS-91","fields":{"summary":"Vendor onboarding",`+c.decoy(`"customfield_10040":"Acme Freight GmbH"`)+`,"customfield_10042":"`+c.secret("customfield value whose name (in names map) is Vendor API Key", c.alnum(32))+
					`"},"names":{"summary":"Summary","customfield_10040":"Vendor","customfield_10042":"Vendor API Key"}}`)
		}},
	}
}

// 2. Unnamed machine credentials, beside identifiers support needs.
func zUnnamed() []gdef {
	const cat = "2.unnamed"
	return []gdef{
		{cat, "zendesk-custom-fields-id-value", func(c *gcase) {
			c.post("https://acme.zendesk.com/api/v2/tickets.json", "application/json", `{"ticket":{"subject":"Integration broken","custom_fields":[{"id":360012345678,"value":"`+c.secret("custom_fields[] value (id only)", c.alnum(40))+`"},{`+
				c.decoy(`"id":360012345679,"value":"priority_high"`)+`}],`+c.decoy(`"tags":["integration","billing"]`)+`}}`)
		}},
		{cat, "grafana-public-dashboard-and-metabase-embed", func(c *gcase) {
			c.get("https://grafana.acme.example/public-dashboards/" + c.secret("Grafana public dashboard access token in path", c.hexs(32)) + "?" + c.decoy("orgId=1") + "&" + c.decoy("refresh=30s"))
			c.get("https://grafana.acme.example/d/" + c.decoy("f3Kd9xQ2z/orders-overview") + "?" + c.decoy("from=now-6h&to=now"))
			c.get("https://metabase.acme.example/embed/dashboard/" + c.secret("Metabase embed JWT in path", c.zJWT(`{"alg":"HS256","typ":"JWT"}`, `{"resource":{"dashboard":17},"params":{},"exp":1700003600}`)) + "#" + c.decoy("bordered=true&titled=true"))
		}},
		{cat, "chat-incoming-webhook-paths", func(c *gcase) {
			c.post("https://chat.acme.example/hooks/"+c.secret("Mattermost incoming webhook id (26 lowercase)", c.pick(gLower+gDigits, 26)), "application/json", `{`+c.decoy(`"text":"Deploy finished: orders 4.2.0"`)+`}`)
			c.post("https://rocket.acme.example/hooks/"+c.pick(gAlnum, 17)+"/"+c.secret("Rocket.Chat webhook token segment", c.pick(gAlnum, 48)), "application/json", `{`+c.decoy(`"alias":"ci-bot"`)+`,"text":"nightly ok"}`)
		}},
		{cat, "opaque-xml-elements", func(c *gcase) {
			c.post("https://legacy.acme.example/rpc", "text/xml", `<req><h>`+c.decoy(`<v>3.2</v>`)+`<k>`+c.secret("<k> random in XML", c.alnum(40))+`</k></h><b>`+c.decoy("<op>status</op>")+`</b></req>`).
				resp("text/xml", `<resp><t>`+c.secret("<t> random in XML response", c.b64s(33))+`</t>`+c.decoy(`<ttl>900</ttl>`)+`</resp>`)
		}},
		{cat, "numeric-keys-json", func(c *gcase) {
			c.get("https://api.acme.example/v1/ctx").resp("application/json", `{"0":"`+c.secret(`{"0":S}`, c.b64u(36))+`","1":`+c.decoy(`"en-GB"`)+`,"2":`+c.decoy(`"2026-11-22T10:15:00Z"`)+`,"3":"`+c.decoy(c.uuid())+`"}`)
		}},
		{cat, "device-pairing-codes-upper-digits", func(c *gcase) {
			c.get("https://app.acme.example/api/devices/pairing").resp("application/json", `{"devices":[{"label":"lobby-tv","v":"`+c.secret("pairing value upper+digits 32", c.pick(gUpper+gDigits, 32))+`",`+
				c.decoy(`"model":"TCL 55C745"`)+`},{"label":"kiosk-3","v":"`+c.secret("second pairing value", c.pick(gUpper+gDigits, 32))+`"}]}`)
		}},
		{cat, "identifier-headers-only", func(c *gcase) {
			c.get("https://api.acme.example/v1/repos").
				sh("X-GitHub-Request-Id", c.decoy("C0A8:3B2F:1A2B3C:1B2C3D:6550A1B2"), "x-ms-correlation-request-id", c.decoy(c.uuid()), "X-B3-SpanId", c.decoy(c.hexs(16)),
					"x-goog-hash", c.decoy("crc32c=n03x6A==, md5="+c.b64s(16)), "X-Amz-Cf-Pop", c.decoy("FRA56-P5"),
					"Content-Security-Policy", c.decoy("script-src 'self' 'nonce-"+c.b64s(16)+"' https://cdn.acme.example; object-src 'none'"),
					"Last-Modified", c.decoy("Sun, 22 Nov 2026 10:15:00 GMT")).
				resp("application/json", `[{`+c.decoy(`"sha":"`+c.hexs(40)+`"`)+`,`+c.decoy(`"tree_sha":"`+c.hexs(40)+`"`)+`,`+c.decoy(`"checksum":"sha256:`+c.hexs(64)+`"`)+`}]`)
		}},
		{cat, "git-lfs-batch-remoteauth", func(c *gcase) {
			oid := c.hexs(64)
			c.post("https://git.acme.example/acme/web.git/info/lfs/objects/batch", "application/vnd.git-lfs+json", `{"operation":"download","objects":[{"oid":"`+oid+`","size":1048576}]}`).
				resp("application/vnd.git-lfs+json", `{"transfer":"basic","objects":[{`+c.decoy(`"oid":"`+oid+`"`)+`,`+c.decoy(`"size":1048576`)+`,"actions":{"download":{"href":"https://lfs.acme.example/objects/`+oid+
					`","header":{"Authorization":"RemoteAuth `+c.secret("LFS action header Authorization RemoteAuth S", c.alnum(40))+`"},`+c.decoy(`"expires_at":"2026-11-22T11:15:00Z"`)+`}}}]}`)
		}},
		{cat, "rest-resource-id-is-a-token", func(c *gcase) {
			c.req("DELETE", "https://api.acme.example/v1/sessions/"+c.secret("session token as REST resource id in path", c.b64u(32)), "", "").code(204)
			c.get("https://api.acme.example/v1/oauth/authorizations/"+c.secret("authorization handle in path", c.alnum(40))).resp("application/json", `{`+c.decoy(`"scopes":["repo","read:org"]`)+`,`+c.decoy(`"created_at":"2026-11-01T08:00:00Z"`)+`}`).
				sh("X-Sig", c.secret("X-Sig random response header", c.b64s(32)))
		}},
		{cat, "aws-v2-presigned-url", func(c *gcase) {
			c.get("https://acme-media.s3.amazonaws.com/exports/q3.zip?AWSAccessKeyId=" + c.secret("AKIA in AWSAccessKeyId", "AKIA"+c.pick(strings.ToUpper(zB32), 16)) + "&" + c.decoy("Expires=1700003600") + "&Signature=" + url.QueryEscape(c.secret("v2 Signature", c.zWith(20))))
		}},
	}
}

// 3. Carriers and layers of encoding the earlier corpora lack.
func zCarriers() []gdef {
	const cat = "3.carriers"
	return []gdef{
		{cat, "cloudwatch-logs-gzip-base64-subscription", func(c *gcase) {
			ev := gJS(map[string]any{"messageType": "DATA_MESSAGE", "owner": "123456789012", "logGroup": "/aws/lambda/login", "logStream": "2026/11/22/[$LATEST]" + c.hexs(32),
				"logEvents": []any{map[string]any{"id": c.digits(56), "timestamp": 1700000000123, "message": "INFO request body: username=svc&password=" + c.secret("password in a form inside a log message inside gzip+base64 awslogs.data", "Gazelle.Quarry.81") + "&grant_type=password\n"}}})
			c.post("https://log-forwarder.acme.example/ingest", "application/json", `{"awslogs":{"data":"`+zGzipB64(ev)+`"}}`).rh("X-Amz-Firehose-Request-Id", c.decoy(c.uuid()))
		}},
		{cat, "entity-escaped-json-in-soap-element", func(c *gcase) {
			c.post("https://events.acme.example/ws/Events.svc", "text/xml; charset=utf-8", `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><ProcessEvent xmlns="urn:acme:events"><Payload>{&quot;event&quot;:&quot;user.created&quot;,&quot;apiKey&quot;:&quot;`+
				c.secret("apiKey in entity-escaped JSON inside a SOAP element", c.alnum(32))+`&quot;}</Payload>`+c.decoy(`<Priority>normal</Priority>`)+`</ProcessEvent></soap:Body></soap:Envelope>`)
		}},
		{cat, "helm-values-yaml-in-json", func(c *gcase) {
			vals := "image:\n  tag: 4.2.0\npostgresql:\n  auth:\n    password: " + c.secret("YAML password inside a JSON string (helm values)", "Cormorant-Lilac-66") + "\n    postgresPassword: " + c.secret("YAML postgresPassword inside JSON string", c.alnum(24)) + "\ningress:\n  enabled: true\n"
			c.get("https://rancher.acme.example/v1/catalog.cattle.io.apps/orders/orders").resp("application/json", gJS(map[string]any{"metadata": map[string]any{"name": "orders"},
				"spec": map[string]any{"chart": map[string]any{"metadata": map[string]any{"version": "12.1.6"}}, "values": vals}}))
			c.decoy(`"version":"12.1.6"`)
		}},
		{cat, "srcdoc-iframe-nested-html", func(c *gcase) {
			inner := `<form><input type="password" name="pin" value="` + c.secret("password input inside an entity-escaped srcdoc", c.digits(8)) + `"><input type="hidden" name="csrf_token" value="` + c.secret("csrf_token inside srcdoc", c.b64u(32)) + `"></form>`
			c.get("https://pay.acme.example/terminal").resp("text/html", `<iframe title="`+c.decoy("Payment terminal")+`" srcdoc="`+html.EscapeString(inner)+`"></iframe>`)
		}},
		{cat, "json5-config-file", func(c *gcase) {
			c.get("https://app.acme.example/config/app.json5").resp("application/json5", "// runtime config\n{\n  env: 'production',\n  apiKey: '"+c.secret("JSON5 apiKey: 'S'", c.alnum(32))+"', // rotate monthly\n  "+
				c.decoy("retries: 3,")+"\n  'auth-secret': '"+c.secret("JSON5 'auth-secret': 'S'", c.b64u(30))+"',\n  "+c.decoy("features: ['search', 'export'],")+"\n}\n")
		}},
		{cat, "gwt-rpc-string-table", func(c *gcase) {
			body := "7|0|9|https://erp.acme.example/app/|" + strings.ToUpper(c.hexs(32)) + "|com.acme.client.LoginService|login|java.lang.String/2004016611|Z|dvance|" + c.secret("password in a GWT-RPC string table", "Basilisk^Meadow^64") + "|" + c.decoy("de_DE") + "|1|2|3|4|3|5|5|6|7|8|0|"
			c.post("https://erp.acme.example/app/login", "text/x-gwt-rpc; charset=utf-8", body).rh("X-GWT-Permutation", c.decoy(strings.ToUpper(c.hexs(32))), "X-GWT-Module-Base", c.decoy("https://erp.acme.example/app/")).
				resp("text/plain", `//OK[1,["`+c.secret("session id in a GWT-RPC //OK response", c.alnum(32))+`"],0,7]`)
		}},
		{cat, "xml-rpc-positional-and-struct", func(c *gcase) {
			c.post("https://blog.acme.example/xmlrpc.php", "text/xml", `<?xml version="1.0"?><methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value><string>editor</string></value></param><param><value><string>`+
				c.secret("XML-RPC positional password (wp.getUsersBlogs)", "Albatross|Fennel|23")+`</string></value></param></params></methodCall>`).
				resp("text/xml", `<?xml version="1.0" encoding="UTF-8"?><methodResponse><params><param><value><array><data><value><struct>`+c.decoy(`<member><name>blogName</name><value><string>Acme Engineering</string></value></member>`)+`</struct></value></data></array></value></param></params></methodResponse>`)
			c.post("https://erp.acme.example/xmlrpc/2/object", "text/xml", `<?xml version="1.0"?><methodCall><methodName>execute_kw</methodName><params><param><value><string>acme-prod</string></value></param><param><value><int>2</int></value></param><param><value><string>`+
				c.secret("XML-RPC positional Odoo password", "Iguana_Sextant_90")+`</string></value></param><param><value><struct><member><name>password</name><value><string>`+c.secret("XML-RPC struct member password", "Wren*Harbor*1212")+`</string></value></member>`+
				c.decoy(`<member><name>lang</name><value><string>en_US</string></value></member>`)+`</struct></value></param></params></methodCall>`)
		}},
		{cat, "json-rpc-zabbix-and-positional", func(c *gcase) {
			auth := c.secret("Zabbix session: unnamed JSON-RPC result, later \"auth\"", c.hexs(32))
			c.post("https://zabbix.acme.example/api_jsonrpc.php", "application/json-rpc", `{"jsonrpc":"2.0","method":"user.login","params":{"username":"Admin","password":"`+c.secret("Zabbix user.login password", "Marlin%Ridge%73")+`"},"id":1}`).
				resp("application/json", `{"jsonrpc":"2.0","result":"`+auth+`","id":1}`)
			c.post("https://zabbix.acme.example/api_jsonrpc.php", "application/json-rpc", `{"jsonrpc":"2.0","method":"host.get","params":{`+c.decoy(`"output":["hostid","host"]`)+`},"auth":"`+auth+`","id":2}`)
			c.post("https://torrent.acme.example/json", "application/json", `{"method":"auth.login","params":["`+c.secret("Deluge positional params[0] password", "Nightjar&Crest&58")+`"],"id":1}`)
		}},
		{cat, "websocket-binary-gzip-json-login", func(c *gcase) {
			e := c.get("wss://ws.exchange.acme.example/ws/v5/private").code(101)
			e.wsMsg("send", 2, zGzipB64(`{"op":"login","args":[{"apiKey":"`+c.secret("apiKey (UUID) in gzip binary frame", c.uuid())+`","passphrase":"`+c.secret("passphrase in gzip binary frame", "Puma!Ledger!47")+`","timestamp":"1700000000","sign":"`+c.secret("sign in gzip binary frame", c.b64s(32))+`"}]}`))
			e.wsMsg("receive", 1, c.decoy(`{"event":"login","connId":"a4d3ae55"}`))
		}},
		{cat, "odata-batch-multipart-mixed", func(c *gcase) {
			b := "batch_" + c.uuid()
			cs := "changeset_" + c.uuid()
			body := "--" + b + "\r\nContent-Type: multipart/mixed; boundary=" + cs + "\r\n\r\n--" + cs + "\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: 1\r\n\r\nPOST contacts HTTP/1.1\r\nContent-Type: application/json\r\nAuthorization: Bearer " +
				c.secret("Bearer inside an OData $batch inner request", c.b64u(40)) + "\r\n\r\n{\"firstname\":\"Api\",\"acme_integrationsecret\":\"" + c.secret("acme_integrationsecret in $batch inner JSON", c.alnum(32)) + "\"}\r\n--" + cs + "--\r\n--" + b +
				"\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" + c.decoy("GET accounts?$select=name&$top=5 HTTP/1.1") + "\r\n\r\n--" + b + "--\r\n"
			c.post("https://acme.crm4.dynamics.com/api/data/v9.2/$batch", "multipart/mixed; boundary="+b, body).rh("OData-MaxVersion", c.decoy("4.0"))
		}},
		{cat, "gmail-api-raw-base64url-mime", func(c *gcase) {
			mime := "To: newhire@acme.example\r\nSubject: Your account\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nWelcome! Your temporary password is " + c.secret("temporary password in a base64url MIME message (Gmail API raw)", "Chipmunk Velvet 3318") +
				"\r\nActivate here: https://app.acme.example/activate/" + c.secret("activation token in base64url MIME", c.b64u(32)) + "\r\n"
			c.post("https://gmail.googleapis.com/gmail/v1/users/me/messages/send", "application/json", `{"raw":"`+base64.URLEncoding.EncodeToString([]byte(mime))+`",`+c.decoy(`"threadId":"18c2f3a4b5d6e7f8"`)+`}`)
		}},
	}
}

// 3. SPA state formats.
func zSPA() []gdef {
	const cat = "3.spa"
	return []gdef{
		{cat, "angular-ng-state-and-legacy-q-entities", func(c *gcase) {
			st := `{"auth":{"accessToken":"` + c.secret("Angular ng-state auth.accessToken", c.b64u(36)) + `","user":{"id":42}},` + c.decoy(`"i18n":{"locale":"de-CH"}`) + `}`
			c.get("https://portal.acme.example/dashboard").resp("text/html", `<app-root ng-version="`+c.decoy("17.3.12")+`"></app-root><script id="ng-state" type="application/json">`+st+`</script>`)
			legacy := `{&q;config&q;:{&q;apiSecret&q;:&q;` + c.secret("Angular Universal &q;-encoded TransferState apiSecret", c.alnum(40)) + `&q;,&q;env&q;:&q;prod&q;}}`
			c.get("https://legacy-portal.acme.example/").resp("text/html", `<script id="serverApp-state" type="application/json">`+legacy+`</script>`)
		}},
		{cat, "remix-context-loader-data", func(c *gcase) {
			ctx := `{"basename":"/","future":{"v3_fetcherPersist":true},"isSpaMode":false,"state":{"loaderData":{"root":{"ENV":{` + c.decoy(`"PUBLIC_API":"https://api.acme.example"`) + `},"csrf":"` +
				c.secret("Remix loaderData root.csrf", c.b64u(32)) + `"},"routes/_app.billing":{"session":{"supabaseAccessToken":"` + c.secret("Remix loaderData session.supabaseAccessToken", c.zJWT(`{"alg":"HS256","typ":"JWT"}`, `{"aud":"authenticated","exp":1700003600,"role":"authenticated"}`)) + `"}}},"actionData":null,"errors":null}}`
			c.get("https://app.acme.example/billing").resp("text/html; charset=utf-8", `<script>window.__remixContext = `+ctx+`;__remixContext.p = function(v,e,p,x) {};</script>`)
		}},
		{cat, "sveltekit-unquoted-object-literal", func(c *gcase) {
			c.get("https://app.acme.example/account").resp("text/html", `<script>{__sveltekit_1x2y3z = {base: new URL(".", location).pathname.slice(0, -1)}; const element = document.currentScript.parentElement; kit.start(app, element, {node_ids: [0, 4], data: [null,{type:"data",data:{session:{accessToken:"`+
				c.secret("SvelteKit data session.accessToken (unquoted keys)", c.alnum(40))+`",refreshToken:"`+c.secret("SvelteKit refreshToken", c.b64u(40))+`"},`+c.decoy(`flags:{beta:false}`)+`},uses:{}}], form: null, error: null});}</script>`)
		}},
		{cat, "nuxt2-iife-arguments", func(c *gcase) {
			c.get("https://shop.acme.example/account").resp("text/html", `<script>window.__NUXT__=(function(a,b,c,d,e){return {layout:"default",data:[{}],fetch:{},error:c,state:{auth:{loggedIn:b,strategy:"local",user:{id:42},token:a,refresh_token:e},i18n:{locale:d}},serverRendered:b,routePath:"\u002Faccount"}}("Bearer `+
				c.secret("Nuxt 2 __NUXT__ IIFE argument bound to auth.token", c.b64u(36))+`",true,null,"de","`+c.secret("Nuxt 2 IIFE argument bound to refresh_token (no prefix)", c.alnum(44))+`"));</script>`+c.decoy(`<script src="/_nuxt/app.8f3a2c1.js" defer></script>`))
		}},
		{cat, "astro-island-props-tuples", func(c *gcase) {
			props := `{"token":[0,"` + c.secret("Astro island props token [0,S] (entity-encoded)", c.b64u(32)) + `"],"user":[0,{"plan":[0,"pro"]}],"locale":[0,"en"]}`
			enc := strings.ReplaceAll(props, `"`, "&quot;")
			c.decoy(`&quot;locale&quot;:[0,&quot;en&quot;]`)
			c.get("https://shop.acme.example/checkout").resp("text/html", `<astro-island uid="Z1abcd" component-url="/_astro/Checkout.`+c.hexs(8)+`.js" component-export="default" props="`+enc+`" ssr="" client="load"></astro-island>`)
		}},
		{cat, "next-app-router-flight-push", func(c *gcase) {
			flight := `1:["$","div",null,{"children":["$","$L2",null,{"initialSession":{"accessToken":"` + c.secret("Next.js __next_f flight push initialSession.accessToken", c.b64u(40)) + `","expiresAt":1700003600}}]}]` + "\n"
			page := `<script>` + c.decoy(`(self.__next_f=self.__next_f||[]).push([0])`) + `</script><script>self.__next_f.push([1,` + gJS(flight) + `])</script>`
			c.get("https://app.acme.example/dashboard").resp("text/html; charset=utf-8", page)
		}},
		{cat, "redux-persist-double-encoded-in-replay", func(c *gcase) {
			persist := gJS(map[string]any{"auth": gJS(map[string]any{"token": c.secret("redux-persist auth.token (JSON string in JSON string)", c.b64u(36)), "refreshToken": c.secret("redux-persist auth.refreshToken", c.alnum(44)), "isLoggedIn": true}),
				"ui": `{"theme":"dark"}`, "_persist": `{"version":-1,"rehydrated":true}`})
			c.post("https://r.lr-ingest.io/i?a=acme%2Fweb&r=6-"+c.uuid(), "application/json", gJS(map[string]any{"type": "localStorage", "key": "persist:root", "value": persist})).rh("X-LogRocket-Version", c.decoy("8.1.2"))
		}},
		{cat, "apollo-normalized-cache-refs", func(c *gcase) {
			cache := `{"ROOT_QUERY":{"__typename":"Query","viewer":{"__ref":"Viewer:me"}},"Viewer:me":{"__typename":"Viewer","id":"me","integrations":[{"__ref":"Integration:7"}]},"Integration:7":{"__typename":"Integration","id":"7",` +
				c.decoy(`"provider":"pagerduty"`) + `,"routingKey":"` + c.secret("Apollo cache Integration.routingKey (32 hex)", c.hexs(32)) + `","webhookSecret":"` + c.secret("Apollo cache Integration.webhookSecret", c.b64u(32)) + `"}}`
			c.get("https://ops.acme.example/integrations").resp("text/html", `<script>window.__APOLLO_CACHE__=`+cache+`;</script>`)
		}},
		{cat, "livewire-wire-snapshot-attribute", func(c *gcase) {
			snap := `{"data":{"name":"ops-api","password":"` + c.secret("Livewire wire:snapshot data.password", "Kiwi&Lantern&3141") + `","apiToken":"` + c.secret("Livewire wire:snapshot data.apiToken", c.alnum(40)) + `"},"memo":{"id":"` + c.pick(gAlnum, 20) +
				`","name":"settings.api","path":"settings\/api","method":"GET"},"checksum":"` + c.hexs(64) + `"}`
			c.get("https://admin.acme.example/settings/api").resp("text/html", `<div wire:snapshot="`+strings.ReplaceAll(snap, `"`, "&quot;")+`" wire:effects="[]" wire:id="`+c.pick(gAlnum, 20)+`">`+c.decoy(`<h2>API settings</h2>`)+`</div>`)
		}},
	}
}

// 3. Enterprise software and SOAP services.
func zEnterprise() []gdef {
	const cat = "3.enterprise"
	return []gdef{
		{cat, "sap-btp-destination-service", func(c *gcase) {
			pw := c.secret("SAP BTP destination Password (plain, and inside Basic of authTokens)", "Ibex#Glacier#2611")
			basic := gB64("COMM_USER_ORDERS:" + pw)
			c.get("https://destination-configuration.cfapps.eu10.hana.ondemand.com/destination-configuration/v1/destinations/S4HANA_CLOUD").
				rh("Authorization", "Bearer "+c.secret("XSUAA bearer for the destination service", c.zJWT(`{"alg":"RS256","jku":"https://acme.authentication.eu10.hana.ondemand.com/token_keys","kid":"default-jwt-key-1","typ":"JWT"}`, `{"client_id":"sb-clone`+c.hexs(32)+`","exp":1700003600}`))).
				resp("application/json", `{"owner":{"SubaccountId":"`+c.uuid()+`","InstanceId":null},"destinationConfiguration":{"Name":"S4HANA_CLOUD","Type":"HTTP","URL":"https://my300000-api.s4hana.cloud.sap","Authentication":"BasicAuthentication",`+
					c.decoy(`"ProxyType":"Internet"`)+`,"User":"COMM_USER_ORDERS","Password":"`+pw+`"},"authTokens":[{"type":"Basic","value":"`+basic+`","http_header":{"key":"Authorization","value":"Basic `+basic+`"}}]}`)
		}},
		{cat, "sap-logon-ticket-query-and-passport-trace", func(c *gcase) {
			c.get("https://sap.acme.example/sap/bc/ui2/flp?"+c.decoy("sap-client=100")+"&MYSAPSSO2="+url.QueryEscape(c.secret("MYSAPSSO2 logon ticket in query", "AjQxMDMBABhEAFYAQQBOAEMARQAgACAAIAAgACAAIAACAAYxADAAMAADABBFAEMAQwAgACAAIAAgACAABAAYMgAwADIANgAxADEAMgAyADEAMAAxADUABQAE"+c.zWith(200)))).
				rh("sap-passport", c.decoy("2A54482A0300E60000"+strings.ToUpper(c.hexs(420))+"2A54482A"), "sap-contextid-accept", "header").
				sh("sap-server", c.decoy("true"), "sap-perf-fesrec", c.decoy("104512.000000"))
		}},
		{cat, "salesforce-visualforce-remoting-csrf", func(c *gcase) {
			c.get("https://acme--c.vf.force.com/apex/OrderEntry").resp("text/html", `<script>Visualforce.remoting.Manager.add(new $VFRM.RemotingProviderImpl({"vf":{"vid":"066`+c.pick(gAlnum, 12)+`","xhr":false,"dev":false,"tst":false,"dbg":false,"tm":1700000000123,"ovrprm":false},"actions":{"OrderController":{"ms":[{"name":"saveOrder","len":2,"ns":"",`+
				c.decoy(`"ver":61.0`)+`,"csrf":"`+c.secret("Visualforce remoting csrf", "VmpFPSxN"+c.b64s(60))+`","authorization":"`+c.secret("Visualforce remoting authorization", c.zJWT(`{"nonce":"`+c.hexs(64)+`","type":"JWT","alg":"HS256"}`, `{"version":1,"ms":"saveOrder"}`))+`"}],"prm":1}},"service":"apexremote"}));</script>`)
		}},
		{cat, "sharepoint-form-digest", func(c *gcase) {
			hex := c.secret("SharePoint FormDigestValue (0x + 128 hex), then X-RequestDigest", strings.ToUpper(c.hexs(128)))
			dig := "0x" + hex + ",22 Nov 2026 10:15:00 -0000"
			c.post("https://acme.sharepoint.com/sites/ops/_api/contextinfo", "application/json;odata=verbose", "").resp("application/json;odata=verbose;charset=utf-8",
				`{"d":{"GetContextWebInformation":{"__metadata":{"type":"SP.ContextWebInformation"},`+c.decoy(`"FormDigestTimeoutSeconds":1800`)+`,"FormDigestValue":"`+dig+`",`+c.decoy(`"LibraryVersion":"16.0.25421.12008"`)+`}}}`)
			c.post("https://acme.sharepoint.com/sites/ops/_api/web/lists", "application/json;odata=verbose", `{"__metadata":{"type":"SP.List"},"Title":"Tasks"}`).rh("X-RequestDigest", dig)
		}},
		{cat, "owa-canary-header", func(c *gcase) {
			c.post("https://outlook.office.com/owa/service.svc?action=GetAccessTokenforResource&"+c.decoy("UA=0"), "application/json; charset=utf-8", `{"__type":"TokenRequest:#Exchange","Resource":"https://outlook.office.com"}`).
				rh("X-OWA-CANARY", c.secret("X-OWA-CANARY", c.pick(gB64uAlpha, 76)+"."), "Action", c.decoy("GetAccessTokenforResource")).
				resp("application/json; charset=utf-8", `{"AccessToken":"`+c.secret("OWA AccessToken", c.zJWT(`{"typ":"JWT","alg":"RS256","x5t":"`+c.b64u(20)+`"}`, `{"aud":"https://outlook.office.com","exp":1700003600}`))+`",`+c.decoy(`"AccessTokenExpiry":"2026-11-22T11:15:00Z"`)+`}`)
		}},
		{cat, "asmx-soap-auth-header-license-key", func(c *gcase) {
			lk := c.pick(gUpper+gDigits, 25)
			lic := lk[:5] + "-" + lk[5:10] + "-" + lk[10:15] + "-" + lk[15:20] + "-" + lk[20:]
			c.post("https://wms.acme.example/Inventory.asmx", "text/xml; charset=utf-8", `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header><AuthHeader xmlns="http://tempuri.org/"><UserName>wms-sync</UserName><Password>`+
				c.secret("ASMX AuthHeader Password", "Beluga[Anchor]36")+`</Password><LicenseKey>`+c.secret("ASMX AuthHeader LicenseKey (5x5 groups)", lic)+`</LicenseKey></AuthHeader></soap:Header><soap:Body><GetInventory xmlns="http://tempuri.org/">`+
				c.decoy(`<WarehouseCode>FRA-02</WarehouseCode>`)+`</GetInventory></soap:Body></soap:Envelope>`).rh("SOAPAction", c.decoy(`"http://tempuri.org/GetInventory"`))
		}},
		{cat, "saml-idp-metadata-public-cert-and-workday-refresh", func(c *gcase) {
			cert := "MIIDpDCCAoygAwIBAgIGAY" + c.b64s(600)
			c.get("https://acme.okta.com/app/exk1a2b3c4d5e6f7g8h9/sso/saml/metadata").resp("application/samlmetadata+xml", `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk1a2b3c4d5e6f7g8h9"><md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>`+
				c.decoy(cert)+`</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`+c.decoy(`<md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified</md:NameIDFormat>`)+`</md:IDPSSODescriptor></md:EntityDescriptor>`)
			c.post("https://wd3-impl-services1.workday.com/ccx/oauth2/acme_tenant/token", "application/x-www-form-urlencoded", c.decoy("grant_type=refresh_token")+"&refresh_token="+c.secret("Workday refresh_token", c.pick(gLower+gDigits, 88))).
				rh("Authorization", "Basic "+gB64(c.pick(gUpper+gDigits, 40)+":"+c.secret("Workday API client secret in Basic", c.pick(gLower+gDigits, 88)))).
				resp("application/json", `{"access_token":"`+c.secret("Workday access_token", c.pick(gLower+gDigits, 40))+`",`+c.decoy(`"token_type":"Bearer"`)+`}`)
		}},
	}
}

// 4. Exporter and server quirks.
func zExporters() []gdef {
	const cat = "4.exporter"
	return []gdef{
		{cat, "xssi-prefixed-json", func(c *gcase) {
			c.get("https://console.acme.example/api/keys?"+c.decoy("pageSize=20")).resp("application/json; charset=utf-8", ")]}'\n"+`{"keys":[{"displayName":"ci","keyString":"`+c.secret("keyString in )]}' prefixed JSON", c.alnum(39))+`",`+c.decoy(`"createTime":"2026-11-20T08:00:00.123456Z"`)+`}]}`)
			c.get("https://social.acme.example/ajax/session").resp("application/x-javascript; charset=utf-8", `for (;;);{"__ar":1,"payload":{"access_token":"`+c.secret("access_token in for(;;); prefixed JSON", c.alnum(44))+`"},`+c.decoy(`"lid":"7301234567890123456"`)+`}`)
			c.get("https://social.acme.example/ajax/prefs").resp("application/json", `while(1);{"prefs":{"secret":"`+c.secret("secret in while(1); prefixed JSON", c.b64u(30))+`"}}`)
		}},
		{cat, "bom-prefixed-json-and-mixed-case-mime", func(c *gcase) {
			c.post("https://erp.acme.example/api/auth", "Application/JSON; Charset=UTF-8", "\ufeff"+`{"UserName":"svc","Password":"`+c.secret("Password in BOM-prefixed JSON with mixed-case mime", "Axolotl=Summit=29")+`"}`).
				resp("application/json; charset=utf-8", "\ufeff"+`{"Token":"`+c.secret("Token in BOM-prefixed JSON response", c.b64u(36))+`",`+c.decoy(`"ExpiresIn":3600`)+`}`)
		}},
		{cat, "truncated-json-body", func(c *gcase) {
			body := `{"events":[` + strings.Repeat(`{"t":"view","p":"/x"},`, 3) + `{"t":"login","form":{"user":"kiosk","password":"` + c.secret("password in a truncated (invalid) JSON body", "Gecko|Lantern|77") + `","apiKey":"` + c.secret("apiKey in truncated JSON", c.alnum(32)) + `","c`
			c.post("https://rum.acme.example/batch", "application/json", body).rh("X-Batch-Seq", c.decoy("batch-000417"))
		}},
		{cat, "form-encoded-token-response", func(c *gcase) {
			c.post("https://graph.social.example/oauth/access_token", "application/x-www-form-urlencoded", "client_id=123456789012345&client_secret="+c.secret("client_secret (32 hex) in token exchange", c.hexs(32))+"&"+c.decoy("grant_type=fb_exchange_token")+"&fb_exchange_token="+c.secret("short-lived EAAB token", "EAAB"+c.alnum(180))).
				resp("text/plain; charset=UTF-8", "access_token="+c.secret("long-lived EAAB token in a form-encoded text/plain response", "EAAB"+c.alnum(190))+"&"+c.decoy("expires=5183999"))
			c.post("https://bitbucket.acme.example/site/oauth2/access_token", "application/x-www-form-urlencoded", "grant_type=client_credentials").
				resp("application/x-www-form-urlencoded", "access_token="+c.secret("access_token in a form-encoded response", c.b64u(60))+"&scope=repository&"+c.decoy("token_type=bearer")+"&refresh_token="+c.secret("refresh_token in a form-encoded response", c.alnum(24)))
		}},
		{cat, "firefox-multipart-without-boundary-param", func(c *gcase) {
			c.creator = [2]string{"Firefox", "135.0"}
			b := "----geckoformboundary" + c.hexs(32)
			pw := c.secret("password part of multipart whose mimeType lacks boundary=", "Tapir~Solstice~64")
			body := "--" + b + "\r\nContent-Disposition: form-data; name=\"login\"\r\n\r\nops\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\n" + pw + "\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"" + c.decoy("remember_me") + "\"\r\n\r\n1\r\n--" + b + "--\r\n"
			e := c.post("https://app.acme.example/session", "multipart/form-data", body)
			e.post.params = []any{map[string]any{"name": "login", "value": "ops"}, map[string]any{"name": "password", "value": pw}, map[string]any{"name": "remember_me", "value": "1"}}
		}},
		{cat, "gzip-compressed-request-body-base64", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "5.0.2"}
			e := c.post("https://browser-intake.acme.example/api/v2/replay", "application/json", zGzipB64(`{"records":[{"type":"input","target":"#password","value":"`+c.secret("password in a gzip request body (base64)", "Ocelot^Marsh^17")+`"},{"type":"net","headers":{"Authorization":"Bearer `+c.secret("Bearer in a gzip request body", c.b64u(36))+`"}}]}`))
			e.post.encoding = "base64"
			e.rh("Content-Encoding", c.decoy("gzip"), "DD-EVP-ORIGIN", c.decoy("browser"))
		}},
		{cat, "unusual-json-mimetypes", func(c *gcase) {
			c.post("https://api.acme.example/v1/import", "text/x-json", `{"rows":[{"login":"svc","secretKey":"`+c.secret("secretKey in text/x-json", c.b64s(30))+`"}]}`)
			c.get("https://api.acme.example/v1/export").resp("application/jsonl", `{"id":1,"token":"`+c.secret("token in application/jsonl", c.alnum(40))+`"}`+"\n"+c.decoy(`{"id":2,"note":"ok"}`)+"\n")
			c.get("https://api.acme.example/v1/legacy").resp("text/javascript", `{"result":{"sessionKey":"`+c.secret("sessionKey in JSON served as text/javascript", c.hexs(40))+`"}}`)
		}},
		{cat, "chrome-params-still-percent-encoded", func(c *gcase) {
			pw := c.secret("password with reserved chars, percent-encoded in text and params", "Orca%Bay&Ridge=9+")
			body := "username=ops&password=" + url.QueryEscape(pw) + "&" + c.decoy("client=web-4.2")
			e := c.post("https://app.acme.example/login", "application/x-www-form-urlencoded", body)
			e.post.params = []any{map[string]any{"name": "username", "value": "ops"}, map[string]any{"name": "password", "value": url.QueryEscape(pw)}, map[string]any{"name": "client", "value": "web-4.2"}}
		}},
		{cat, "burp-url-userinfo-kept", func(c *gcase) {
			c.creator = [2]string{"Burp Suite Community Edition", "2024.11.2"}
			e := c.get("https://admin:" + c.secret("password in request.url userinfo (Burp keeps it)", "Cicada!Harbor!30") + "@router.acme.example/cgi-bin/status?" + c.decoy("view=summary"))
			e.rh("Authorization", "Basic "+gB64("admin:Cicada!Harbor!30"))
		}},
	}
}

// 5. One secret everywhere, including before it is recognised.
func zEverywhere() []gdef {
	const cat = "5.everywhere"
	return []gdef{
		{cat, "admin-html-cell-then-json-signing-secret", func(c *gcase) {
			k := c.secret("webhook secret in an HTML table cell, later a named JSON field", c.b64u(32))
			c.get("https://admin.acme.example/webhooks").resp("text/html", `<table><tr><th>Endpoint</th><th>Signing</th></tr><tr><td>`+c.decoy("https://hooks.partner.example/acme")+`</td><td><code>`+k+`</code></td></tr></table>`)
			c.get("https://admin.acme.example/api/webhooks/3").resp("application/json", `{"url":"https://hooks.partner.example/acme","signingSecret":"`+k+`"}`)
		}},
		{cat, "csv-cell-then-api-key-header", func(c *gcase) {
			k := c.secret("API key in a CSV export cell, later X-Api-Key", c.alnum(40))
			c.get("https://admin.acme.example/api/keys/export.csv").resp("text/csv", "label,value,created\n"+c.decoy("ci-runner")+","+k+",2026-10-01\n")
			c.get("https://api.acme.example/v1/usage").rh("X-Api-Key", k)
		}},
		{cat, "gzip-response-ref-then-cookie", func(c *gcase) {
			sid := c.secret("session id inside a gzip response body, later the session cookie", c.alnum(32))
			e := c.get("https://app.acme.example/api/handshake").sh("Content-Encoding", "gzip").resp("application/json", zGzipB64(`{"ok":true,"ref":"`+sid+`"}`))
			e.respEncoding = "base64"
			c.get("https://app.acme.example/home").rh("Cookie", "app_sid="+sid, "Accept", c.decoy("text/html,application/xhtml+xml"))
		}},
		{cat, "percent-encoded-path-then-json", func(c *gcase) {
			tok := c.secret("std-base64 token percent-encoded in a path, later downloadSecret", c.zWith(33))
			c.get("https://files.acme.example/blob/" + url.PathEscape(tok) + "/" + c.decoy("report.pdf"))
			c.get("https://files.acme.example/api/links/9").resp("application/json", `{"downloadSecret":"`+tok+`",`+c.decoy(`"fileName":"report.pdf"`)+`}`)
		}},
		{cat, "xml-ref-then-json-session-token", func(c *gcase) {
			t := c.secret("token in an unnamed XML element, later sessionToken", c.alnum(36))
			c.get("https://legacy.acme.example/status.xml").resp("application/xml", `<status>`+c.decoy("<node>web-07</node>")+`<ref>`+t+`</ref></status>`)
			c.post("https://api.acme.example/v1/login", "application/json", `{"user":"kiosk"}`).resp("application/json", `{"sessionToken":"`+t+`"}`)
		}},
		{cat, "graphql-secret-then-url-fragment", func(c *gcase) {
			k := c.secret("deploy key secret from GraphQL, later in a URL fragment", c.b64u(32))
			c.post("https://api.acme.example/graphql", "application/json", `{"query":"mutation { createDeployKey(repo: \"web\") { secret } }"}`).resp("application/json", `{"data":{"createDeployKey":{"secret":"`+k+`"}}}`)
			c.get("https://app.acme.example/setup#k=" + k + "&" + c.decoy("step=3"))
		}},
		{cat, "password-echoed-into-other-field", func(c *gcase) {
			pw := c.secret("signup password, echoed into a prefilled confirm input", "Starling Vapor 2040")
			c.post("https://app.acme.example/signup", "application/x-www-form-urlencoded", "email=kiosk&password="+url.QueryEscape(pw)).
				resp("text/html", `<form><input name="confirm" value="`+pw+`">`+c.decoy(`<p class="err">Passwords must match</p>`)+`</form>`)
		}},
		{cat, "cookie-percent-json-value-echoed-in-header", func(c *gcase) {
			k := c.secret("value inside a percent-encoded JSON cookie, later an X-K header", c.alnum(36))
			c.get("https://app.acme.example/").sh("Set-Cookie", "prefs="+url.QueryEscape(`{"theme":"dark","k":"`+k+`"}`)+"; Path=/; "+c.decoy("Max-Age=31536000"))
			c.get("https://api.acme.example/v1/feed").rh("X-K", k, "Accept", c.decoy("application/json"))
		}},
		{cat, "refresh-token-in-early-beacon-then-grant", func(c *gcase) {
			rt := c.secret("refresh token in an early analytics beacon, later the grant form", c.b64u(40))
			c.post("https://rum.acme.example/collect", "text/plain", `{"ev":"boot","storage":{"k":"`+rt+`"},`+c.decoy(`"v":"web@4.2.0"`)+`}`)
			c.post("https://id.acme.example/oauth/token", "application/x-www-form-urlencoded", c.decoy("grant_type=refresh_token")+"&refresh_token="+rt)
		}},
	}
}

// 6. GraphQL shapes the earlier corpora lack.
func zGraphQL() []gdef {
	const cat = "6.graphql"
	return []gdef{
		{cat, "variable-default-value-literal", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json", `{"query":"mutation Bootstrap($adminPassword: String = \"`+c.secret("default value of $adminPassword in the operation", "Puffin+Glade+7272")+`\") { bootstrap(password: $adminPassword) { ok } }","variables":{}}`)
		}},
		{cat, "graphql-js-error-echoes-variable", func(c *gcase) {
			pw := c.secret("password echoed in a graphql-js variable coercion error", "Hornbill Cider 5150")
			c.post("https://api.acme.example/graphql", "application/json", `{"query":"mutation($input: LoginInput!) { login(input: $input) { token } }","variables":{"input":{"email":"kiosk","password":"`+pw+`","otp":123}}}`).code(400).
				resp("application/json", `{"errors":[{"message":"Variable \"$input\" got invalid value { email: \"kiosk\", password: \"`+pw+`\", otp: 123 }; Field \"otp\" of required type \"String!\" was not provided.",`+c.decoy(`"extensions":{"code":"BAD_USER_INPUT"}`)+`}]}`)
		}},
		{cat, "variables-sent-as-json-string", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json", `{"query":"mutation($t: String!) { linkDevice(pairingToken: $t) { id } }","variables":"{\"t\":\"`+c.secret("variables as a JSON string, t bound to pairingToken", c.alnum(32))+`\"}",`+c.decoy(`"operationName":null`)+`}`)
		}},
		{cat, "get-with-query-id-in-path", func(c *gcase) {
			vars := url.QueryEscape(`{"code":"` + c.secret("variables.code in GET /graphql/<id>/ConfirmEmail", c.alnum(32)) + `","newPassword":"` + c.secret("variables.newPassword in GET", "Kakapo#Nimbus#81") + `"}`)
			c.get("https://app.acme.example/i/api/graphql/" + c.pick(gB64uAlpha, 22) + "/ConfirmEmail?variables=" + vars + "&features=" + url.QueryEscape(`{"responsive_web_graphql_exclude_directive_enabled":true}`))
		}},
		{cat, "plaintext-response-field", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json", `{"query":"mutation { rotateKey(input: {kind: API_KEY}) { key { id prefix } plaintext } }"}`).
				resp("application/json", `{"data":{"rotateKey":{"key":{"id":"k_7",`+c.decoy(`"prefix":"ak_live_"`)+`},"plaintext":"`+c.secret("response field plaintext (new key)", "ak_live_"+c.alnum(40))+`"}}}`)
		}},
		{cat, "list-variable-of-credential-inputs", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json", `{"query":"mutation($creds: [CredentialInput!]!) { storeCredentials(items: $creds) { count } }","variables":{"creds":[{"kind":"SMTP","user":"mailer","value":"`+
				c.secret("creds[0].value bound to storeCredentials(items:)", "Vole*Meridian*28")+`"},{"kind":"FTP","user":"ftp","value":"`+c.secret("creds[1].value", "Stoat*Meridian*29")+`"}]}}`)
		}},
		{cat, "subscriptions-transport-ws-start", func(c *gcase) {
			e := c.get("wss://api.acme.example/subscriptions").code(101).rh("Sec-WebSocket-Protocol", c.decoy("graphql-ws"))
			e.wsMsg("send", 1, c.decoy(`{"type":"connection_init","payload":{}}`)).
				wsMsg("send", 1, `{"id":"1","type":"start","payload":{"query":"subscription($sk: String!) { orderEvents(streamKey: $sk) { id } }","variables":{"sk":"`+c.secret("legacy start payload variables.sk bound to streamKey", c.b64u(30))+`"}}}`).
				wsMsg("receive", 1, c.decoy(`{"type":"ka"}`))
		}},
		{cat, "inline-literal-with-escaped-quote", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json", `{"query":"mutation { login(username: \"ops\", password: \"Gar\\\"goyle\\\\Moss42\") { token } }"}`)
			c.secrets = append(c.secrets, gsecret{"inline password literal containing an escaped quote and backslash", `Gar"goyle\Moss42`})
		}},
	}
}

// 7. Vendor token shapes (mostly in places whose name says nothing).
func zVendors() []gdef {
	const cat = "7.vendor"
	return []gdef{
		{cat, "slack-bot-user-and-rotating-tokens", func(c *gcase) {
			c.post("https://support.acme.example/api/tickets", "application/json", gJS(map[string]any{"subject": "slack app broken", "description": "values from the install page:\n- bot: " +
				c.secret("Slack xoxb- bot token", "xoxb-"+c.digits(12)+"-"+c.digits(13)+"-"+c.alnum(24)) + "\n- user: " + c.secret("Slack xoxp- user token", "xoxp-"+c.digits(12)+"-"+c.digits(12)+"-"+c.digits(13)+"-"+c.hexs(32)) +
				"\n- rotating: " + c.secret("Slack xoxe-1- refresh token", "xoxe-1-"+c.pick(gB64uAlpha, 140)) + "\n" + c.decoy("workspace T024BE7LD, app A0BCD12EFGH")}))
		}},
		{cat, "stripe-restricted-and-webhook-secret", func(c *gcase) {
			c.get("https://app.acme.example/api/debug/config").resp("application/json", `{"a":"`+c.secret("Stripe rk_live_ restricted key", "rk_live_51"+c.alnum(97))+`","b":"`+c.secret("Stripe whsec_ webhook signing secret", "whsec_"+c.alnum(32))+`",`+
				c.decoy(`"c":"pk_live_51`+c.alnum(97)+`"`)+`,"d":"acct_1Nv0FGQ9RKHgCVdK"}`)
		}},
		{cat, "gitlab-deploy-trigger-and-feed-tokens", func(c *gcase) {
			log := "$ git clone https://gitlab+deploy-token-12:" + c.secret("GitLab gldt- deploy token in clone URL", "gldt-"+c.pick(gB64uAlpha, 20)) + "@gitlab.acme.example/acme/web.git\n" + c.decoy("Cloning into 'web'...") + "\n" +
				"$ curl -X POST --fail -F token=" + c.secret("GitLab glptt- trigger token", "glptt-"+c.hexs(40)) + " -F ref=main https://gitlab.acme.example/api/v4/projects/12/trigger/pipeline\n"
			c.get("https://ci.acme.example/api/v4/jobs/7712/trace").resp("text/plain", log)
			c.get("https://gitlab.acme.example/dashboard/issues.atom?" + c.decoy("state=opened") + "&feed_token=" + c.secret("GitLab glft- feed token", "glft-"+c.pick(gB64uAlpha, 20)))
		}},
		{cat, "azure-devops-pat-and-function-key", func(c *gcase) {
			pat := c.secret("Azure DevOps PAT (52 base32) in Basic with empty user", c.pick(zB32, 52))
			c.get("https://dev.azure.com/acme/orders/_git/web/info/refs?"+c.decoy("service=git-upload-pack")).rh("Authorization", "Basic "+gB64(":"+pat))
			c.post("https://acme-fn.azurewebsites.net/api/HttpTrigger1?code="+c.secret("Azure Functions key in ?code=", c.pick(gB64uAlpha, 54)+"=="), "application/json", `{`+c.decoy(`"orderId":"ORD-2026-7781"`)+`}`)
		}},
		{cat, "notion-linear-airtable-in-connections", func(c *gcase) {
			c.get("https://automation.acme.example/api/connections").resp("application/json", `{"connections":[{"app":"notion","v":"`+c.secret("Notion secret_ integration token", "secret_"+c.alnum(43))+`"},{"app":"notion-new","v":"`+
				c.secret("Notion ntn_ token", "ntn_"+c.digits(11)+c.alnum(35))+`"},{"app":"linear","v":"`+c.secret("Linear lin_oauth_ token", "lin_oauth_"+c.hexs(64))+`"},{"app":"airtable","v":"`+
				c.secret("Airtable pat token", "pat"+c.alnum(14)+"."+c.hexs(64))+`"},{`+c.decoy(`"app":"rss","v":"https://blog.acme.example/feed.xml"`)+`}]}`)
		}},
		{cat, "aws-sts-query-api-xml-response", func(c *gcase) {
			c.post("https://sts.amazonaws.com/", "application/x-www-form-urlencoded", c.decoy("Action=GetSessionToken")+"&"+c.decoy("Version=2011-06-15")+"&DurationSeconds=3600").
				resp("text/xml", `<GetSessionTokenResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetSessionTokenResult><Credentials><SessionToken>`+c.secret("STS XML SessionToken", "IQoJb3JpZ2luX2VjE"+c.pick(gAlnum+"+/", 360)+"==")+
					`</SessionToken><SecretAccessKey>`+c.secret("STS XML SecretAccessKey", c.pick(gAlnum+"+/", 40))+`</SecretAccessKey>`+c.decoy(`<Expiration>2026-11-22T11:15:00Z</Expiration>`)+`<AccessKeyId>ASIA`+c.pick(strings.ToUpper(zB32), 16)+`</AccessKeyId></Credentials></GetSessionTokenResult>`+
					c.decoy(`<ResponseMetadata><RequestId>`+c.uuid()+`</RequestId></ResponseMetadata>`)+`</GetSessionTokenResponse>`)
		}},
		{cat, "yarnrc-yml-npm-auth", func(c *gcase) {
			y := c.decoy(`npmRegistryServer: https://npm.pkg.acme.example`) + "\nnpmScopes:\n  acme:\n    npmAlwaysAuth: true\n    npmAuthToken: \"" + c.secret("yarnrc npmAuthToken npm_", "npm_"+c.alnum(36)) + "\"\nnpmRegistries:\n  \"//legacy.acme.example\":\n    npmAuthIdent: \"ci-bot:" +
				c.secret("yarnrc npmAuthIdent user:password", "Hedgehog~Kiln~25") + "\"\n"
			c.post("https://gist.acme.example/api/gists", "application/json", gJS(map[string]any{"files": map[string]any{".yarnrc.yml": map[string]any{"content": y}}}))
		}},
		{cat, "consul-uuid-token-and-vault-batch", func(c *gcase) {
			c.get("https://consul.acme.example/v1/kv/orders/config?"+c.decoy("recurse=true")).rh("X-Consul-Token", c.secret("X-Consul-Token (UUID under a token name)", c.uuid())).
				sh("X-Consul-Index", c.decoy("4471"), "X-Consul-Knownleader", c.decoy("true"))
			c.get("https://vault.acme.example/ui/vault/unwrap?t=" + c.secret("Vault hvb. batch token in ?t=", "hvb.AAAAAQ"+c.pick(gB64uAlpha, 130)))
		}},
		{cat, "doppler-sonar-jfrog-in-env-paste", func(c *gcase) {
			env := "DP=" + c.secret("Doppler dp.st. service token", "dp.st.prd."+c.alnum(40)) + "\nSQ=" + c.secret("SonarQube squ_ token", "squ_"+c.hexs(40)) + "\nART=" + c.secret("JFrog AKCp API key", "AKCp8"+c.alnum(68)) +
				"\nART2=" + c.secret("JFrog reference token cmVmdGtu", "cmVmdGtuOjAxOjE3"+c.alnum(48)) + "\n" + c.decoy("REGION=eu-central-1") + "\n"
			c.post("https://paste.acme.example/api/pastes", "text/plain", env)
		}},
		{cat, "twilio-access-token-and-brevo-key", func(c *gcase) {
			c.get("https://app.acme.example/api/voice/token").resp("application/json", `{"identity":"agent-7","jwt":"`+c.secret("Twilio Access Token (cty twilio-fpa)", c.zJWT(`{"typ":"JWT","alg":"HS256","cty":"twilio-fpa;v=1"}`,
				`{"jti":"SK`+c.hexs(32)+`-1700000000","grants":{"identity":"agent-7","voice":{"incoming":{"allow":true}}},"iat":1700000000,"exp":1700003600,"iss":"SK`+c.hexs(32)+`","sub":"AC`+c.hexs(32)+`"}`))+`",`+c.decoy(`"ttl":3600`)+`}`)
			c.get("https://app.acme.example/api/mail/settings").resp("application/json", `{"smtp":{"host":"smtp-relay.brevo.com","k":"`+c.secret("Brevo xkeysib- key", "xkeysib-"+c.hexs(64)+"-"+c.alnum(16))+`"},`+c.decoy(`"from":"noreply"`)+`}`)
		}},
		{cat, "fly-render-netlify-tailscale", func(c *gcase) {
			c.get("https://api.machines.dev/v1/apps/acme-web/machines").rh("Authorization", "FlyV1 "+c.secret("FlyV1 fm2_ macaroon", "fm2_lJPECAAAAAAAA"+c.b64s(180)))
			c.post("https://paste.acme.example/api/pastes", "text/plain", "render: "+c.secret("Render rnd_ key", "rnd_"+c.alnum(32))+"\nnetlify: "+c.secret("Netlify nfp_ token", "nfp_"+c.alnum(36))+
				"\ntailscale: "+c.secret("Tailscale tskey-auth-", "tskey-auth-k"+c.alnum(10)+"CNTRL-"+c.alnum(33))+"\n"+c.decoy("owner: platform-team")+"\n")
		}},
		{cat, "ai-provider-keys-in-settings-export", func(c *gcase) {
			c.post("https://chat-ui.acme.example/api/settings/import", "application/json", `{"providers":[{"id":"groq","k":"`+c.secret("Groq gsk_ key", "gsk_"+c.alnum(52))+`"},{"id":"replicate","k":"`+c.secret("Replicate r8_ token", "r8_"+c.alnum(37))+
				`"},{"id":"perplexity","k":"`+c.secret("Perplexity pplx- key", "pplx-"+c.alnum(48))+`"}],`+c.decoy(`"theme":"system"`)+`,`+c.decoy(`"model":"llama-3.1-70b"`)+`}`)
		}},
		{cat, "payments-and-cms-tokens-in-readme", func(c *gcase) {
			md := "## Local setup\n\n```\nSQUARE=" + c.secret("Square sq0csp- application secret", "sq0csp-"+c.pick(gB64uAlpha, 43)) + "\nBT=" + c.secret("Braintree access_token$production$", "access_token$production$"+c.pick(gLower+gDigits, 16)+"$"+c.hexs(32)) +
				"\nCONTENTFUL=" + c.secret("Contentful CFPAT-", "CFPAT-"+c.pick(gB64uAlpha, 43)) + "\nREADME=" + c.secret("ReadMe rdme_ key", "rdme_"+c.alnum(70)) + "\n```\n" + c.decoy("Run `make dev` afterwards.") + "\n"
			c.post("https://support.acme.example/api/tickets", "application/json", gJS(map[string]any{"subject": "setup", "description": md}))
		}},
		{cat, "bitbucket-asana-figma-sentry-user", func(c *gcase) {
			c.post("https://gist.acme.example/api/gists", "application/json", gJS(map[string]any{"files": map[string]any{".env.local": map[string]any{"content": "BB=" + c.secret("Bitbucket ATBB app password", "ATBB"+c.alnum(32)) +
				"\nASANA=" + c.secret("Asana PAT 2/…/…:hex", "2/"+c.digits(16)+"/"+c.digits(16)+":"+c.hexs(32)) + "\nFIGMA=" + c.secret("Figma figd_ token", "figd_"+c.pick(gB64uAlpha, 40)) + "\nSENTRY=" + c.secret("Sentry sntryu_ user token", "sntryu_"+c.hexs(64)) + "\n" + c.decoy("PORT=3000") + "\n"}}}))
		}},
		{cat, "zendesk-pagerduty-intercom-auth-schemes", func(c *gcase) {
			c.get("https://acme.zendesk.com/api/v2/users/me.json").rh("Authorization", "Basic "+gB64("ops@acme.example/token:"+c.secret("Zendesk API token in Basic email/token:", c.alnum(40))))
			c.get("https://api.pagerduty.com/incidents?"+c.decoy("statuses%5B%5D=triggered")).rh("Authorization", "Token token="+c.secret("PagerDuty Token token=", c.pick(gB64uAlpha+"+", 20)), "Accept", c.decoy("application/vnd.pagerduty+json;version=2"))
			c.get("https://api.intercom.io/me").rh("Authorization", "Bearer "+c.secret("Intercom dG9rOj access token", gB64("tok:"+c.uuid()+":1:0")))
		}},
		{cat, "onepassword-cloudflare-ca-supabase-shopify", func(c *gcase) {
			c.post("https://paste.acme.example/api/pastes", "text/plain", "op: "+c.secret("1Password ops_ service account token", "ops_"+gB64u(`{"signInAddress":"acme.1password.com","userAuth":{"method":"SRPg-4096","alg":"PBES2g-HS256"},"email":"`+c.pick(gLower, 26)+`@1passwordserviceaccounts.com","srpX":"`+c.hexs(64)+`"}`))+
				"\ncf origin ca: "+c.secret("Cloudflare Origin CA key v1.0-", "v1.0-"+c.hexs(24)+"-"+c.hexs(146))+"\nsupabase: "+c.secret("Supabase sbp_ token", "sbp_"+c.hexs(40))+"\nshopify: "+c.secret("Shopify shppa_ private app token", "shppa_"+c.hexs(32))+"\n"+c.decoy("rotated: 2026-11-01")+"\n")
		}},
	}
}

// 7. Private keys beside public ones.
func zKeys() []gdef {
	const cat = "7.keys"
	return []gdef{
		{cat, "jwk-private-members-beside-public", func(c *gcase) {
			x, y := c.b64u(32), c.b64u(32)
			n := c.b64u(256)
			c.post("https://id.acme.example/admin/api/keys/import", "application/json", `{"keys":[{"kty":"EC","crv":"P-256","kid":"sig-2026-11",`+c.decoy(`"x":"`+x+`"`)+`,`+c.decoy(`"y":"`+y+`"`)+`,"d":"`+c.secret("EC JWK private d", c.b64u(32))+`"},`+
				`{"kty":"RSA","kid":"enc-2026-11",`+c.decoy(`"n":"`+n+`"`)+`,`+c.decoy(`"e":"AQAB"`)+`,"d":"`+c.secret("RSA JWK private d", c.b64u(256))+`","p":"`+c.secret("RSA JWK p", c.b64u(128))+`","q":"`+c.secret("RSA JWK q", c.b64u(128))+
				`","dp":"`+c.secret("RSA JWK dp", c.b64u(128))+`","dq":"`+c.secret("RSA JWK dq", c.b64u(128))+`","qi":"`+c.secret("RSA JWK qi", c.b64u(128))+`"}]}`)
		}},
		{cat, "putty-ppk-upload", func(c *gcase) {
			pub := "AAAAC3NzaC1lZDI1NTE5AAAAI" + c.b64s(48)
			priv := c.secret("PuTTY PPK Private-Lines body", "AAAAI"+c.b64s(30))
			ppk := "PuTTY-User-Key-File-3: ssh-ed25519\r\nEncryption: none\r\nComment: ops@laptop\r\nPublic-Lines: 2\r\n" + c.decoy(pub[:64]) + "\r\n" + pub[64:] + "\r\nPrivate-Lines: 1\r\n" + priv + "\r\nPrivate-MAC: " + c.secret("PuTTY Private-MAC", c.hexs(64)) + "\r\n"
			b := "----WebKitFormBoundaryPpk7Gh2Lx"
			c.post("https://bastion.acme.example/api/keys", "multipart/form-data; boundary="+b, "--"+b+"\r\nContent-Disposition: form-data; name=\"key\"; filename=\"ops.ppk\"\r\nContent-Type: application/octet-stream\r\n\r\n"+ppk+"--"+b+"--\r\n")
		}},
		{cat, "pgp-private-block-beside-public-block", func(c *gcase) {
			pubLine := "mQINBGV" + c.b64s(42)
			privLine := c.secret("PGP private key block body line", "lQOYBGV"+c.b64s(42))
			txt := "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + pubLine + "\n=" + c.b64s(3) + "\n-----END PGP PUBLIC KEY BLOCK-----\n\n-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + privLine + "\n" + c.b64s(48) + "\n=" + c.b64s(3) + "\n-----END PGP PRIVATE KEY BLOCK-----\n"
			c.post("https://paste.acme.example/api/pastes", "application/json", gJS(map[string]any{"title": "release signing", "text": txt}))
			c.decoy(pubLine)
		}},
		{cat, "vault-pki-issue-private-key-beside-certs", func(c *gcase) {
			certLine := "MIIDzTCCArWgAwIBAgIU" + c.b64s(45)
			keyLine := c.secret("EC PRIVATE KEY body line in Vault PKI response", "MHcCAQEEI"+c.b64s(45))
			c.post("https://vault.acme.example/v1/pki_int/issue/web", "application/json", `{"common_name":"web.acme.example","ttl":"72h"}`).resp("application/json",
				`{"request_id":"`+c.decoy(c.uuid())+`","data":{"certificate":"-----BEGIN CERTIFICATE-----\n`+certLine+`\n-----END CERTIFICATE-----","issuing_ca":"-----BEGIN CERTIFICATE-----\n`+c.decoy("MIIDpjCCAo6gAwIBAgIU"+c.b64s(45))+`\n-----END CERTIFICATE-----",`+
					`"private_key":"-----BEGIN EC PRIVATE KEY-----\n`+keyLine+`\n`+c.b64s(40)+`\n-----END EC PRIVATE KEY-----",`+c.decoy(`"private_key_type":"ec"`)+`,`+c.decoy(`"serial_number":"3a:4b:5c:6d:7e:8f:90:a1:b2:c3"`)+`}}`)
			c.decoy(certLine)
		}},
	}
}

// 7. Payment cards by value.
func zCards() []gdef {
	const cat = "7.cards"
	return []gdef{
		{cat, "magstripe-track-data-in-pos-log", func(c *gcase) {
			v := c.card("4", 16)
			m := c.card("55", 16)
			t1 := "%B" + v + "^HALVORSEN/INGRID^2912101" + c.digits(12) + "?"
			t2 := ";" + m + "=2912101" + c.digits(12) + "?"
			c.secret("PAN inside track 1 data", v)
			c.secret("PAN inside track 2 data", m)
			c.post("https://pos.acme.example/api/logs", "text/plain", c.decoy("2026-11-22T10:15:01Z INFO reader=IDT-SRED fw=1.12.4")+"\nDEBUG swipe raw="+t1+"\nDEBUG swipe raw2="+t2+"\n"+c.decoy("txn=20261122-000117 amount=19.90")+"\n")
		}},
		{cat, "jcb-diners-unionpay-in-xml-attributes", func(c *gcase) {
			j, d, u := c.card("35", 16), c.card("36", 14), c.card("62", 19)
			c.post("https://gw.acme.example/xml/auth", "application/xml", `<Batch>`+c.decoy(`<Header Merchant="M-20931" Currency="JPY"/>`)+`<Card Number="`+c.secret("JCB in XML attribute", j)+`" Expiry="2912"/><Card Number="`+c.secret("Diners 14-digit in XML attribute", d)+`" Expiry="2807"/><Card Number="`+
				c.secret("UnionPay 19-digit in XML attribute", u)+`" Expiry="3001"/>`+c.decoy(`<Ref Id="`+hNoLuhn("7"+c.digits(15))+`"/>`)+`</Batch>`)
		}},
		{cat, "card-in-rest-path", func(c *gcase) {
			g := c.card("6", 16)
			c.get("https://giftcards.acme.example/api/v1/cards/" + c.secret("card number as a REST path segment", g) + "/balance?" + c.decoy("currency=EUR"))
		}},
		{cat, "card-with-plus-spaces-in-form", func(c *gcase) {
			n := c.card("4", 16)
			grouped := gGroup4(n, " ")
			c.secret("card grouped with spaces, form-encoded as +", grouped)
			c.post("https://legacy-shop.acme.example/pay.php", "application/x-www-form-urlencoded", "cardnumber="+url.QueryEscape(grouped)+"&exp=12%2F29&"+c.decoy("order=ORD-2026-11-0042"))
		}},
		{cat, "pan-in-json-log-message", func(c *gcase) {
			p := c.card("51", 16)
			c.post("https://logs.acme.example/api/v1/push", "application/json", gJS(map[string]any{"streams": []any{map[string]any{"stream": map[string]any{"app": "checkout"}, "values": []any{[]any{"1700000000123000000", "ERROR gateway declined PAN=" + c.secret("PAN= in a log line in JSON", p) + " EXP=1229 order=" + hNoLuhn("4"+c.digits(15))}}}}}))
			c.decoy(`"app":"checkout"`)
		}},
		{cat, "maestro-in-single-quoted-js", func(c *gcase) {
			mae := c.card("6759", 18)
			c.get("https://pay.acme.example/iframe/session.js").resp("application/javascript", `var s={ccnum:'`+c.secret("Maestro 18-digit in single-quoted JS", mae)+`',`+c.decoy(`last4:'`+mae[14:]+`'`)+`,`+c.decoy(`brand:'maestro'`)+`};`)
		}},
		{cat, "card-in-base64-redirect-param", func(c *gcase) {
			n := c.card("37", 15)
			c.get("https://legacy-gw.acme.example/return?data=" + url.QueryEscape(gB64("pan="+c.secret("Amex inside a base64 form in a query param", n)+"&exp=1229&cvv=1234")) + "&" + c.decoy("lang=en"))
		}},
	}
}

// 7. Credential phrases in pasted config, commands and prose.
func zPhrases() []gdef {
	const cat = "7.phrases"
	return []gdef{
		{cat, "aws-credentials-ini-paste", func(c *gcase) {
			c.post("https://support.acme.example/api/tickets", "application/json", gJS(map[string]any{"subject": "cli auth", "description": "~/.aws/credentials:\n[default]\naws_access_key_id = AKIA" + c.pick(strings.ToUpper(zB32), 16) +
				"\naws_secret_access_key = " + c.secret("aws_secret_access_key = S", c.b64s(30)) + "\n[prod]\nrole_arn = arn:aws:iam::123456789012:role/ops\n" + c.decoy("region = eu-west-1") + "\n"}))
		}},
		{cat, "sql-create-and-alter-user", func(c *gcase) {
			sql := "CREATE USER app WITH PASSWORD '" + c.secret("CREATE USER ... WITH PASSWORD 'S'", "Bittern!Coast!42") + "';\nALTER USER reporting IDENTIFIED BY " + c.secret("Oracle ALTER USER ... IDENTIFIED BY S", "Grebe_Marsh_7731") +
				";\nCREATE LOGIN etl WITH PASSWORD = N'" + c.secret("T-SQL CREATE LOGIN ... PASSWORD = N'S'", "Plover#Dune#19") + "';\n" + c.decoy("GRANT SELECT ON orders TO reporting;") + "\n"
			c.post("https://db-console.acme.example/api/query", "text/plain", sql)
		}},
		{cat, "wp-config-php-defines", func(c *gcase) {
			php := "<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp' );\ndefine( 'DB_PASSWORD', '" + c.secret("define( 'DB_PASSWORD', 'S' )", "Sparrow^Quill^88") + "' );\ndefine( 'AUTH_KEY',         '" +
				c.secret("define( 'AUTH_KEY', 64 random )", c.pick(gAlnum+"!@#%^*()-_[]{}<>~+=,.;:/?|", 64)) + "' );\n" + c.decoy("$table_prefix = 'wp_';") + "\n"
			c.get("https://blog.acme.example/wp-config.php.bak").resp("text/plain", php)
		}},
		{cat, "django-settings-secret-key", func(c *gcase) {
			py := "DEBUG = False\nSECRET_KEY = '" + c.secret("Django SECRET_KEY django-insecure-", "django-insecure-"+c.pick(gLower+gDigits+"!@#$%^&*(-_=+)", 50)) + "'\nEMAIL_HOST_PASSWORD = \"" + c.secret("EMAIL_HOST_PASSWORD = \"S\"", "Kestrel Drift 4410") + "\"\n" + c.decoy("ALLOWED_HOSTS = ['app.acme.example']") + "\n"
			c.get("https://git.acme.example/raw/main/acme/settings/prod.py").resp("text/x-python", py)
		}},
		{cat, "localized-password-phrases-in-mail", func(c *gcase) {
			c.get("https://mail.qa.acme.example/api/v1/messages?"+c.decoy("limit=4")).resp("application/json", gJS(map[string]any{"messages": []any{
				map[string]any{"subject": "Ihr Zugang", "text": "Benutzer: hmueller\nPasswort: " + c.secret("German Passwort: S in mail text", "Brezel-Kuckuck-58")},
				map[string]any{"subject": "Votre compte", "text": "Identifiant : mdupont\nMot de passe : " + c.secret("French Mot de passe : S", "Cigale;Lavande;24")},
				map[string]any{"subject": "Su cuenta", "text": "Usuario: mgarcia\nContraseña temporal: " + c.secret("Spanish Contraseña temporal: S", "Colibri+Mango+61")},
				map[string]any{"subject": "Uw account", "text": "Wachtwoord: " + c.secret("Dutch Wachtwoord: S", "Tulpen?Molen?87") + "\n" + c.decoy("Met vriendelijke groet")}}}))
		}},
		{cat, "cli-password-flags", func(c *gcase) {
			log := "+ sshpass -p '" + c.secret("sshpass -p 'S'", "Magpie=Hollow=52") + "' ssh deploy@10.0.4.12 uptime\n+ mysqldump --password=" + c.secret("mysqldump --password=S", "Weasel.Orchard.39") + " -u backup orders > orders.sql\n" +
				"+ openssl pkcs12 -export -in tls.crt -inkey tls.key -out tls.p12 -passout pass:" + c.secret("openssl -passout pass:S", "Lynx%Beacon%66") + "\n+ keytool -importkeystore -srckeystore tls.p12 -storepass " + c.secret("keytool -storepass S", "Moose(Fjord)23") +
				"\n+ ldapsearch -x -D cn=admin,dc=acme,dc=example -w " + c.secret("ldapsearch -w S", "Bison[Tundra]75") + " -b dc=acme,dc=example\n" + c.decoy("+ echo done") + "\n"
			c.get("https://ci.acme.example/api/v4/jobs/8812/trace").resp("text/plain; charset=utf-8", log)
		}},
		{cat, "jdbc-odbc-and-sqlplus-connect-strings", func(c *gcase) {
			txt := "jdbc:mysql://db.internal:3306/orders?user=app&password=" + c.secret("jdbc:mysql ?password=S", "Civet*Harbor*14") + "&" + c.decoy("useSSL=true") + "\njdbc:sqlserver://sql.internal:1433;databaseName=erp;user=sa;password=" +
				c.secret("jdbc:sqlserver ;password=S", "Dingo@Cedar@90") + ";encrypt=true\nDriver={ODBC Driver 18 for SQL Server};Server=sql.internal;Uid=etl;Pwd=" + c.secret("ODBC Pwd=S", "Quokka!Fern!63") + ";\nsqlplus scott/" + c.secret("sqlplus user/S@//host", "Tiger-Oyster-2026") + "@//ora.internal:1521/ORCLPDB1\n"
			c.post("https://wiki.acme.example/rest/api/content", "application/json", gJS(map[string]any{"type": "page", "title": "DB access", "body": map[string]any{"storage": map[string]any{"value": "<pre>" + html.EscapeString(txt) + "</pre>", "representation": "storage"}}}))
			c.decoy("useSSL=true")
		}},
		{cat, "html-comments-with-credentials", func(c *gcase) {
			c.get("https://staging.acme.example/login").resp("text/html", `<html><body><!-- staging login: admin / `+c.secret("HTML comment 'login: admin / S'", "Falcon-Parsnip-311")+` --><form></form><!-- TODO remove before release: api key `+c.secret("HTML comment 'api key S'", c.alnum(32))+` -->`+c.decoy(`<!-- build 2026.11.3 -->`)+`</body></html>`)
		}},
		{cat, "confluence-storage-pass-paragraph", func(c *gcase) {
			v := `<p><strong>Router</strong></p><p>login: admin</p><p>pass: ` + c.secret("<p>pass: S</p> in Confluence storage format", "Gopher^Lattice^47") + `</p><p>` + c.decoy("Location: rack B4") + `</p>`
			c.req("PUT", "https://wiki.acme.example/rest/api/content/98113", "application/json", gJS(map[string]any{"id": "98113", "type": "page", "title": "Lab devices", "version": map[string]any{"number": 7}, "body": map[string]any{"storage": map[string]any{"value": v, "representation": "storage"}}}))
		}},
		{cat, "git-credentials-and-docker-run-env", func(c *gcase) {
			c.post("https://support.acme.example/api/tickets", "application/json", gJS(map[string]any{"subject": "deploy", "description": "~/.git-credentials:\nhttps://dvance:" + c.secret(".git-credentials password", "Jackdaw+Mill+77") + "@git.acme.example\n\nthen: docker run -d -e POSTGRES_PASSWORD=" +
				c.secret("docker run -e POSTGRES_PASSWORD=S", "Heron?Sluice?34") + " -e " + c.decoy("POSTGRES_DB=orders") + " postgres:16"}))
		}},
	}
}

// 9. Personal data in CRM, analytics and identity records.
func zPersonal() []gdef {
	const cat = "9.personal"
	return []gdef{
		{cat, "segment-identify-traits", func(c *gcase) {
			c.post("https://api.segment.io/v1/identify", "text/plain", `{"userId":"u_8842","anonymousId":"`+c.decoy(c.uuid())+`","traits":{"email":"`+c.secret("Segment traits.email", "wilhelmina.osei@fabrikam.example")+`","firstName":"`+c.secret("Segment traits.firstName", "Wilhelmina")+
				`","lastName":"`+c.secret("Segment traits.lastName", "Osei-Brandt")+`","phone":"`+c.secret("Segment traits.phone", "+1 (415) 555-0134")+`",`+c.decoy(`"plan":"enterprise"`)+`},"context":{`+c.decoy(`"library":{"name":"analytics.js","version":"next-1.70.0"}`)+`}}`)
		}},
		{cat, "salesforce-contact-pascal-fields", func(c *gcase) {
			c.get("https://acme.my.salesforce.com/services/data/v61.0/sobjects/Contact/003"+c.pick(gAlnum, 15)).resp("application/json", `{"attributes":{"type":"Contact"},"FirstName":"`+c.secret("Contact FirstName", "Evangelos")+`","LastName":"`+c.secret("Contact LastName", "Papadakis-Lund")+
				`","Email":"`+c.secret("Contact Email", "e.papadakis@northwind.example")+`","MobilePhone":"`+c.secret("Contact MobilePhone", "+30 694 555 0127")+`",`+c.decoy(`"LeadSource":"Web"`)+`,`+c.decoy(`"CreatedDate":"2026-11-01T08:00:00.000+0000"`)+`}`)
		}},
		{cat, "servicenow-sys-user-snake", func(c *gcase) {
			c.get("https://acme.service-now.com/api/now/table/sys_user?"+c.decoy("sysparm_limit=1")).resp("application/json", `{"result":[{"user_name":"`+c.secret("sys_user user_name", "jbeaumont")+`","first_name":"`+c.secret("sys_user first_name", "Josephine")+`","last_name":"`+
				c.secret("sys_user last_name", "Beaumont")+`","email":"`+c.secret("sys_user email", "josephine.beaumont@contoso.example")+`","mobile_phone":"`+c.secret("sys_user mobile_phone", "+33 6 12 34 56 78")+`",`+c.decoy(`"time_zone":"Europe/Paris"`)+`}]}`)
		}},
		{cat, "intercom-settings-js-with-user-hash", func(c *gcase) {
			c.get("https://app.acme.example/").resp("text/html", `<script>window.intercomSettings = {api_base: "https://api-iam.intercom.io", `+c.decoy(`app_id: "x7k2p9qw"`)+`, name: "`+c.secret("intercomSettings name", "Ottoline Marchbanks")+`", email: "`+
				c.secret("intercomSettings email", "ottoline.m@tailspin.example")+`", user_hash: "`+c.secret("intercomSettings user_hash (HMAC)", c.hexs(64))+`", created_at: 1700000000};</script>`)
		}},
		{cat, "hubspot-form-fields-name-value", func(c *gcase) {
			c.post("https://api.hsforms.com/submissions/v3/integration/submit/1234567/"+c.uuid(), "application/json", `{"fields":[{"objectTypeId":"0-1","name":"email","value":"`+c.secret("HubSpot fields[] email value", "radomir.kowalczyk@example.net")+
				`"},{"objectTypeId":"0-1","name":"firstname","value":"`+c.secret("HubSpot fields[] firstname value", "Radoslaw")+`"},{"objectTypeId":"0-1","name":"phone","value":"`+c.secret("HubSpot fields[] phone value", "+48 601 555 204")+`"},{`+
				c.decoy(`"objectTypeId":"0-1","name":"company_size","value":"51-200"`)+`}],"context":{`+c.decoy(`"pageName":"Request a demo"`)+`}}`)
		}},
		{cat, "client-ip-headers-beside-dotted-decoys", func(c *gcase) {
			c.get("https://app.acme.example/api/session").
				rh("X-Client-IP", c.secret("X-Client-IP", "198.51.100.141"), "X-Cluster-Client-IP", c.secret("X-Cluster-Client-IP", "203.0.113.58"), "CloudFront-Viewer-Address", c.secret("CloudFront-Viewer-Address ip:port", "198.51.100.76")+":46532",
					"Fly-Client-IP", c.secret("Fly-Client-IP (IPv6)", "2001:db8:7a1::4f"), "X-Original-Forwarded-For", c.secret("X-Original-Forwarded-For", "203.0.113.201")).
				set("serverIPAddress", c.decoy("192.0.2.44")).
				resp("application/json", `{`+c.decoy(`"sigAlg":"1.2.840.113549.1.1.11"`)+`,`+c.decoy(`"osBuild":"10.0.19045.3693"`)+`,`+c.decoy(`"appVersion":"4.12.0.1"`)+`}`)
		}},
		{cat, "login-hint-and-user-login-meta", func(c *gcase) {
			c.get("https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=" + c.uuid() + "&response_type=code&" + c.decoy("prompt=select_account") + "&login_hint=" + url.QueryEscape(c.secret("login_hint e-mail in authorize URL", "ferdinand.ashby@contoso.example")))
			c.get("https://git.acme.example/").resp("text/html", `<meta name="user-login" content="`+c.secret("meta user-login", "fashby-contoso")+`"><meta name="`+c.decoy("octolytics-url")+`" content="https://collector.acme.example/">`)
		}},
		{cat, "zendesk-and-jira-user-objects", func(c *gcase) {
			c.get("https://acme.zendesk.com/api/v2/users/me.json").resp("application/json", `{"user":{"id":9912,"name":"`+c.secret("Zendesk user.name", "Benedikta Ruoho")+`","email":"`+c.secret("Zendesk user.email", "benedikta.ruoho@example.fi")+`","phone":"`+c.secret("Zendesk user.phone", "+358 40 5550142")+`",`+c.decoy(`"role":"end-user"`)+`}}`)
			c.get("https://acme.atlassian.net/rest/api/3/myself").resp("application/json", `{"accountType":"atlassian","emailAddress":"`+c.secret("Jira emailAddress", "b.ruoho@acme-corp.example")+`","displayName":"`+c.secret("Jira displayName", "Benedikta R.")+`",`+c.decoy(`"timeZone":"Europe/Helsinki"`)+`}`)
		}},
		{cat, "stripe-customer-object", func(c *gcase) {
			c.post("https://api.stripe.com/v1/customers", "application/x-www-form-urlencoded", "email="+url.QueryEscape(c.secret("Stripe customer email (form)", "anneke.vos@example.nl"))+"&name="+url.QueryEscape(c.secret("Stripe customer name (form)", "Anneke Vos-Dijkstra"))+"&"+c.decoy("preferred_locales%5B%5D=nl")).
				resp("application/json", `{"object":"customer","email":"anneke.vos@example.nl","name":"Anneke Vos-Dijkstra","phone":"`+c.secret("Stripe customer phone", "+31 20 555 0163")+`",`+c.decoy(`"currency":"eur"`)+`,`+c.decoy(`"livemode":true`)+`}`)
		}},
		{cat, "webauthn-creation-options-user", func(c *gcase) {
			c.post("https://id.acme.example/webauthn/register/options", "application/json", `{"attestation":"none"}`).resp("application/json", `{"publicKey":{"rp":{"name":"Acme","id":"acme.example"},"user":{"id":"`+c.b64u(16)+`","name":"`+
				c.secret("WebAuthn publicKey.user.name (e-mail)", "cassius.oyelaran@fabrikam.example")+`","displayName":"`+c.secret("WebAuthn publicKey.user.displayName", "Cassius Oyelaran")+`"},"challenge":"`+c.b64u(32)+`",`+c.decoy(`"pubKeyCredParams":[{"type":"public-key","alg":-7},{"type":"public-key","alg":-257}]`)+`,`+c.decoy(`"timeout":60000`)+`}}`)
		}},
		{cat, "ip-fields-in-audit-json", func(c *gcase) {
			c.get("https://admin.acme.example/api/audit?"+c.decoy("page=3")).resp("application/json", `{"events":[{"action":"login","ipAddress":"`+c.secret("audit ipAddress", "198.51.100.9")+`","lastLoginIp":"`+c.secret("audit lastLoginIp", "203.0.113.12")+`","remote_ip":"`+
				c.secret("audit remote_ip", "2001:db8:c0de::1")+`",`+c.decoy(`"at":"2026-11-22T09:58:12Z"`)+`,`+c.decoy(`"agent":"okhttp/4.12.0"`)+`}]}`)
		}},
	}
}

// heldout3Open lists the cases of this corpus the engine does not handle
// yet, each with the reason. They are reported, not failed; any other leak
// or lost decoy fails the test, and so does an entry here that no longer
// leaks (the list only shrinks).
var heldout3Open = map[string]string{
	"1.pairs/azure-devops-variable-groups-and-arm-parameters: ADO variables.sonarLogin.value (machine)":                  "a 40-hex value under value (parent name sonarLogin) passes as a git-SHA-shaped identifier",
	"1.pairs/label-for-generic-input-and-post: value of input labelled Admin password (name f_4), then f_4= in the POST": "an <input> named only by its <label for=> text (Admin password) is not tied to the label, nor is the later f_4= form field",
	"3.carriers/srcdoc-iframe-nested-html: password input inside an entity-escaped srcdoc":                               "HTML held entity-escaped in an attribute (iframe srcdoc) is not parsed as HTML",
	"3.carriers/srcdoc-iframe-nested-html: csrf_token inside srcdoc":                                                     "HTML held entity-escaped in an attribute (iframe srcdoc) is not parsed as HTML",
	"3.carriers/gmail-api-raw-base64url-mime: temporary password in a base64url MIME message (Gmail API raw)":            "in a decoded base64url MIME message (Gmail API raw) the body text phrase 'password is X' is not found",
	"7.phrases/jdbc-odbc-and-sqlplus-connect-strings: sqlplus user/S@//host":                                             "the Oracle connect string user/password@//host (sqlplus) is not recognised",
	"7.vendor/payments-and-cms-tokens-in-readme: Braintree access_token$production$":                                     "vendor format missing: Braintree access_token$production$<16>$<32 hex>",
	"7.vendor/bitbucket-asana-figma-sentry-user: Asana PAT 2/…/…:hex":                                                    "vendor format missing: Asana PAT 2/<16 digits>/<16 digits>:<32 hex>",
	"7.vendor/onepassword-cloudflare-ca-supabase-shopify: 1Password ops_ service account token":                          "vendor format missing: 1Password service account token ops_eyJ…",
	"7.vendor/onepassword-cloudflare-ca-supabase-shopify: Cloudflare Origin CA key v1.0-":                                "vendor format missing: Cloudflare Origin CA key v1.0-<24 hex>-<146 hex>",
	"9.personal/intercom-settings-js-with-user-hash: intercomSettings name":                                              "identity fields in a JS object literal with unquoted keys (name:, user_hash:) are not judged",
	"9.personal/stripe-customer-object: Stripe customer name (form)":                                                     "a plain name field of a customer record (form name=, JSON name) is not an identity field",
}
