package sanitize

// A sixteenth held-out corpus for "Detection that generalizes", written
// without reading the engine: money, health and people. Retail banking and
// fintech single-page apps (Revolut, N26, Monzo, Sparkasse-style online
// banking), open-banking link flows (Plaid Link, Tink, TrueLayer, GoCardless
// Bank Account Data), payments (Stripe, Adyen, Braintree, Square),
// crypto exchanges and wallets (Coinbase, Binance, Kraken, MetaMask and
// WalletConnect, Alchemy/Infura RPC, Ledger Live), insurance quote and
// claims portals (Guidewire-style), patient portals and telehealth (Epic
// MyChart, Cerner/FHIR, Doctolib, Zocdoc, Twilio Video), pharmacy, HR and
// payroll (Workday, ADP, Gusto, Personio, BambooHR), e-signature (DocuSign,
// Adobe Acrobat Sign), tax filing portals and expense tools (Expensify, SAP
// Concur), in the carriers these products use: JSON APIs, form posts,
// OAuth/OIDC and SAML redirects, websockets, server-sent events, NDJSON,
// multipart document uploads, gRPC-web, HTML with embedded state, PDFs and
// base64 in JSON. It reuses the harness of generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"encoding/binary"
	"net/url"
	"strings"
	"testing"
)

func TestHeldout16Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 16", "heldout16Open", heldout16Cases(), heldout16Open)
}

func TestHeldout16CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout16Cases())
}

func heldout16Cases() []gdef {
	return gCollect(u16Names, u16Pairs, u16Unnamed, u16Carriers, u16Exporters, u16Everywhere, u16GraphQL, u16Vendors, u16CardsPhrases, u16Personal)
}

// u16Pw is a realistic human password: a word, digits, a symbol and a word.
func (c *gcase) u16Pw() string {
	words := []string{"Sparkonto", "Premium", "Harvest", "Lantern", "Ferry", "Orchid", "Granite", "Pebble", "Saffron", "Marble", "Juniper", "Falcon", "Coral", "Thistle", "Basil", "Cobalt"}
	syms := "!#$%&*+-=?@_~"
	return words[c.rng.IntN(len(words))] + c.digits(3) + string(syms[c.rng.IntN(len(syms))]) + strings.ToLower(words[c.rng.IntN(len(words))])
}

// u16JWT is a JWT with the given algorithm, kid and claims and a random signature.
func (c *gcase) u16JWT(alg, kid, claims string) string {
	n := 256
	if strings.HasPrefix(alg, "HS") || strings.HasPrefix(alg, "ES") {
		n = 64
	}
	return gB64u(`{"alg":"`+alg+`","kid":"`+kid+`","typ":"JWT"}`) + "." + gB64u(claims) + "." + c.b64u(n)
}

// u16Part is one multipart/form-data part.
func u16Part(b, name, extra, body string) string {
	return "--" + b + "\r\nContent-Disposition: form-data; name=\"" + name + "\"" + extra + "\r\n\r\n" + body + "\r\n"
}

// u16Proto is a protobuf length-delimited field.
func u16Proto(field int, s string) string {
	return string(binary.AppendUvarint([]byte{byte(field<<3 | 2)}, uint64(len(s)))) + s
}

// u16GrpcWeb frames a protobuf message as a gRPC-web data frame.
func u16GrpcWeb(msg string) string {
	n := len(msg)
	return string([]byte{0, byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}) + msg
}

// u16Seed is a BIP-39 style recovery phrase of n words.
func (c *gcase) u16Seed(n int) string {
	words := []string{"abandon", "bridge", "canyon", "daring", "eagle", "fabric", "galaxy", "harbor", "icon", "jaguar", "kettle", "ladder", "marble", "napkin", "orbit", "pepper", "quantum", "rabbit", "saddle", "tackle", "umbrella", "velvet", "walnut", "yellow", "zebra", "anchor", "blossom", "cactus", "dolphin", "ember", "frost", "glimpse"}
	var out []string
	for i := 0; i < n; i++ {
		out = append(out, words[c.rng.IntN(len(words))])
	}
	return strings.Join(out, " ")
}

// 1. Compound, abbreviated and foreign-language secret names.
func u16Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "n26-mfa-token-error-and-challenge", func(c *gcase) {
			mfa := c.secret("N26 mfaToken (403 body, then challenge request)", c.uuid())
			c.post("https://api.tech26.de/oauth2/token", "application/x-www-form-urlencoded", "grant_type=password&username=user&password="+url.QueryEscape(c.secret("N26 password form field", c.u16Pw()))).
				code(403).sh("X-Request-Id", c.decoy(c.uuid())).
				resp("application/json", `{"error":"mfa_required","error_description":"MFA token is required",`+c.decoy(`"userMessage":{"title":"Verify your login"}`)+`,"mfaToken":"`+mfa+`"}`)
			c.post("https://api.tech26.de/api/mfa/challenge", "application/json", `{"challengeType":"oob","mfaToken":"`+mfa+`"}`).
				resp("application/json", `{"challengeType":"oob",`+c.decoy(`"remainingValidityTimeInSeconds":300`)+`}`)
		}},
		{cat, "plaid-secret-and-client-id-headers", func(c *gcase) {
			c.post("https://production.plaid.com/accounts/balance/get", "application/json", `{"access_token":"`+c.secret("Plaid access_token body", "access-production-"+c.uuid())+`","options":{"account_ids":["`+c.decoy(c.alnum(37))+`"]}}`).
				rh("PLAID-CLIENT-ID", c.hexs(24), "PLAID-SECRET", c.secret("PLAID-SECRET header (30 hex)", c.hexs(30)), "Plaid-Version", c.decoy("2020-09-14")).
				resp("application/json", `{"accounts":[{"balances":{"available":100,"current":110,`+c.decoy(`"iso_currency_code":"USD"`)+`},"mask":"0000","subtype":"checking"}],"request_id":"`+c.decoy(c.alnum(15))+`"}`)
		}},
		{cat, "sparkasse-german-kennwort-form", func(c *gcase) {
			c.post("https://www.sparkasse-koelnbonn.de/de/home/onlinebanking.html?n=true&"+c.decoy("stref=hnav"), "application/x-www-form-urlencoded",
				"%24event=login&anmeldename=fiducia77&Kennwort="+url.QueryEscape(c.secret("Kennwort form field (German)", c.u16Pw()))+"&Geheimzahl="+c.secret("Geheimzahl form field (German PIN)", c.digits(8))+"&"+c.decoy("sprache=de")+"&"+c.decoy("rsid=onlinebanking_login_v3")).
				code(302).sh("Location", "https://www.sparkasse-koelnbonn.de/de/home/onlinebanking/finanzstatus.html")
		}},
		{cat, "french-mutuelle-and-spanish-bank-passwords", func(c *gcase) {
			c.post("https://espace-client.mutuelle-exemple.fr/api/authentification", "application/json",
				`{"identifiant":"0681772","motDePasse":"`+c.secret("motDePasse (French)", c.u16Pw())+`",`+c.decoy(`"canal":"WEB"`)+`,`+c.decoy(`"versionCgu":"2024-03"`)+`}`).
				resp("application/json", `{"jetonAcces":"`+c.secret("jetonAcces (French access token)", c.b64u(32))+`",`+c.decoy(`"dureeValidite":900`)+`}`)
			c.post("https://www.banco-ejemplo.es/ASO/TechArchitecture/grantingTickets/V02", "application/json",
				`{"authentication":{"userID":"0019-0X2","consumerID":"`+c.decoy("00000001")+`","authenticationType":"02","authenticationData":[{"idAuthenticationData":"password","authenticationData":["`+c.secret("authenticationData for idAuthenticationData=password (BBVA style)", c.u16Pw())+`"]}]},"contrasenaOperaciones":"`+c.secret("contrasenaOperaciones (Spanish)", c.alnum(10))+`"}`)
		}},
		{cat, "binance-p20t-cookie-and-csrftoken", func(c *gcase) {
			c.get("https://www.binance.com/bapi/accounts/v1/private/account/user/base-detail").
				rh("clienttype", "web", "csrftoken", c.secret("Binance csrftoken header (32 hex)", c.hexs(32)), "bnc-time-zone", c.decoy("Europe/Berlin"), "x-trace-id", c.decoy(c.uuid()),
					"Cookie", "lang=en; p20t=web."+c.secret("Binance p20t cookie", c.digits(9)+"."+strings.ToUpper(c.hexs(64)))+"; logined=y").
				resp("application/json", `{"code":"000000","message":null,"data":{`+c.decoy(`"userType":"USER"`)+`,`+c.decoy(`"kycLevel":2`)+`},"success":true}`)
		}},
		{cat, "mychart-logininfo-json-in-form", func(c *gcase) {
			li := `{"Type":"StandardLogin","Credentials":{"Username":"` + gB64("pat.wren") + `","Password":"` + gB64(c.secret("MyChart LoginInfo Credentials.Password (base64 of the password)", c.u16Pw())) + `"},"DeviceInfo":"{\"IsAndroid\":false}"}`
			c.post("https://mychart.example-health.org/MyChart/Authentication/Login/DoLogin", "application/x-www-form-urlencoded",
				"__RequestVerificationToken="+c.secret("__RequestVerificationToken form", c.b64u(64))+"&LoginInfo="+url.QueryEscape(li)).
				resp("application/json", `{"Success":true,"RedirectUrl":"`+c.decoy("/MyChart/Home/")+`"}`)
		}},
		{cat, "netbanking-abbreviated-pwd-fields", func(c *gcase) {
			c.post("https://netbanking.bank-example.in/api/v3/login", "application/json",
				`{"custId":"55102291","loginPwd":"`+c.secret("loginPwd", c.u16Pw())+`","txnPwd":"`+c.secret("txnPwd", c.u16Pw())+`","encSessKey":"`+c.secret("encSessKey", c.b64s(32))+`",`+c.decoy(`"channelId":"NB"`)+`,`+c.decoy(`"appVer":"7.4.1"`)+`}`).
				resp("application/json", `{"status":"SUCCESS","sessTkn":"`+c.secret("sessTkn", c.hexs(40))+`",`+c.decoy(`"sessTimeoutSecs":600`)+`}`)
		}},
		{cat, "ibm-api-connect-client-secret-header", func(c *gcase) {
			c.get("https://api.bank-example.com/psd2/v1/accounts?"+c.decoy("withBalance=true")).
				rh("X-IBM-Client-Id", c.uuid(), "X-IBM-Client-Secret", c.secret("X-IBM-Client-Secret", c.pick(gAlnum, 48)),
					"Consent-ID", c.pick(gAlnum, 24), "Authorization", "Bearer "+c.secret("PSD2 bearer", c.b64u(48)),
					"X-Request-ID", c.decoy(c.uuid()), "PSU-IP-Address", c.secret("PSU-IP-Address (the user's IP)", "84.174.91.203")).
				resp("application/json", `{"accounts":[{"resourceId":"`+c.decoy(c.uuid())+`","currency":"EUR","cashAccountType":"CACC"}]}`)
		}},
		{cat, "expensify-authenticate-authtoken", func(c *gcase) {
			c.post("https://www.expensify.com/api/Authenticate?"+c.decoy("api_setCookie=false"), "application/x-www-form-urlencoded",
				"partnerName=chat-expensify-com&partnerUserID="+url.QueryEscape(c.secret("Expensify partnerUserID (login e-mail)", "r.nakashima-hale@inbox-mail.example"))+"&partnerUserSecret="+url.QueryEscape(c.secret("Expensify partnerUserSecret (the password)", c.u16Pw()))+"&"+c.decoy("referer=ecash")).
				resp("application/json", `{"jsonCode":200,"requestID":"`+c.decoy(c.hexs(16)+"-SJC")+`","authToken":"`+c.secret("Expensify authToken", strings.ToUpper(c.hexs(160)))+`","encryptedAuthToken":"`+c.secret("Expensify encryptedAuthToken", c.b64s(96))+`",`+c.decoy(`"accountID":18253390`)+`}`)
		}},
		{cat, "guidewire-password-and-secret-answer-capitals", func(c *gcase) {
			c.post("https://portal.insure-example.com/gateway-portal/account/login", "application/json",
				`{"jsonrpc":"2.0","method":"login","params":[{"userName":"h.okafor","passWord":"`+c.secret("Guidewire passWord", c.u16Pw())+`","SecretAnswer":"`+c.secret("SecretAnswer", "Tamarind Street Bakery")+`"}],"id":`+c.decoy(`"req-7781"`)+`}`).
				resp("application/json", `{"jsonrpc":"2.0","result":{`+c.decoy(`"portalVersion":"11.1.2"`)+`,"sessionKey":"`+c.secret("Guidewire sessionKey", c.hexs(32))+`"}}`)
		}},
		{cat, "adp-smsession-cookie-and-xsrf", func(c *gcase) {
			c.get("https://my.adp.com/myadp_prefix/v1_0/O/A/payStatements?"+c.decoy("adjustments=yes")+"&numberoflastpaydates=3").
				rh("Cookie", "SMSESSION="+c.secret("ADP SMSESSION cookie (SiteMinder)", c.b64s(300))+"; ADPLangLocaleCookie=en_US; XSRF-TOKEN="+c.secret("ADP XSRF-TOKEN cookie", c.uuid()),
					"X-XSRF-TOKEN", c.secret("ADP X-XSRF-TOKEN header", c.uuid()), "roleCode", c.decoy("employee")).
				resp("application/json", `{"payStatements":[{"payDate":"2026-11-15",`+c.decoy(`"statementImageUri":{"href":"/v1_0/O/A/payStatement/0748512"}`)+`}]}`)
		}},
		{cat, "workday-soap-xml-compound-element-names", func(c *gcase) {
			c.post("https://wd2-impl-services1.workday.com/ccx/service/acme/Integrations/v43.0", "text/xml; charset=utf-8",
				`<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wd="urn:com.workday/bsvc"><soapenv:Body><wd:Put_Integration_System_Request `+c.decoy(`wd:version="v43.0"`)+`><wd:Integration_System_Data><wd:Integration_System_ID>`+c.decoy("INT_Benefits_Carrier_834")+`</wd:Integration_System_ID><wd:SFTP_Password>`+c.secret("wd:SFTP_Password", c.u16Pw())+`</wd:SFTP_Password><wd:PGP_Private_Key_Passphrase>`+c.secret("wd:PGP_Private_Key_Passphrase", "orange ferry nineteen lamps")+`</wd:PGP_Private_Key_Passphrase><wd:Endpoint_URL>`+c.decoy("sftp://edi.carrier-example.com:22/inbound")+`</wd:Endpoint_URL></wd:Integration_System_Data></wd:Put_Integration_System_Request></soapenv:Body></soapenv:Envelope>`).
				rh("SOAPAction", c.decoy(`"Put_Integration_System"`))
		}},
	}
}

