package sanitize

// A fourteenth held-out corpus for "Detection that generalizes" (issue 10),
// written without reading the engine and kept distinct from the earlier
// corpora: consumer and SaaS web apps as support engineers meet them.
// Identity providers in the browser (Auth0 Universal Login and Actions,
// Amazon Cognito hosted UI, SRP and Amplify cookies, Firebase Auth and the
// Identity Toolkit, Google Identity Services, Microsoft MSAL and Azure AD
// B2C, Sign in with Apple, Clerk, Supabase Auth, WorkOS), collaboration SaaS
// (Slack web client, Microsoft Teams, Zoom web, Atlassian Jira, Confluence
// and Bitbucket, Notion, Salesforce Lightning/Aura and SOAP, ServiceNow,
// Zendesk, HubSpot, Intercom), realtime transports (Socket.IO/Engine.IO,
// SignalR, Pusher, Ably, Firebase Realtime Database, Phoenix channels,
// Centrifugo, AWS AppSync, MQTT over websocket), SPA state blobs (Next.js
// __NEXT_DATA__, Nuxt __NUXT__, Redux preloaded state, Apollo cache),
// healthcare FHIR and SMART on FHIR, LMS (Canvas, Moodle, Blackboard),
// government e-ID portals (BundID, FranceConnect, DigiD, Smart-ID), and HARs
// exported through proxies and browsers (Fiddler, Charles, mitmproxy, Burp,
// Zscaler, Firefox, Safari) with their quirks. It reuses the harness of
// generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"net/url"
	"strings"
	"testing"
)

func TestHeldout14Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 14", "heldout14Open", heldout14Cases(), heldout14Open)
}

func TestHeldout14CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout14Cases())
}

func heldout14Cases() []gdef {
	return gCollect(u14Names, u14Pairs, u14Unnamed, u14Carriers, u14Exporters, u14Everywhere, u14GraphQL, u14Vendors, u14CardsPhrases, u14Personal)
}

// u14JWE is a compact RSA-OAEP/A256GCM JWE (five parts), as Cognito issues
// refresh tokens.
func (c *gcase) u14JWE() string {
	return gB64u(`{"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"}`) + "." + c.b64u(256) + "." + c.b64u(12) + "." + c.b64u(360) + "." + c.b64u(16)
}

// u14Pw is a realistic human password: a word, digits, a symbol and a word.
func (c *gcase) u14Pw() string {
	words := []string{"Lantern", "Orbit", "Pebble", "Fjord", "Cobalt", "Marigold", "Saffron", "Glacier", "Thimble", "Juniper", "Falcon", "Bramble", "Quartz", "Tangerine", "Velvet", "Canyon"}
	syms := "!#$%*+-=?@_~"
	return words[c.rng.IntN(len(words))] + c.digits(3) + string(syms[c.rng.IntN(len(syms))]) + strings.ToLower(words[c.rng.IntN(len(words))])
}

// u14Part is one multipart/form-data part.
func u14Part(b, name, extra, body string) string {
	return "--" + b + "\r\nContent-Disposition: form-data; name=\"" + name + "\"" + extra + "\r\n\r\n" + body + "\r\n"
}

// u14Slack is a Slack web-client token (xoxc-) of the real shape.
func (c *gcase) u14Slack(prefix string) string {
	return prefix + "-" + c.digits(13) + "-" + c.digits(13) + "-" + c.digits(13) + "-" + c.hexs(64)
}

// u14SFSid is a Salesforce session id: the org id, "!", and the session part.
func (c *gcase) u14SFSid() string {
	return "00D" + c.alnum(12) + "!AQ" + c.pick(gAlnum, 1) + "AQ" + c.pick(gAlnum+"._", 90)
}

// u14IBAN is a random German IBAN with valid check digits.
func (c *gcase) u14IBAN() string {
	bban := c.digits(18)
	rem := 0
	for _, ch := range bban + "131400" { // D=13 E=14, check digits 00
		rem = (rem*10 + int(ch-'0')) % 97
	}
	cd := 98 - rem
	return "DE" + string(rune('0'+cd/10)) + string(rune('0'+cd%10)) + bban
}

// 1. Compound, abbreviated and foreign-language secret names.
func u14Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "auth0-universal-login-password-and-vendor-cookie", func(c *gcase) {
			state := c.pick(gB64uAlpha, 64)
			pw := c.secret("Auth0 /u/login/password form password", c.u14Pw())
			sess := c.secret("Auth0 session cookie named auth0 (vendor name only)", "s%3A"+c.b64u(24)+"."+c.b64u(32))
			c.post("https://acme.us.auth0.com/u/login/password?state="+state, "application/x-www-form-urlencoded",
				"state="+state+"&username=svc-frontdesk&password="+url.QueryEscape(pw)+"&"+c.decoy("action=default")).code(302).
				sh("Location", "/authorize/resume?state="+state, "Set-Cookie", "auth0="+sess+"; Max-Age=259200; Path=/; Expires=Tue, 25 Nov 2026 10:15:03 GMT; HttpOnly; Secure; SameSite=None\nauth0_compat="+sess+"; Max-Age=259200; Path=/; HttpOnly; Secure",
					"X-Auth0-RequestId", c.decoy(c.hexs(20)), "ot-baggage-auth0-request-id", c.decoy(c.hexs(20)))
		}},
		{cat, "cognito-initiate-auth-authparameters", func(c *gcase) {
			cid := c.decoy(c.pick(gLower+gDigits, 26))
			c.post("https://cognito-idp.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1",
				`{"AuthFlow":"USER_PASSWORD_AUTH","ClientId":"`+cid+`","AuthParameters":{"USERNAME":"kiosk-lobby-02","PASSWORD":"`+c.secret("Cognito AuthParameters.PASSWORD", c.u14Pw())+`","SECRET_HASH":"`+c.secret("Cognito AuthParameters.SECRET_HASH", c.b64s(32))+`"},"ClientMetadata":{}}`).
				rh("X-Amz-Target", c.decoy("AWSCognitoIdentityProviderService.InitiateAuth"), "X-Amz-User-Agent", c.decoy("aws-amplify/6.0.9 auth/4 framework/1")).
				resp("application/x-amz-json-1.1", `{"AuthenticationResult":{"AccessToken":"`+c.secret("Cognito AccessToken", c.rs256JWT(c.b64s(32), `{"sub":"`+c.uuid()+`","token_use":"access","client_id":"`+cid+`"}`))+`",`+c.decoy(`"ExpiresIn":3600`)+`,"IdToken":"`+c.secret("Cognito IdToken", c.rs256JWT(c.b64s(32), `{"token_use":"id","aud":"`+cid+`"}`))+`","RefreshToken":"`+c.secret("Cognito RefreshToken (JWE)", c.u14JWE())+`",`+c.decoy(`"TokenType":"Bearer"`)+`},"ChallengeParameters":{}}`).
				sh("x-amzn-RequestId", c.decoy(c.uuid()))
		}},
		{cat, "eid-portals-foreign-language-field-names", func(c *gcase) {
			c.post("https://id.bund.de/de/login/benutzername", "application/x-www-form-urlencoded",
				"benutzername=m.koehler-ost&kennwort="+url.QueryEscape(c.secret("BundID kennwort (German)", c.u14Pw()))+"&"+c.decoy("anmeldeart=benutzername")).code(302)
			c.post("https://digid.nl/inloggen_ww", "application/x-www-form-urlencoded",
				"authentication%5Busername%5D=jvdberg77&authentication%5Bwachtwoord%5D="+url.QueryEscape(c.secret("DigiD authentication[wachtwoord] (Dutch)", c.u14Pw()))+"&"+c.decoy("authentication%5Bremember_login%5D=0"))
			c.post("https://sede.example-gob.es/api/acceso", "application/json",
				`{"usuario":"lgarcia","contraseña":"`+c.secret("contraseña JSON key (Spanish, non-ASCII)", c.u14Pw())+`","clave_acceso":"`+c.secret("clave_acceso JSON key (Spanish)", c.alnum(16))+`",`+c.decoy(`"idioma":"es-ES"`)+`}`)
			c.post("https://impots.example-gouv.fr/connexion/api/authentifier", "application/json",
				`{"spi":"3012345678912","motDePasse":"`+c.secret("motDePasse JSON key (French)", c.u14Pw())+`","jeton":"`+c.secret("jeton JSON key (French for token)", c.b64u(30))+`"}`)
			c.post("https://acesso.example-gov.br/login", "application/x-www-form-urlencoded",
				"cpf=&senha="+url.QueryEscape(c.secret("senha form field (Portuguese)", c.u14Pw()))+"&"+c.decoy("origem=portal"))
		}},
		{cat, "slack-d-cookie-and-boot-headers", func(c *gcase) {
			xoxd := "xoxd-" + url.QueryEscape(c.b64s(110))
			c.get("https://app.slack.com/api/client.userBoot?_x_id="+c.decoy("noversion-1700000000.123")+"&slack_route="+c.decoy("T04ABCDE12")+"&_x_version_ts=1700000000").
				rh("Cookie", "b="+c.hexs(32)+"; d="+c.secret("Slack d cookie (one-letter name)", xoxd)+"; d-s=1699990000; lc=1699990000; x="+c.hexs(32)+".1700000000",
					"X-Slack-Version-Ts", c.decoy("1699912345"))
		}},
		{cat, "atlassian-cloud-session-cookies", func(c *gcase) {
			cst := c.secret("cloud.session.token cookie (dotted)", c.rs256JWT("session-service/prod-159", `{"sub":"5b10a2844c20165700ede21g","aud":"atlassian","exp":1732600000}`))
			tst := c.secret("tenant.session.token cookie (dotted)", c.hs256JWT(`{"sub":"5b10a2844c20165700ede21g","tid":"`+c.uuid()+`"}`))
			c.get("https://acme.atlassian.net/rest/api/3/myself").
				rh("Cookie", "atlassian.xsrf.token="+c.secret("atlassian.xsrf.token cookie", c.uuid()+"_"+c.hexs(40)+"_lin")+"; cloud.session.token="+cst+"; tenant.session.token="+tst+"; atl-sticky-session=2",
					"X-Atlassian-Token", c.decoy("no-check")).
				sh("Atl-Traceid", c.decoy(c.hexs(32)), "X-Arequestid", c.decoy(c.uuid())).
				resp("application/json", `{`+c.decoy(`"accountId":"5b10a2844c20165700ede21g"`)+`,`+c.decoy(`"accountType":"atlassian"`)+`,"active":true,`+c.decoy(`"timeZone":"Europe/Berlin"`)+`}`)
		}},
		{cat, "servicenow-x-usertoken-and-glide-cookies", func(c *gcase) {
			c.get("https://acme.service-now.com/api/now/table/incident?"+c.decoy("sysparm_limit=10")+"&"+c.decoy("sysparm_display_value=true")).
				rh("X-UserToken", c.secret("ServiceNow X-UserToken header", c.hexs(64)),
					"Cookie", "glide_user_route=glide.b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6; JSESSIONID="+c.secret("ServiceNow JSESSIONID", strings.ToUpper(c.hexs(32)))+"; glide_session_store="+c.secret("ServiceNow glide_session_store", strings.ToUpper(c.hexs(32)))+"; BIGipServerpool_acme=2936276490.36158.0000").
				sh("X-Is-Logged-In", c.decoy("true"), "X-Transaction-Id", c.decoy(c.hexs(12)))
		}},
		{cat, "salesforce-soap-login-sessionid", func(c *gcase) {
			pw := c.secret("SOAP urn:password (password + security token)", c.u14Pw()+c.alnum(24))
			sid := c.secret("SOAP sessionId element", c.u14SFSid())
			c.post("https://login.salesforce.com/services/Soap/u/60.0", "text/xml; charset=UTF-8",
				`<?xml version="1.0" encoding="utf-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:partner.soap.sforce.com"><soapenv:Body><urn:login><urn:username>integration@acme-corp.example</urn:username><urn:password>`+pw+`</urn:password></urn:login></soapenv:Body></soapenv:Envelope>`).
				rh("SOAPAction", c.decoy("login")).
				resp("text/xml;charset=UTF-8", `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com"><soapenv:Body><loginResponse><result>`+c.decoy(`<metadataServerUrl>https://acme.my.salesforce.com/services/Soap/m/60.0/00D5g00000ABCDE</metadataServerUrl>`)+`<passwordExpired>false</passwordExpired><sandbox>false</sandbox><serverUrl>https://acme.my.salesforce.com/services/Soap/u/60.0/00D5g00000ABCDE</serverUrl><sessionId>`+sid+`</sessionId>`+c.decoy(`<userId>0055g00000XyZ12AAB</userId>`)+`</result></loginResponse></soapenv:Body></soapenv:Envelope>`)
		}},
		{cat, "b2c-selfasserted-and-cpim-cookies", func(c *gcase) {
			tx := "StateProperties=" + gB64u(`{"TID":"`+c.uuid()+`"}`)
			c.post("https://acmeb2c.b2clogin.com/acmeb2c.onmicrosoft.com/B2C_1_signupsignin/SelfAsserted?tx="+url.QueryEscape(tx)+"&"+c.decoy("p=B2C_1_signupsignin"), "application/x-www-form-urlencoded; charset=UTF-8",
				"request_type=RESPONSE&signInName=pavel.novak&password="+url.QueryEscape(c.secret("B2C SelfAsserted password", c.u14Pw()))).
				rh("X-CSRF-TOKEN", c.secret("B2C X-CSRF-TOKEN header", c.b64s(90)),
					"Cookie", "x-ms-cpim-sso:acmeb2c.onmicrosoft.com_0="+c.secret("x-ms-cpim-sso:<tenant>_0 cookie (colon in name)", c.b64s(120))+"; x-ms-cpim-trans="+c.secret("x-ms-cpim-trans cookie", c.b64s(60))+"; x-ms-cpim-dc=weu").
				resp("application/json", c.decoy(`{"status":"200"}`))
		}},
		{cat, "hubspot-app-cookie-and-csrf-header", func(c *gcase) {
			c.get("https://app.hubspot.com/api/crm-search/search?"+c.decoy("portalId=21458123")+"&clienttimeout=14000").
				rh("Cookie", "hubspotapi="+c.secret("hubspotapi cookie", c.pick(gB64uAlpha, 160))+"; hubspotapi-csrf="+c.secret("hubspotapi-csrf cookie", c.pick(gB64uAlpha, 22))+"; __hs_opt_out=no; hubspotutk="+c.hexs(32),
					"X-HubSpot-CSRF-hubspotapi", c.secret("X-HubSpot-CSRF-hubspotapi header", c.pick(gB64uAlpha, 22))).
				sh("x-hubspot-correlation-id", c.decoy(c.uuid()))
		}},
		{cat, "intercom-ping-user-hash-and-session-cookie", func(c *gcase) {
			app := c.decoy("k7x2qz9a")
			ud := `{"email":"` + c.secret("Intercom user_data.email", "radka.vesela@seznam-mail.example") + `","user_hash":"` + c.secret("Intercom identity-verification user_hash (HMAC)", c.hexs(64)) + `","user_id":"` + c.decoy("cust_88412") + `"}`
			c.post("https://api-iam.intercom.io/messenger/web/ping", "application/x-www-form-urlencoded",
				"app_id="+app+"&v=3&g="+c.hexs(40)+"&s="+c.uuid()+"&r=&platform=web&Idempotency-Key="+c.hexs(16)+"&user_data="+url.QueryEscape(ud)+"&"+c.decoy("referer=https%3A%2F%2Fshop.acme.example%2Fhelp")).
				rh("Cookie", "intercom-session-"+app+"="+c.secret("intercom-session-<app id> cookie", c.pick(gAlnum+"=", 120))+"; intercom-device-id-"+app+"="+c.uuid())
		}},
		{cat, "msal-browser-cache-entries-in-bug-report", func(c *gcase) {
			home := c.uuid() + "." + c.uuid()
			clientID := c.decoy(c.uuid())
			rt := c.secret("MSAL cache ...-refreshtoken-<client>-- secret", "0.A"+c.pick(gB64uAlpha+".", 300))
			at := c.secret("MSAL cache ...-accesstoken-... secret", c.rs256JWT(c.pick(gB64uAlpha, 27), `{"aud":"00000003-0000-0000-c000-000000000000","scp":"User.Read"}`))
			cache := map[string]any{
				home + "-login.windows.net-refreshtoken-" + clientID + "----":                              map[string]any{"credentialType": "RefreshToken", "homeAccountId": home, "environment": "login.windows.net", "clientId": clientID, "secret": rt},
				home + "-login.windows.net-accesstoken-" + clientID + "-common-user.read openid profile--": map[string]any{"credentialType": "AccessToken", "secret": at, "cachedAt": "1700000000", "expiresOn": "1700003599", "target": "User.Read openid profile"},
				"msal.version": "3.6.0",
			}
			c.decoy(`"msal.version":"3.6.0"`)
			c.decoy(`"credentialType":"RefreshToken"`)
			c.post("https://support.acme.example/api/bugreports", "application/json", gJS(map[string]any{"ticket": "SUP-40211", "sessionStorage": cache}))
		}},
		{cat, "zendesk-agent-session-and-api-token-basic", func(c *gcase) {
			c.get("https://acme.zendesk.com/api/v2/tickets.json?"+c.decoy("sort_by=updated_at")).
				rh("Authorization", "Basic "+gB64("agent.ops@acme-corp.example/token:"+c.secret("Zendesk API token in Basic (user/token:T)", c.alnum(40))),
					"Cookie", "_zendesk_shared_session=-"+c.secret("_zendesk_shared_session cookie", c.pick(gAlnum+"%", 90))+"; _zendesk_session="+c.secret("_zendesk_session cookie", c.pick(gAlnum+"%", 200))+"; __cfruid="+c.hexs(40)+"-1700000000").
				sh("X-Zendesk-Origin-Server", c.decoy("app-server-7c9f8d6b5-x2lqv"), "X-Request-Id", c.decoy(c.hexs(16)+"-FRA"))
		}},
	}
}