// 2. Name/value pairs spelled as data.
func u16Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "tink-credentials-fields-array", func(c *gcase) {
			c.post("https://api.tink.com/api/v1/credentials", "application/json",
				`{"providerName":"`+c.decoy("de-commerzbank-password")+`","fields":[{"name":"username","value":"kto4471902"},{"name":"password","value":"`+c.secret("Tink fields[] name=password value", c.u16Pw())+`"}],"appUri":"https://app.fintech-example.com/cb"}`).
				rh("Authorization", "Bearer "+c.secret("Tink user bearer", c.u16JWT("ES256", "tink-1", `{"iss":"tink","sub":"`+c.hexs(32)+`"}`))).
				resp("application/json", `{"id":"`+c.decoy(c.hexs(32))+`","status":"AUTHENTICATING",`+c.decoy(`"statusUpdated":1732270500000`)+`}`)
		}},
		{cat, "workday-wul-widget-property-value", func(c *gcase) {
			c.post("https://wd5.myworkday.com/acme/task/2997$2151.htmld", "application/json",
				`{"sessionSecureToken":"`+c.secret("Workday sessionSecureToken", c.b64u(24))+`","widgets":[{"widget":"text","propertyName":"wd:Legacy_System_ID","value":"`+c.decoy("LGCY-44012")+`"},{"widget":"password","propertyName":"wd:New_Password","value":"`+c.secret("Workday widget propertyName=wd:New_Password value", c.u16Pw())+`"},{"widget":"password","propertyName":"wd:Verify_New_Password","value":"`+c.secret("Workday widget Verify_New_Password value", c.u16Pw())+`"}]}`)
		}},
		{cat, "mychart-hidden-inputs-in-html", func(c *gcase) {
			c.get("https://mychart.example-health.org/MyChart/Authentication/Login").
				resp("text/html; charset=utf-8", `<!DOCTYPE html><html><body><form id="loginForm" action="/MyChart/Authentication/Login/DoLogin" method="post"><input name="__RequestVerificationToken" type="hidden" value="`+c.secret("hidden input __RequestVerificationToken", c.b64u(92))+`" /><input type="hidden" name="ssoTicket" value="`+c.secret("hidden input ssoTicket", c.alnum(40))+`"><input type="hidden" name="`+c.decoy(`localeId`)+`" value="`+c.decoy("en-US-x-mychart")+`"><input type="hidden" name="buildVersion" value="`+c.decoy("10.9.4.27")+`"></form></body></html>`)
		}},
		{cat, "docusign-tabs-tablabel-value", func(c *gcase) {
			c.post("https://na3.docusign.net/restapi/v2.1/accounts/"+c.decoy(c.uuid())+"/envelopes", "application/json",
				`{"emailSubject":"`+c.decoy("Direct deposit enrollment")+`","templateId":"`+c.decoy(c.uuid())+`","templateRoles":[{"roleName":"Employee","tabs":{"textTabs":[{"tabLabel":"ssn","value":"`+c.secret("textTabs tabLabel=ssn value", "512-"+c.digits(2)+"-"+c.digits(4))+`"},{"tabLabel":"bank_account_number","value":"`+c.secret("textTabs tabLabel=bank_account_number value", c.digits(12))+`"},{"tabLabel":"department","value":"`+c.decoy("Warehouse Ops")+`"}]}}],"status":"sent"}`)
		}},
		{cat, "expensify-connection-credentials-key-value", func(c *gcase) {
			c.get("https://www.expensify.com/api?command=Policy_Get&"+c.decoy("policyID=7F3A9C21B04D5E66")).
				resp("application/json", `{"jsonCode":200,"policy":{"connections":{"netsuite":{"config":{`+c.decoy(`"syncOptions":{"syncPeople":true}`)+`},"credentials":[{"key":"tokenID","value":"NS-TBA-2208"},{"key":"tokenSecret","value":"`+c.secret("connection credentials key=tokenSecret value", c.hexs(64))+`"},{"key":"consumerSecret","value":"`+c.secret("connection credentials key=consumerSecret value", c.hexs(64))+`"}]}}}}`)
		}},
		{cat, "mychart-security-questions-answers", func(c *gcase) {
			c.post("https://mychart.example-health.org/MyChart/api/security/SaveSecurityQuestions", "application/json",
				`{"Questions":[{"QuestionId":"`+c.decoy("SQ-12")+`","Question":"What was the name of your first pet?","Answer":"`+c.secret("security question Answer 1", "Biscuit the Beagle")+`"},{"QuestionId":"`+c.decoy("SQ-07")+`","Question":"In what city did your parents meet?","Answer":"`+c.secret("security question Answer 2", "Port Elizabeth harbour")+`"}]}`)
		}},
		{cat, "admin-table-rows-name-value-arrays", func(c *gcase) {
			c.get("https://dashboard.payments-example.com/api/v1/integrations/credentials/table").
				resp("application/json", `{"columns":["Name","Value","Rotated"],"rows":[["merchant_id","`+c.decoy("acme_retail_eu")+`","2026-09-01"],["api_secret","`+c.secret("table row [api_secret, S]", c.pick(gAlnum, 40))+`","2026-09-01"],["webhook_signing_key","`+c.secret("table row [webhook_signing_key, S]", c.b64s(32))+`","2026-10-12"]]}`)
		}},
		{cat, "workday-xml-custom-field-name-value", func(c *gcase) {
			c.get("https://wd2-impl-services1.workday.com/ccx/service/acme/Integrations/v43.0/Get_Integration_Systems").
				resp("text/xml", `<?xml version="1.0"?><wd:Integration_System_Data xmlns:wd="urn:com.workday/bsvc"><wd:Integration_Attribute><wd:Name>Carrier Group Number</wd:Name><wd:Value>`+c.decoy("GRP-008812")+`</wd:Value></wd:Integration_Attribute><wd:Integration_Attribute><wd:Name>Carrier API Password</wd:Name><wd:Value>`+c.secret("Integration_Attribute Name=Carrier API Password Value", c.u16Pw())+`</wd:Value></wd:Integration_Attribute><wd:Integration_Attribute><wd:Name>Client Secret</wd:Name><wd:Value>`+c.secret("Integration_Attribute Name=Client Secret Value", c.b64u(32))+`</wd:Value></wd:Integration_Attribute></wd:Integration_System_Data>`)
		}},
		{cat, "form-indexed-field-descriptors", func(c *gcase) {
			c.post("https://onboarding.gusto-example.com/company/integrations/retirement", "application/x-www-form-urlencoded",
				"fields%5B0%5D%5Bname%5D=plan_id&fields%5B0%5D%5Bvalue%5D="+c.decoy("401k-PLAN-3021")+"&fields%5B1%5D%5Bname%5D=sftp_password&fields%5B1%5D%5Bvalue%5D="+url.QueryEscape(c.secret("fields[1][value] under fields[1][name]=sftp_password", c.u16Pw()))+"&fields%5B2%5D%5Bname%5D=api_key&fields%5B2%5D%5Bvalue%5D="+c.secret("fields[2][value] under fields[2][name]=api_key", c.alnum(32))+"&"+c.decoy("provider=guideline"))
		}},
		{cat, "webhook-custom-headers-key-value", func(c *gcase) {
			c.req("PUT", "https://api.concursolve.com/events/v4/subscriptions/"+c.decoy("expense-report-approved"), "application/json",
				`{"filter":"`+c.decoy("concur.expense.report.approved")+`","webHookUrl":"https://hooks.acme.example/concur","headers":[{"key":"Content-Type","value":"application/json"},{"key":"X-Hook-Secret","value":"`+c.secret("headers[] key=X-Hook-Secret value", c.hexs(40))+`"},{"key":"Authorization","value":"Basic `+gB64("concur:"+c.secret("headers[] key=Authorization value (Basic password)", c.u16Pw()))+`"}]}`)
		}},
		{cat, "kubernetes-env-name-value-in-ledger-node-config", func(c *gcase) {
			c.get("https://console.node-provider.example/api/v1/nodes/"+c.decoy("btc-mainnet-02")+"/spec").
				resp("application/json", `{"image":"`+c.decoy("ledgerhq/bitcoin-core:27.1")+`","env":[{"name":"BITCOIN_NETWORK","value":"mainnet"},{"name":"RPC_PASSWORD","value":"`+c.secret("env name=RPC_PASSWORD value", c.alnum(32))+`"},{"name":"WALLET_PASSPHRASE","value":"`+c.secret("env name=WALLET_PASSPHRASE value", "cobalt tiger drinks seven lattes")+`"},{`+c.decoy(`"name":"LOG_LEVEL","value":"info"`)+`}]}`)
		}},
		{cat, "intake-answers-question-key-response", func(c *gcase) {
			c.post("https://api.zocdoc-example.com/booking/v2/intake", "application/json",
				`{"appointmentId":"`+c.decoy(c.uuid())+`","answers":[{"questionKey":"reason_for_visit","response":"`+c.decoy("Annual physical")+`"},{"questionKey":"insurance_member_id","response":"`+c.secret("answers questionKey=insurance_member_id response", "W"+c.digits(9))+`"},{"questionKey":"patient_portal_password","response":"`+c.secret("answers questionKey=patient_portal_password response", c.u16Pw())+`"}]}`)
		}},
	}
}