// 2. Name/value pairs spelled as data.
func u14Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "auth0-actions-secrets-array", func(c *gcase) {
			id := c.decoy(c.uuid())
			c.req("PATCH", "https://acme.us.auth0.com/api/v2/actions/actions/"+id, "application/json",
				`{"code":"exports.onExecutePostLogin = async (event, api) => {};","dependencies":[{"name":"stripe","version":"14.5.0"}],"secrets":[{"name":"STRIPE_KEY","value":"`+c.secret("Actions secrets[].value (STRIPE_KEY)", "rk_live_"+c.alnum(99))+`"},{"name":"CRM_PASS","value":"`+c.secret("Actions secrets[].value (CRM_PASS)", c.u14Pw())+`"},{"name":"REGION","value":"eu-central-1"}],`+c.decoy(`"runtime":"node18"`)+`}`).
				resp("application/json", `{"id":"`+id+`","name":"sync-crm","secrets":[{"name":"STRIPE_KEY","updated_at":"2026-11-22T10:15:03.000Z"}],`+c.decoy(`"status":"building"`)+`}`)
		}},
		{cat, "cognito-signup-user-attributes", func(c *gcase) {
			c.post("https://cognito-idp.us-east-1.amazonaws.com/", "application/x-amz-json-1.1",
				`{"ClientId":"`+c.decoy(c.pick(gLower+gDigits, 26))+`","Username":"a1b2c3d4-signup","Password":"`+c.secret("Cognito SignUp Password", c.u14Pw())+`","UserAttributes":[{"Name":"email","Value":"`+c.secret("UserAttributes email Value", "oksana.hrytsenko@ukr-mail.example")+`"},{"Name":"custom:vault_pin","Value":"`+c.secret("UserAttributes custom:vault_pin Value", c.digits(8))+`"},{"Name":"custom:partner_api_key","Value":"`+c.secret("UserAttributes custom:partner_api_key Value", c.alnum(32))+`"},`+c.decoy(`{"Name":"custom:plan","Value":"family"}`)+`]}`).
				rh("X-Amz-Target", c.decoy("AWSCognitoIdentityProviderService.SignUp")).
				resp("application/x-amz-json-1.1", `{"CodeDeliveryDetails":{"AttributeName":"email","DeliveryMedium":"EMAIL","Destination":"o***@u***"},"UserConfirmed":false,"UserSub":"`+c.decoy(c.uuid())+`"}`)
		}},
		{cat, "servicenow-sys-properties-records", func(c *gcase) {
			c.get("https://acme.service-now.com/api/now/table/sys_properties?sysparm_query=nameLIKEsmtp&sysparm_fields=name,value,type").resp("application/json",
				`{"result":[{"name":"glide.email.smtp.user","value":"snow-relay","type":"string"},{"name":"x_acme_int.smtp_password","value":"`+c.secret(`sys_properties {"name":"x_acme_int.smtp_password","value":S}`, c.u14Pw())+`","type":"string"},{"name":"x_acme_int.pagerduty.routing_key","value":"`+c.secret(`sys_properties {"name":"...routing_key","value":S}`, c.hexs(32))+`","type":"string"},`+c.decoy(`{"name":"glide.email.smtp.port","value":"587","type":"integer"}`)+`]}`)
		}},
		{cat, "bitbucket-pipelines-variables-key-value", func(c *gcase) {
			c.get("https://api.bitbucket.org/2.0/repositories/acme/web/pipelines_config/variables/?"+c.decoy("pagelen=100")).resp("application/json",
				`{"values":[{"type":"pipeline_variable","uuid":"{`+c.decoy(c.uuid())+`}","key":"AWS_SECRET_ACCESS_KEY","value":"`+c.secret(`{"key":"AWS_SECRET_ACCESS_KEY","value":S}`, c.pick(gAlnum+"+/", 40))+`","secured":false},{"type":"pipeline_variable","key":"NPM_AUTH","value":"`+c.secret(`{"key":"NPM_AUTH","value":S}`, "npm_"+c.alnum(36))+`","secured":false},`+c.decoy(`{"type":"pipeline_variable","key":"NODE_VERSION","value":"20.11.1","secured":false}`)+`]}`)
		}},
		{cat, "moodle-admin-passwordunmask-input", func(c *gcase) {
			html := `<div class="form-item row" id="admin-smtppass"><div class="form-label col-sm-3 text-sm-right"><label for="id_s__smtppass">SMTP password</label><span class="form-shortname d-block small text-muted">smtppass</span></div>` +
				`<div class="form-setting col-sm-9"><input type="password" name="s__smtppass" id="id_s__smtppass" size="30" value="` + c.secret(`Moodle <input name="s__smtppass" value=S>`, c.u14Pw()) + `" class="form-control" autocomplete="new-password"></div></div>` +
				c.decoy(`<input type="text" name="s__smtphosts" id="id_s__smtphosts" value="smtp.office365.com:587" size="30" class="form-control">`) +
				`<input type="hidden" name="sesskey" value="` + c.secret("Moodle sesskey hidden input", c.alnum(10)) + `">` + c.decoy(`<input type="hidden" name="section" value="outgoingmailconfig">`)
			c.get("https://moodle.acme-uni.example/admin/settings.php?"+c.decoy("section=outgoingmailconfig")).resp("text/html; charset=utf-8", "<!DOCTYPE html><html><body><form action=\"https://moodle.acme-uni.example/admin/settings.php\" method=\"post\">"+html+"</form></body></html>")
		}},
		{cat, "intercom-custom-action-header-descriptors", func(c *gcase) {
			c.req("PUT", "https://app.intercom.com/ember/custom_actions/"+c.decoy("41250"), "application/json",
				`{"name":"Look up order","url":"https://orders.acme.example/api/lookup","http_method":"post","headers":[{"name":"Authorization","value":"Bearer `+c.secret(`headers[{"name":"Authorization","value":"Bearer S"}]`, c.b64u(40))+`"},{"name":"X-Shop-Key","value":"`+c.secret(`headers[{"name":"X-Shop-Key","value":S}]`, c.alnum(32))+`"},`+c.decoy(`{"name":"Content-Type","value":"application/json"}`)+`],`+c.decoy(`"app_id":"k7x2qz9a"`)+`}`)
		}},
		{cat, "salesforce-ui-api-record-field-objects", func(c *gcase) {
			c.get("https://acme.lightning.force.com/services/data/v60.0/ui-api/records/"+c.decoy("a0B5g00000LmNoPEAV")+"?fields=Integration__c.Api_Password__c").resp("application/json",
				`{"apiName":"Integration__c","fields":{"Api_Password__c":{"displayValue":null,"value":"`+c.secret(`fields.Api_Password__c.value`, c.u14Pw())+`"},"Webhook_Signing_Key__c":{"displayValue":null,"value":"`+c.secret(`fields.Webhook_Signing_Key__c.value`, c.b64s(32))+`"},`+c.decoy(`"Endpoint__c":{"displayValue":null,"value":"https://erp.acme.example/api"}`)+`},`+c.decoy(`"lastModifiedDate":"2026-11-21T09:12:44.000Z"`)+`}`)
		}},
		{cat, "teams-adaptive-card-input-submit", func(c *gcase) {
			card := `{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"vpnUser","value":"r.meijer"},{"type":"Input.Text","id":"vpnPassphrase","style":"Password","value":"` + c.secret(`Adaptive Card Input.Text id=vpnPassphrase value`, c.u14Pw()) + `"},{"type":"Input.ChoiceSet","id":"site","value":"` + c.decoy("AMS-2-LAB") + `"}]}`
			c.post("https://teams.microsoft.com/api/chatsvc/emea/v1/users/ME/conversations/19%3Ameeting_abc%40thread.v2/messages", "application/json",
				gJS(map[string]any{"contenttype": "text", "messagetype": "RichText/Html", "content": "", "amsreferences": []any{}, "properties": map[string]any{"cards": "[" + card + "]"}, "clientmessageid": "8812349901234567890"}))
			c.decoy("8812349901234567890")
		}},
		{cat, "fhir-patient-identifier-system-value", func(c *gcase) {
			c.get("https://fhir.acme-health.example/r4/Patient/"+c.decoy("pat-00418")).resp("application/fhir+json",
				`{"resourceType":"Patient","id":"pat-00418",`+c.decoy(`"meta":{"versionId":"7","lastUpdated":"2026-11-20T08:00:00Z"}`)+`,"identifier":[{"system":"http://hl7.org/fhir/sid/us-ssn","value":"`+c.secret("identifier us-ssn value", "5"+c.digits(2)+"-"+c.digits(2)+"-"+c.digits(4))+`"},{"system":"https://acme-health.example/portal-pin","value":"`+c.secret("identifier portal-pin value", c.alnum(12))+`"}],`+c.decoy(`"active":true`)+`}`)
		}},
		{cat, "signalr-positional-setting-arguments", func(c *gcase) {
			e := c.get("wss://admin.acme.example/hubs/settings?id=" + c.decoy(c.pick(gB64uAlpha, 22))).code(101)
			e.wsMsg("send", 1, `{"protocol":"json","version":1}`+"\x1e")
			e.wsMsg("send", 1, `{"type":1,"invocationId":"3","target":"SaveSetting","arguments":["Smtp.Password","`+c.secret(`SignalR arguments ["Smtp.Password", S]`, c.u14Pw())+`"]}`+"\x1e")
			e.wsMsg("send", 1, `{"type":1,"invocationId":"4","target":"SaveSetting","arguments":["Webhooks.SigningKey","`+c.secret(`SignalR arguments ["Webhooks.SigningKey", S]`, c.b64s(32))+`"]}`+"\x1e")
			e.wsMsg("send", 1, c.decoy(`{"type":1,"invocationId":"5","target":"SaveSetting","arguments":["Smtp.Port","587"]}`)+"\x1e")
		}},
		{cat, "auth0-form-post-hidden-inputs", func(c *gcase) {
			page := `<html><head><title>Submit This Form</title></head><body onload="javascript:document.forms[0].submit()"><form method="post" action="https://app.acme.example/callback">` +
				`<input type="hidden" name="code" value="` + c.secret(`form_post <input name="code" value=S>`, c.b64u(32)) + `"/><input type="hidden" name="id_token" value="` + c.secret(`form_post <input name="id_token" value=S>`, c.rs256JWT(c.alnum(22), `{"iss":"https://acme.us.auth0.com/","aud":"Xy9kLmNoPqRsTuVw"}`)) + `"/>` +
				c.decoy(`<input type="hidden" name="scope" value="openid profile email"/>`) + `</form></body></html>`
			c.get("https://acme.us.auth0.com/authorize?response_type=code%20id_token&response_mode=form_post&"+c.decoy("client_id=Xy9kLmNoPqRsTuVw")+"&nonce="+c.hexs(16)).resp("text/html; charset=utf-8", page)
		}},
		{cat, "hubspot-forms-submission-fields", func(c *gcase) {
			portal, form := c.decoy("21458123"), c.decoy(c.uuid())
			c.post("https://api.hsforms.com/submissions/v3/integration/submit/"+portal+"/"+form, "application/json",
				`{"submittedAt":"1700000000123","fields":[{"objectTypeId":"0-1","name":"email","value":"`+c.secret(`fields {"name":"email","value":S}`, "tomasz.zielinski@wp-mail.example")+`"},{"objectTypeId":"0-1","name":"portal_password","value":"`+c.secret(`fields {"name":"portal_password","value":S}`, c.u14Pw())+`"},{"objectTypeId":"0-2","name":"license_key","value":"`+c.secret(`fields {"name":"license_key","value":S}`, strings.ToUpper(c.hexs(5)+"-"+c.hexs(5)+"-"+c.hexs(5)+"-"+c.hexs(5)))+`"},`+c.decoy(`{"objectTypeId":"0-1","name":"company_size","value":"51-200"}`)+`],"context":{"pageUri":"https://www.acme.example/trial","pageName":"Start your trial"}}`).
				resp("application/json", `{"inlineMessage":"Thanks for submitting the form.",`+c.decoy(`"redirectUri":"https://www.acme.example/welcome"`)+`}`)
		}},
	}
}

// 3. Generated credentials without a telling name.
func u14Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "slack-magic-login-and-shared-invite-paths", func(c *gcase) {
			magic := c.secret("Slack magic sign-in link z-app-... path segment", "z-app-"+c.digits(10)+"-"+c.digits(13)+"-"+c.hexs(64))
			c.get("https://acme.slack.com/"+magic+"?"+c.decoy("s=slack")).code(302).sh("Location", "https://app.slack.com/client/T04ABCDE12")
			inv := c.secret("Slack shared_invite zt- path segment", "zt-"+c.pick(gLower+gDigits, 10)+"-"+c.pick(gAlnum+"_", 22))
			c.get("https://join.slack.com/t/acme-community/shared_invite/"+inv).resp("text/html", `<html><head><meta property="og:title" content="`+c.decoy("Join Acme Community on Slack")+`"></head></html>`)
		}},
		{cat, "canvas-change-password-nonce-path", func(c *gcase) {
			pid := c.decoy("84213")
			nonce := c.secret("Canvas /pseudonyms/:id/change_password/:nonce path segment", c.alnum(64))
			c.get("https://canvas.acme-uni.example/pseudonyms/"+pid+"/change_password/"+nonce).resp("text/html; charset=utf-8",
				`<form action="/pseudonyms/`+pid+`/change_password/`+nonce+`" method="post"><input name="utf8" type="hidden" value="&#x2713;"><input name="_method" type="hidden" value="put">`+c.decoy(`<label for="pseudonym_password">New Password</label>`)+`</form>`)
		}},
		{cat, "chat-webhook-urls-in-integration-config", func(c *gcase) {
			slack := "https://hooks.slack.com/services/" + c.decoy("T04ABCDE12") + "/B06" + c.pick(gUpper+gDigits, 8) + "/" + c.secret("Slack incoming webhook last path segment", c.alnum(24))
			discord := "https://discord.com/api/webhooks/" + c.decoy("1176543210987654321") + "/" + c.secret("Discord webhook token path segment", c.pick(gB64uAlpha, 68))
			teams := "https://acme.webhook.office.com/webhookb2/" + c.uuid() + "@" + c.uuid() + "/IncomingWebhook/" + c.secret("Teams IncomingWebhook path segment (32 hex)", c.hexs(32)) + "/" + c.uuid() + "/V2" + c.secret("Teams IncomingWebhook V2 segment", c.pick(gAlnum+"-_", 45))
			c.req("PUT", "https://acme.zendesk.com/api/v2/webhooks/"+c.decoy("01HF8Z2M3N4P5Q6R7S8T9V0WXY"), "application/json",
				gJS(map[string]any{"webhook": map[string]any{"name": "Escalations", "status": "active", "http_method": "POST", "request_format": "json", "subscriptions": []string{"conditional_ticket_events"}, "endpoint": slack}}))
			c.post("https://acme.service-now.com/api/now/table/x_acme_notify_target", "application/json", gJS(map[string]any{"u_name": "discord-ops", "u_url": discord, "u_active": "true"}))
			c.post("https://acme.atlassian.net/gateway/api/automation/internal-api/jira/"+c.uuid()+"/pro/rest/GLOBAL/rules", "application/json", gJS(map[string]any{"name": "Notify Teams", "components": []any{map[string]any{"component": "ACTION", "type": "msteams.notification", "value": map[string]any{"webhookUrl": teams, "title": "New P1"}}}}))
		}},
		{cat, "firebase-email-action-oobcode", func(c *gcase) {
			oob := c.secret("Firebase action link oobCode", c.pick(gB64uAlpha, 54))
			c.get("https://acme-app.firebaseapp.com/__/auth/action?mode=resetPassword&oobCode=" + oob + "&apiKey=AIzaSy" + c.pick(gB64uAlpha, 33) + "&" + c.decoy("lang=en"))
			c.post("https://identitytoolkit.googleapis.com/v1/accounts:resetPassword?key=AIzaSy"+c.pick(gB64uAlpha, 33), "application/json",
				`{"oobCode":"`+oob+`","newPassword":"`+c.secret("accounts:resetPassword newPassword", c.u14Pw())+`"}`).
				resp("application/json", `{`+c.decoy(`"kind":"identitytoolkit#ResetPasswordResponse"`)+`,"email":"`+c.secret("resetPassword response email", "henrike.andersen@telia-mail.example")+`",`+c.decoy(`"requestType":"PASSWORD_RESET"`)+`}`)
		}},
		{cat, "moodle-confirm-data-secret-slash-username", func(c *gcase) {
			d := c.secret("Moodle confirm.php data=<secret>/<username> secret half", c.alnum(15))
			c.get("https://moodle.acme-uni.example/login/confirm.php?data="+d+"/jkowalczyk&"+c.decoy("redirect=%2Fmy%2F")).code(303).sh("Location", "https://moodle.acme-uni.example/my/")
		}},
		{cat, "calendar-feed-capability-urls", func(c *gcase) {
			canvas := c.secret("Canvas calendar feed user_<key>.ics", c.alnum(40))
			gcal := c.secret("Google Calendar private-<hex> address", c.hexs(32))
			c.get("https://canvas.acme-uni.example/feeds/calendars/user_"+canvas+".ics").resp("text/calendar; charset=utf-8", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"+c.decoy("PRODID:-//Instructure//Canvas LMS//EN")+"\r\nEND:VCALENDAR\r\n")
			c.get("https://calendar.google.com/calendar/ical/" + url.PathEscape("ops.rota@acme-corp.example") + "/private-" + gcal + "/basic.ics")
			c.get("https://outlook.office365.com/owa/calendar/" + c.hexs(32) + "@acme-corp.example/" + c.secret("Outlook published calendar reachcalendar key", c.hexs(32)+c.digits(19)) + "/reachcalendar.ics")
		}},
		{cat, "zoom-recording-share-and-passcode", func(c *gcase) {
			share := c.secret("Zoom /rec/share/<id> path segment", c.pick(gB64uAlpha, 64)+"."+c.pick(gB64uAlpha, 16))
			c.get("https://us06web.zoom.us/rec/share/"+share+"?"+c.decoy("startTime=1700000000000")).resp("text/html", `<div id="recording" data-meeting-topic="`+c.decoy("Quarterly planning")+`"></div>`)
			c.post("https://us06web.zoom.us/nws/recording/1.0/validate-meeting-passwd", "application/x-www-form-urlencoded",
				"id="+c.decoy(c.pick(gB64uAlpha, 22))+"&passwd="+url.QueryEscape(c.secret("Zoom recording passwd", c.pick(gAlnum+"!@#$", 10)))+"&action=viewdetailpage&recaptcha=")
		}},
		{cat, "servicenow-g-ck-and-sysparm-ck", func(c *gcase) {
			ck := c.secret("ServiceNow window.g_ck (JS var, opaque name)", c.hexs(64))
			c.get("https://acme.service-now.com/now/nav/ui/classic/params/target/incident_list.do").resp("text/html; charset=UTF-8",
				`<html><head><script>var g_ck = '`+ck+`';`+c.decoy(`var NOW = {"user_id":"6816f79cc0a8016401c5a33be04be441","isDebug":false}`)+`;</script></head></html>`)
			c.post("https://acme.service-now.com/xmlhttp.do", "application/x-www-form-urlencoded", "sysparm_processor=AJAXGlideRecord&sysparm_name=query&sysparm_ck="+ck+"&"+c.decoy("sysparm_type=get"))
		}},
		{cat, "confluence-meta-atl-token-and-share-links", func(c *gcase) {
			atl := c.secret(`<meta name="ajs-atl-token" content=S>`, c.hexs(40))
			c.get("https://wiki.acme.example/display/OPS/Runbooks").resp("text/html", `<head><meta name="ajs-page-id" content="`+c.decoy("229376011")+`"><meta name="ajs-atl-token" content="`+atl+`"><meta name="ajs-build-number" content="`+c.decoy("9012")+`"></head>`)
			c.post("https://wiki.acme.example/pages/doeditpage.action?pageId=229376011", "application/x-www-form-urlencoded", "atl_token="+atl+"&"+c.decoy("originalVersion=14")+"&title=Runbooks")
		}},
		{cat, "apple-and-teams-opaque-response-headers", func(c *gcase) {
			c.get("https://teams.microsoft.com/api/authsvc/v1.0/authz").code(200).
				resp("application/json", `{"tokens":{"skypeToken":"`+c.secret("Teams authz tokens.skypeToken", c.rs256JWT("106", `{"skypeid":"orgid:`+c.uuid()+`","scp":780}`))+`",`+c.decoy(`"expiresIn":86399`)+`},"region":"emea",`+c.decoy(`"partition":"emea03"`)+`}`)
			c.get("https://emea.ng.msg.teams.microsoft.com/v1/users/ME/properties").
				rh("Authentication", "skypetoken="+c.secret("Authentication: skypetoken=S (header named Authentication)", c.rs256JWT("107", `{"skypeid":"orgid:`+c.uuid()+`"}`)), "x-ms-client-version", c.decoy("1415/24110115722"))
			c.post("https://appleid.apple.com/appleauth/auth/signin?isRememberMeEnabled=true", "application/json", `{"accountName":"`+c.secret("Apple signin accountName e-mail", "liesl.brandauer@icloud-mail.example")+`","rememberMe":true}`).
				sh("scnt", c.secret("Apple scnt response header (opaque)", c.pick(gAlnum+"+/=", 88)), "X-Apple-ID-Session-Id", c.secret("X-Apple-ID-Session-Id header", strings.ToUpper(c.hexs(32))), "X-Apple-Auth-Attributes", c.secret("X-Apple-Auth-Attributes header", c.b64s(120)), "X-Apple-I-Request-ID", c.decoy(c.uuid()))
		}},
		{cat, "supabase-pkce-verify-and-invite-path", func(c *gcase) {
			ref := c.decoy("qwertyuiopasdfghjklz")
			c.get("https://"+ref+".supabase.co/auth/v1/verify?token="+c.secret("Supabase verify token (hex)", c.hexs(56))+"&type=magiclink&"+c.decoy("redirect_to=https%3A%2F%2Fapp.acme.example%2Fauth%2Fcallback")).code(303).
				sh("Location", "https://app.acme.example/auth/callback?code="+c.secret("Supabase PKCE code in callback (uuid)", c.uuid()))
			c.get("https://app.acme.example/invite/"+c.secret("invite link path segment (opaque)", c.b64u(24))+"/accept").resp("text/html", `<h1>`+c.decoy("You have been invited to Acme Workspace")+`</h1>`)
		}},
		{cat, "blackboard-lti-launch-oauth-signature", func(c *gcase) {
			c.post("https://tools.acme-edu.example/lti/launch", "application/x-www-form-urlencoded",
				"lti_message_type=basic-lti-launch-request&"+c.decoy("lti_version=LTI-1p0")+"&resource_link_id="+c.decoy("_123_1")+"&oauth_consumer_key="+c.decoy("acme-tool-prod")+"&oauth_nonce="+c.hexs(32)+"&oauth_timestamp="+c.decoy("1700000000")+"&oauth_signature_method=HMAC-SHA1&oauth_version=1.0&oauth_signature="+url.QueryEscape(c.secret("LTI 1.1 oauth_signature", c.b64s(20)))+"&custom_caliper_profile_url=https%3A%2F%2Fblackboard.acme-edu.example%2Flearn%2Fapi")
		}},
	}
}

// 4. Carriers: SPA state blobs, realtime frames, XML, multipart.
func u14Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "nextjs-next-data-session-props", func(c *gcase) {
			nd := `{"props":{"pageProps":{"session":{"user":{"id":"` + c.decoy("usr_7Q2m") + `","plan":"team"},"accessToken":"` + c.secret("__NEXT_DATA__ props.pageProps.session.accessToken", c.rs256JWT("k1", `{"sub":"usr_7Q2m","scope":"read write"}`)) + `","expires":"2026-12-22T10:15:03.000Z"},"stripeCustomerSecret":"` + c.secret("__NEXT_DATA__ pageProps.stripeCustomerSecret", "seti_"+c.alnum(24)+"_secret_"+c.alnum(25)) + `"},"__N_SSP":true},"page":"/billing","query":{},` + c.decoy(`"buildId":"Zq1xV8cKmP3aT0yR5wL2n"`) + `,"isFallback":false,"gssp":true,"scriptLoader":[]}`
			c.get("https://app.acme.example/billing").resp("text/html; charset=utf-8", `<!DOCTYPE html><html><head><meta charSet="utf-8"/></head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">`+nd+`</script></body></html>`)
		}},
		{cat, "nuxt-iife-positional-arguments", func(c *gcase) {
			tok := c.secret("__NUXT__ IIFE argument bound to state.auth.token", c.b64u(40))
			rt := c.secret("__NUXT__ IIFE argument bound to state.auth.refreshToken", c.b64u(48))
			js := `window.__NUXT__=(function(a,b,c,d,e){return {layout:"default",data:[{}],fetch:{},error:b,state:{auth:{user:{id:c,email:d},token:"` + tok + `",refreshToken:a,loggedIn:true},i18n:{locale:e}},serverRendered:true,routePath:"\u002Faccount",config:{` + c.decoy(`apiBase:"https:\u002F\u002Fapi.acme.example"`) + `,_app:{basePath:"\u002F",assetsPath:"\u002F_nuxt\u002F"}}}}("` + rt + `",null,"` + c.decoy("u-44219") + `","` + c.secret("__NUXT__ IIFE argument bound to user.email", "bogdan.ionescu@rdslink-mail.example") + `","ro"));`
			c.get("https://shop.acme.example/account").resp("text/html", `<html><body><div id="__nuxt"></div><script>`+js+`</script></body></html>`)
		}},
		{cat, "redux-preloaded-state-json-parse-string", func(c *gcase) {
			state := gJS(map[string]any{"auth": map[string]any{"jwt": c.secret("Redux JSON.parse(\"...\") auth.jwt", c.hs256JWT(`{"uid":90210,"role":"agent"}`)), "csrf": c.secret("Redux JSON.parse auth.csrf", c.b64u(32))}, "ui": map[string]any{"theme": "dark", "version": "4.18.2"}})
			c.decoy("4.18.2")
			c.get("https://helpdesk.acme.example/").resp("text/html", `<script>window.__PRELOADED_STATE__ = JSON.parse(`+gJS(state)+`);</script>`)
		}},
		{cat, "apollo-cache-state-normalized", func(c *gcase) {
			st := `{"ROOT_QUERY":{"__typename":"Query","viewer":{"__ref":"Viewer:1"}},"Viewer:1":{"__typename":"Viewer","id":"1","apiKey":"` + c.secret("__APOLLO_STATE__ Viewer.apiKey", "ak_"+c.alnum(32)) + `","stripeEphemeralKey":"` + c.secret("__APOLLO_STATE__ Viewer.stripeEphemeralKey", "ek_live_"+c.alnum(90)) + `",` + c.decoy(`"locale":"de-AT"`) + `},` + c.decoy(`"Product:8812":{"__typename":"Product","id":"8812","sku":"KB-ERGO-02"}`) + `}`
			c.get("https://store.acme.example/account").resp("text/html", `<script>window.__APOLLO_STATE__=`+strings.ReplaceAll(st, "<", `\u003c`)+`;</script>`)
		}},
		{cat, "socketio-engineio-polling-and-ws-auth", func(c *gcase) {
			sid := c.pick(gB64uAlpha, 20)
			c.get("https://rt.acme.example/socket.io/?EIO=4&transport=polling&t="+c.decoy("OkXyZ12")).resp("text/plain; charset=UTF-8", `0{"sid":"`+sid+`","upgrades":["websocket"],`+c.decoy(`"pingInterval":25000`)+`,"pingTimeout":20000,"maxPayload":1000000}`)
			c.post("https://rt.acme.example/socket.io/?EIO=4&transport=polling&sid="+sid, "text/plain;charset=UTF-8", `40{"token":"`+c.secret("Socket.IO CONNECT 40{auth} token", c.hs256JWT(`{"uid":"a-771"}`))+`"}`)
			e := c.get("wss://rt.acme.example/socket.io/?EIO=4&transport=websocket&sid=" + sid).code(101)
			e.wsMsg("send", 1, "2probe")
			e.wsMsg("receive", 1, "3probe")
			e.wsMsg("send", 1, `42["authenticate",{"apiKey":"`+c.secret(`Socket.IO 42["authenticate",{apiKey}]`, c.alnum(32))+`"}]`)
			e.wsMsg("send", 1, `42["rejoin","`+c.secret(`Socket.IO 42["rejoin", S] positional`, c.b64u(32))+`"]`)
			e.wsMsg("receive", 1, c.decoy(`42["joined",{"room":"orders-eu","members":12}]`))
		}},
		{cat, "signalr-negotiate-and-record-separated-frames", func(c *gcase) {
			at := c.secret("SignalR access_token query on websocket URL", c.rs256JWT("sig1", `{"sub":"agent-12"}`))
			e := c.get("wss://support.acme.example/hubs/chat?id=" + c.decoy(c.pick(gB64uAlpha, 22)) + "&access_token=" + at).code(101)
			e.wsMsg("send", 1, `{"protocol":"json","version":1}`+"\x1e")
			e.wsMsg("receive", 1, "{}\x1e")
			e.wsMsg("send", 1, `{"type":1,"invocationId":"0","target":"Authenticate","arguments":[{"sessionKey":"`+c.secret("SignalR invocation arguments[0].sessionKey", c.b64s(32))+`","agentId":"`+c.decoy("agent-12")+`"}]}`+"\x1e"+`{"type":6}`+"\x1e")
		}},
		{cat, "pusher-private-channel-auth", func(c *gcase) {
			appKey := c.hexs(20)
			sig := c.secret("Pusher channel auth signature (key:HMAC)", c.hexs(64))
			c.post("https://app.acme.example/broadcasting/auth", "application/x-www-form-urlencoded", "socket_id="+c.decoy("123456.7891011")+"&channel_name="+c.decoy("private-orders.4471")).
				resp("application/json", `{"auth":"`+appKey+`:`+sig+`"}`)
			e := c.get("wss://ws-eu.pusher.com/" + c.decoy("app/"+appKey+"?protocol=7") + "&client=js&version=8.3.0&flash=false").code(101)
			e.wsMsg("receive", 1, `{"event":"pusher:connection_established","data":"{\"socket_id\":\"123456.7891011\",\"activity_timeout\":120}"}`)
			e.wsMsg("send", 1, `{"event":"pusher:subscribe","data":{"auth":"`+appKey+`:`+sig+`","channel":"private-orders.4471"}}`)
		}},
		{cat, "phoenix-channels-v2-array-frames", func(c *gcase) {
			e := c.get("wss://app.acme.example/socket/websocket?" + c.decoy("vsn=2.0.0") + "&token=" + c.secret("Phoenix socket token query", "SFMyNTY."+c.b64u(60)+"."+c.b64u(32))).code(101)
			e.wsMsg("send", 1, `["3","3","room:lobby","phx_join",{"user_token":"`+c.secret("Phoenix phx_join payload user_token", "SFMyNTY."+c.b64u(48)+"."+c.b64u(32))+`"}]`)
			e.wsMsg("receive", 1, c.decoy(`["3","3","room:lobby","phx_reply",{"response":{},"status":"ok"}]`))
			e.wsMsg("send", 1, `["3","4","room:lobby","presence_token","`+c.secret(`Phoenix event payload string (positional)`, c.b64u(32))+`"]`)
		}},
		{cat, "mqtt-over-websocket-binary-connect", func(c *gcase) {
			pass := c.secret("MQTT CONNECT password (binary frame, base64 in HAR)", c.alnum(24))
			pkt := gMQTTConnect("web-"+c.hexs(8), "dashboard", pass)
			e := c.get("wss://broker.acme-iot.example:8884/mqtt").code(101).rh("Sec-WebSocket-Protocol", c.decoy("mqtt"))
			e.wsMsg("send", 2, gB64(string(pkt)))
			e.wsMsg("receive", 2, "IAIAAA==")
		}},
		{cat, "firebase-rtdb-websocket-auth-and-put", func(c *gcase) {
			e := c.get("wss://s-usc1b-nss-2104.firebaseio.com/.ws?v=5&" + c.decoy("ns=acme-prod-default-rtdb")).code(101)
			e.wsMsg("receive", 1, `{"t":"c","d":{"t":"h","d":{"ts":1700000000123,"v":"5","h":"s-usc1b-nss-2104.firebaseio.com","s":"`+c.pick(gAlnum, 32)+`"}}}`)
			e.wsMsg("send", 1, `{"t":"d","d":{"r":1,"a":"auth","b":{"cred":"`+c.secret("RTDB auth cred (Firebase ID token)", c.rs256JWT(c.hexs(40), `{"iss":"https://securetoken.google.com/acme-prod","aud":"acme-prod"}`))+`"}}}`)
			e.wsMsg("send", 1, `{"t":"d","d":{"r":2,"a":"p","b":{"p":"/integrations/u-44219/webhookSigningKey","d":"`+c.secret("RTDB put b.d at path .../webhookSigningKey", c.b64s(32))+`"}}}`)
			e.wsMsg("receive", 1, c.decoy(`{"t":"d","d":{"r":2,"b":{"s":"ok","d":""}}}`))
		}},
		{cat, "centrifugo-json-streaming-commands", func(c *gcase) {
			e := c.get("wss://rt.acme.example/connection/websocket").code(101)
			e.wsMsg("send", 1, `{"id":1,"connect":{"token":"`+c.secret("Centrifugo connect.token", c.hs256JWT(`{"sub":"42","exp":1732300000}`))+`","name":"js"}}`+"\n"+`{"id":2,"subscribe":{"channel":"`+c.decoy("news:eu")+`","token":"`+c.secret("Centrifugo subscribe.token (second NDJSON line)", c.hs256JWT(`{"sub":"42","channel":"news:eu"}`))+`"}}`)
			e.wsMsg("receive", 1, `{"id":1,"connect":{"client":"`+c.decoy(c.uuid())+`","version":"5.1.1","expires":true,"ttl":899}}`)
		}},
		{cat, "servicenow-soap-wsse-usernametoken", func(c *gcase) {
			c.post("https://acme.service-now.com/incident.do?SOAP", "text/xml; charset=utf-8",
				`<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:inc="http://www.service-now.com/incident"><soapenv:Header><wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><wsse:UsernameToken><wsse:Username>soap.integration</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">`+c.secret("wsse:Password element", c.u14Pw())+`</wsse:Password><wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">`+c.b64s(16)+`</wsse:Nonce></wsse:UsernameToken></wsse:Security></soapenv:Header><soapenv:Body><inc:getRecords>`+c.decoy(`<inc:number>INC0012045</inc:number>`)+`</inc:getRecords></soapenv:Body></soapenv:Envelope>`).
				rh("SOAPAction", c.decoy("http://www.service-now.com/incident/getRecords"))
		}},
		{cat, "slack-web-multipart-token-part", func(c *gcase) {
			b := "----WebKitFormBoundaryq8Jz2kLm4Np6Rt0V"
			tok := c.secret("Slack multipart part name=token (xoxc)", c.u14Slack("xoxc"))
			body := u14Part(b, "token", "", tok) + u14Part(b, "channel", "", c.decoy("C05QWERTY12")) + u14Part(b, "limit", "", "28") + u14Part(b, "_x_reason", "", c.decoy("message-pane/requestHistory")) + u14Part(b, "_x_mode", "", "online") + "--" + b + "--\r\n"
			c.post("https://acme.slack.com/api/conversations.history?_x_id="+c.decoy("a1b2c3d4-1700000000.456")+"&_x_csid="+c.pick(gB64uAlpha, 11)+"&slack_route=T04ABCDE12", "multipart/form-data; boundary="+b, body).
				resp("application/json", `{"ok":true,"messages":[],"has_more":false,`+c.decoy(`"pin_count":3`)+`}`)
		}},
	}
}