// 3. Generated credentials without a telling name.
func u16Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "gusto-password-reset-path", func(c *gcase) {
			tok := c.secret("Rails password_resets/<token>/edit path segment", c.pick(gB64uAlpha, 20))
			c.get("https://app.gusto.com/password_resets/" + tok + "/edit?" + c.decoy("utm_source=transactional"))
			c.req("PATCH", "https://app.gusto.com/password_resets/"+tok, "application/x-www-form-urlencoded", "_method=patch&user%5Bpassword%5D="+url.QueryEscape(c.secret("user[password] on reset", c.u16Pw()))).code(302)
		}},
		{cat, "personio-invitation-accept-path", func(c *gcase) {
			c.get("https://acme-gmbh.personio.de/invitation/accept/"+c.secret("Personio invitation path token", c.hexs(64))).
				resp("text/html", `<html><head><title>`+c.decoy("Personio | Welcome to ACME GmbH")+`</title></head><body></body></html>`)
		}},
		{cat, "monzo-magic-link-email-path", func(c *gcase) {
			c.get("https://verify.monzo.com/email/"+c.secret("Monzo magic link path token", c.b64u(48))+"?"+c.decoy("client_id=oauth2client_00009abcDEFghiJKLmnoP")).
				code(302).sh("Location", "https://auth.monzo.com/confirmed?"+c.decoy("intent=login"))
		}},
		{cat, "discord-webhook-path-for-trade-alerts", func(c *gcase) {
			c.post("https://discord.com/api/webhooks/"+c.decoy("1187345566021455872")+"/"+c.secret("Discord webhook token (path)", c.pick(gB64uAlpha, 68)), "application/json",
				`{"content":"`+c.decoy("BTC-EUR filled 0.25 @ 61,240.10")+`","username":"trade-bot"}`)
		}},
		{cat, "docusign-recipient-view-url", func(c *gcase) {
			c.post("https://na3.docusign.net/restapi/v2.1/accounts/"+c.decoy("4f1d2c9e-88aa-4b1e-9c1d-7a2f3e4d5b6c")+"/envelopes/"+c.decoy(c.uuid())+"/views/recipient", "application/json", `{"returnUrl":"https://hr.acme.example/onboarding/done","authenticationMethod":"none",`+c.decoy(`"clientUserId":"1001"`)+`}`).
				resp("application/json", `{"url":"https://na3.docusign.net/Signing/MTRedeem/v1/`+c.secret("DocuSign MTRedeem path token", c.b64u(60))+`?slt=`+c.secret("DocuSign slt query", c.b64u(200))+`"}`)
		}},
		{cat, "auth-user-context-jwt-header", func(c *gcase) {
			c.get("https://api.insure-example.com/claims/v2/claims/"+c.decoy("CLM-2026-004417")).
				rh("X-Auth-User-Context", c.secret("opaque header carrying a JWT", c.u16JWT("RS256", "ctx-2", `{"sub":"u-88123","roles":["policyholder"]}`)), "Accept-Language", c.decoy("en-GB,en;q=0.9")).
				resp("application/json", `{"claimNumber":"`+c.decoy("CLM-2026-004417")+`","status":"IN_REVIEW"}`)
		}},
		{cat, "expensify-validate-login-code", func(c *gcase) {
			c.get("https://www.expensify.com/validate?" + c.decoy("accountID=18253390") + "&validateCode=" + c.secret("Expensify validateCode query", c.hexs(32)))
		}},
		{cat, "stripe-hosted-invoice-capability-url", func(c *gcase) {
			c.get("https://invoice.stripe.com/i/"+c.decoy("acct_1NxQ7kLmP9rT2sVw")+"/live_"+c.secret("Stripe hosted invoice capability segment", c.b64u(90))+"?"+c.decoy("s=ap")).
				resp("text/html", `<html><body><h1>`+c.decoy("Invoice INV-0042")+`</h1></body></html>`)
		}},
		{cat, "telehealth-visit-room-path", func(c *gcase) {
			c.get("https://video.telehealth-example.com/visit/"+c.secret("telehealth visit room path token", c.alnum(26))+"/join").
				resp("application/json", `{"roomSid":"`+c.decoy("RM"+c.hexs(32))+`","provider":{"specialty":"`+c.decoy("Dermatology")+`"}}`)
		}},
		{cat, "raw-authorization-api-key-no-scheme", func(c *gcase) {
			c.get("https://api.ledger-accounting-example.com/v1/journal_entries?"+c.decoy("since=2026-11-01")).
				rh("Authorization", c.secret("Authorization without scheme (raw API key)", c.pick(gAlnum, 48)), "Accept", "application/json").
				resp("application/json", `{"data":[],"meta":{`+c.decoy(`"next_cursor":null`)+`}}`)
		}},
		{cat, "bamboohr-calendar-feed-id", func(c *gcase) {
			c.get("https://acme.bamboohr.com/feeds/feed.php?id="+c.secret("BambooHR iCal feed id (a capability)", c.hexs(32))).
				resp("text/calendar", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"+c.decoy("-//BambooHR//Time Off Calendar//EN")+"\r\nEND:VCALENDAR\r\n")
		}},
		{cat, "brex-invite-url-in-json", func(c *gcase) {
			c.post("https://api.brex-example.com/v2/users", "application/json", `{"first_name":"Tam","last_name":"Ng","department_id":"`+c.decoy("dept_"+c.alnum(20))+`"}`).
				resp("application/json", `{"id":"`+c.decoy("cuuser_"+c.alnum(24))+`","status":"INVITED","url":"https://accounts.brex-example.com/invite/`+c.secret("invite URL path token", c.b64u(32))+`"}`)
		}},
	}
}