// 5. Exporter and proxy quirks.
func u14Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "fiddler-cognito-json-in-params-name", func(c *gcase) {
			c.creator = [2]string{"Fiddler Everywhere", "5.9.0"}
			js := `{"ChallengeName":"NEW_PASSWORD_REQUIRED","ClientId":"` + c.decoy(c.pick(gLower+gDigits, 26)) + `","ChallengeResponses":{"USERNAME":"frontdesk-3","NEW_PASSWORD":"` + c.secret("NEW_PASSWORD in params[0].name (Fiddler)", c.u14Pw()) + `"},"Session":"` + c.secret("Cognito challenge Session in params[0].name", "AYABe"+c.pick(gB64uAlpha, 400)) + `"}`
			e := c.post("https://cognito-idp.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1", "")
			e.post.params = []any{map[string]any{"name": js, "value": ""}}
			e.rh("X-Amz-Target", c.decoy("AWSCognitoIdentityProviderService.RespondToAuthChallenge"))
		}},
		{cat, "charles-form-split-at-equals-in-params", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "5.0"}
			pw := c.secret("password after a split at '=' (Charles params)", c.u14Pw()+"==")
			e := c.post("https://moodle.acme-uni.example/login/index.php", "application/x-www-form-urlencoded", "")
			e.post.params = []any{map[string]any{"name": "anchor", "value": ""}, map[string]any{"name": "logintoken", "value": c.secret("Moodle logintoken (Charles params)", c.alnum(32))}, map[string]any{"name": "username", "value": "s2291034"}, map[string]any{"name": "password", "value": pw}}
			e.resp("text/html", `<p>`+c.decoy("You are logged in as Student 2291034")+`</p>`)
		}},
		{cat, "mitmproxy-base64-text-response-and-http2", func(c *gcase) {
			c.creator = [2]string{"mitmproxy", "11.0.2"}
			body := `{"access_token":"` + c.secret("Supabase access_token in base64 response (mitmproxy)", c.hs256JWT(`{"aud":"authenticated","role":"authenticated","sub":"`+c.uuid()+`"}`)) + `","token_type":"bearer","expires_in":3600,"refresh_token":"` + c.secret("Supabase refresh_token in base64 response", c.alnum(12)+c.pick(gLower, 4)) + `","user":{"id":"` + c.uuid() + `","aud":"authenticated"}}`
			e := c.post("https://qwertyuiopasdfghjklz.supabase.co/auth/v1/token?"+c.decoy("grant_type=password"), "application/json;charset=UTF-8", `{"email":"`+c.secret("Supabase password grant email", "noor.alhashimi@gulf-mail.example")+`","password":"`+c.secret("Supabase password grant password", c.u14Pw())+`","gotrue_meta_security":{}}`).
				resp("application/json", gB64(body)).sh("x-supabase-api-version", c.decoy("2024-01-01"), "sb-gateway-version", c.decoy("1"))
			e.respEncoding = "base64"
			e.httpVersion = "HTTP/2.0"
		}},
		{cat, "chrome-http2-pseudo-header-path", func(c *gcase) {
			code := c.secret(":path pseudo-header code (Google OAuth callback)", "4/0A"+c.pick(gB64uAlpha, 70))
			e := c.get("https://app.acme.example/api/auth/callback/google?state=" + c.hexs(40) + "&code=" + url.QueryEscape(code) + "&" + c.decoy("scope=email+profile+openid") + "&authuser=0&prompt=none")
			e.httpVersion = "h2"
			e.reqH = append([][2]string{{":authority", "app.acme.example"}, {":method", "GET"}, {":path", "/api/auth/callback/google?code=" + url.QueryEscape(code) + "&authuser=0"}, {":scheme", "https"}}, e.reqH...)
			e.code(302).sh("set-cookie", "__Secure-next-auth.session-token="+c.secret("next-auth session-token (JWE) cookie", c.b64u(32)+".."+c.b64u(12)+"."+c.b64u(200)+"."+c.b64u(16))+"; Path=/; Expires=Sun, 22 Dec 2026 10:15:03 GMT; HttpOnly; Secure; SameSite=Lax")
		}},
		{cat, "safari-joined-set-cookie-comma", func(c *gcase) {
			c.creator = [2]string{"WebKit Web Inspector", "19618.1.15"}
			sc := "sb-qwertyuiopasdfghjklz-auth-token.0=" + c.secret("chunked Supabase cookie .0 in comma-joined Set-Cookie", "base64-"+c.b64s(180)) + "; Path=/; Max-Age=34560000; SameSite=Lax, sb-qwertyuiopasdfghjklz-auth-token.1=" + c.secret("chunked Supabase cookie .1 after the comma", c.b64s(90)) + "; Path=/; Max-Age=34560000; SameSite=Lax, theme=dark; Path=/"
			e := c.post("https://app.acme.example/auth/confirm", "application/x-www-form-urlencoded", "token_hash="+c.secret("Supabase token_hash form field", c.hexs(56))+"&type=email").code(303).sh("Set-Cookie", sc, "Location", "/dashboard")
			e.respCookies = []any{}
		}},
		{cat, "firefox-multipart-params-with-filename", func(c *gcase) {
			c.creator = [2]string{"Firefox", "133.0"}
			e := c.post("https://canvas.acme-uni.example/api/v1/users/self/files", "multipart/form-data; boundary=---------------------------3217421337117", "")
			e.post.params = []any{map[string]any{"name": "access_token", "value": c.secret("Canvas access_token in Firefox multipart params", c.digits(4)+"~"+c.alnum(64))}, map[string]any{"name": "file", "value": "", "fileName": c.decoy("lab-report-week7.pdf"), "contentType": "application/pdf"}, map[string]any{"name": "parent_folder_path", "value": c.decoy("course files/labs")}}
			e.resp("application/json", `{"id":`+c.decoy("7730021")+`,"display_name":"lab-report-week7.pdf","upload_status":"success"}`)
		}},
		{cat, "chrome-initiator-stack-urls", func(c *gcase) {
			tok := c.secret("access_token in _initiator.url and stack frames", c.b64u(40))
			e := c.get("https://cdn.acme.example/chunks/vendor." + c.decoy(c.hexs(20)) + ".js")
			e.set("_initiator", map[string]any{"type": "script", "url": "https://app.acme.example/sso/complete?access_token=" + tok, "stack": map[string]any{"callFrames": []any{map[string]any{"functionName": "loadChunk", "url": "https://app.acme.example/sso/complete?access_token=" + tok, "lineNumber": 12, "columnNumber": 4411}}}})
			e.set("_priority", "Low")
			e.set("_resourceType", "script")
		}},
		{cat, "charles-upstream-proxy-authorization", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "5.0"}
			c.get("http://downloads.acme-cdn.example/agent/acme-agent-4.2.1.msi").
				rh("Proxy-Authorization", "Basic "+gB64("ACME\\svc-proxy:"+c.secret("Proxy-Authorization Basic password (upstream proxy)", c.u14Pw())), "Proxy-Connection", "keep-alive", "Via", c.decoy("1.1 charles-proxy")).
				sh("Proxy-Authenticate", c.decoy(`Basic realm="Zscaler"`), "X-Zscaler-Transaction-Id", c.decoy(c.hexs(24))).code(200)
		}},
		{cat, "burp-raw-request-in-comment-and-userinfo-url", func(c *gcase) {
			c.creator = [2]string{"Burp Suite HAR Exporter", "2024.10"}
			pw := c.secret("password in URL userinfo (Burp)", c.u14Pw())
			e := c.get("https://jira-bot:" + url.QueryEscape(pw) + "@jira.acme.example/rest/api/2/serverInfo")
			raw := "GET /rest/api/2/serverInfo HTTP/1.1\r\nHost: jira.acme.example\r\nAuthorization: Basic " + gB64("jira-bot:"+pw) + "\r\nCookie: JSESSIONID=" + c.secret("JSESSIONID in the raw request kept in comment", strings.ToUpper(c.hexs(32))) + "\r\nX-Atlassian-Token: no-check\r\n\r\n"
			e.set("comment", raw)
			e.resp("application/json", `{"baseUrl":"https://jira.acme.example",`+c.decoy(`"version":"9.12.2"`)+`,"buildNumber":`+c.decoy("9120002")+`}`)
		}},
		{cat, "fiddler-cookie-header-split-into-many", func(c *gcase) {
			c.creator = [2]string{"Fiddler", "5.0.20211.51073"}
			e := c.get("https://acme.lightning.force.com/lightning/r/Account/001A000001abcdXYZ/view").
				rh("cookie", "sid="+c.secret("Salesforce sid in first of several cookie headers", c.u14SFSid()), "cookie", "BrowserId="+c.pick(gB64uAlpha, 22), "cookie", "oid=00D5g00000ABCDE", "cookie", "inst=APP_5g", "cookie", "sid_Client=g000000ABCDE00000xyz1").sh("X-Request-Id", c.decoy(c.uuid()))
			e.reqCookies = []any{}
		}},
		{cat, "zscaler-wrong-mime-json-as-html-and-double-encoded", func(c *gcase) {
			c.creator = [2]string{"WebInspector", "537.36"}
			inner := gJS(map[string]any{"token": c.secret("token inside a JSON string served as text/html", c.b64u(36)), "workspace": "acme", "expiresAt": 1732300000})
			c.get("https://www.notion.so/api/v3/getSpaces").resp("text/html; charset=utf-8", gJS(inner)).sh("X-Zscaler-Debug", c.decoy("ZS-CASB-POLICY-ALLOW"))
			c.post("https://www.notion.so/api/v3/loginWithEmail", "text/plain;charset=UTF-8", `{"email":"`+c.secret("Notion loginWithEmail email (text/plain body)", "ines.duarte@sapo-mail.example")+`","password":"`+c.secret("Notion loginWithEmail password (text/plain body)", c.u14Pw())+`"}`).
				resp("application/json", `{}`).sh("set-cookie", "token_v2="+c.secret("Notion token_v2 cookie", c.hexs(150))+"; Path=/; Expires=Mon, 22 Nov 2027 10:15:03 GMT; HttpOnly; Secure; SameSite=Lax")
		}},
	}
}

// 6. A value known secret in one place, echoed elsewhere.
func u14Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "signalr-connection-token-echoed-as-id", func(c *gcase) {
			tok := c.secret("SignalR connectionToken echoed as ?id= on websocket and long polling", c.pick(gB64uAlpha, 22))
			c.post("https://support.acme.example/hubs/chat/negotiate?"+c.decoy("negotiateVersion=1"), "text/plain;charset=UTF-8", "").
				resp("application/json", `{"negotiateVersion":1,"connectionId":"`+c.decoy(c.pick(gB64uAlpha, 22))+`","connectionToken":"`+tok+`","availableTransports":[{"transport":"WebSockets","transferFormats":["Text","Binary"]}]}`)
			c.get("wss://support.acme.example/hubs/chat?id="+tok).code(101).wsMsg("send", 1, `{"protocol":"json","version":1}`+"\x1e")
			c.post("https://support.acme.example/hubs/chat?id="+tok+"&_="+c.decoy("1700000000456"), "text/plain;charset=UTF-8", `{"type":6}`+"\x1e")
		}},
		{cat, "amplify-cookies-compound-names-echo-tokens", func(c *gcase) {
			cid := c.decoy(c.pick(gLower+gDigits, 26))
			user := c.uuid()
			at := c.secret("Cognito AccessToken echoed in Amplify cookie CognitoIdentityServiceProvider.<client>.<user>.accessToken", c.rs256JWT(c.b64s(32), `{"sub":"`+user+`","token_use":"access"}`))
			rt := c.secret("Cognito RefreshToken echoed in Amplify cookie", c.u14JWE())
			c.post("https://cognito-idp.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1", `{"AuthFlow":"REFRESH_TOKEN_AUTH","ClientId":"`+cid+`","AuthParameters":{"REFRESH_TOKEN":"`+rt+`"}}`).
				resp("application/x-amz-json-1.1", `{"AuthenticationResult":{"AccessToken":"`+at+`","ExpiresIn":3600,"TokenType":"Bearer"}}`)
			pfx := "CognitoIdentityServiceProvider." + cid + "." + user
			c.get("https://shop.acme.example/api/orders").rh("Cookie", pfx+".accessToken="+at+"; "+pfx+".refreshToken="+rt+"; CognitoIdentityServiceProvider."+cid+".LastAuthUser="+user+"; "+pfx+".clockDrift=0")
		}},
		{cat, "supabase-auth-helpers-array-cookie-session", func(c *gcase) {
			at := c.secret("Supabase access_token, echoed in the sb-<ref>-auth-token JSON-array cookie", c.hs256JWT(`{"aud":"authenticated","role":"authenticated","sub":"`+c.uuid()+`","exp":1732300000}`))
			rt := c.secret("Supabase refresh_token inside the percent-encoded JSON-array cookie", c.alnum(12))
			c.post("https://qwertyuiopasdfghjklz.supabase.co/auth/v1/token?grant_type=refresh_token", "application/json;charset=UTF-8", `{"refresh_token":"`+c.alnum(12)+`"}`).
				resp("application/json", `{"access_token":"`+at+`","token_type":"bearer","expires_in":3600,"expires_at":1732300000,"refresh_token":"`+rt+`"}`)
			c.get("https://app.acme.example/dashboard").rh("Cookie", "sb-qwertyuiopasdfghjklz-auth-token="+url.QueryEscape(`["`+at+`","`+rt+`",null,null,null]`)+"; NEXT_LOCALE=de")
			c.get("https://qwertyuiopasdfghjklz.supabase.co/rest/v1/projects?select=*").rh("Authorization", "Bearer "+at, "apikey", c.decoy("sb_publishable_"+c.pick(gB64uAlpha, 22)+"_"+c.pick(gB64uAlpha, 8)), "X-Client-Info", c.decoy("supabase-js-web/2.45.4"))
		}},
		{cat, "slack-boot-html-token-before-api-use", func(c *gcase) {
			tok := c.secret("Slack xoxc in boot HTML JS (unnamed api_token key) then in API form", c.u14Slack("xoxc"))
			c.get("https://app.slack.com/client/T04ABCDE12/C05QWERTY12").resp("text/html", `<script type="text/javascript">var boot_data = {};boot_data.version_ts = 1700000000;boot_data.api_token = '`+tok+`';`+c.decoy(`boot_data.team_id = 'T04ABCDE12';`)+`</script>`)
			c.post("https://acme.slack.com/api/users.prefs.get", "application/x-www-form-urlencoded", "token="+tok+"&"+c.decoy("_x_reason=prefs-store"))
		}},
		{cat, "zoom-zak-echoed-in-join-url-and-sdk-log", func(c *gcase) {
			zak := c.secret("Zoom ZAK from /users/me/token echoed in join URL and a log line", gB64u(`{"typ":"JWT","sv":"000001","zm_skm":"zm_o2m","alg":"HS256"}`)+"."+gB64u(`{"aud":"clientsm","uid":"`+c.pick(gB64uAlpha, 22)+`","iss":"web","sk":"0","sty":100,"wcd":"us06","clt":0}`)+"."+c.b64u(32))
			c.get("https://api.zoom.us/v2/users/me/token?"+c.decoy("type=zak")).resp("application/json", `{"token":"`+zak+`"}`)
			c.get("https://us06web.zoom.us/wc/" + c.decoy("85746352413") + "/join?" + c.decoy("prefer=1") + "&zak=" + zak)
			c.post("https://us06web.zoom.us/wc/log/upload", "text/plain", c.decoy("[2026-11-22 10:15:03.120] [info] JoinMeeting")+" meetingNumber=85746352413 zak="+url.QueryEscape(zak)+" lang=en-US\n")
		}},
		{cat, "cognito-secret-in-error-echo-unrecognised-first", func(c *gcase) {
			code := c.secret("Cognito hosted UI authorization code (uuid) echoed in a 400 error body", c.uuid())
			c.get("https://shop.acme.example/oauth/callback?code=" + code + "&state=" + c.hexs(32))
			c.post("https://auth.acme.example/oauth2/token", "application/x-www-form-urlencoded", "grant_type=authorization_code&"+c.decoy("client_id=4f2kq8rm0ab1cd2ef3gh4ij5kl")+"&code="+code+"&redirect_uri=https%3A%2F%2Fshop.acme.example%2Foauth%2Fcallback&code_verifier="+c.secret("PKCE code_verifier", c.b64u(48))).
				code(400).resp("application/json", `{"error":"invalid_grant","error_description":"Authorization code `+code+` has already been used"}`)
		}},
		{cat, "zendesk-api-token-echoed-in-error-description", func(c *gcase) {
			tok := c.secret("Zendesk API token echoed in the 401 description and in a query", c.alnum(40))
			c.get("https://acme.zendesk.com/api/v2/users/me.json").rh("Authorization", "Basic "+gB64("svc.bot@acme-corp.example/token:"+tok)).
				code(401).resp("application/json", `{"error":"Couldn't authenticate you","description":"token `+tok+` is not valid for this account"}`).sh("X-Zendesk-Api-Warn", c.decoy("Removed restricted keys"))
			c.post("https://support.acme.example/api/debug/notes", "application/json", `{"note":"customer pasted their creds: svc.bot@acme-corp.example/token:`+tok+` (reset done)",`+c.decoy(`"ticket":"SUP-40388"`)+`}`)
		}},
		{cat, "servicenow-g-ck-html-then-x-usertoken", func(c *gcase) {
			ck := c.secret("g_ck in HTML script first, then X-UserToken header", c.hexs(64))
			c.get("https://acme.service-now.com/sp?id=index").resp("text/html; charset=UTF-8", `<script>window.NOW = window.NOW || {}; window.NOW.sp = {"portal_id":"`+c.decoy("81b75d3147032100ba13a5554ee4902b")+`"}; var g_ck = "`+ck+`";</script>`)
			c.get("https://acme.service-now.com/api/now/sp/page?id=index&"+c.decoy("portal_id=81b75d3147032100ba13a5554ee4902b")).rh("X-UserToken", ck)
		}},
		{cat, "nextauth-csrf-cookie-pipe-hash-and-form", func(c *gcase) {
			csrf := c.secret("next-auth csrf token in cookie <token>|<hash> and in form csrfToken", c.hexs(64))
			c.get("https://app.acme.example/api/auth/csrf").resp("application/json", `{"csrfToken":"`+csrf+`"}`).
				sh("set-cookie", "__Host-next-auth.csrf-token="+url.QueryEscape(csrf+"|"+c.hexs(64))+"; Path=/; HttpOnly; Secure; SameSite=Lax")
			c.post("https://app.acme.example/api/auth/signin/email", "application/x-www-form-urlencoded", "email="+url.QueryEscape(c.secret("next-auth email sign-in address", "farhan.chowdhury@bdmail.example"))+"&csrfToken="+csrf+"&"+c.decoy("callbackUrl=https%3A%2F%2Fapp.acme.example%2Finbox")+"&json=true")
		}},
		{cat, "firebase-refresh-token-percent-and-base64-echo", func(c *gcase) {
			rt := c.secret("Firebase refreshToken echoed percent-encoded in a query and base64 in a state blob", "AMf-vB"+c.pick(gB64uAlpha, 280))
			c.post("https://identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=AIzaSy"+c.pick(gB64uAlpha, 33), "application/json",
				`{"email":"`+c.secret("signInWithPassword email", "akosua.mensah@ghana-mail.example")+`","password":"`+c.secret("signInWithPassword password", c.u14Pw())+`","returnSecureToken":true,"clientType":"CLIENT_TYPE_WEB"}`).
				resp("application/json", `{`+c.decoy(`"kind":"identitytoolkit#VerifyPasswordResponse"`)+`,"localId":"`+c.decoy(c.alnum(28))+`","idToken":"`+c.secret("signInWithPassword idToken", c.rs256JWT(c.hexs(40), `{"iss":"https://securetoken.google.com/acme-prod"}`))+`","refreshToken":"`+rt+`",`+c.decoy(`"expiresIn":"3600"`)+`,"registered":true}`)
			c.get("https://app.acme.example/native-bridge?rt=" + url.QueryEscape(rt) + "&" + c.decoy("platform=ios"))
			c.get("https://app.acme.example/handoff#state=" + gB64u(`{"rt":"`+rt+`","v":2}`))
		}},
		{cat, "salesforce-sid-frontdoor-and-aura-token-echo", func(c *gcase) {
			sid := c.secret("Salesforce sid echoed in frontdoor.jsp, Cookie and Authorization", c.u14SFSid())
			c.get("https://acme.my.salesforce.com/secur/frontdoor.jsp?sid="+url.QueryEscape(sid)+"&"+c.decoy("retURL=%2Flightning%2Fpage%2Fhome")).code(302).sh("Location", "/lightning/page/home")
			c.get("https://acme.my.salesforce.com/services/data/v60.0/limits").rh("Authorization", "OAuth "+sid, "Sforce-Call-Options", c.decoy("client=sfdx-toolbelt"))
		}},
		{cat, "apple-form-post-code-echoed-in-server-log-ndjson", func(c *gcase) {
			code := c.secret("Sign in with Apple code (c...0.r... shape) echoed in NDJSON log", "c"+c.hexs(32)+".0.r"+c.pick(gLower+gDigits, 3)+"."+c.pick(gB64uAlpha, 22))
			c.post("https://app.acme.example/auth/apple/callback", "application/x-www-form-urlencoded", "state="+c.hexs(20)+"&code="+code+"&id_token="+c.secret("Apple form_post id_token", c.rs256JWT("W6WcOKB", `{"iss":"https://appleid.apple.com","aud":"com.acme.web"}`)))
			c.get("https://logs.acme.example/api/tail?"+c.decoy("service=auth-gateway")).resp("application/x-ndjson",
				`{"ts":"2026-11-22T10:15:04Z","lvl":"info","msg":"apple callback","req":"`+c.decoy(c.uuid())+`"}`+"\n"+`{"ts":"2026-11-22T10:15:04Z","lvl":"warn","msg":"exchange failed","detail":"grant `+code+` rejected: invalid_grant"}`+"\n")
		}},
	}
}