// 4. Carriers.
func u16Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "workday-wsse-usernametoken", func(c *gcase) {
			c.post("https://wd2-impl-services1.workday.com/ccx/service/acme/Human_Resources/v43.0", "text/xml; charset=utf-8",
				`<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:bsvc="urn:com.workday/bsvc"><soapenv:Header><wsse:Security soapenv:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><wsse:UsernameToken><wsse:Username>ISU_Payroll@acme</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">`+c.secret("wsse:Password", c.u16Pw())+`</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header><soapenv:Body><bsvc:Get_Workers_Request bsvc:version="v43.0"><bsvc:Request_References><bsvc:Worker_Reference>`+c.decoy(`<bsvc:ID bsvc:type="Employee_ID">21001</bsvc:ID>`)+`</bsvc:Worker_Reference></bsvc:Request_References></bsvc:Get_Workers_Request></soapenv:Body></soapenv:Envelope>`)
		}},
		{cat, "next-data-session-in-html", func(c *gcase) {
			c.get("https://app.revolut.com/home").
				resp("text/html", `<!DOCTYPE html><html><head><meta name="`+c.decoy("build-id")+`" content="`+c.decoy("r-"+c.hexs(12))+`"></head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"session":{"accessToken":"`+c.secret("__NEXT_DATA__ session.accessToken", c.b64u(40))+`","refreshToken":"`+c.secret("__NEXT_DATA__ session.refreshToken", c.b64u(40))+`"},`+c.decoy(`"featureFlags":{"vaults":true}`)+`}},"buildId":"`+c.decoy(c.b64u(15))+`"}</script></body></html>`)
		}},
		{cat, "mychart-js-config-single-quoted", func(c *gcase) {
			c.get("https://mychart.example-health.org/MyChart/scripts/config.js").
				resp("application/javascript", `window.MyChartConfig = {`+c.decoy(`orgId: 'EXH-4410'`)+`, antiForgeryToken: '`+c.secret("antiForgeryToken in a JS object", c.b64u(64))+`', videoVisitKey: '`+c.secret("videoVisitKey in a JS object", c.hexs(40))+`', `+c.decoy(`epicVersion: 'May 2026'`)+`};`)
		}},
		{cat, "claims-multipart-document-upload", func(c *gcase) {
			b := "----WebKitFormBoundary" + c.alnum(16)
			pdf := "%PDF-1.7\n1 0 obj <</Type/Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF"
			body := u16Part(b, "authenticity_token", "", c.secret("multipart authenticity_token part", c.b64s(64))) +
				u16Part(b, "claim[number]", "", c.decoy("CLM-2026-009124")) +
				u16Part(b, "claim[portal_pin]", "", c.secret("multipart claim[portal_pin] part", c.alnum(10))) +
				u16Part(b, "document", "; filename=\""+c.decoy("repair-estimate.pdf")+"\"\r\nContent-Type: application/pdf", pdf) + "--" + b + "--\r\n"
			c.post("https://claims.insure-example.com/claims/CLM-2026-009124/documents", "multipart/form-data; boundary="+b, body)
		}},
		{cat, "telehealth-chat-event-stream", func(c *gcase) {
			c.get("https://chat.telehealth-example.com/v1/visits/"+c.decoy("vis_8812")+"/events").
				resp("text/event-stream", "event: ready\ndata: {\"visitId\":\"vis_8812\",\"queuePosition\":2}\n\n"+
					"event: token\ndata: {\"type\":\"session.refresh\",\"sessionToken\":\""+c.secret("SSE data sessionToken", c.b64u(40))+"\",\"expiresIn\":900}\n\n"+
					"id: "+c.decoy("evt-00317")+"\ndata: {\"type\":\"provider.joined\",\"specialty\":\"Pediatrics\"}\n\n")
		}},
		{cat, "hr-audit-ndjson-export", func(c *gcase) {
			c.get("https://api.personio.de/v2/audit-log/export?"+c.decoy("format=ndjson")).
				resp("application/x-ndjson", `{"ts":"2026-11-20T08:00:01Z","event":"integration.updated","actor":"system","request_id":"`+c.decoy(c.uuid())+`"}`+"\n"+
					`{"ts":"2026-11-20T08:00:02Z","event":"api_credentials.created","client_id":"`+c.decoy("papi-"+c.uuid())+`","client_secret":"`+c.secret("NDJSON client_secret", "papi-"+c.b64u(48))+`"}`+"\n")
		}},
		{cat, "kraken-websocket-v2-token", func(c *gcase) {
			tok := c.secret("Kraken WS token (REST GetWebSocketsToken, then ws subscribe)", c.b64s(30))
			c.post("https://api.kraken.com/0/private/GetWebSocketsToken", "application/x-www-form-urlencoded", "nonce="+c.decoy("1732270500123")).
				rh("API-Key", c.secret("Kraken API-Key header", c.b64s(42))).
				resp("application/json", `{"error":[],"result":{"token":"`+tok+`",`+c.decoy(`"expires":900`)+`}}`)
			c.get("wss://ws-auth.kraken.com/v2").code(101).
				wsMsg("send", 1, `{"method":"subscribe","params":{"channel":"executions","token":"`+tok+`","snap_orders":true},"req_id":`+c.decoy("1234567")+`}`).
				wsMsg("receive", 1, `{"method":"subscribe","result":{"channel":"executions"},"success":true,"time_in":"2026-11-22T10:15:00.000000Z"}`)
		}},
		{cat, "walletconnect-relay-auth-jwt-query", func(c *gcase) {
			c.get("wss://relay.walletconnect.com/?auth="+c.secret("WalletConnect relay auth JWT (query)", c.u16JWT("EdDSA", "did:key", `{"iss":"did:key:z6Mk`+c.alnum(44)+`","sub":"`+c.hexs(64)+`","aud":"wss://relay.walletconnect.com"}`))+"&"+c.decoy("projectId="+c.hexs(32))+"&ua=wc-2%2Fjs-2.17.0").code(101).
				wsMsg("send", 1, `{"id":`+c.decoy("1732270500123456")+`,"jsonrpc":"2.0","method":"irn_subscribe","params":{"topic":"`+c.decoy(c.hexs(64))+`"}}`)
		}},
		{cat, "saml-response-base64-in-form", func(c *gcase) {
			assertion := `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_` + c.hexs(32) + `"><saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><saml:Subject><saml:NameID>employee@acme-corp.example</saml:NameID></saml:Subject><ds:SignatureValue>` + c.b64s(256) + `</ds:SignatureValue></saml:Assertion></samlp:Response>`
			c.post("https://wd5.myworkday.com/acme/login-saml.htmld", "application/x-www-form-urlencoded",
				"SAMLResponse="+url.QueryEscape(c.secret("SAMLResponse (a bearer assertion, base64)", gB64(assertion)))+"&RelayState="+url.QueryEscape(c.decoy("/acme/d/home.htmld"))).code(302)
		}},
		{cat, "adobe-sign-data-config-html-entities", func(c *gcase) {
			c.get("https://secure.na1.adobesign.com/public/esignWidget?"+c.decoy("wid=CBFCIBAA3AAABLblqZhA")).
				resp("text/html", `<div id="esign-root" data-config="{&quot;csrfToken&quot;:&quot;`+c.secret("csrfToken in HTML-entity JSON attribute", c.b64u(32))+`&quot;,&quot;sessionAccessToken&quot;:&quot;`+c.secret("sessionAccessToken in HTML-entity JSON attribute", c.b64u(48))+`&quot;,&quot;locale&quot;:&quot;`+c.decoy("en_US")+`&quot;}"></div>`)
		}},
		{cat, "onboarding-letter-pdf-base64-in-json", func(c *gcase) {
			pw := c.secret("temporary password inside a base64 PDF of a DocuSign document", c.u16Pw())
			pdf := "%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n4 0 obj <</Length 88>> stream\nBT /F1 11 Tf 72 700 Td (Your initial Workday password: " + pw + ") Tj ET\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF"
			c.post("https://na3.docusign.net/restapi/v2.1/accounts/"+c.decoy(c.uuid())+"/envelopes", "application/json",
				`{"emailSubject":"`+c.decoy("Welcome to ACME - first day")+`","documents":[{"documentId":"1","name":"`+c.decoy("offer-letter.pdf")+`","fileExtension":"pdf","documentBase64":"`+gB64(pdf)+`"}],"status":"created"}`)
		}},
		{cat, "truelayer-state-base64url-json", func(c *gcase) {
			st := gB64u(`{"csrf":"` + c.secret("CSRF nonce inside base64url JSON state", c.b64u(24)) + `","returnTo":"/accounts/connect"}`)
			c.get("https://app.fintech-example.com/callback?code="+c.secret("TrueLayer authorization code", c.hexs(64))+"&state="+st+"&"+c.decoy("scope=info%20accounts%20balance")).code(302).
				sh("Location", "/accounts/connect")
		}},
		{cat, "grpc-web-base64-protobuf-body", func(c *gcase) {
			msg := u16Proto(1, "device-ios-web") + u16Proto(2, c.secret("gRPC-web protobuf refresh token field", c.b64u(40)))
			e := c.post("https://api.crypto-wallet-example.com/wallet.v1.AuthService/RefreshSession", "application/grpc-web-text", gB64(u16GrpcWeb(msg)))
			e.rh("x-grpc-web", "1", "x-user-agent", c.decoy("grpc-web-javascript/0.1"))
		}},
	}
}

// 5. Exporters' quirks.
func u16Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "fiddler-json-body-as-param-name", func(c *gcase) {
			body := `{"grant_type":"refresh_token","refresh_token":"` + c.secret("Monzo refresh_token in a JSON body stored as params[0].name", c.u16JWT("HS256", "m1", `{"ci":"oauth2client_00009","tt":"refresh"}`)) + `",` + c.decoy(`"redirect_uri":"https://budget.acme.example/monzo"`) + `}`
			e := c.post("https://api.monzo.com/oauth2/token", "application/json", body)
			e.post.params = []any{map[string]any{"name": body, "value": ""}}
			e.post.text = ""
			c.creator = [2]string{"Fiddler", "5.0.20245.10956"}
		}},
		{cat, "charles-form-in-params-only-multipart-mime", func(c *gcase) {
			e := c.post("https://secure.tax-portal-example.gov/efile/submit", "multipart/form-data; boundary=----CharlesBoundary", "")
			e.post.params = []any{map[string]any{"name": "efin", "value": c.decoy("EFIN-712345")}, map[string]any{"name": "preparer_pin", "value": c.secret("Charles params[] preparer_pin", c.digits(10))}, map[string]any{"name": "signature_pin_self", "value": c.secret("Charles params[] signature_pin_self", c.alnum(9))}}
			c.creator = [2]string{"Charles Proxy", "5.0.1"}
		}},
		{cat, "json-body-labelled-text-plain", func(c *gcase) {
			c.post("https://api.coinbase.com/oauth/token", "text/plain;charset=UTF-8",
				`{"grant_type":"authorization_code","code":"`+c.secret("Coinbase auth code in a text/plain JSON body", c.hexs(64))+`","client_id":"`+c.decoy(c.hexs(64))+`","client_secret":"`+c.secret("Coinbase client_secret in a text/plain JSON body", c.hexs(64))+`","redirect_uri":"https://portfolio.acme.example/cb"}`)
		}},
		{cat, "form-body-labelled-json", func(c *gcase) {
			e := c.post("https://secure.concur-example.com/nui/signin/password", "application/json", "username=ap.clerk%40acme-corp.example&password="+url.QueryEscape(c.secret("password in a form body labelled application/json", c.u16Pw()))+"&"+c.decoy("lang=en_US"))
			e.post.params = nil
		}},
		{cat, "comma-joined-set-cookie", func(c *gcase) {
			c.post("https://www.coinbase.com/api/v3/sessions", "application/json", `{"stay_signed_in":true}`).
				sh("Set-Cookie", "cb_dm="+c.secret("Coinbase cb_dm cookie (comma-joined Set-Cookie)", c.uuid())+"; Path=/; Secure, coinbase_session="+c.secret("coinbase_session (second cookie in a comma-joined header)", c.b64u(48))+"; Path=/; HttpOnly; Secure; SameSite=Lax, locale=en; Path=/",
					"X-Request-Id", c.decoy(c.uuid())).
				resp("application/json", `{`+c.decoy(`"session_lifetime_seconds":1209600`)+`}`)
		}},
		{cat, "newline-joined-set-cookie-proxy", func(c *gcase) {
			c.post("https://kraken.com/api/internal/account/login", "application/json", `{"username":"satoshi.fan","password":"`+c.secret("Kraken web login password", c.u16Pw())+`","otp":""}`).
				sh("Set-Cookie", "KRAKEN_SESSION="+c.secret("KRAKEN_SESSION (newline-joined Set-Cookie)", c.hexs(64))+"; Path=/; HttpOnly; Secure\n__cf_bm="+c.secret("__cf_bm cookie", c.b64u(60))+"; path=/; domain=.kraken.com; HttpOnly; Secure",
					"cf-ray", c.decoy("8e7c2f1a9b3d4e5f-FRA"))
			c.creator = [2]string{"mitmproxy", "11.0.2"}
		}},
		{cat, "safari-cookies-array-without-header", func(c *gcase) {
			e := c.get("https://www.doctolib.fr/account/appointments.json?" + c.decoy("upcoming=true"))
			e.reqCookies = []any{map[string]any{"name": "_doctolib_session", "value": c.secret("Safari cookies[] _doctolib_session", c.b64s(200))}, map[string]any{"name": "auth_token", "value": c.secret("Safari cookies[] auth_token", c.b64u(40))}}
			e.resp("application/json", `{"data":[{"id":`+c.decoy("913377201")+`,"speciality":"`+c.decoy("Médecin généraliste")+`"}]}`)
			c.creator = [2]string{"WebKit", "619.1.26"}
		}},
		{cat, "firefox-base64-response-content", func(c *gcase) {
			e := c.post("https://auth.truelayer.com/connect/token", "application/x-www-form-urlencoded", "grant_type=client_credentials&client_id="+c.decoy("sandbox-acmebudget-7f3e21")+"&client_secret="+c.secret("TrueLayer client_secret form", c.uuid())+"&scope=payments")
			e.resp("application/json", gB64(`{"access_token":"`+c.secret("access_token inside base64 response content", c.u16JWT("RS256", "4C7D2A0B", `{"iss":"https://auth.truelayer-sandbox.com","client_id":"sandbox-acmebudget-7f3e21"}`))+`","expires_in":3600,"token_type":"Bearer"}`))
			e.respEncoding = "base64"
			c.creator = [2]string{"Firefox", "134.0"}
		}},
		{cat, "mitmproxy-h2-pseudo-header-path", func(c *gcase) {
			tok := c.secret("access_token in :path pseudo-header and URL", c.b64u(40))
			e := c.get("https://api.healthcare-example.com/fhir/r4/Observation?patient=Tbt3KuCY0B5PSrJvCu2j-PlK&access_token=" + tok)
			e.httpVersion = "HTTP/2.0"
			e.rh(":authority", c.decoy("api.healthcare-example.com"), ":method", "GET", ":path", "/fhir/r4/Observation?patient=Tbt3KuCY0B5PSrJvCu2j-PlK&access_token="+tok, ":scheme", "https")
			c.creator = [2]string{"mitmproxy", "11.0.2"}
		}},
		{cat, "query-string-array-not-decoded", func(c *gcase) {
			sig := c.b64s(32)
			e := c.get("https://pharmacy-example.com/rx/refill?rx=" + c.decoy("RX-7712093") + "&sig=" + url.QueryEscape(sig))
			e.query = []any{map[string]any{"name": "rx", "value": "RX-7712093"}, map[string]any{"name": "sig", "value": url.QueryEscape(c.secret("signed refill link sig (kept percent-encoded in queryString)", sig))}}
			c.creator = [2]string{"Charles Proxy", "4.6.6"}
		}},
		{cat, "entry-comment-with-curl", func(c *gcase) {
			e := c.get("https://api.gusto.com/v1/companies/" + c.decoy(c.uuid()) + "/payrolls?" + c.decoy("processing_statuses=processed"))
			e.set("comment", "replay: curl -H 'Authorization: Bearer "+c.secret("bearer inside an entry comment (curl)", c.b64u(32))+"' -H 'X-Gusto-API-Version: 2024-04-01' https://api.gusto.com/v1/me")
			c.creator = [2]string{"Insomnia", "10.1.1"}
		}},
		{cat, "set-cookie-only-in-cookies-array", func(c *gcase) {
			e := c.post("https://www.zocdoc.com/api/auth/login", "application/json", `{"email":"`+c.secret("Zocdoc login e-mail", "imogen.vasquez-reid@maildrop.example")+`","password":"`+c.secret("Zocdoc login password", c.u16Pw())+`"}`)
			e.respCookies = []any{map[string]any{"name": "zd_auth", "value": c.secret("response cookies[] zd_auth (no Set-Cookie header)", c.hexs(48)), "path": "/", "httpOnly": true, "secure": true, "expires": "2026-12-22T10:15:00.000Z"}}
			e.sh("X-Zd-Request-Id", c.decoy(c.uuid()))
		}},
	}
}