// 7. GraphQL: variables bound to secret arguments, persisted queries, batches.
func u14GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "shopify-storefront-customer-access-token-create", func(c *gcase) {
			c.post("https://acme-store.myshopify.com/api/2024-10/graphql.json", "application/json",
				`{"query":"mutation customerAccessTokenCreate($input: CustomerAccessTokenCreateInput!) { customerAccessTokenCreate(input: $input) { customerAccessToken { accessToken expiresAt } customerUserErrors { code field message } } }","variables":{"input":{"email":"`+c.secret("variables.input.email", "ruairi.odonnell@eircom-mail.example")+`","password":"`+c.secret("variables.input.password", c.u14Pw())+`"}}}`).
				rh("X-Shopify-Storefront-Access-Token", c.hexs(32), "X-SDK-Variant", c.decoy("storefront-api-client")).
				resp("application/json", `{"data":{"customerAccessTokenCreate":{"customerAccessToken":{"accessToken":"`+c.secret("data...customerAccessToken.accessToken", c.hexs(32))+`",`+c.decoy(`"expiresAt":"2027-01-05T10:15:03Z"`)+`},"customerUserErrors":[]}}}`)
		}},
		{cat, "positional-variable-names-bound-by-argument", func(c *gcase) {
			c.post("https://api.acme-lms.example/graphql", "application/json",
				`{"operationName":"L","query":"mutation L($a: String!, $b: String!, $c: String) { login(username: $a, password: $b, otp: $c) { user { id } } }","variables":{"a":"s2291034","b":"`+c.secret("$b bound to login(password:)", c.u14Pw())+`","c":"`+c.secret("$c bound to login(otp:)", c.digits(8))+`"}}`).
				resp("application/json", `{"data":{"login":{"user":{"id":"`+c.decoy("u-55102")+`"}}}}`)
		}},
		{cat, "object-literal-binding-client-secret", func(c *gcase) {
			c.post("https://acme.workos-admin.example/graphql", "application/json",
				`{"query":"mutation Create($n: String!, $cid: String!, $v1: String!) { createOidcConnection(input: {name: $n, clientId: $cid, clientSecret: $v1, discoveryEndpoint: \"https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration\"}) { connection { id state } } }","variables":{"n":"Contoso Entra","cid":"`+c.decoy(c.uuid())+`","v1":"`+c.secret("$v1 bound to clientSecret inside an input object literal", c.pick(gAlnum, 3)+"8Q~"+c.pick(gAlnum+"_~.-", 34))+`"}}`).
				resp("application/json", `{"data":{"createOidcConnection":{"connection":{"id":"`+c.decoy("conn_01HF8Z2M3N4P5Q6R7S8T9V0WXY")+`","state":"draft"}}}}`)
		}},
		{cat, "appsync-realtime-header-query-base64", func(c *gcase) {
			idt := c.secret("AppSync realtime ?header= base64 JSON Authorization (Cognito id token)", c.rs256JWT(c.b64s(32), `{"token_use":"id","cognito:username":"ops-7"}`))
			host := c.decoy("abcdefghijklmnopqrstuvwxyz.appsync-api.eu-west-1.amazonaws.com")
			hdr := gB64(`{"host":"` + host + `","Authorization":"` + idt + `"}`)
			e := c.get("wss://abcdefghijklmnopqrstuvwxyz.appsync-realtime-api.eu-west-1.amazonaws.com/graphql?header="+url.QueryEscape(hdr)+"&payload=e30=").code(101).rh("Sec-WebSocket-Protocol", c.decoy("graphql-ws"))
			e.wsMsg("send", 1, `{"type":"connection_init"}`)
			e.wsMsg("receive", 1, c.decoy(`{"type":"connection_ack","payload":{"connectionTimeoutMs":300000}}`))
			e.wsMsg("send", 1, `{"id":"`+c.uuid()+`","payload":{"data":"{\"query\":\"subscription { onOrderUpdated { id status } }\",\"variables\":{}}","extensions":{"authorization":{"Authorization":"`+c.secret("AppSync start extensions.authorization.Authorization (API key da2-)", "da2-"+c.pick(gLower+gDigits, 26))+`","host":"`+host+`"}}},"type":"start"}`)
		}},
		{cat, "instagram-style-doc-id-form-enc-password", func(c *gcase) {
			pw := c.secret("#PWD_BROWSER:0:<ts>:<plain> enc_password", c.u14Pw())
			c.post("https://www.instagram.com/api/v1/web/accounts/login/ajax/", "application/x-www-form-urlencoded",
				"enc_password="+url.QueryEscape("#PWD_INSTAGRAM_BROWSER:0:1700000000:"+pw)+"&"+c.decoy("optIntoOneTap=false")+"&queryParams=%7B%7D&trustedDeviceRecords=%7B%7D&username=lunch.club.vienna").
				rh("X-CSRFToken", c.secret("X-CSRFToken header", c.alnum(32)), "X-IG-App-ID", c.decoy("936619743392459"), "X-ASBD-ID", c.decoy("129477"))
			c.post("https://www.instagram.com/graphql/query", "application/x-www-form-urlencoded",
				"av=17841400000000000&__a=1&"+c.decoy("doc_id=7191572580905225")+"&fb_api_req_friendly_name=PolarisAccountSecurityPasswordChangeMutation&variables="+url.QueryEscape(`{"old_password":"#PWD_INSTAGRAM_BROWSER:0:1700000000:`+pw+`","new_password":"#PWD_INSTAGRAM_BROWSER:0:1700000000:`+c.secret("variables.new_password (doc_id form, JSON in a form field)", c.u14Pw())+`"}`))
		}},
		{cat, "shopify-admin-delegate-token-response", func(c *gcase) {
			c.post("https://acme-store.myshopify.com/admin/api/2024-10/graphql.json", "application/json",
				`{"query":"mutation delegateAccessTokenCreate($input: DelegateAccessTokenInput!) { delegateAccessTokenCreate(input: $input) { delegateAccessToken { accessToken accessScopes createdAt } shop { id } userErrors { field message } } }","variables":{"input":{"delegateAccessScope":["read_products"],"expiresIn":3600}}}`).
				rh("X-Shopify-Access-Token", c.secret("X-Shopify-Access-Token header (shpat_)", "shpat_"+c.hexs(32))).
				resp("application/json", `{"data":{"delegateAccessTokenCreate":{"delegateAccessToken":{"accessToken":"`+c.secret("delegateAccessToken.accessToken in response", c.hexs(32))+`","accessScopes":["read_products"],`+c.decoy(`"createdAt":"2026-11-22T10:15:03Z"`)+`},"shop":{"id":"`+c.decoy("gid://shopify/Shop/71203945")+`"},"userErrors":[]}},"extensions":{"cost":{"requestedQueryCost":10,"actualQueryCost":10}}}`)
		}},
		{cat, "graphql-error-echoes-variable-value", func(c *gcase) {
			pw := c.secret("variables.input.newPassword echoed by a graphql-js coercion error", c.u14Pw())
			c.post("https://api.acme-health.example/graphql", "application/json",
				`{"operationName":"ChangePw","query":"mutation ChangePw($input: ChangePasswordInput!) { changePassword(input: $input) { ok } }","variables":{"input":{"newPassword":"`+pw+`","confirm":1}}}`).
				resp("application/json", `{"errors":[{"message":"Variable \"$input\" got invalid value { newPassword: \"`+pw+`\", confirm: 1 }; Field \"confirm\" of required type \"String!\" was not provided.","locations":[{"line":1,"column":17}],"extensions":{"code":"BAD_USER_INPUT"}}]}`)
		}},
		{cat, "apollo-upload-multipart-operations-part", func(c *gcase) {
			b := "----WebKitFormBoundaryAp0ll0Up1oadXyZ"
			ops := `{"operationName":"UploadLicense","variables":{"file":null,"activationKey":"` + c.secret("operations part variables.activationKey (multipart)", strings.ToUpper(c.pick(gAlnum, 5)+"-"+c.pick(gAlnum, 5)+"-"+c.pick(gAlnum, 5)+"-"+c.pick(gAlnum, 5))) + `"},"query":"mutation UploadLicense($file: Upload!, $activationKey: String!) { uploadLicense(file: $file, activationKey: $activationKey) { id } }"}`
			body := u14Part(b, "operations", "", ops) + u14Part(b, "map", "", c.decoy(`{"1":["variables.file"]}`)) + u14Part(b, "1", `; filename="license.lic"`+"\r\nContent-Type: application/octet-stream", "LICENSE-V2\n"+c.decoy("seat_count=250")+"\nsigned_blob="+c.secret("license file signed_blob (uploaded file content)", c.b64s(96))+"\n") + "--" + b + "--\r\n"
			c.post("https://api.acme.example/graphql", "multipart/form-data; boundary="+b, body).rh("apollo-require-preflight", "true", "x-apollo-operation-name", c.decoy("UploadLicense"))
		}},
		{cat, "persisted-query-not-found-retry-get", func(c *gcase) {
			hash := c.decoy(c.hexs(64))
			vars := `{"inviteCode":"` + c.secret("GET persisted query variables.inviteCode (opaque name invite)", c.pick(gUpper+gDigits, 12)) + `","token":"` + c.secret("GET persisted query variables.token", c.b64u(30)) + `"}`
			ext := `{"persistedQuery":{"version":1,"sha256Hash":"` + hash + `"}}`
			c.get("https://gql.acme-social.example/graphql?operationName=AcceptInvite&variables="+url.QueryEscape(vars)+"&extensions="+url.QueryEscape(ext)).
				resp("application/json", c.decoy(`{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"PERSISTED_QUERY_NOT_FOUND"}}]}`))
			c.post("https://gql.acme-social.example/graphql", "application/json", `{"operationName":"AcceptInvite","variables":`+vars+`,"extensions":`+ext+`,"query":"mutation AcceptInvite($inviteCode: String!, $token: String!) { acceptInvite(code: $inviteCode, token: $token) { team { id } } }"}`)
		}},
		{cat, "batched-ops-with-stringified-variables", func(c *gcase) {
			vs := gJS(map[string]any{"refresh": c.secret("stringified variables (a JSON string) refresh bound to refreshSession(token:)", c.b64u(40))})
			c.post("https://api.acme-lms.example/graphql/batch", "application/json",
				`[{"id":"q1","query":"mutation R($refresh: String!) { refreshSession(token: $refresh) { jwt } }","variables":`+gJS(vs)+`},{"id":"q2","query":"mutation M($k: String!) { setWebhook(url: \"https://hooks.acme.example/lms\", signingSecret: $k) { ok } }","variables":{"k":"`+c.secret("batched q2 $k bound to signingSecret:", c.hexs(40))+`"}},`+c.decoy(`{"id":"q3","query":"{ courses(first: 5) { id name } }","variables":{}}`)+`]`).
				resp("application/json", `[{"id":"q1","data":{"refreshSession":{"jwt":"`+c.secret("batched response data.refreshSession.jwt", c.hs256JWT(`{"sub":"s2291034","lms":"canvas"}`))+`"}}},{"id":"q2","data":{"setWebhook":{"ok":true}}},{"id":"q3","data":{"courses":[]}}]`)
		}},
		{cat, "inline-literal-arguments-in-query-text", func(c *gcase) {
			c.post("https://acme.atlassian.net/gateway/api/graphql", "application/json",
				`{"query":"mutation { jira { createWebhookSubscription(cloudId: \"`+c.decoy(c.uuid())+`\", input: {url: \"https://hooks.acme.example/jira\", secret: \"`+c.secret("inline literal secret: \\\"S\\\" in query text", c.b64u(30))+`\", events: [ISSUE_CREATED]}) { id } } }"}`).
				rh("X-ExperimentalApi", c.decoy("JiraWebhooks"))
		}},
	}
}

// 8. Vendor token formats of the domain.
func u14Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "slack-token-family-in-app-config", func(c *gcase) {
			body := "# slack app manifest notes\n" + c.decoy("app_id: A06QWERTY12") + "\nbot: " + c.secret("Slack xoxb- bot token", "xoxb-"+c.digits(13)+"-"+c.digits(13)+"-"+c.alnum(24)) +
				"\nuser: " + c.secret("Slack xoxp- user token", "xoxp-"+c.digits(13)+"-"+c.digits(13)+"-"+c.digits(13)+"-"+c.hexs(32)) +
				"\nrotating: " + c.secret("Slack xoxe.xoxp- rotating token", "xoxe.xoxp-1-"+c.pick(gAlnum, 150)) +
				"\nrefresh: " + c.secret("Slack xoxe-1- refresh token", "xoxe-1-"+c.pick(gAlnum, 140)) +
				"\nsigning: " + c.secret("Slack signing secret (32 hex, keyword line)", c.hexs(32)) + "\n" + c.decoy("scopes: channels:history,chat:write") + "\n"
			c.post("https://acme.atlassian.net/rest/api/3/issue/OPS-812/comment", "application/json", gJS(map[string]any{"body": map[string]any{"type": "doc", "version": 1, "content": []any{map[string]any{"type": "codeBlock", "content": []any{map[string]any{"type": "text", "text": body}}}}}}))
		}},
		{cat, "atlassian-api-token-and-connect-jwt", func(c *gcase) {
			tok := c.secret("Atlassian API token ATATT3xFfGF0...", "ATATT3xFfGF0"+c.pick(gAlnum+"-_", 170)+"="+strings.ToUpper(c.hexs(8)))
			c.get("https://acme.atlassian.net/rest/api/3/search?"+c.decoy("jql=project%3DOPS")).rh("Authorization", "Basic "+gB64("deploy-bot@acme-corp.example:"+tok))
			qsh := c.hexs(64)
			c.get("https://acme.atlassian.net/rest/api/3/project?jwt="+c.secret("Atlassian Connect jwt query (qsh claim)", c.hs256JWT(`{"iss":"com.acme.jira-app","iat":1700000000,"exp":1700000180,"qsh":"`+qsh+`"}`))).
				rh("Authorization", "JWT "+c.secret("Authorization: JWT <token> scheme", c.hs256JWT(`{"iss":"com.acme.jira-app","qsh":"`+qsh+`","sub":"5b10a2844c20165700ede21g"}`)))
		}},
		{cat, "hubspot-pat-and-intercom-access-token", func(c *gcase) {
			c.get("https://api.hubapi.com/crm/v3/objects/contacts?"+c.decoy("limit=10")+"&archived=false").rh("Authorization", "Bearer "+c.secret("HubSpot private app pat-na1-<uuid>", "pat-na1-"+c.uuid()))
			c.get("https://api.intercom.io/contacts?"+c.decoy("per_page=50")).rh("Authorization", "Bearer "+c.secret("Intercom access token dG9rOj... (base64 tok:uuid:1:0)", gB64("tok:"+c.uuid()+":1:0")), "Intercom-Version", c.decoy("2.11"))
			c.post("https://support.acme.example/api/notes", "text/plain", "hubspot dev key "+c.secret("HubSpot legacy developer hapikey uuid (keyword nearby)", c.uuid())+" for sandbox portal "+c.decoy("21458123"))
		}},
		{cat, "notion-ntn-and-zendesk-oauth-bearer", func(c *gcase) {
			c.post("https://api.notion.com/v1/databases/"+c.decoy(c.hexs(32))+"/query", "application/json", `{"page_size":50}`).
				rh("Authorization", "Bearer "+c.secret("Notion ntn_ integration token", "ntn_"+c.digits(11)+c.alnum(35)), "Notion-Version", c.decoy("2022-06-28"))
			c.get("https://acme.zendesk.com/api/v2/search.json?query=type%3Aticket%20status%3Aopen").rh("Authorization", "Bearer "+c.secret("Zendesk OAuth bearer (64 hex)", c.hexs(64)))
		}},
		{cat, "clerk-secret-key-and-publishable-key", func(c *gcase) {
			pk := c.decoy("pk_live_" + strings.TrimRight(gB64("clerk.acme.example$"), "="))
			c.get("https://api.clerk.com/v1/users?"+c.decoy("limit=10")+"&order_by=-created_at").rh("Authorization", "Bearer "+c.secret("Clerk sk_live_ secret key", "sk_live_"+c.alnum(40)))
			c.get("https://clerk.acme.example/v1/client?_clerk_js_version="+c.decoy("5.31.1")+"&__clerk_api_version=2025-04-10").
				rh("Cookie", "__client_uat=1700000000; __session="+c.secret("Clerk __session cookie (RS256 JWT)", c.rs256JWT("ins_2a"+c.alnum(24), `{"azp":"https://app.acme.example","sid":"sess_`+c.alnum(27)+`"}`))+"; __client="+c.secret("Clerk __client cookie", c.hs256JWT(`{"id":"client_`+c.alnum(27)+`","rotating_token":"`+c.pick(gLower+gDigits, 20)+`"}`))).
				resp("application/javascript", `window.__clerk_publishable_key = "`+pk+`";`)
		}},
		{cat, "supabase-service-role-and-anon-jwts", func(c *gcase) {
			anon := (gB64u(`{"alg":"HS256","typ":"JWT"}`) + "." + gB64u(`{"iss":"supabase","ref":"qwertyuiopasdfghjklz","role":"anon","iat":1700000000,"exp":2015576000}`) + "." + c.pick(gB64uAlpha, 43))
			c.get("https://app.acme.example/_next/static/chunks/pages/_app-"+c.decoy(c.hexs(16))+".js").resp("application/javascript", `const supabase=createClient("https://qwertyuiopasdfghjklz.supabase.co","`+anon+`");`)
			sr := c.secret("Supabase service_role JWT", gB64u(`{"alg":"HS256","typ":"JWT"}`)+"."+gB64u(`{"iss":"supabase","ref":"qwertyuiopasdfghjklz","role":"service_role","iat":1700000000,"exp":2015576000}`)+"."+c.pick(gB64uAlpha, 43))
			c.get("https://qwertyuiopasdfghjklz.supabase.co/rest/v1/invoices?select=*").rh("apikey", sr, "Authorization", "Bearer "+sr)
		}},
		{cat, "workos-and-auth0-management-credentials", func(c *gcase) {
			c.get("https://api.workos.com/organizations?"+c.decoy("limit=10")).rh("Authorization", "Bearer "+c.secret("WorkOS sk_live_ key (base64 key_... payload)", "sk_live_"+gB64u("key_01"+c.pick(gUpper+gDigits, 24)+","+c.alnum(27))))
			c.post("https://acme.us.auth0.com/oauth/token", "application/json", `{"client_id":"`+c.decoy(c.alnum(32))+`","client_secret":"`+c.secret("Auth0 M2M client_secret", c.pick(gB64uAlpha, 64))+`","audience":"https://acme.us.auth0.com/api/v2/","grant_type":"client_credentials"}`).
				resp("application/json", `{"access_token":"`+c.secret("Auth0 Management API access_token", c.rs256JWT(c.pick(gB64uAlpha, 22), `{"iss":"https://acme.us.auth0.com/","gty":"client-credentials"}`))+`",`+c.decoy(`"scope":"read:users update:users"`)+`,"expires_in":86400,"token_type":"Bearer"}`)
		}},
		{cat, "google-identity-services-token-shapes", func(c *gcase) {
			cid := c.decoy(c.digits(12) + "-" + c.pick(gLower+gDigits, 32) + ".apps.googleusercontent.com")
			c.post("https://oauth2.googleapis.com/token", "application/x-www-form-urlencoded",
				"client_id="+cid+"&client_secret="+c.secret("Google GOCSPX- client secret", "GOCSPX-"+c.pick(gAlnum+"-_", 28))+"&grant_type=refresh_token&refresh_token="+url.QueryEscape(c.secret("Google 1//0 refresh token", "1//0"+c.pick(gAlnum, 1)+c.pick(gAlnum+"-_", 98)))).
				resp("application/json", `{"access_token":"`+c.secret("Google ya29. access token", "ya29.a0A"+c.pick(gAlnum+"-_", 170))+`",`+c.decoy(`"expires_in":3599`)+`,`+c.decoy(`"scope":"https://www.googleapis.com/auth/calendar.readonly"`)+`,"token_type":"Bearer"}`)
			c.post("https://app.acme.example/auth/google/onetap", "application/x-www-form-urlencoded", "credential="+c.secret("GIS One Tap credential (id token)", c.rs256JWT(c.hexs(40), `{"iss":"https://accounts.google.com","azp":"`+cid+`","aud":"`+cid+`"}`))+"&g_csrf_token="+c.secret("GIS g_csrf_token form field", c.hexs(16))+"&"+c.decoy("select_by=btn"))
		}},
		{cat, "fcm-legacy-server-key-and-web-push-vapid", func(c *gcase) {
			c.post("https://fcm.googleapis.com/fcm/send", "application/json", `{"to":"`+c.pick(gB64uAlpha, 22)+`:APA91b`+c.pick(gB64uAlpha, 134)+`","notification":{"title":"`+c.decoy("Your order shipped")+`"}}`).
				rh("Authorization", "key="+c.secret("FCM legacy server key AAAA...:APA91b...", "AAAA"+c.pick(gB64uAlpha, 7)+":APA91b"+c.pick(gB64uAlpha, 134)))
			c.get("https://app.acme.example/api/push/config").resp("application/json", `{"vapidPublicKey":"`+c.decoy("B"+c.pick(gB64uAlpha, 86))+`","vapidPrivateKey":"`+c.secret("VAPID private key (43 b64u)", c.b64u(32))+`"}`)
		}},
		{cat, "canvas-and-moodle-lms-tokens", func(c *gcase) {
			c.get("https://canvas.acme-uni.example/api/v1/courses?"+c.decoy("enrollment_state=active")+"&per_page=50").rh("Authorization", "Bearer "+c.secret("Canvas access token <shard>~<64>", c.digits(5)+"~"+c.alnum(64)))
			c.get("https://moodle.acme-uni.example/webservice/rest/server.php?wstoken=" + c.secret("Moodle wstoken (32 hex)", c.hexs(32)) + "&" + c.decoy("wsfunction=core_course_get_courses") + "&moodlewsrestformat=json")
			c.get("https://moodle.acme-uni.example/webservice/pluginfile.php/2231/mod_resource/content/1/syllabus.pdf?token=" + c.secret("Moodle pluginfile token", c.hexs(32)))
		}},
		{cat, "ably-key-basic-and-token-request", func(c *gcase) {
			key := c.decoy("xVLyHw." + c.pick(gAlnum, 6))
			sec := c.secret("Ably API key secret part (appId.keyId:secret)", c.pick(gAlnum+"-_", 43))
			c.post("https://rest.ably.io/keys/"+key+"/requestToken", "application/json", `{"keyName":"`+key+`","ttl":3600000,"capability":"{\"orders:*\":[\"subscribe\"]}","timestamp":1700000000000,"nonce":"`+c.hexs(16)+`"}`).
				rh("Authorization", "Basic "+gB64(key+":"+sec)).
				resp("application/json", `{"token":"`+c.secret("Ably token in requestToken response", key[:6]+"."+c.pick(gAlnum+"-_", 100))+`","keyName":"`+key+`","issued":1700000000000,`+c.decoy(`"expires":1700003600000`)+`}`)
		}},
		{cat, "salesforce-oauth-refresh-and-okta-ssws", func(c *gcase) {
			c.post("https://login.salesforce.com/services/oauth2/token", "application/x-www-form-urlencoded",
				"grant_type=refresh_token&"+c.decoy("client_id=3MVG9"+c.pick(gAlnum+"._", 80))+"&refresh_token="+url.QueryEscape(c.secret("Salesforce 5Aep861 refresh token", "5Aep861"+c.pick(gAlnum+"._", 80)))).
				resp("application/json", `{"access_token":"`+c.secret("Salesforce OAuth access_token (sid shape)", c.u14SFSid())+`","signature":"`+c.secret("Salesforce token response signature", c.b64s(32))+`",`+c.decoy(`"instance_url":"https://acme.my.salesforce.com"`)+`,`+c.decoy(`"issued_at":"1700000000123"`)+`,"token_type":"Bearer"}`)
			c.get("https://acme.okta.com/api/v1/users?"+c.decoy("limit=25")).rh("Authorization", "SSWS "+c.secret("Okta SSWS API token", "00"+c.pick(gAlnum+"-_", 40)))
		}},
	}
}