// 6. A value known secret in one place, echoed elsewhere.
func u16Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "reset-token-path-then-referer-then-form", func(c *gcase) {
			tok := c.secret("reset token (path, Referer, then named form field)", c.b64u(24))
			c.get("https://secure.insure-example.com/account/reset/" + tok)
			c.get("https://secure.insure-example.com/static/app."+c.decoy(c.hexs(8))+".js").rh("Referer", "https://secure.insure-example.com/account/reset/"+tok)
			c.post("https://secure.insure-example.com/account/reset", "application/x-www-form-urlencoded", "reset_password_token="+tok+"&password="+url.QueryEscape(c.secret("new password on reset form", c.u16Pw())))
		}},
		{cat, "access-token-echoed-in-ws-url", func(c *gcase) {
			at := c.secret("access token (token response, then wss query under a weak name)", c.b64u(40))
			c.post("https://api.exchange-example.com/oauth/token", "application/x-www-form-urlencoded", "grant_type=password&username=trader7&password="+url.QueryEscape(c.secret("exchange password", c.u16Pw()))).
				resp("application/json", `{"access_token":"`+at+`","token_type":"bearer",`+c.decoy(`"expires_in":86400`)+`}`)
			c.get("wss://stream.exchange-example.com/v1/private?t=" + at + "&" + c.decoy("channels=orders,balances")).code(101)
		}},
		{cat, "password-echoed-in-basic-header", func(c *gcase) {
			pw := c.secret("password (form, then inside a Basic credential)", c.u16Pw())
			c.post("https://hr.bamboohr-example.com/login.php", "application/x-www-form-urlencoded", "username=onboard&password="+url.QueryEscape(pw)+"&"+c.decoy("tz=Europe%2FLondon"))
			c.get("https://hr.bamboohr-example.com/webdav/reports/").rh("Authorization", "Basic "+gB64("onboard:"+pw))
		}},
		{cat, "refresh-token-percent-in-location", func(c *gcase) {
			rt := c.secret("refresh token (JSON, then percent-encoded in a redirect)", c.b64s(48))
			c.post("https://id.neobank-example.com/oauth/token", "application/json", `{"grant_type":"authorization_code","code":"`+c.secret("neobank auth code", c.hexs(40))+`"}`).
				resp("application/json", `{"refresh_token":"`+rt+`",`+c.decoy(`"refresh_expires_in":2592000`)+`}`)
			c.get("https://app.neobank-example.com/handoff").code(302).sh("Location", "neobank://handoff?rt="+url.QueryEscape(rt)+"&"+c.decoy("v=3"))
		}},
		{cat, "csrf-cookie-meta-and-header", func(c *gcase) {
			tok := c.secret("CSRF token (Set-Cookie, HTML meta, header)", c.b64u(32))
			c.get("https://app.expense-example.com/reports").sh("Set-Cookie", "csrftoken="+tok+"; Path=/; Secure; SameSite=Strict").
				resp("text/html", `<html><head><meta name="csrf-token" content="`+tok+`"><meta name="`+c.decoy("app-version")+`" content="`+c.decoy("2026.11.3")+`"></head></html>`)
			c.post("https://app.expense-example.com/api/reports/"+c.decoy("R0088123")+"/submit", "application/json", `{"comment":"Q4 travel"}`).rh("X-CSRFToken", tok)
		}},
		{cat, "plaid-public-token-postmessage-then-exchange", func(c *gcase) {
			pt := c.secret("Plaid public_token (redirect URI fragment, then exchange body)", "public-production-"+c.uuid())
			c.get("https://budget.acme.example/plaid/oauth-return?oauth_state_id=" + c.decoy(c.uuid()) + "#" + pt)
			c.post("https://budget.acme.example/api/plaid/exchange", "application/json", `{"public_token":"`+pt+`","institution_id":"`+c.decoy("ins_56")+`"}`)
		}},
		{cat, "docusign-access-code-echoed-in-email-preview", func(c *gcase) {
			ac := c.secret("DocuSign recipient accessCode (request, then HTML preview)", c.alnum(10))
			c.post("https://na3.docusign.net/restapi/v2.1/accounts/"+c.decoy(c.uuid())+"/envelopes", "application/json", `{"recipients":{"signers":[{"recipientId":"1","routingOrder":"1","accessCode":"`+ac+`"}]},"status":"sent"}`)
			c.get("https://hr.acme.example/admin/notifications/preview/"+c.decoy("ntf-4410")).resp("text/html", `<p>Your document is ready. Use code <b>`+ac+`</b> to open it.</p>`)
		}},
		{cat, "sentry-event-with-token-url", func(c *gcase) {
			tok := c.secret("magic login token (query, then inside a Sentry event)", c.hexs(40))
			c.get("https://app.payroll-example.com/login/magic?token=" + tok)
			c.post("https://o450123.ingest.sentry.io/api/"+c.decoy("5512345")+"/envelope/?sentry_key="+c.decoy(c.hexs(32))+"&sentry_version=7", "text/plain;charset=UTF-8",
				`{"event_id":"`+c.decoy(c.hexs(32))+`","sent_at":"2026-11-22T10:15:04.000Z"}`+"\n"+`{"type":"event"}`+"\n"+`{"exception":{"values":[{"type":"TypeError"}]},"request":{"url":"https://app.payroll-example.com/login/magic?token=`+tok+`"},"breadcrumbs":[{"category":"navigation","data":{"from":"/","to":"/login/magic?token=`+tok+`"}}],`+c.decoy(`"release":"payroll-web@4.12.0"`)+`}`)
		}},
		{cat, "email-base64-in-tracking-pixel", func(c *gcase) {
			em := c.secret("employee e-mail (JSON, then base64 in a pixel URL)", "oluwaseun.brightwater@acme-corp.example")
			c.get("https://api.payroll-example.com/v1/me").resp("application/json", `{"email":"`+em+`",`+c.decoy(`"locale":"en-GB"`)+`}`)
			c.get("https://t.mail-example.com/open.gif?e=" + gB64(em) + "&" + c.decoy("cid=payslip-2026-11"))
		}},
		{cat, "session-echoed-in-js-before-cookie", func(c *gcase) {
			sid := c.secret("session id (inline JS first, then Set-Cookie)", c.hexs(48))
			c.get("https://patient.cerner-example.com/pages/home").resp("text/html", `<script>var s={`+c.decoy(`tenant:"ec2458f2-1e24-41c8-b71b-0e701af7583d"`)+`,sid:"`+sid+`"};</script>`)
			c.get("https://patient.cerner-example.com/api/ping").sh("Set-Cookie", "JSESSIONID="+sid+"; Path=/; Secure; HttpOnly")
		}},
		{cat, "api-key-shown-once-then-used-hex-echo", func(c *gcase) {
			key := c.secret("exchange API secret (create response, then hex-encoded in a backup)", c.b64s(64))
			c.post("https://api.exchange-example.com/v2/api_keys", "application/json", `{"label":"tax-export","permissions":["read"]}`).
				resp("application/json", `{"id":"`+c.decoy(c.uuid())+`","key_id":"`+c.decoy("ak_"+c.hexs(24))+`","secret":"`+key+`"}`)
			c.post("https://tax-tool-example.com/api/imports/exchanges", "application/json", `{"exchange":"exchange-example","blob":"`+strings.ToUpper(u16Hex("ak:"+key))+`"}`)
		}},
	}
}

func u16Hex(s string) string {
	const h = "0123456789abcdef"
	out := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		out = append(out, h[s[i]>>4], h[s[i]&15])
	}
	return string(out)
}

// 7. GraphQL.
func u16GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "signin-mutation-variables", func(c *gcase) {
			c.post("https://api.zocdoc-example.com/graphql", "application/json",
				`{"operationName":"SignIn","variables":{"email":"`+c.secret("GraphQL variables.email", "bartholomew.quince@mailbox.example")+`","password":"`+c.secret("GraphQL variables.password", c.u16Pw())+`"},"query":"mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { `+c.decoy("patientId")+` } }"}`)
		}},
		{cat, "apq-get-reset-password", func(c *gcase) {
			vars := `{"token":"` + c.secret("APQ GET variables.token", c.b64u(32)) + `","newPassword":"` + c.secret("APQ GET variables.newPassword", c.u16Pw()) + `"}`
			c.get("https://api.neobank-example.com/graphql?operationName=ResetPassword&variables=" + url.QueryEscape(vars) + "&extensions=" + url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"`+c.decoy(c.hexs(64))+`"}}`))
		}},
		{cat, "batched-operations-create-api-key", func(c *gcase) {
			c.post("https://api.crypto-wallet-example.com/graphql", "application/json",
				`[{"operationName":"Me","variables":{},"query":"query Me { me { id } }"},{"operationName":"CreateApiKey","variables":{"label":"`+c.decoy("koinly-sync")+`"},"query":"mutation CreateApiKey($label: String!) { createApiKey(label: $label) { id secret } }"}]`).
				resp("application/json", `[{"data":{"me":{"id":"`+c.decoy(c.uuid())+`"}}},{"data":{"createApiKey":{"id":"`+c.decoy(c.uuid())+`","secret":"`+c.secret("batched response createApiKey.secret", c.b64u(40))+`"}}}]`)
		}},
		{cat, "inline-literal-argument", func(c *gcase) {
			c.post("https://api.payroll-example.com/graphql", "application/json",
				`{"query":"mutation { connectBank(routingNumber: \"`+c.decoy("021000021")+`\", onlineBankingPassword: \"`+c.secret("inline literal onlineBankingPassword argument", c.u16Pw())+`\") { status } }"}`)
		}},
		{cat, "neutral-variable-bound-to-secret-arg", func(c *gcase) {
			c.post("https://api.insure-example.com/graphql", "application/json",
				`{"query":"mutation Upd($v1: String!, $v2: String!) { changePassword(currentPassword: $v1, newPassword: $v2) { ok } }","variables":{"v1":"`+c.secret("$v1 bound to currentPassword", c.u16Pw())+`","v2":"`+c.secret("$v2 bound to newPassword", c.u16Pw())+`"},"operationName":"Upd"}`)
		}},
		{cat, "input-object-with-ssn-and-pin", func(c *gcase) {
			c.post("https://api.tax-portal-example.gov/graphql", "application/json",
				`{"operationName":"StartReturn","variables":{"input":{"taxYear":2025,"filingStatus":"`+c.decoy("MARRIED_FILING_JOINTLY")+`","ssn":"`+c.secret("input.ssn", "471-"+c.digits(2)+"-"+c.digits(4))+`","efilePassword":"`+c.secret("input.efilePassword", c.u16Pw())+`"}},"query":"mutation StartReturn($input: StartReturnInput!) { startReturn(input: $input) { returnId } }"}`)
		}},
		{cat, "graphql-ws-connection-init-authorization", func(c *gcase) {
			c.get("wss://api.neobank-example.com/graphql").code(101).rh("Sec-WebSocket-Protocol", "graphql-transport-ws").
				wsMsg("send", 1, `{"type":"connection_init","payload":{"Authorization":"Bearer `+c.secret("graphql-ws connection_init payload Authorization", c.b64u(40))+`","x-app-version":"`+c.decoy("5.118.0")+`"}}`).
				wsMsg("receive", 1, `{"type":"connection_ack"}`).
				wsMsg("send", 1, `{"id":"`+c.decoy(c.uuid())+`","type":"subscribe","payload":{"query":"subscription { transactions { id amount } }"}}`)
		}},
		{cat, "response-link-token-and-refresh", func(c *gcase) {
			c.post("https://api.budget-example.com/graphql", "application/json", `{"query":"mutation { createLinkToken(products: [TRANSACTIONS]) { linkToken expiration } }"}`).
				resp("application/json", `{"data":{"createLinkToken":{"linkToken":"`+c.secret("GraphQL response linkToken (Plaid link token)", "link-production-"+c.uuid())+`","expiration":"`+c.decoy("2026-11-22T14:15:00Z")+`"}},"extensions":{"sessionToken":"`+c.secret("GraphQL response extensions.sessionToken", c.b64u(36))+`"}}`)
		}},
		{cat, "form-encoded-query-and-variables", func(c *gcase) {
			c.post("https://hr.workday-example.com/graphql", "application/x-www-form-urlencoded",
				"query="+url.QueryEscape("mutation Enroll($k: String!) { enrollTotp(sharedSecret: $k) { enrolled } }")+"&variables="+url.QueryEscape(`{"k":"`+c.secret("form-encoded variables $k bound to sharedSecret", strings.ToUpper(c.pick("abcdefghijklmnopqrstuvwxyz234567", 32)))+`"}`)+"&"+c.decoy("operationName=Enroll"))
		}},
		{cat, "multipart-upload-operations", func(c *gcase) {
			b := "----FormBoundary" + c.alnum(12)
			ops := `{"query":"mutation Upload($file: Upload!, $documentPassword: String) { uploadClaimDocument(file: $file, documentPassword: $documentPassword) { id } }","variables":{"file":null,"documentPassword":"` + c.secret("multipart GraphQL operations variables.documentPassword", c.u16Pw()) + `"}}`
			body := u16Part(b, "operations", "", ops) + u16Part(b, "map", "", `{"0":["variables.file"]}`) + u16Part(b, "0", "; filename=\""+c.decoy("police-report-88120.pdf")+"\"\r\nContent-Type: application/pdf", "%PDF-1.5\n%%EOF") + "--" + b + "--\r\n"
			c.post("https://claims.insure-example.com/graphql", "multipart/form-data; boundary="+b, body)
		}},
		{cat, "errors-echo-variable-value", func(c *gcase) {
			pin := c.secret("$pin variable, echoed in an error message", c.digits(8))
			c.post("https://api.pharmacy-example.com/graphql", "application/json", `{"query":"mutation Verify($pin: String!) { verifyPharmacyPin(pin: $pin) { ok } }","variables":{"pin":"`+pin+`"}}`).
				resp("application/json", `{"errors":[{"message":"Variable \"$pin\" got invalid value \"`+pin+`\"; Expected type PinString.","extensions":{"code":"`+c.decoy("BAD_USER_INPUT")+`"}}]}`)
		}},
	}
}

// 8. Vendors of the domain and their token formats.
func u16Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "stripe-secret-webhook-and-publishable", func(c *gcase) {
			c.post("https://api.stripe.com/v1/webhook_endpoints", "application/x-www-form-urlencoded", "url=https%3A%2F%2Fshop.acme.example%2Fstripe&enabled_events%5B%5D=invoice.paid").
				rh("Authorization", "Bearer "+c.secret("Stripe sk_live_ key", "sk_live_51"+c.alnum(96)), "Stripe-Version", c.decoy("2024-06-20")).
				resp("application/json", `{"id":"`+c.decoy("we_1Q"+c.alnum(22))+`","object":"webhook_endpoint","secret":"`+c.secret("Stripe whsec_ signing secret", "whsec_"+c.alnum(32))+`"}`)
			c.get("https://shop.acme.example/checkout").resp("text/html", `<script>Stripe("`+c.decoy("pk_live_51"+c.alnum(96))+`")</script>`)
		}},
		{cat, "coinbase-exchange-passphrase-headers", func(c *gcase) {
			c.get("https://api.exchange.coinbase.com/accounts").
				rh("CB-ACCESS-KEY", c.hexs(32), "CB-ACCESS-SIGN", c.secret("CB-ACCESS-SIGN", c.b64s(32)), "CB-ACCESS-TIMESTAMP", c.decoy("1732270500.123"), "CB-ACCESS-PASSPHRASE", c.secret("CB-ACCESS-PASSPHRASE", c.pick(gLower+gDigits, 11))).
				resp("application/json", `[{"id":"`+c.decoy(c.uuid())+`","currency":"BTC","balance":"0.0000000000"}]`)
		}},
		{cat, "coinbase-cdp-key-json-ec-private-key", func(c *gcase) {
			org, kid := c.uuid(), c.uuid()
			pem := "-----BEGIN EC PRIVATE KEY-----\n" + c.secret("CDP EC private key body", c.b64s(96)) + "\n-----END EC PRIVATE KEY-----\n"
			c.get("https://portal.cdp.coinbase.com/api/v1/keys/"+c.decoy(kid)+"/download").
				resp("application/json", gJS(map[string]string{"name": "organizations/" + org + "/apiKeys/" + kid, "privateKey": pem}))
		}},
		{cat, "binance-apikey-signature-and-listenkey-path", func(c *gcase) {
			lk := c.secret("Binance listenKey (JSON, then wss path)", c.pick(gAlnum, 60))
			c.post("https://api.binance.com/api/v3/userDataStream", "", "").rh("X-MBX-APIKEY", c.secret("X-MBX-APIKEY", c.pick(gAlnum, 64))).
				resp("application/json", `{"listenKey":"`+lk+`"}`)
			c.get("https://api.binance.com/api/v3/account?" + c.decoy("recvWindow=5000") + "&timestamp=1732270500123&signature=" + c.secret("Binance HMAC signature query", c.hexs(64)))
			c.get("wss://stream.binance.com:9443/ws/" + lk).code(101)
		}},
		{cat, "kraken-api-sign-and-private-key-settings", func(c *gcase) {
			c.post("https://api.kraken.com/0/private/Balance", "application/x-www-form-urlencoded", "nonce="+c.decoy("1732270500999")).
				rh("API-Key", c.secret("Kraken API-Key (56 b64)", c.b64s(42)), "API-Sign", c.secret("Kraken API-Sign (HMAC-SHA512 b64)", c.b64s(64)))
			c.get("https://tax-tool-example.com/api/wallets/"+c.decoy("w_8812")).resp("application/json", `{"exchange":"kraken","apiKey":"`+c.secret("Kraken key in tax tool", c.b64s(42))+`","privateKey":"`+c.secret("Kraken private key (88 b64)", c.b64s(64))+`",`+c.decoy(`"lastSync":"2026-11-21T23:00:00Z"`)+`}`)
		}},
		{cat, "alchemy-infura-rpc-url-keys", func(c *gcase) {
			c.post("https://eth-mainnet.g.alchemy.com/v2/"+c.secret("Alchemy API key in the RPC path", c.pick(gAlnum+"-_", 32)), "application/json", `{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":["`+c.decoy("0x"+c.hexs(40))+`","latest"]}`)
			c.post("https://mainnet.infura.io/v3/"+c.secret("Infura project key in the RPC path", c.hexs(32)), "application/json", `{"jsonrpc":"2.0","id":2,"method":"eth_blockNumber","params":[]}`).
				resp("application/json", `{"jsonrpc":"2.0","id":2,"result":"`+c.decoy("0x14a3f2c")+`"}`)
		}},
		{cat, "adyen-api-key-hmac-and-client-key", func(c *gcase) {
			c.post("https://checkout-live.adyenpayments.com/checkout/v71/payments", "application/json", `{"merchantAccount":"`+c.decoy("AcmeRetailECOM")+`","amount":{"currency":"EUR","value":1999},"reference":"`+c.decoy("ORD-2026-11-0042")+`"}`).
				rh("X-API-Key", c.secret("Adyen X-API-Key (AQE...)", "AQE"+c.pick(gAlnum, 60)+"=-"+c.b64s(32)+"-"+c.pick(gAlnum+"<>;{}", 16)))
			c.get("https://ca-live.adyen.com/ca/ca/config/webhooks/"+c.decoy("S2-4F3A21")).resp("application/json", `{"hmacKey":"`+c.secret("Adyen webhook hmacKey (64 hex upper)", strings.ToUpper(c.hexs(64)))+`","clientKey":"`+c.decoy("live_"+strings.ToUpper(c.pick(gUpper+gDigits, 32)))+`"}`)
		}},
		{cat, "braintree-and-square-tokens", func(c *gcase) {
			c.get("https://portal.pos-example.com/api/gateways").resp("application/json",
				`{"braintree":{"accessToken":"`+c.secret("Braintree access_token$production$...", "access_token$production$"+c.pick(gLower+gDigits, 16)+"$"+c.hexs(32))+`"},"square":{"applicationId":"`+c.decoy("sq0idp-"+c.pick(gB64uAlpha, 22))+`","accessToken":"`+c.secret("Square EAAA access token", "EAAA"+c.pick(gB64uAlpha, 60))+`","applicationSecret":"`+c.secret("Square sq0csp- secret", "sq0csp-"+c.pick(gB64uAlpha, 43))+`"}}`)
		}},
		{cat, "gocardless-bank-account-data-secret-key", func(c *gcase) {
			c.post("https://bankaccountdata.gocardless.com/api/v2/token/new/", "application/json",
				`{"secret_id":"`+c.secret("GoCardless BAD secret_id", c.uuid())+`","secret_key":"`+c.secret("GoCardless BAD secret_key (128 hex)", c.hexs(128))+`"}`).
				resp("application/json", `{"access":"`+c.secret("GoCardless access JWT", c.hs256JWT(`{"token_type":"access","exp":1732356900,"jti":"`+c.hexs(32)+`"}`))+`",`+c.decoy(`"access_expires":86400`)+`,"refresh":"`+c.secret("GoCardless refresh JWT", c.hs256JWT(`{"token_type":"refresh","exp":1734862500}`))+`",`+c.decoy(`"refresh_expires":2592000`)+`}`)
		}},
		{cat, "revolut-business-oa-prod-tokens", func(c *gcase) {
			c.post("https://b2b.revolut.com/api/1.0/auth/token", "application/x-www-form-urlencoded",
				"grant_type=refresh_token&refresh_token="+c.secret("Revolut Business refresh token (oa_prod_)", "oa_prod_"+c.pick(gB64uAlpha, 43))+"&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion="+c.secret("Revolut client_assertion JWT", c.u16JWT("RS256", "rb-1", `{"iss":"acme.example","sub":"`+c.pick(gB64uAlpha, 43)+`","aud":"https://revolut.com"}`))).
				resp("application/json", `{"access_token":"`+c.secret("Revolut Business access token (oa_prod_)", "oa_prod_"+c.pick(gB64uAlpha, 43))+`","token_type":"bearer",`+c.decoy(`"expires_in":2399`)+`}`)
		}},
		{cat, "twilio-auth-token-and-video-jwt", func(c *gcase) {
			sid := "AC" + c.hexs(32)
			c.post("https://api.twilio.com/2010-04-01/Accounts/"+c.decoy(sid)+"/Messages.json", "application/x-www-form-urlencoded", "To=%2B15005550006&From=%2B15005550001&"+c.decoy("Body=Your+appointment+is+confirmed")).
				rh("Authorization", "Basic "+gB64(sid+":"+c.secret("Twilio auth token (32 hex) in Basic", c.hexs(32))))
			c.post("https://video.telehealth-example.com/api/token", "application/json", `{"room":"visit-4411"}`).
				resp("application/json", `{"token":"`+c.secret("Twilio Video access token (cty twilio-fpa)", gB64u(`{"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"}`)+"."+gB64u(`{"jti":"SK`+c.hexs(32)+`-1732270500","grants":{"video":{"room":"visit-4411"}}}`)+"."+c.b64u(32))+`","apiKeySid":"`+c.decoy("SK"+c.hexs(32))+`"}`)
		}},
		{cat, "monzo-mnzconf-client-secret", func(c *gcase) {
			c.post("https://api.monzo.com/oauth2/token", "application/x-www-form-urlencoded",
				"grant_type=authorization_code&client_id="+c.decoy("oauth2client_0000"+c.alnum(18))+"&client_secret="+url.QueryEscape(c.secret("Monzo mnzconf. client_secret", "mnzconf."+c.b64s(60)))+"&redirect_uri=https%3A%2F%2Fbudget.acme.example%2Fmonzo&code="+c.secret("Monzo authorization code", c.u16JWT("HS256", "m", `{"ci":"oauth2client_00009","tt":"code"}`)))
		}},
		{cat, "bamboohr-api-key-basic-and-personio-papi", func(c *gcase) {
			c.get("https://api.bamboohr.com/api/gateway.php/acme/v1/employees/directory").rh("Authorization", "Basic "+gB64(c.secret("BambooHR API key as Basic user (40 hex)", c.hexs(40))+":x"), "Accept", "application/json")
			c.post("https://api.personio.de/v2/auth/token", "application/x-www-form-urlencoded", "grant_type=client_credentials&client_id="+c.decoy("papi-"+c.uuid())+"&client_secret="+c.secret("Personio papi- client_secret", "papi-"+c.b64u(48)))
		}},
	}
}