// 9. Payment cards and credential phrases in free text and config snippets.
func u14CardsPhrases() []gdef {
	const cat = "9.cards+phrases"
	return []gdef{
		{cat, "zendesk-ticket-comment-card-and-cvv", func(c *gcase) {
			v := c.card("4", 16)
			c.secret("Visa in a Zendesk comment (grouped with spaces)", gGroup4(v, " "))
			c.post("https://acme.zendesk.com/api/v2/tickets/"+c.decoy("90412")+".json", "application/json",
				`{"ticket":{"comment":{"body":"Hi, please update my card to `+gGroup4(v, " ")+` exp 09/28 cvv 814. Order `+c.decoy("#100482913")+` still pending.","public":false},`+c.decoy(`"status":"open"`)+`}}`)
		}},
		{cat, "intercom-conversation-password-phrase", func(c *gcase) {
			c.post("https://api.intercom.io/conversations/"+c.decoy("215467813290044")+"/reply", "application/json",
				`{"message_type":"comment","type":"user","intercom_user_id":"`+c.decoy("65a1b2c3d4e5f60718293a4b")+`","body":"<p>I can't log in. My password is `+c.secret("'My password is X' in Intercom HTML body", c.u14Pw())+` and it says invalid.</p>"}`)
		}},
		{cat, "slack-message-db-credentials-in-rich-text", func(c *gcase) {
			pw := c.secret("'the password for staging db is X' in Slack blocks", c.u14Pw())
			c.post("https://acme.slack.com/api/chat.postMessage", "application/x-www-form-urlencoded",
				"channel="+c.decoy("C05QWERTY12")+"&blocks="+url.QueryEscape(`[{"type":"rich_text","elements":[{"type":"rich_text_section","elements":[{"type":"text","text":"fyi the password for the staging db is `+pw+` until friday"}]}]}]`)+"&"+c.decoy("unfurl_links=false"))
		}},
		{cat, "teams-german-and-french-phrases", func(c *gcase) {
			c.post("https://emea.ng.msg.teams.microsoft.com/v1/users/ME/conversations/19%3A"+c.hexs(32)+"%40thread.tacv2/messages", "application/json",
				gJS(map[string]any{"content": "<p>Das Passwort lautet " + c.secret("German 'Das Passwort lautet X'", c.u14Pw()) + " (nur heute gültig)</p>", "messagetype": "RichText/Html", "contenttype": "text", "imdisplayname": "IT Service Desk"}))
			c.post("https://emea.ng.msg.teams.microsoft.com/v1/users/ME/conversations/19%3A"+c.hexs(32)+"%40thread.tacv2/messages", "application/json",
				gJS(map[string]any{"content": "<p>Ton mot de passe temporaire : " + c.secret("French 'mot de passe temporaire : X'", c.u14Pw()) + "</p><p>" + c.decoy("Ticket INC0012977") + "</p>", "messagetype": "RichText/Html", "contenttype": "text"}))
		}},
		{cat, "jira-issue-description-application-yml", func(c *gcase) {
			yml := "spring:\n  datasource:\n    url: " + c.decoy("jdbc:postgresql://db-ro.acme.internal:5432/billing") + "\n    username: billing_ro\n    password: " + c.secret("application.yml datasource.password in a Jira description", c.u14Pw()) + "\n  mail:\n    password: " + c.secret("application.yml mail.password", c.alnum(20)) + "\n" + "server:\n  " + c.decoy("port: 8443") + "\n"
			c.req("PUT", "https://acme.atlassian.net/rest/api/2/issue/"+c.decoy("BILL-2290"), "application/json", gJS(map[string]any{"fields": map[string]any{"description": "Prod config that fails:\n{code:yaml}\n" + yml + "{code}"}}))
		}},
		{cat, "confluence-storage-format-env-code-macro", func(c *gcase) {
			env := "DATABASE_URL=postgres://app:" + c.secret("DATABASE_URL password in a Confluence code macro", c.alnum(24)) + "@db.acme.internal:5432/app\nSTRIPE_SECRET_KEY=" + c.secret("STRIPE_SECRET_KEY in code macro", "sk_live_"+c.alnum(99)) + "\n" + c.decoy("LOG_FORMAT=json") + "\n"
			xhtml := `<p>Local setup</p><ac:structured-macro ac:name="code" ac:schema-version="1"><ac:parameter ac:name="language">bash</ac:parameter><ac:plain-text-body><![CDATA[` + env + `]]></ac:plain-text-body></ac:structured-macro>`
			c.req("PUT", "https://acme.atlassian.net/wiki/rest/api/content/"+c.decoy("229376011"), "application/json", gJS(map[string]any{"version": map[string]any{"number": 15}, "title": "Local setup", "type": "page", "body": map[string]any{"storage": map[string]any{"value": xhtml, "representation": "storage"}}}))
		}},
		{cat, "servicenow-work-notes-temporary-password", func(c *gcase) {
			c.req("PATCH", "https://acme.service-now.com/api/now/table/incident/"+c.decoy("9d385017c611228701d22104cc95c371"), "application/json",
				`{"work_notes":"Reset done. Temporary password: `+c.secret("'Temporary password: X' in ServiceNow work_notes", c.u14Pw())+` - user must change at next logon. PIN `+c.secret("'PIN X' for phone banking in work_notes", c.digits(8))+`.","state":"`+c.decoy("6")+`","close_code":"`+c.decoy("Solved (Permanently)")+`"}`)
		}},
		{cat, "hubspot-form-message-with-mastercard", func(c *gcase) {
			mc := c.card("55", 16)
			c.secret("Mastercard in a HubSpot form message (dashes)", gGroup4(mc, "-"))
			c.post("https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/21458123/"+c.decoy(c.uuid()), "application/x-www-form-urlencoded",
				"message="+url.QueryEscape("Please charge "+gGroup4(mc, "-")+" for the renewal, invoice "+c.decoy("INV-2026-11-0042"))+"&"+c.decoy("hs_context=%7B%22pageName%22%3A%22Contact%22%7D"))
		}},
		{cat, "salesforce-case-amex-and-iban", func(c *gcase) {
			amex := c.card("37", 15)
			c.secret("Amex (4-6-5) in a Salesforce case description", amex[:4]+" "+amex[4:10]+" "+amex[10:])
			c.post("https://acme.my.salesforce.com/services/data/v60.0/sobjects/Case", "application/json",
				`{"Subject":"Refund","Description":"Refund to card `+amex[:4]+" "+amex[4:10]+" "+amex[10:]+` please, or to IBAN `+c.secret("IBAN in case description", gGroup4(c.u14IBAN(), " "))+`",`+c.decoy(`"Origin":"Web"`)+`,`+c.decoy(`"Priority":"Medium"`)+`,`+c.decoy(`"CaseNumber":"00001026"`)+`}`)
		}},
		{cat, "canvas-discussion-login-slash-password", func(c *gcase) {
			c.post("https://canvas.acme-uni.example/api/v1/courses/"+c.decoy("4471")+"/discussion_topics/"+c.decoy("99012")+"/entries", "application/json",
				`{"message":"<p>For the lab VM use login student / pw `+c.secret("'login student / pw X' in a Canvas discussion", c.u14Pw())+`. The wifi key is `+c.secret("'wifi key is X' in discussion", c.alnum(14))+`.</p><p>`+c.decoy("Lab 7 is due 2026-12-01 23:59")+`</p>"}`)
		}},
		{cat, "notion-block-api-key-and-decoy-ids", func(c *gcase) {
			c.req("PATCH", "https://www.notion.so/api/v3/saveTransactionsFanout", "application/json",
				`{"requestId":"`+c.decoy(c.uuid())+`","transactions":[{"id":"`+c.uuid()+`","spaceId":"`+c.decoy(c.uuid())+`","operations":[{"pointer":{"table":"block","id":"`+c.uuid()+`"},"path":["properties","title"],"command":"set","args":[["openai key for the bot: `+c.secret("'key for the bot: X' in a Notion title", "sk-proj-"+c.pick(gAlnum+"-_", 120))+`"]]}]}]}`)
		}},
		{cat, "moodle-forum-card-with-luhn-invalid-decoys", func(c *gcase) {
			d := c.card("6011", 16)
			c.secret("Discover number in a Moodle forum post", d)
			inv := d[:15] + string('0'+(d[15]-'0'+1)%10)
			c.post("https://moodle.acme-uni.example/lib/ajax/service.php?sesskey="+c.secret("Moodle sesskey query", c.alnum(10))+"&info=mod_forum_add_discussion_post", "application/json",
				`[{"index":0,"methodname":"mod_forum_add_discussion_post","args":{"postid":`+c.decoy("88210")+`,"subject":"Re: fees","message":"<p>I paid with `+d+`; my student number is `+c.decoy(inv)+` and the receipt says `+c.decoy("ISBN 978-3-16-148410-0")+`</p>","messageformat":1}}]`)
		}},
	}
}