// 9. Card numbers and secrets in phrases and config snippets.
func u16CardsPhrases() []gdef {
	const cat = "9.cards+phrases"
	return []gdef{
		{cat, "checkout-card-json", func(c *gcase) {
			c.post("https://pay.insure-example.com/api/premium/pay", "application/json",
				`{"policyRef":"`+c.decoy("POL-AUTO-2026-88")+`","amount":"`+c.decoy("412.80")+`","currency":"EUR","card":{"pan":"`+c.secret("card pan (Visa)", c.card("4539", 16))+`","holder":"`+c.secret("cardholder name", "Ingrid Solberg-Mathiesen")+`"}}`)
		}},
		{cat, "spaced-mastercard-in-support-chat", func(c *gcase) {
			cn := c.card("5412", 16)
			c.post("https://support.neobank-example.com/api/conversations/"+c.decoy("cnv_77123")+"/messages", "application/json", `{"body":"hi my card `+c.secret("spaced Mastercard in chat text", gGroup4(cn, " "))+` was declined at the pharmacy","channel":"`+c.decoy("in-app")+`"}`)
		}},
		{cat, "amex-legacy-gateway-query", func(c *gcase) {
			c.get("https://legacy-gw.pharmacy-example.com/pay/redirect?" + c.decoy("orderNo=PH-22019") + "&ccnum=" + c.secret("Amex in ccnum query", c.card("3782", 15)) + "&" + c.decoy("currency=USD"))
		}},
		{cat, "authorize-net-xml-card-and-transaction-key", func(c *gcase) {
			c.post("https://api.authorize.net/xml/v1/request.api", "text/xml",
				`<?xml version="1.0" encoding="utf-8"?><createTransactionRequest xmlns="AnetApi/xml/v1/schema/AnetApiSchema.xsd"><merchantAuthentication><name>`+c.decoy("5KP3u95bQpv")+`</name><transactionKey>`+c.secret("Authorize.net transactionKey", c.alnum(16))+`</transactionKey></merchantAuthentication><transactionRequest><transactionType>authCaptureTransaction</transactionType><amount>`+c.decoy("48.50")+`</amount><payment><creditCard><cardNumber>`+c.secret("Authorize.net cardNumber (Discover)", c.card("6011", 16))+`</cardNumber><expirationDate>2028-12</expirationDate></creditCard></payment></transactionRequest></createTransactionRequest>`)
		}},
		{cat, "password-is-in-ticket-text", func(c *gcase) {
			c.post("https://acme.zendesk-example.com/api/v2/tickets", "application/json",
				`{"ticket":{"subject":"`+c.decoy("Cannot access payslips")+`","comment":{"body":"Hello, I reset my ADP login yesterday. The new password is `+c.secret("password in free text (English)", c.u16Pw())+` but it still says locked."},"priority":"normal"}}`)
		}},
		{cat, "german-and-french-passwort-phrases", func(c *gcase) {
			c.post("https://support.bank-example.de/api/nachrichten", "application/json",
				`{"betreff":"`+c.decoy("Zugang gesperrt")+`","text":"Guten Tag, mein Passwort lautet `+c.secret("password in German free text", c.u16Pw())+` und funktioniert nicht mehr."}`)
			c.post("https://aide.mutuelle-exemple.fr/api/messages", "application/json",
				`{"objet":"`+c.decoy("Accès espace adhérent")+`","message":"Bonjour, mon mot de passe est `+c.secret("password in French free text", c.u16Pw())+`, merci de vérifier."}`)
		}},
		{cat, "env-snippet-pasted-in-issue", func(c *gcase) {
			snippet := "PLAID_CLIENT_ID=" + c.hexs(24) + "\nPLAID_SECRET=" + c.secret("PLAID_SECRET in an .env snippet", c.hexs(30)) + "\n" + c.decoy("PLAID_ENV=production") + "\nDATABASE_URL=postgres://budget:" + c.secret("password in a DATABASE_URL", c.alnum(20)) + "@db.internal:5432/budget\n"
			c.post("https://git.acme.example/api/v4/"+c.decoy("projects/118/issues"), "application/json", gJS(map[string]string{"title": "Sync fails on prod", "description": "My config:\n```\n" + snippet + "```"}))
		}},
		{cat, "metamask-recovery-phrase-in-support-form", func(c *gcase) {
			c.post("https://support.wallet-example.com/hc/requests", "application/x-www-form-urlencoded",
				"request%5Bsubject%5D="+url.QueryEscape(c.decoy("Wallet not syncing"))+"&request%5Bdescription%5D="+url.QueryEscape("My secret recovery phrase is "+c.secret("12-word recovery phrase in free text", c.u16Seed(12))+" please help")+"&"+c.decoy("request%5Bcustom_fields%5D%5B360%5D=extension_v12.6.0"))
		}},
		{cat, "eth-private-key-in-import-request", func(c *gcase) {
			c.post("https://wallet.ledger-example.com/api/accounts/import", "application/json",
				`{"chain":"`+c.decoy("eip155:1")+`","label":"cold","key":"0x`+c.secret("Ethereum private key (64 hex)", c.hexs(64))+`","address":"`+c.decoy("0x"+c.hexs(40))+`"}`)
		}},
		{cat, "yaml-config-in-textarea", func(c *gcase) {
			cfg := "payments:\n  provider: adyen\n  merchant: " + c.decoy("AcmeRetailECOM") + "\n  api_key: " + c.secret("api_key in YAML", "AQE"+c.pick(gAlnum, 70)) + "\n  webhook:\n    hmac: " + c.secret("hmac in YAML", strings.ToUpper(c.hexs(64))) + "\n"
			c.post("https://ops.acme.example/settings/integrations", "application/x-www-form-urlencoded", "config_yaml="+url.QueryEscape(cfg)+"&"+c.decoy("env=prod"))
		}},
		{cat, "ssn-and-pin-in-chat", func(c *gcase) {
			c.get("wss://chat.tax-portal-example.gov/ws").code(101).
				wsMsg("send", 1, `{"type":"message","text":"my SSN is `+c.secret("SSN in chat text", "529-"+c.digits(2)+"-"+c.digits(4))+` and my account PIN is `+c.secret("PIN phrase in chat", c.digits(8))+`","conversationId":"`+c.decoy("conv-20261122-33")+`"}`)
		}},
	}
}