// 10. Personal data: e-mails, phones, person names in identity fields, client IPs.
func u14Personal() []gdef {
	const cat = "10.personal"
	return []gdef{
		{cat, "fhir-patient-name-telecom-address", func(c *gcase) {
			c.get("https://fhir.acme-health.example/r4/Patient?"+c.decoy("_id=pat-00719")).resp("application/fhir+json",
				`{"resourceType":"Bundle","type":"searchset","total":1,"entry":[{"fullUrl":"https://fhir.acme-health.example/r4/Patient/pat-00719","resource":{"resourceType":"Patient","id":"`+c.decoy("pat-00719")+`","name":[{"use":"official","family":"`+c.secret("FHIR name.family", "Nakashima-Brandt")+`","given":["`+c.secret("FHIR name.given[0]", "Yukihiro")+`"]}],"telecom":[{"system":"phone","value":"`+c.secret("FHIR telecom phone value", "+1 617 555 0148")+`","use":"mobile"},{"system":"email","value":"`+c.secret("FHIR telecom email value", "yukiko.nb@comcast-mail.example")+`"}],"birthDate":"`+c.secret("FHIR birthDate", "1987-03-14")+`","address":[{"line":["`+c.secret("FHIR address.line[0]", "42 Wrentham Lane")+`"],"city":"Boston","postalCode":"02118"}],`+c.decoy(`"communication":[{"language":{"coding":[{"system":"urn:ietf:bcp:47","code":"ja"}]}}]`)+`}}]}`)
		}},
		{cat, "smart-launch-id-token-fhiruser-and-patient", func(c *gcase) {
			c.post("https://ehr.acme-health.example/oauth2/token", "application/x-www-form-urlencoded", "grant_type=authorization_code&code="+c.secret("SMART code", c.b64u(32))+"&redirect_uri=https%3A%2F%2Fapp.acme-health.example%2Fcb&"+c.decoy("client_id=growth-chart-app")).
				resp("application/json", `{"access_token":"`+c.secret("SMART access_token", c.b64u(48))+`","id_token":"`+c.secret("SMART id_token (has name, email)", c.rs256JWT("smart-1", `{"fhirUser":"Practitioner/prac-88","name":"Dr. Aurelio Fantini","email":"a.fantini@acme-health.example"}`))+`",`+c.decoy(`"scope":"launch openid fhirUser patient/*.read"`)+`,"patient":"`+c.decoy("pat-00719")+`","encounter":"`+c.decoy("enc-55120")+`",`+c.decoy(`"need_patient_banner":true`)+`,"smart_style_url":"https://ehr.acme-health.example/smart-style.json"}`)
			c.get("https://fhir.acme-health.example/r4/Practitioner/prac-88").resp("application/fhir+json", `{"resourceType":"Practitioner","id":"prac-88","name":[{"text":"`+c.secret("Practitioner name.text", "Dr. Aurelio Fantini")+`"}],"telecom":[{"system":"email","value":"`+c.secret("Practitioner telecom email", "a.fantini@acme-health.example")+`"}],`+c.decoy(`"qualification":[{"code":{"text":"MD"}}]`)+`}`)
		}},
		{cat, "cognito-getuser-attributes", func(c *gcase) {
			c.post("https://cognito-idp.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1", `{"AccessToken":"`+c.secret("GetUser AccessToken", c.rs256JWT(c.b64s(32), `{"token_use":"access"}`))+`"}`).
				rh("X-Amz-Target", c.decoy("AWSCognitoIdentityProviderService.GetUser")).
				resp("application/x-amz-json-1.1", `{"UserAttributes":[{"Name":"sub","Value":"`+c.decoy(c.uuid())+`"},{"Name":"email_verified","Value":"true"},{"Name":"given_name","Value":"`+c.secret("UserAttributes given_name", "Sigríður")+`"},{"Name":"family_name","Value":"`+c.secret("UserAttributes family_name", "Þórsdóttir")+`"},{"Name":"phone_number","Value":"`+c.secret("UserAttributes phone_number (E.164)", "+3546123456")+`"},{"Name":"email","Value":"`+c.secret("UserAttributes email", "sigrun.thors@simnet-mail.example")+`"}],"Username":"`+c.uuid()+`"}`)
		}},
		{cat, "firebase-accounts-lookup-provider-user-info", func(c *gcase) {
			c.post("https://identitytoolkit.googleapis.com/v1/accounts:lookup?key=AIzaSy"+c.pick(gB64uAlpha, 33), "application/json", `{"idToken":"`+c.secret("accounts:lookup idToken", c.rs256JWT(c.hexs(40), `{"aud":"acme-prod"}`))+`"}`).
				resp("application/json", `{"kind":"identitytoolkit#GetAccountInfoResponse","users":[{"localId":"`+c.decoy(c.alnum(28))+`","email":"`+c.secret("users[0].email", "kalani.kahananui@hawaii-mail.example")+`","displayName":"`+c.secret("users[0].displayName", "Kalani Kahananui")+`","phoneNumber":"`+c.secret("users[0].phoneNumber", "+18085550123")+`","providerUserInfo":[{"providerId":"google.com","displayName":"Kalani Kahananui","federatedId":"`+c.digits(21)+`","email":"kalani.kahananui@hawaii-mail.example","rawId":"`+c.digits(21)+`"}],`+c.decoy(`"lastLoginAt":"1700000000123"`)+`,"emailVerified":true}]}`)
		}},
		{cat, "apple-form-post-user-json-first-login", func(c *gcase) {
			user := `{"name":{"firstName":"` + c.secret("Apple user.name.firstName", "Ludovico") + `","lastName":"` + c.secret("Apple user.name.lastName", "Quattrocchi") + `"},"email":"` + c.secret("Apple user.email (private relay)", c.pick(gLower+gDigits, 10)+"@privaterelay.appleid.com") + `"}`
			c.post("https://app.acme.example/auth/apple/callback", "application/x-www-form-urlencoded", "state="+c.hexs(20)+"&code="+c.secret("Apple code", "c"+c.hexs(32)+".0.srxz."+c.pick(gB64uAlpha, 22))+"&user="+url.QueryEscape(user)).code(302).sh("Location", c.decoy("/welcome?first=1"))
		}},
		{cat, "slack-users-profile-get", func(c *gcase) {
			c.get("https://acme.slack.com/api/users.profile.get?"+c.decoy("user=U05ABCDEF12")).resp("application/json",
				`{"ok":true,"profile":{"title":"`+c.decoy("Staff Engineer")+`","phone":"`+c.secret("Slack profile.phone", "+61 412 555 019")+`","real_name":"`+c.secret("Slack profile.real_name", "Aroha Ngata-Pearce")+`","display_name":"`+c.secret("Slack profile.display_name", "aroha.np")+`","email":"`+c.secret("Slack profile.email", "aroha.ngata-pearce@acme-corp.example")+`","first_name":"Aroha","last_name":"Ngata-Pearce",`+c.decoy(`"status_emoji":":palm_tree:"`)+`,`+c.decoy(`"avatar_hash":"g1a2b3c4d5e6"`)+`}}`)
		}},
		{cat, "zoom-users-me-profile", func(c *gcase) {
			c.get("https://api.zoom.us/v2/users/me").resp("application/json",
				`{"id":"`+c.decoy(c.pick(gB64uAlpha, 22))+`","first_name":"`+c.secret("Zoom first_name", "Chidinma")+`","last_name":"`+c.secret("Zoom last_name", "Okonjo-Reyes")+`","display_name":"Chidinma Okonjo-Reyes","email":"`+c.secret("Zoom email", "chidinma.or@acme-corp.example")+`","type":2,"pmi":`+c.secret("Zoom personal meeting id (pmi)", "7"+c.digits(9))+`,`+c.decoy(`"timezone":"Africa/Lagos"`)+`,"phone_number":"`+c.secret("Zoom phone_number", "+234 803 555 0142")+`",`+c.decoy(`"account_id":"Ab1Cd2Ef3Gh4Ij5Kl6Mn7O"`)+`,"language":"en-US"}`)
		}},
		{cat, "canvas-user-profile-sortable-name", func(c *gcase) {
			c.get("https://canvas.acme-uni.example/api/v1/users/self/profile").resp("application/json",
				`{"id":`+c.decoy("88412")+`,"name":"`+c.secret("Canvas name", "Björn Lindqvist-Åberg")+`","short_name":"`+c.secret("Canvas short_name", "Björn L.")+`","sortable_name":"`+c.secret("Canvas sortable_name (Last, First)", "Lindqvist-Åberg, Björn")+`","primary_email":"`+c.secret("Canvas primary_email", "bjorn.la@student.acme-uni.example")+`","login_id":"`+c.secret("Canvas login_id (student e-mail login)", "bla22@acme-uni.example")+`",`+c.decoy(`"time_zone":"Europe/Stockholm"`)+`,`+c.decoy(`"locale":"sv"`)+`}`)
		}},
		{cat, "moodle-site-info-fullname", func(c *gcase) {
			c.post("https://moodle.acme-uni.example/webservice/rest/server.php?moodlewsrestformat=json", "application/x-www-form-urlencoded", "wstoken="+c.secret("site_info wstoken", c.hexs(32))+"&"+c.decoy("wsfunction=core_webservice_get_site_info")).
				resp("application/json", `{`+c.decoy(`"sitename":"Acme University Learn"`)+`,"username":"`+c.secret("Moodle username (student number login)", "s2291"+c.digits(4))+`","firstname":"`+c.secret("Moodle firstname", "Gwenaëlle")+`","lastname":"`+c.secret("Moodle lastname", "Kerbrat-Lozach")+`","fullname":"`+c.secret("Moodle fullname", "Gwenaëlle Kerbrat-Lozach")+`","userid":`+c.decoy("3310")+`,`+c.decoy(`"release":"4.3.2+ (Build: 20240111)"`)+`,`+c.decoy(`"version":"2023100902"`)+`}`)
		}},
		{cat, "eid-oidc-userinfo-national-identifiers", func(c *gcase) {
			c.get("https://fcp.integ01.dev-franceconnect.fr/api/v1/userinfo?"+c.decoy("schema=openid")).resp("application/json",
				`{"sub":"`+c.hexs(64)+"v1"+`","given_name":"`+c.secret("FranceConnect given_name", "Anne-Sophie Marguerite")+`","family_name":"`+c.secret("FranceConnect family_name", "Delacroix-Fournier")+`","birthdate":"`+c.secret("FranceConnect birthdate", "1979-06-23")+`","birthplace":"`+"75114"+`","email":"`+c.secret("FranceConnect email", "as.delacroix@laposte-mail.example")+`","gender":"female"}`)
			c.get("https://idp.acme-bank.example/api/smartid/session/"+c.uuid()).resp("application/json",
				`{"state":"COMPLETE","result":{"endResult":"OK","documentNumber":"`+c.secret("Smart-ID documentNumber (carries the personal code)", "PNOEE-3"+c.digits(10)+"-MOCK-Q")+`"},"cert":{"subjectName":"CN=`+c.secret("Smart-ID cert subject CN (surname,given name)", "TAMM,KRISTJAN")+`"},`+c.decoy(`"interactionFlowUsed":"displayTextAndPIN"`)+`}`)
		}},
		{cat, "auth0-logs-and-forwarded-client-ips", func(c *gcase) {
			c.get("https://acme.us.auth0.com/api/v2/logs?"+c.decoy("q=type%3As")+"&per_page=5").
				rh("X-Forwarded-For", c.secret("X-Forwarded-For first hop (user's IP)", "203.0.113.64")+", "+c.decoy("10.12.0.4"), "Forwarded", "for="+c.secret("Forwarded for= (user's IP)", "198.51.100.77")+";proto=https;by="+c.decoy("10.12.0.9")).
				resp("application/json", `[{"date":"2026-11-22T10:15:03.120Z","type":"s","description":"Success Login",`+c.decoy(`"connection":"Username-Password-Authentication"`)+`,"client_id":"`+c.decoy("Xy9kLmNoPqRsTuVw")+`","ip":"`+c.secret("Auth0 log ip (user's IP)", "192.0.2.148")+`","user_name":"`+c.secret("Auth0 log user_name (e-mail)", "gaspard.lemaitre@free-mail.example")+`","user_agent":"Chrome 131.0.0 / Mac OS X 10.15.7","log_id":"`+c.decoy("90020261122101503120000000000000001223372036854775807")+`"}]`).
				set("serverIPAddress", c.decoy("104.18.7.55"))
		}},
		{cat, "salesforce-aura-contact-record-and-login-history", func(c *gcase) {
			msg := `{"actions":[{"id":"112;a","descriptor":"aura://RecordUiController/ACTION$getRecordWithFields","callingDescriptor":"UNKNOWN","params":{"recordId":"0035g00000AbCdEAAZ","fields":["Contact.Name","Contact.Email","Contact.MobilePhone"]}}]}`
			c.post("https://acme.lightning.force.com/aura?r=14&aura.RecordUi.getRecordWithFields=1", "application/x-www-form-urlencoded",
				"message="+url.QueryEscape(msg)+"&aura.context="+url.QueryEscape(`{"mode":"PROD","fwuid":"`+c.pick(gB64uAlpha, 43)+`","app":"one:one"}`)+"&aura.pageURI=%2Flightning%2Fr%2FContact%2F0035g00000AbCdEAAZ%2Fview&aura.token="+c.secret("aura.token form field (JWT)", c.hs256JWT(`{"nonce":"`+c.hexs(32)+`","type":"session"}`))).
				resp("application/json", `{"actions":[{"id":"112;a","state":"SUCCESS","returnValue":{"apiName":"Contact","fields":{"Email":{"displayValue":null,"value":"`+c.secret("Aura Contact.Email value", "d.vukovic@tportal-mail.example")+`"},"MobilePhone":{"displayValue":null,"value":"`+c.secret("Aura Contact.MobilePhone value", "+385 91 555 0147")+`"},"Name":{"displayValue":null,"value":"`+c.secret("Aura Contact.Name value", "Dragana Vuković")+`"}},`+c.decoy(`"id":"0035g00000AbCdEAAZ"`)+`}}]}`)
			c.get("https://acme.my.salesforce.com/services/data/v60.0/query?q=SELECT+SourceIp+FROM+LoginHistory").resp("application/json", `{"totalSize":1,"records":[{"attributes":{"type":"LoginHistory"},"SourceIp":"`+c.secret("LoginHistory SourceIp", "198.51.100.203")+`",`+c.decoy(`"Platform":"Mac OSX"`)+`}]}`)
		}},
	}
}

// heldout14Open lists the cases of this corpus the engine does not handle
// yet, each with the reason. They are reported, not failed; any other leak
// or lost decoy fails the test, and so does an entry here that no longer
// leaks (the list only shrinks).
var heldout14Open = map[string]string{
	"3.unnamed/slack-magic-login-and-shared-invite-paths: Slack magic sign-in link z-app-... path segment":         "unnamed URL path segment: the z-app-<team>-<user>-<64 hex> magic-link segment is not recognised (hex tail exempted as a digest, no capability-path rule)",
	"3.unnamed/calendar-feed-capability-urls: Outlook published calendar reachcalendar key":                        "unnamed URL path segment: a hex+digits publishing key before /reachcalendar.ics is judged an identifier; no capability-path rule for published calendar URLs",
	"3.unnamed/servicenow-g-ck-and-sysparm-ck: ServiceNow window.g_ck (JS var, opaque name)":                       "name not recognised in JS: var g_ck = '<64 hex>' (and its sysparm_ck echo) has no secret word, and hex values are exempt as digests",
	"4.carriers/nuxt-iife-positional-arguments: __NUXT__ IIFE argument bound to state.auth.refreshToken":           "carrier not parsed: the Nuxt 2 __NUXT__=(function(a,b,...){...}(args)) IIFE; parameters bound to state keys (refreshToken:a) are not resolved to the call's arguments",
	"4.carriers/socketio-engineio-polling-and-ws-auth: Socket.IO 42[\"rejoin\", S] positional":                     "unnamed positional value in a Socket.IO event array (42[\"event\", S]): the event name is not used as a name and the bare high-entropy string is kept",
	"7.graphql/persisted-query-not-found-retry-get: GET persisted query variables.inviteCode (opaque name invite)": "weak name inviteCode with a short uppercase code: neither the name nor the binding to acceptInvite(code:) in the retried query is treated as secret",
	"10.personal/zoom-users-me-profile: Zoom personal meeting id (pmi)":                                            "personal-data field not recognised: pmi (Zoom personal meeting ID, a numeric identifier of the person) is not an identity field",
	"10.personal/canvas-user-profile-sortable-name: Canvas short_name":                                             "personal-data name word not recognised: short_name (Canvas) is not an identity field, although name and sortable_name are",
	"10.personal/eid-oidc-userinfo-national-identifiers: Smart-ID cert subject CN (surname,given name)":            "carrier not parsed for personal data: an X.500 subjectName (CN=SURNAME,GIVEN) is not split into a person name",
	"10.personal/salesforce-aura-contact-record-and-login-history: Aura Contact.Name value":                        "pairs as data for personal fields: UI-API fields.{Name}.value is not paired (Email/MobilePhone are caught by value shape, a person's Name is not)",
	"lost 1.names/cognito-initiate-auth-authparameters: abvkz7q9uc954f8qzeca82edxt":                                "public-by-design client id redacted: a Cognito app ClientId (26 lowercase alnum) beside AuthParameters is judged a generated secret",
	"lost 1.names/atlassian-cloud-session-cookies: \\\"accountId\\\":\\\"5b10a2844c20165700ede21g\\\"":             "identifier judged a secret by value shape: an Atlassian accountId (24 hex-like chars) under accountId is redacted as generated",
	"lost 10.personal/slack-users-profile-get: \\\"avatar_hash\\\":\\\"g1a2b3c4d5e6\\\"":                           "weak word (hash) over-redacts: a Slack avatar_hash (a content hash of a picture) is redacted as a secret",
	"lost 3.unnamed/chat-webhook-urls-in-integration-config: T04ABCDE12":                                           "capability path redacted too broadly: the Slack webhook path /services/T.../B.../<secret> is redacted from the team id on instead of its last segment",
	"lost 3.unnamed/chat-webhook-urls-in-integration-config: 01HF8Z2M3N4P5Q6R7S8T9V0WXY":                           "capability path word over-applies: a resource ULID after /api/v2/webhooks/ in a REST URL is redacted as a webhook token",
	"lost 3.unnamed/blackboard-lti-launch-oauth-signature: acme-tool-prod":                                         "weak word (key) over-redacts: an OAuth 1.0 / LTI oauth_consumer_key (a public identifier; the secret is separate) is redacted",
	"lost 5.exporters/firefox-multipart-params-with-filename: lab-report-week7.pdf":                                "identity field over-applies: display_name of a file resource is pseudonymised as a person's name",
	"lost 6.everywhere/supabase-auth-helpers-array-cookie-session: sb_publishable_mMyUUfiaxc6FLA5I9r7ZDj_1641nheN": "public-by-design key redacted: a Supabase sb_publishable_ key under the apikey header; publishable-key prefixes are not exempted",
	"lost 8.vendors/google-identity-services-token-shapes: 677782533108-f5wh9b0bk9c00q0vf42xa1rqw3l1seco...":       "public-by-design client id redacted: a Google OAuth client_id (<digits>-<32>.apps.googleusercontent.com) beside client_secret is judged a secret",
}