// 10. Personal data.
func u16Personal() []gdef {
	const cat = "10.personal"
	return []gdef{
		{cat, "mychart-demographics", func(c *gcase) {
			c.get("https://mychart.example-health.org/MyChart/api/personal-information").
				resp("application/json", `{"Name":{"First":"`+c.secret("MyChart Name.First", "Philippa")+`","Last":"`+c.secret("MyChart Name.Last", "Abernathy-Okoro")+`"},"DateOfBirth":"`+c.secret("MyChart DateOfBirth", "1979-03-14")+`","Email":"`+c.secret("MyChart Email", "pippa.abernathy@homemail.example")+`","MobilePhone":"`+c.secret("MyChart MobilePhone", "(617) 555-0193")+`","PrimaryCareProvider":{"Department":"`+c.decoy("Internal Medicine - Back Bay")+`"},`+c.decoy(`"PreferredLanguage":"English"`)+`}`)
		}},
		{cat, "fhir-patient-resource", func(c *gcase) {
			c.get("https://fhir.cerner-example.com/r4/"+c.decoy("ec2458f2-1e24-41c8-b71b-0e701af7583d")+"/Patient/12724066").
				resp("application/fhir+json", `{"resourceType":"Patient","id":"12724066","meta":{`+c.decoy(`"versionId":"14"`)+`,"lastUpdated":"2026-11-01T09:12:00.000Z"},"name":[{"use":"official","family":"`+c.secret("FHIR name.family", "Vanterpool")+`","given":["`+c.secret("FHIR name.given", "Cornelius")+`"]}],"telecom":[{"system":"email","value":"`+c.secret("FHIR telecom email", "c.vanterpool@mailhub.example")+`"},{"system":"phone","value":"`+c.secret("FHIR telecom phone", "+1 816 555 0177")+`","use":"mobile"}],"address":[{"line":["`+c.secret("FHIR address.line", "4127 Juniper Hollow Rd")+`"],"city":"Kansas City","state":"MO"}],"gender":"male"}`)
		}},
		{cat, "doctolib-booking-form", func(c *gcase) {
			c.post("https://www.doctolib.de/appointments.json", "application/json",
				`{"appointment":{"start_date":"2026-12-03T09:30:00.000+01:00","visit_motive_ids":"`+c.decoy("7767829")+`","profile_id":`+c.decoy("245871")+`},"patient":{"first_name":"`+c.secret("Doctolib patient first_name", "Friederike")+`","last_name":"`+c.secret("Doctolib patient last_name", "Zimmermann-Adeyemi")+`","email":"`+c.secret("Doctolib patient email", "f.zimmermann@webmail-beispiel.example")+`","phone_number":"`+c.secret("Doctolib patient phone_number", "+49 170 5550123")+`"}}`)
		}},
		{cat, "workday-worker-contact", func(c *gcase) {
			c.get("https://wd5.myworkday.com/ccx/api/v1/acme/workers/"+c.decoy(c.hexs(32))).
				resp("application/json", `{"descriptor":"`+c.secret("Workday worker descriptor (a person)", "Anastasia Pemberton-Lindqvist")+`","primaryWorkEmail":"`+c.secret("Workday primaryWorkEmail", "a.pemberton-lindqvist@acme-corp.example")+`","homePhone":"`+c.secret("Workday homePhone", "+44 20 7946 0321")+`","businessTitle":"`+c.decoy("Senior Payroll Analyst")+`","supervisoryOrganization":{"id":"`+c.decoy("SUP_ORG_FIN_EMEA")+`"}}`)
		}},
		{cat, "client-ip-whoami-and-xff", func(c *gcase) {
			ip := c.secret("the user's client IP (XFF and whoami body)", "91.64.183.27")
			e := c.get("https://api.exchange-example.com/v1/security/sessions/current").rh("X-Forwarded-For", ip+", "+c.decoy("10.12.0.5"))
			e.resp("application/json", `{"ip":"`+ip+`","geo":{`+c.decoy(`"country":"DE"`)+`},"device":"`+c.decoy("Chrome 131 on macOS")+`"}`)
			e.set("serverIPAddress", c.decoy("104.18.32.7"))
		}},
		{cat, "docusign-signers-name-email", func(c *gcase) {
			c.post("https://na3.docusign.net/restapi/v2.1/accounts/"+c.decoy(c.uuid())+"/envelopes", "application/json",
				`{"recipients":{"signers":[{"name":"`+c.secret("DocuSign signer name", "Marguerite Delacroix-Huang")+`","email":"`+c.secret("DocuSign signer email", "m.delacroix.huang@postbox.example")+`","recipientId":"1","routingOrder":"1"}]},"emailSubject":"`+c.decoy("Please sign: Salary sacrifice agreement")+`","status":"sent"}`)
		}},
		{cat, "tax-return-taxpayer-identity", func(c *gcase) {
			c.get("https://api.tax-portal-example.gov/v1/returns/"+c.decoy("RET-2025-0092211")).
				resp("application/json", `{"taxYear":2025,"primaryTaxpayer":{"fullName":"`+c.secret("tax fullName", "Desmond Achterberg")+`","ssn":"`+c.secret("tax ssn", "618-"+c.digits(2)+"-"+c.digits(4))+`","homeAddress":{"street":"`+c.secret("tax homeAddress.street", "88 Larkspur Terrace Apt 4B")+`","zip":"97204"}},"status":"`+c.decoy("ACCEPTED")+`","formType":"`+c.decoy("1040-SR")+`"}`)
		}},
		{cat, "telehealth-participant-display-name-ws", func(c *gcase) {
			c.get("wss://video.telehealth-example.com/signaling").code(101).
				wsMsg("send", 1, `{"type":"join","roomSid":"`+c.decoy("RM"+c.hexs(32))+`","participant":{"identity":"`+c.secret("participant identity (patient e-mail)", "h.ramaswamy@patientmail.example")+`","displayName":"`+c.secret("participant displayName", "Harshavardhan Ramaswamy")+`"},"sdkVersion":"`+c.decoy("2.28.1")+`"}`)
		}},
		{cat, "auto-insurance-quote-driver", func(c *gcase) {
			c.post("https://quote.insure-example.com/api/v3/quotes", "application/json",
				`{"product":"`+c.decoy("AUTO_STANDARD")+`","vehicle":{"year":2021,"make":"Skoda","model":"Octavia"},"drivers":[{"firstName":"`+c.secret("quote driver firstName", "Bartłomiej")+`","lastName":"`+c.secret("quote driver lastName", "Wiśniewski-Kaur")+`","dateOfBirth":"`+c.secret("quote driver dateOfBirth", "1988-07-22")+`","licenseNumber":"`+c.secret("quote driver licenseNumber", "WISNI"+c.digits(6)+"BK9AA")+`","email":"`+c.secret("quote driver email", "bartosz.wk@freemail.example")+`","phone":"`+c.secret("quote driver phone", "07700 900461")+`"}],`+c.decoy(`"coverageLevel":"comprehensive"`)+`}`)
		}},
		{cat, "expensify-report-owner-and-attendees", func(c *gcase) {
			c.get("https://www.expensify.com/api?command=Get&returnValueList=reportListBeta&"+c.decoy("reportIDList=88120311")).
				resp("application/json", `{"jsonCode":200,"reportListBeta":[{"reportID":"`+c.decoy("88120311")+`","reportName":"`+c.decoy("November client dinners")+`","ownerEmail":"`+c.secret("Expensify ownerEmail", "saoirse.mcgillicuddy@acme-corp.example")+`","transactions":[{"merchant":"`+c.decoy("Dishoom Kings Cross")+`","attendees":[{"displayName":"`+c.secret("attendee displayName", "Thaddeus Okonkwo-Barnes")+`","email":"`+c.secret("attendee email", "thaddeus.ob@client-firm.example")+`"}]}]}]}`)
		}},
		{cat, "revolut-signin-phone-query", func(c *gcase) {
			c.post("https://app.revolut.com/api/retail/signin?"+c.decoy("channel=APP")+"&phone="+url.QueryEscape(c.secret("phone in signin query (E.164)", "+447700900814")), "application/json", `{"channel":"APP"}`).
				rh("x-browser-application", c.decoy("WEB_CLIENT"), "x-client-version", c.decoy("100.0")).
				resp("application/json", `{"tokenId":"`+c.secret("Revolut signin tokenId", c.uuid())+`",`+c.decoy(`"verificationChannel":"APP"`)+`}`)
		}},
		{cat, "gusto-employee-with-emergency-contact", func(c *gcase) {
			c.get("https://api.gusto.com/v1/employees/"+c.decoy(c.uuid())+"/emergency_contacts").
				resp("application/json", `[{"uuid":"`+c.decoy(c.uuid())+`","full_name":"`+c.secret("emergency contact full_name", "Rosalind Featherstonehaugh")+`","relationship":"`+c.decoy("Sibling")+`","primary_phone":"`+c.secret("emergency contact primary_phone", "(503) 555-0148")+`","email":"`+c.secret("emergency contact email", "roz.f@familymail.example")+`"}]`)
		}},
	}
}

// heldout16Open lists the cases of this corpus the engine does not handle
// yet, each with the reason. They are reported, not failed; any other leak
// or lost decoy fails the test, and so does an entry here that no longer
// leaks (the list only shrinks).
var heldout16Open = map[string]string{
	"6.everywhere/api-key-shown-once-then-used-hex-echo: exchange API secret (create response, then hex-encoded in a backup)": "encoding layer not decoded: an upper-case hex blob holding a known secret is not searched for echoes",
	"1.names/french-mutuelle-and-spanish-bank-passwords: authenticationData for idAuthenticationData=password (BBVA style)":   "pairs spelled as data with an id-prefixed name key (idAuthenticationData) and an array value: the name string 'password' itself is redacted and the sibling array value is not paired",
	"10.personal/revolut-signin-phone-query: Revolut signin tokenId":                                                          "name word: tokenId is judged an identifier (Id suffix) though it names a sign-in transaction token (a UUID value is exempt)",
	"2.pairs/intake-answers-question-key-response: answers questionKey=insurance_member_id response":                          "pairs as data: questionKey/response descriptors are not paired, and an insurance member id is not personal",
	"3.unnamed/bamboohr-calendar-feed-id: BambooHR iCal feed id (a capability)":                                               "weak name id with a 32-hex value in a feed URL: hex values are exempt as digests/ids, a calendar-feed capability is not told apart",
	"6.everywhere/docusign-access-code-echoed-in-email-preview: DocuSign recipient accessCode (request, then HTML preview)":   "echo not replaced: a known 10-char secret repeated in an HTML text node (<b>…</b>) survives; echo search skips short values or HTML text",
	"6.everywhere/email-base64-in-tracking-pixel: employee e-mail (JSON, then base64 in a pixel URL)":                         "encoding layer not searched for echoes: a known e-mail base64-encoded in a query value is not found",
	"7.graphql/form-encoded-query-and-variables: form-encoded variables $k bound to sharedSecret":                             "GraphQL carrier not parsed in form posts: query/variables sent application/x-www-form-urlencoded are not bound ($k -> sharedSecret)",
	"8.vendors/alchemy-infura-rpc-url-keys: Infura project key in the RPC path":                                               "vendor format not known: Infura /v3/<32 hex> project key in the URL path (hex path segments exempt as ids)",
	"9.cards+phrases/metamask-recovery-phrase-in-support-form: 12-word recovery phrase in free text":                          "phrase not recognised: 'secret recovery phrase is <12 words>' (a BIP-39 mnemonic) in free text is not a secret phrase",
	"lost 6.everywhere/sentry-event-with-token-url: ce1e0328e39bdd66554653047de66fd4":                                         "name word key in sentry_key redacts the Sentry DSN public key, public by design (no exemption for DSN keys)",
	"lost 8.vendors/coinbase-cdp-key-json-ec-private-key: 2372a766-5ccc-471d-a048-a8d9456fc7b1":                               "a CDP key name (organizations/<id>/apiKeys/<id>) under name beside privateKey is redacted as a secret, and its id is then replaced as an echo in the URL path",
	"lost 8.vendors/twilio-auth-token-and-video-jwt: SK433514a53f5086330f8a44406f123c3e":                                      "name word apiKey in apiKeySid: a key's SID (identifier, SK+32 hex) is redacted as the key",
}
