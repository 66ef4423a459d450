package sanitize

// A tenth held-out corpus for "Detection that generalizes" (issue 10),
// written without reading the engine and kept distinct from the earlier
// corpora: business SaaS and document workflows. E-signature (DocuSign,
// Adobe Acrobat Sign, Dropbox Sign), file sharing and sync (Dropbox, Box,
// WeTransfer, Nextcloud/ownCloud WebDAV with app passwords, Seafile), video
// meetings (Zoom Web SDK, Jitsi, BigBlueButton, Whereby), CRM and marketing
// (HubSpot, Pipedrive, Zoho, Mailchimp, SendGrid and Mailgun webhooks,
// Braze, Customer.io), search and maps APIs (Algolia, Elastic Cloud,
// Typesense, Mapbox, Google Maps), ERP and finance (Odoo, NetSuite, Business
// Central, Xero, QuickBooks, Sage), patient portals (MyChart, Cerner,
// Doctolib), government e-services, HR (Gusto, Rippling, Deel), scheduling
// (Calendly, Cal.com) and incident tools (PagerDuty, Opsgenie, Statuspage),
// in the carriers these products use: multipart uploads with metadata parts,
// tus and Google resumable uploads, WebDAV XML, iCalendar and vCard bodies,
// JSON:API and HAL documents, OData batches, form posts with array names and
// signed webhooks echoed in admin UIs. It reuses the harness of
// generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"encoding/base64"
	"html"
	"net/url"
	"strings"
	"testing"
)

func TestHeldout10Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 10", "heldout10Open", heldout10Cases(), heldout10Open)
}

func TestHeldout10CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout10Cases())
}

func heldout10Cases() []gdef {
	return gCollect(u10Names, u10Pairs, u10Unnamed, u10Carriers, u10Exporters, u10Everywhere, u10GraphQL, u10Vendors, u10CardsPhrases, u10Personal)
}

// u10Pw is a realistic human password: a word, digits and a symbol.
func (c *gcase) u10Pw() string {
	words := []string{"Contract", "Invoice", "Meadow", "Harbor", "Signet", "Ledger", "Quill", "Summit", "Beacon", "Tundra", "Copper", "Willow", "Parcel", "Voyage", "Ember", "Nimbus"}
	syms := "!#$%&*+-=?@_~"
	return words[c.rng.IntN(len(words))] + c.digits(3) + string(syms[c.rng.IntN(len(syms))]) + strings.ToLower(words[c.rng.IntN(len(words))])
}

func (c *gcase) u10Req(method, u, mime, body string) *gent { return c.req(method, u, mime, body) }

// u10Part is one multipart/form-data part.
func u10Part(b, name, extra, body string) string {
	return "--" + b + "\r\nContent-Disposition: form-data; name=\"" + name + "\"" + extra + "\r\n\r\n" + body + "\r\n"
}

// 1. Compound and abbreviated names.
func u10Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "smart-on-fhir-token-with-pkce-verifier", func(c *gcase) {
			c.post("https://authorization.cerner.com/tenants/"+c.decoy(c.uuid())+"/protocols/oauth2/profiles/smart-v1/token", "application/x-www-form-urlencoded",
				"grant_type=authorization_code&code="+c.secret("SMART authorization code", c.b64u(32))+"&redirect_uri=https%3A%2F%2Fapp.acme-health.example%2Fcb&code_verifier="+c.secret("PKCE code_verifier", c.b64u(48))+"&"+c.decoy("client_id="+c.uuid())).
				resp("application/json", `{"access_token":"`+c.secret("SMART access_token", c.rs256JWT("2022-01", `{"sub":"12724066","aud":"https://fhir-ehr.cerner.com","exp":1732274100}`))+`","scope":"`+c.decoy("patient/Observation.read launch/patient")+`","token_type":"Bearer","expires_in":570,"patient":"`+c.decoy("12724066")+`","need_patient_banner":true}`)
		}},
		{cat, "zoom-marketplace-app-secret-token-and-verification", func(c *gcase) {
			c.u10Req("PATCH", "https://marketplace.zoom.us/api/v1/apps/"+c.decoy("Kq7aB3xYz9TmW2pL1nR0vU")+"/features/eventSubscription", "application/json",
				`{"endpoint":"https://hooks.acme.example/zoom","secretToken":"`+c.secret("Zoom app secretToken", c.pick(gAlnum+"-_", 22))+`","verificationToken":"`+c.secret("Zoom app verificationToken", c.pick(gAlnum+"-_", 22))+`","events":["meeting.ended"],`+c.decoy(`"subscriptionName":"ops-events"`)+`}`).
				rh("x-zm-trackingid", c.decoy("v=2.0;clid=us06;rid=WEB_"+c.hexs(32)))
		}},
		{cat, "kibana-basic-login-params-and-cloud-id-decoy", func(c *gcase) {
			c.post("https://acme.kb.europe-west1.gcp.cloud.es.io/internal/security/login", "application/json", `{"providerType":"basic","providerName":"cloud-basic","currentURL":"https://acme.kb.europe-west1.gcp.cloud.es.io/login?next=%2F","params":{"username":"elastic","password":"`+c.secret("Kibana login params.password", c.pick(gAlnum, 24))+`"}}`).
				rh("kbn-xsrf", "true", "kbn-version", c.decoy("8.16.1"))
			c.get("https://api.elastic-cloud.com/api/v1/deployments/"+c.decoy(c.hexs(32))).resp("application/json", `{"name":"acme","resources":{"elasticsearch":[{"info":{"metadata":{"cloud_id":"`+c.decoy("acme:"+gB64("europe-west1.gcp.cloud.es.io:443$"+c.hexs(32)+"$"+c.hexs(32)))+`"}}}]}}`)
		}},
		{cat, "docusign-legacy-auth-header-json", func(c *gcase) {
			pw := c.secret("X-DocuSign-Authentication Password (JSON in a header)", c.u10Pw())
			ik := c.uuid() // inside the value of an auth-named header: not a decoy
			c.get("https://demo.docusign.net/restapi/v2/login_information?"+c.decoy("api_password=true")).
				rh("X-DocuSign-Authentication", `{"Username":"ops@acme-corp.example","Password":"`+pw+`","IntegratorKey":"`+ik+`"}`).
				resp("application/json", `{"loginAccounts":[{"name":"Acme","accountId":"`+c.decoy("18374659")+`","baseUrl":"https://demo.docusign.net/restapi/v2/accounts/18374659","isDefault":"true"}],"apiPassword":"`+c.secret("DocuSign apiPassword in login_information", c.b64s(21))+`"}`)
		}},
		{cat, "docusign-connect-hmac-secret-and-signature-headers", func(c *gcase) {
			c.post("https://demo.docusign.net/restapi/v2.1/accounts/18374659/connect/secret", "application/json", "").
				resp("application/json", `{"hmacId":"`+c.decoy(c.uuid())+`","secretKey":"`+c.secret("DocuSign Connect HMAC secretKey", c.b64s(32))+`",`+c.decoy(`"status":"active"`)+`}`)
			c.post("https://hooks.acme.example/docusign", "application/json", `{"event":"envelope-completed","apiVersion":"v2.1","uri":"/restapi/v2.1/accounts/18374659/envelopes/`+c.decoy(c.uuid())+`","retryCount":0}`).
				rh("X-DocuSign-Signature-1", c.secret("X-DocuSign-Signature-1 header", c.b64s(32)), "X-Authorization-Digest", c.decoy("HMACSHA256"))
		}},
		{cat, "adobe-sign-refresh-form-and-access-token", func(c *gcase) {
			c.post("https://api.na1.adobesign.com/oauth/v2/refresh", "application/x-www-form-urlencoded",
				"refresh_token="+c.secret("Adobe Sign refresh_token", "3AAABLblqZhB"+c.pick(gAlnum+"-_*", 60))+"&client_id="+c.decoy("CBJCHBCAABAA"+strings.ToUpper(c.pick(gAlnum, 20)))+"&client_secret="+c.secret("Adobe Sign client_secret", c.pick(gAlnum+"-_", 32))+"&grant_type=refresh_token").
				resp("application/json", `{"access_token":"`+c.secret("Adobe Sign access_token", "3AAABLblqZhC"+c.pick(gAlnum+"-_*", 60))+`","token_type":"Bearer",`+c.decoy(`"expires_in":3600`)+`,"api_access_point":"https://api.na1.adobesign.com/"}`)
		}},
		{cat, "dropbox-sign-basic-apikey-and-callback-event-hash", func(c *gcase) {
			key := c.secret("Dropbox Sign API key as Basic user (64 hex)", c.hexs(64))
			c.get("https://api.hellosign.com/v3/account").rh("Authorization", "Basic "+gB64(key+":"))
			c.post("https://hooks.acme.example/hellosign", "multipart/form-data; boundary=xYzZY", "--xYzZY\r\nContent-Disposition: form-data; name=\"json\"\r\n\r\n"+`{"event":{"event_time":"`+c.decoy("1732270500")+`","event_type":"signature_request_signed","event_hash":"`+c.hexs(64)+`","event_metadata":{"related_signature_id":"`+c.decoy(c.hexs(40))+`"}}}`+"\r\n--xYzZY--\r\n")
		}},
		{cat, "box-devtoken-and-webhook-signature-headers", func(c *gcase) {
			c.get("https://api.box.com/2.0/folders/0/items?"+c.decoy("fields=name,sha1")).rh("Authorization", "Bearer "+c.secret("Box developer token", c.alnum(32)))
			c.post("https://hooks.acme.example/box", "application/json", `{"type":"webhook_event","id":"`+c.decoy(c.uuid())+`","trigger":"FILE.UPLOADED","source":{"id":"1330","type":"file","sha1":"`+c.decoy(c.hexs(40))+`"}}`).
				rh("BOX-DELIVERY-ID", c.decoy(c.uuid()), "BOX-DELIVERY-TIMESTAMP", c.decoy("2026-11-22T02:15:00-08:00"), "BOX-SIGNATURE-PRIMARY", c.secret("BOX-SIGNATURE-PRIMARY", c.b64s(32)), "BOX-SIGNATURE-SECONDARY", c.secret("BOX-SIGNATURE-SECONDARY", c.b64s(32)), "BOX-SIGNATURE-VERSION", "1", "BOX-SIGNATURE-ALGORITHM", c.decoy("HmacSHA256"))
		}},
		{cat, "zoho-oauthtoken-scheme-and-refresh", func(c *gcase) {
			c.get("https://www.zohoapis.eu/crm/v6/Leads?"+c.decoy("fields=Last_Name,Company")+"&per_page=50").rh("Authorization", "Zoho-oauthtoken "+c.secret("Zoho-oauthtoken scheme", "1000."+c.hexs(32)+"."+c.hexs(32)))
			c.post("https://accounts.zoho.eu/oauth/v2/token?refresh_token="+c.secret("Zoho refresh_token in query", "1000."+c.hexs(32)+"."+c.hexs(32))+"&client_id="+c.decoy("1000.KX7QH2ZV9P3LM5TR8WN0ABCDEFGHIJ")+"&client_secret="+c.secret("Zoho client_secret in query", c.hexs(42))+"&grant_type=refresh_token", "", "")
		}},
		{cat, "pipedrive-api-token-query-and-x-api-token", func(c *gcase) {
			tok := c.secret("Pipedrive api_token (40 hex)", c.hexs(40))
			c.get("https://acme.pipedrive.com/api/v1/deals?" + c.decoy("status=open") + "&start=0&api_token=" + tok)
			c.get("https://acme.pipedrive.com/api/v2/persons/"+c.decoy("8812")).rh("x-api-token", c.secret("Pipedrive x-api-token header", c.hexs(40)))
		}},
		{cat, "hubspot-hapikey-and-private-app", func(c *gcase) {
			c.get("https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=" + c.secret("HubSpot legacy hapikey (uuid)", c.uuid()) + "&" + c.decoy("count=100"))
			c.get("https://api.hubapi.com/crm/v3/objects/deals?"+c.decoy("archived=false")).rh("Authorization", "Bearer "+c.secret("HubSpot private app token pat-na1-", "pat-na1-"+c.uuid()))
		}},
		{cat, "nextcloud-requesttoken-and-session-cookies", func(c *gcase) {
			c.get("https://cloud.acme.example/ocs/v2.php/apps/notifications/api/v2/notifications?"+c.decoy("format=json")).
				rh("requesttoken", c.secret("Nextcloud requesttoken header", c.b64s(32)+":"+c.b64s(32)), "OCS-APIREQUEST", "true",
					"Cookie", "oc_sessionPassphrase="+c.secret("oc_sessionPassphrase cookie", url.QueryEscape(c.b64s(96)))+"; nc_username="+c.secret("nc_username cookie (a person's login)", "dvandermeer")+"; nc_token="+c.secret("nc_token cookie", c.alnum(32))+"; nc_session_id="+c.secret("nc_session_id cookie", c.pick(gLower+gDigits, 26)))
		}},
		{cat, "seafile-auth-token-form-and-token-scheme", func(c *gcase) {
			tok := c.secret("Seafile api2 token (40 hex)", c.hexs(40))
			c.post("https://seafile.acme.example/api2/auth-token/", "application/x-www-form-urlencoded", "username=legal%40acme-corp.example&password="+url.QueryEscape(c.secret("Seafile auth-token password", c.u10Pw()))).
				resp("application/json", `{"token":"`+tok+`"}`)
			c.get("https://seafile.acme.example/api2/repos/?"+c.decoy("type=mine")).rh("Authorization", "Token "+tok, "Accept", c.decoy("application/json; indent=4"))
		}},
		{cat, "opsgenie-geniekey-and-pagerduty-token-scheme", func(c *gcase) {
			c.get("https://api.eu.opsgenie.com/v2/alerts?"+c.decoy("query=status%3Aopen")+"&limit=20").rh("Authorization", "GenieKey "+c.secret("Opsgenie GenieKey (uuid)", c.uuid()))
			c.get("https://api.pagerduty.com/incidents?"+c.decoy("statuses%5B%5D=triggered")).rh("Authorization", "Token token="+c.secret("PagerDuty Token token=", c.pick(gAlnum+"-_+", 20)), "Accept", c.decoy("application/vnd.pagerduty+json;version=2"))
		}},
		{cat, "statuspage-oauth-scheme-and-page-id", func(c *gcase) {
			c.u10Req("PATCH", "https://api.statuspage.io/v1/pages/"+c.decoy("kctbh9vrtdwd")+"/components/"+c.decoy("8kbf7d35c070"), "application/json", `{"component":{"status":"degraded_performance"}}`).
				rh("Authorization", "OAuth "+c.secret("Statuspage OAuth API key (uuid)", c.uuid()))
		}},
		{cat, "calendly-webhook-signing-key-and-signature", func(c *gcase) {
			c.post("https://api.calendly.com/webhook_subscriptions", "application/json", `{"url":"https://hooks.acme.example/calendly","events":["invitee.created"],"organization":"https://api.calendly.com/organizations/`+c.decoy("AAAAAAAAAAAAAAAA")+`","scope":"organization","signing_key":"`+c.secret("Calendly signing_key", c.pick(gB64uAlpha, 43))+`"}`).
				rh("Authorization", "Bearer "+c.secret("Calendly personal access token (JWT)", c.hs256JWT(`{"iss":"https://auth.calendly.com","iat":1732270500,"jti":"`+c.uuid()+`","user_uuid":"`+c.uuid()+`"}`)))
			c.post("https://hooks.acme.example/calendly", "application/json", `{"event":"invitee.created","created_at":"`+c.decoy("2026-11-22T10:15:00.000000Z")+`"}`).
				rh("Calendly-Webhook-Signature", "t="+c.decoy("1732270500")+",v1="+c.secret("Calendly-Webhook-Signature v1", c.hexs(64)))
		}},
		{cat, "gusto-rippling-deel-hr-names", func(c *gcase) {
			c.post("https://api.gusto.com/oauth/token", "application/json", `{"client_id":"`+c.decoy(c.pick(gB64uAlpha, 43))+`","client_secret":"`+c.secret("Gusto client_secret", c.pick(gB64uAlpha, 43))+`","redirect_uri":"https://hr.acme.example/cb","code":"`+c.secret("Gusto authorization code", c.pick(gB64uAlpha, 43))+`","grant_type":"authorization_code"}`)
			c.get("https://api.letsdeel.com/rest/v2/contracts?"+c.decoy("limit=10")).rh("Authorization", "Bearer "+c.secret("Deel API token", c.pick(gLower+gDigits, 64)))
			c.get("https://api.rippling.com/platform/api/employees").rh("Authorization", "Bearer "+c.secret("Rippling API token", c.alnum(64)), "Rippling-Company-Id", c.decoy("63f8e1a2b4c7d90012ab34cd"))
		}},
	}
}

// 2. Pairs spelled as data.
func u10Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "docusign-envelope-text-custom-fields", func(c *gcase) {
			c.post("https://demo.docusign.net/restapi/v2.1/accounts/18374659/envelopes", "application/json",
				`{"emailSubject":"NDA for signature","status":"sent","customFields":{"textCustomFields":[{"fieldId":"`+c.decoy("10471230")+`","name":"crmSyncSecret","value":"`+c.secret("textCustomFields name=crmSyncSecret value", c.alnum(40))+`","show":"false","required":"false"},{"name":"`+c.decoy("DealStage")+`","value":"`+c.decoy("closed-won")+`","show":"true"}]}}`)
		}},
		{cat, "pagerduty-webhook-custom-headers", func(c *gcase) {
			c.post("https://api.pagerduty.com/webhook_subscriptions", "application/json",
				`{"webhook_subscription":{"type":"webhook_subscription","delivery_method":{"type":"http_delivery_method","url":"https://hooks.acme.example/pd","custom_headers":[{"name":"Authorization","value":"Bearer `+c.secret("PagerDuty custom_headers name=Authorization value", c.alnum(40))+`"},{"name":"X-Source","value":"`+c.decoy("pagerduty-prod")+`"}]},"events":["incident.triggered"],"filter":{"type":"account_reference"}}}`)
		}},
		{cat, "odoo-set-param-positional-pair", func(c *gcase) {
			c.post("https://erp.acme.example/web/dataset/call_kw/ir.config_parameter/set_param", "application/json",
				`{"jsonrpc":"2.0","method":"call","params":{"model":"ir.config_parameter","method":"set_param","args":["mail.catchall.password","`+c.secret("Odoo set_param args [name, value]", c.u10Pw())+`"],"kwargs":{"context":{"lang":"en_US","tz":"Europe/Brussels","uid":2}}},"id":`+c.decoy("417263")+`}`)
		}},
		{cat, "netsuite-soap-custom-field-scriptid", func(c *gcase) {
			c.post("https://1234567.suitetalk.api.netsuite.com/services/NetSuitePort_2023_2", "text/xml; charset=utf-8",
				`<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:platformCore="urn:core_2023_2.platform.webservices.netsuite.com"><soapenv:Body><update><record internalId="`+c.decoy("88231")+`" xsi:type="listRel:Customer"><listRel:customFieldList><platformCore:customField scriptId="custentity_portal_password" xsi:type="platformCore:StringCustomFieldRef"><platformCore:value>`+c.secret("NetSuite customField scriptId=custentity_portal_password value", c.u10Pw())+`</platformCore:value></platformCore:customField><platformCore:customField scriptId="`+c.decoy("custentity_region")+`" xsi:type="platformCore:StringCustomFieldRef"><platformCore:value>EMEA</platformCore:value></platformCore:customField></listRel:customFieldList></record></update></soapenv:Body></soapenv:Envelope>`)
		}},
		{cat, "hubspot-v1-contact-property-value", func(c *gcase) {
			c.post("https://api.hubapi.com/contacts/v1/contact", "application/json",
				`{"properties":[{"property":"email","value":"`+c.secret("HubSpot property=email value", "marguerite.osei@brightline-legal.example")+`"},{"property":"firstname","value":"`+c.secret("HubSpot property=firstname value", "Marguerite")+`"},{"property":"lifecyclestage","value":"`+c.decoy("opportunity")+`"},{"property":"trial_api_key","value":"`+c.secret("HubSpot property=trial_api_key value", c.alnum(36))+`"}]}`)
		}},
		{cat, "fhir-patient-telecom-system-value", func(c *gcase) {
			c.get("https://fhir.epic.example/api/FHIR/R4/Patient/"+c.decoy("eq081-VQEgP8drUUqCWzHfw3")).resp("application/fhir+json",
				`{"resourceType":"Patient","id":"eq081-VQEgP8drUUqCWzHfw3","telecom":[{"system":"phone","value":"`+c.secret("FHIR telecom system=phone value", "+1 608-555-0147")+`","use":"mobile"},{"system":"email","value":"`+c.secret("FHIR telecom system=email value", "h.lindqvist@mailbox.example")+`","use":"home"}],"gender":"female",`+c.decoy(`"birthDate":"1985-04-12"`)+`}`)
		}},
		{cat, "cal-com-app-credential-key-object", func(c *gcase) {
			c.post("https://app.cal.com/api/trpc/apps/updateAppCredentials?batch=1", "application/json",
				`{"0":{"json":{"credentialId":`+c.decoy("48213")+`,"key":{"client_id":"`+c.decoy("zq3Ab7Lm0Rx")+`","client_secret":"`+c.secret("Cal.com app credential key.client_secret", c.alnum(32))+`"}}}}`)
		}},
		{cat, "typeform-answers-field-ref", func(c *gcase) {
			c.post("https://hooks.acme.example/typeform", "application/json",
				`{"event_id":"`+c.decoy("01JDB8K3Q9V6W2XYZ0ABCDEFGH")+`","form_response":{"form_id":"`+c.decoy("lT4Z3j")+`","answers":[{"type":"text","text":"`+c.secret("Typeform answer under field.ref=vpn_password", c.u10Pw())+`","field":{"id":"`+c.decoy("Xk9aB2")+`","type":"short_text","ref":"vpn_password"}},{"type":"choice","choice":{"label":"Laptop"},"field":{"id":"Yq1cD3","type":"multiple_choice","ref":"device"}}]}}`)
		}},
		{cat, "sage-settings-key-value-list", func(c *gcase) {
			c.u10Req("PUT", "https://api.accounting.sage.com/v3.1/financial_settings", "application/json",
				`{"settings":[{"key":"`+c.decoy("base_currency")+`","value":"GBP"},{"key":"bank_feed_password","value":"`+c.secret("Sage settings key=bank_feed_password value", c.u10Pw())+`"},{"key":"open_banking_token","value":"`+c.secret("Sage settings key=open_banking_token value", c.b64u(40))+`"}]}`)
		}},
		{cat, "html-input-hidden-and-labelled-span", func(c *gcase) {
			c.get("https://mychart.example-health.org/MyChart/Authentication/Login").resp("text/html; charset=utf-8",
				`<form action="/MyChart/Authentication/Login" method="post"><input name="__RequestVerificationToken" type="hidden" value="`+c.secret("MyChart hidden __RequestVerificationToken", c.pick(gB64uAlpha, 108))+`" /><input type="hidden" id="`+c.decoy("DeviceId")+`" value="`+c.decoy("mychart-web-2")+`"/></form><span id="jsSessionToken" class="hidden">`+c.secret("span id=jsSessionToken text", c.hexs(48))+`</span>`)
		}},
		{cat, "mailchimp-merge-field-tag-value-array", func(c *gcase) {
			c.post("https://us21.api.mailchimp.com/3.0/lists/"+c.decoy("a1b2c3d4e5")+"/merge-fields", "application/json",
				`{"merge_fields":[{"tag":"PORTALPASS","name":"Portal password","type":"text","default_value":"`+c.secret("Mailchimp merge field tag PORTALPASS default_value", c.u10Pw())+`"},{"tag":"`+c.decoy("COMPANY")+`","name":"Company","type":"text","default_value":""}]}`)
		}},
		{cat, "rows-of-pairs-in-sheet-import", func(c *gcase) {
			c.post("https://erp.acme.example/api/import/settings", "application/json",
				`{"rows":[["setting","value"],["smtp_host","`+c.decoy("smtp.acme-corp.example")+`"],["smtp_password","`+c.secret("[[smtp_password, X]] row", c.u10Pw())+`"],["xero_client_secret","`+c.secret("[[xero_client_secret, X]] row", c.pick(gB64uAlpha, 48))+`"]]}`)
		}},
	}
}

// 3. Unnamed machine values: path segments, positional arguments, opaque names.
func u10Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "odoo-xmlrpc-execute-kw-positional-key", func(c *gcase) {
			c.post("https://erp.acme.example/xmlrpc/2/object", "text/xml",
				`<?xml version="1.0"?><methodCall><methodName>execute_kw</methodName><params><param><value><string>`+c.decoy("acme-prod")+`</string></value></param><param><value><int>2</int></value></param><param><value><string>`+c.secret("Odoo XML-RPC execute_kw third param (API key, 40 hex)", c.hexs(40))+`</string></value></param><param><value><string>res.partner</string></value></param><param><value><string>search_read</string></value></param></params></methodCall>`).
				resp("text/xml", `<?xml version="1.0"?><methodResponse><params><param><value><array><data><value><struct><member><name>id</name><value><int>`+c.decoy("7781")+`</int></value></member></struct></value></data></array></value></param></params></methodResponse>`)
		}},
		{cat, "odoo-jsonrpc-object-args-array", func(c *gcase) {
			c.post("https://erp.acme.example/jsonrpc", "application/json",
				`{"jsonrpc":"2.0","method":"call","params":{"service":"object","method":"execute_kw","args":["acme-prod",2,"`+c.secret("Odoo /jsonrpc args[2] (API key)", c.hexs(40))+`","account.move","read",[[`+c.decoy("90412")+`]],{"fields":["name","amount_total"]}]},"id":1}`)
		}},
		{cat, "box-shared-link-path-and-seafile-upload-link", func(c *gcase) {
			c.get("https://app.box.com/s/"+c.secret("Box shared link id in path (32 lower alnum)", c.pick(gLower+gDigits, 32))).rh("Referer", c.decoy("https://app.box.com/folder/0"))
			up := c.secret("Seafile upload-api token in path", c.uuid())
			c.get("https://seafile.acme.example/api2/repos/"+c.decoy(c.uuid())+"/upload-link/?p=%2F").resp("application/json", `"https://seafile.acme.example/seafhttp/upload-api/`+up+`"`)
		}},
		{cat, "nextcloud-public-share-and-login-flow-v2", func(c *gcase) {
			flow := c.secret("Nextcloud login flow v2 token in path (128 alnum)", c.alnum(128))
			c.post("https://cloud.acme.example/index.php/login/v2", "", "").resp("application/json",
				`{"poll":{"token":"`+c.secret("Nextcloud login flow poll.token", c.alnum(128))+`","endpoint":"https://cloud.acme.example/login/v2/poll"},"login":"https://cloud.acme.example/login/v2/flow/`+flow+`"}`)
			c.get("https://cloud.acme.example/s/" + c.secret("Nextcloud public share token in path", c.alnum(15)) + "/download?" + c.decoy("path=%2F&files=contract.pdf"))
		}},
		{cat, "docusign-recipient-view-url", func(c *gcase) {
			c.post("https://demo.docusign.net/restapi/v2.1/accounts/18374659/envelopes/"+c.decoy(c.uuid())+"/views/recipient", "application/json", `{"returnUrl":"https://app.acme.example/signed?event=signing_complete","authenticationMethod":"none","userName":"Signer","clientUserId":"`+c.decoy("1001")+`"}`).
				resp("application/json", `{"url":"https://demo.docusign.net/Signing/MTRedeem/v1/`+c.decoy(c.uuid())+`?slt=`+c.secret("DocuSign recipient view slt", c.rs256JWT("68185ff1-4e51-4ce9-af1c-689812203317", `{"TokenType":5,"Issuer":"`+c.uuid()+`","Expiration":1732270800}`))+`"}`)
		}},
		{cat, "dropbox-sign-embedded-sign-url", func(c *gcase) {
			c.get("https://api.hellosign.com/v3/embedded/sign_url/"+c.decoy(c.hexs(32))).resp("application/json",
				`{"embedded":{"sign_url":"https://app.hellosign.com/editor/embeddedSign?signature_id=`+c.decoy(c.hexs(32))+`&token=`+c.secret("Dropbox Sign embedded sign_url token", c.hexs(32))+`","expires_at":`+c.decoy("1732274100")+`}}`)
		}},
		{cat, "bigbluebutton-join-checksum", func(c *gcase) {
			c.get("https://bbb.acme.example/bigbluebutton/api/create?name=Board&" + c.decoy("meetingID=board-2026-11") + "&moderatorPW=" + c.secret("BigBlueButton create moderatorPW", c.alnum(12)) + "&attendeePW=" + c.secret("BigBlueButton create attendeePW", c.alnum(12)) + "&checksum=" + c.hexs(40))
			// BigBlueButton 2.6 joins by role: the signed URL is the capability.
			c.get("https://bbb.acme.example/bigbluebutton/api/join?fullName=Chair&meetingID=board-2026-11&role=MODERATOR&" + c.decoy("createTime=1732270500123") + "&checksum=" + c.secret("BigBlueButton role=MODERATOR join checksum (the signed join link)", c.hexs(40)))
		}},
		{cat, "wetransfer-download-and-opaque-header", func(c *gcase) {
			c.post("https://wetransfer.com/api/v4/transfers/"+c.decoy(c.hexs(40))+"/download", "application/json", `{"intent":"entire_transfer","security_hash":"`+c.secret("WeTransfer security_hash", c.hexs(12))+`"}`).
				resp("application/json", `{"direct_link":"https://download.wetransfer.com/eugv/`+c.decoy(c.hexs(40))+`/contracts.zip?cf=y&token=`+c.secret("WeTransfer direct_link token (JWT)", c.hs256JWT(`{"exp":1732270800,"unique":"`+c.hexs(32)+`","filename":"contracts.zip"}`))+`"}`)
		}},
		{cat, "unnamed-key-in-opaque-member-and-array", func(c *gcase) {
			c.post("https://app.customer.io/api/v1/environments/"+c.decoy("118227")+"/integrations", "application/json",
				`{"integration":{"kind":"segment","v":"`+c.secret("Customer.io integration opaque member v (machine)", c.alnum(48))+`","k":["`+c.secret("key in an unnamed array", c.b64u(36))+`"],`+c.decoy(`"etag":"W/\"6b1f-0a2c\""`)+`}}`)
		}},
		{cat, "decoys-only-hashes-and-ids", func(c *gcase) {
			c.get("https://api.dropboxapi.com/2/files/list_folder").resp("application/json",
				`{"entries":[{".tag":"file","name":"nda.pdf","id":"`+c.decoy("id:a4ayc_80_OEAAAAAAAAAXw")+`","rev":"`+c.decoy("015f4c2d7e3a9b0000000027d8e5c30")+`","content_hash":"`+c.decoy(c.hexs(64))+`","size":48213,"server_modified":"2026-11-21T17:02:11Z"}],"cursor":"`+"AAH"+c.pick(gB64uAlpha, 120)+`","has_more":false}`).
				sh("X-Dropbox-Request-Id", c.decoy(c.hexs(32)), "traceparent", c.decoy("00-"+c.hexs(32)+"-"+c.hexs(16)+"-01"), "ETag", c.decoy(`"`+c.hexs(40)+`"`))
		}},
		{cat, "mapbox-style-and-typesense-scoped-in-url", func(c *gcase) {
			c.get("https://api.mapbox.com/styles/v1/" + c.decoy("acme-maps/clq2x7d9a00b801qz3h4k5m6n") + "/tiles/256/12/2154/1434@2x?access_token=" + c.secret("Mapbox secret token sk. in query", "sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6I"+c.pick(gAlnum, 40)+"."+c.pick(gAlnum+"-_", 22)))
			c.get("https://ts.acme.example/collections/" + c.decoy("contracts") + "/documents/search?q=nda&query_by=title&x-typesense-api-key=" + c.secret("Typesense scoped key in query", gB64(c.pick(gAlnum, 44)+`{"filter_by":"org_id:17"}`)))
		}},
		{cat, "google-maps-signed-static-url", func(c *gcase) {
			c.get("https://maps.googleapis.com/maps/api/staticmap?center=" + c.decoy("Brussels,Belgium") + "&zoom=13&size=600x300&client=" + c.decoy("gme-acmecorp") + "&signature=" + c.secret("Google Maps URL signature", c.b64u(20)+"="))
			c.get("https://maps.googleapis.com/maps/api/geocode/json?address=" + c.decoy("Rue+de+la+Loi+16") + "&key=" + c.secret("Google Maps API key (AIza)", "AIza"+c.pick(gAlnum+"-_", 35)))
		}},
	}
}

// 4. Carriers and stacked encodings.
func u10Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "jitsi-xmpp-websocket-sasl-plain-and-jwt-query", func(c *gcase) {
			c.get("wss://meet.acme.example/xmpp-websocket?room="+c.decoy("board-q4")+"&token="+c.secret("Jitsi room JWT in the websocket query", c.hs256JWT(`{"aud":"jitsi","iss":"acme","sub":"meet.acme.example","room":"board-q4","exp":1732274100,"context":{"features":{"recording":true}}}`))).
				rh("Sec-WebSocket-Protocol", c.decoy("xmpp")).code(101).
				wsMsg("send", 1, `<open xmlns="urn:ietf:params:xml:ns:xmpp-framing" to="`+c.decoy("meet.acme.example")+`" version="1.0"/>`).
				wsMsg("send", 1, `<auth xmlns="urn:ietf:params:xml:ns:xmpp-sasl" mechanism="PLAIN">`+gB64("\x00focus\x00"+c.secret("XMPP SASL PLAIN password in a ws frame (base64 of NUL user NUL pass)", c.alnum(20)))+`</auth>`)
		}},
		{cat, "webhook-delivery-log-echoed-in-admin-ui", func(c *gcase) {
			reqH := "POST /hooks/cio HTTP/1.1\\r\\nHost: hooks.acme.example\\r\\nAuthorization: Basic " + gB64("cio:"+c.secret("Basic password inside an echoed request-header string", c.u10Pw())) + "\\r\\nX-CIO-Signature: " + c.secret("X-CIO-Signature inside an echoed request-header string", c.hexs(64)) + "\\r\\n"
			c.get("https://fly.customer.io/v1/environments/118227/webhooks/"+c.decoy("wh_7731")+"/deliveries?"+c.decoy("limit=20")).resp("application/json",
				`{"deliveries":[{"id":"`+c.decoy("dlv_01JDB9"+c.pick(gUpper+gDigits, 12))+`","status":200,"request_headers":"`+reqH+`","request_body":"{\"event\":\"email_opened\",\"api_token\":\"`+c.secret("api_token inside an echoed request-body string", c.alnum(40))+`\"}"}]}`)
		}},
		{cat, "odata-batch-changeset-json-patch", func(c *gcase) {
			b := "batch_" + c.hexs(12)
			cs := "changeset_" + c.hexs(12)
			body := "--" + b + "\r\nContent-Type: multipart/mixed; boundary=" + cs + "\r\n\r\n--" + cs + "\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: 1\r\n\r\nPATCH systemusers(" + c.decoy(c.uuid()) + ") HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{\"new_portalpassword\":\"" + c.secret("password in a JSON body inside an OData changeset", c.u10Pw()) + "\"}\r\n--" + cs + "--\r\n--" + b + "--\r\n"
			c.post("https://acme.crm4.dynamics.com/api/data/v9.2/$batch", "multipart/mixed; boundary="+b, body).rh("OData-MaxVersion", c.decoy("4.0"))
		}},
		{cat, "tus-upload-metadata-base64-pairs", func(c *gcase) {
			tok := c.secret("tus Upload-Metadata token (base64 value)", c.alnum(40))
			c.post("https://upload.acme.example/files/", "", "").code(201).
				rh("Tus-Resumable", c.decoy("1.0.0"), "Upload-Length", c.decoy("48213377"), "Upload-Metadata", "filename "+c.decoy(gB64("board-minutes.pdf"))+",filetype "+c.decoy(gB64("application/pdf"))+",authToken "+gB64(tok)).
				sh("Location", "https://upload.acme.example/files/"+c.decoy(c.hexs(32)))
		}},
		{cat, "google-resumable-upload-session", func(c *gcase) {
			uid := c.secret("Google resumable upload_id (a capability)", "ADPycd"+c.pick(gB64uAlpha, 90))
			c.post("https://www.googleapis.com/upload/drive/v3/files?uploadType=resumable", "application/json; charset=UTF-8", `{"name":"`+c.decoy("Q4-contracts.zip")+`","mimeType":"application/zip"}`).
				rh("Authorization", "Bearer "+c.secret("Google OAuth access token ya29.", "ya29.a0Ad52N3"+c.pick(gB64uAlpha, 150)), "X-Upload-Content-Length", c.decoy("48213377")).
				sh("Location", "https://www.googleapis.com/upload/drive/v3/files?uploadType=resumable&upload_id="+uid, "X-GUploader-UploadID", uid)
			c.u10Req("PUT", "https://www.googleapis.com/upload/drive/v3/files?uploadType=resumable&upload_id="+uid, "application/zip", "").rh("Content-Range", c.decoy("bytes 0-8388607/48213377"))
		}},
		{cat, "box-multipart-upload-attributes-part", func(c *gcase) {
			b := "----WebKitFormBoundary" + c.pick(gAlnum, 16)
			body := u10Part(b, "attributes", "", `{"name":"`+c.decoy("msa-signed.pdf")+`","parent":{"id":"0"},"content_modified_at":"2026-11-22T10:15:00Z"}`) +
				u10Part(b, "metadata", "", `{"enterprise_118227.contractMeta":{"counterparty":"Brightline","sftpPassword":"`+c.secret("sftpPassword in a multipart metadata part", c.u10Pw())+`"}}`) +
				u10Part(b, "file", "; filename=\"msa-signed.pdf\"\r\nContent-Type: application/pdf", "%PDF-1.7 ...") + "--" + b + "--\r\n"
			c.post("https://upload.box.com/api/2.0/files/content", "multipart/form-data; boundary="+b, body).rh("Authorization", "Bearer "+c.secret("Box bearer on upload", c.alnum(32)))
		}},
		{cat, "odata-batch-with-inner-authorization", func(c *gcase) {
			b := "batch_" + c.uuid()
			body := "--" + b + "\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nGET companies(" + c.decoy(c.uuid()) + ")/customers?$top=5 HTTP/1.1\r\nAuthorization: Basic " + gB64("ADMIN:"+c.secret("Business Central web service access key in an OData $batch inner request", c.b64s(33))) + "\r\nAccept: application/json\r\n\r\n--" + b + "--\r\n"
			c.post("https://api.businesscentral.dynamics.com/v2.0/"+c.decoy(c.uuid())+"/Production/api/v2.0/$batch", "multipart/mixed; boundary="+b, body).rh("OData-Version", c.decoy("4.0"))
		}},
		{cat, "webdav-propfind-share-and-proppatch", func(c *gcase) {
			c.u10Req("PROPFIND", "https://cloud.acme.example/remote.php/dav/files/legal/Contracts/", "application/xml; charset=utf-8", `<?xml version="1.0"?><d:propfind xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns" xmlns:nc="http://nextcloud.org/ns"><d:prop><d:getetag/><oc:fileid/><nc:share-attributes/></d:prop></d:propfind>`).
				rh("Authorization", "Basic "+gB64("legal:"+c.secret("Nextcloud app password in WebDAV Basic", c.alnum(5)+"-"+c.alnum(5)+"-"+c.alnum(5)+"-"+c.alnum(5)+"-"+c.alnum(5))), "Depth", "1").code(207).
				resp("application/xml; charset=utf-8", `<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns"><d:response><d:href>/remote.php/dav/files/legal/Contracts/</d:href><d:propstat><d:prop><d:getetag>`+c.decoy(`&quot;`+c.hexs(13)+`&quot;`)+`</d:getetag><oc:fileid>`+c.decoy("48213")+`</oc:fileid></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>`)
			st := c.secret("OCS share token (token and url elements)", c.alnum(15))
			c.post("https://cloud.acme.example/ocs/v2.php/apps/files_sharing/api/v1/shares?format=xml", "application/x-www-form-urlencoded", "path=%2FContracts&shareType=3&password="+url.QueryEscape(c.secret("OCS share password (form)", c.u10Pw()))).
				resp("text/xml; charset=UTF-8", `<?xml version="1.0"?><ocs><meta><status>ok</status></meta><data><id>`+c.decoy("812")+`</id><token>`+st+`</token><url>https://cloud.acme.example/s/`+st+`</url></data></ocs>`)
		}},
		{cat, "caldav-put-icalendar-with-meeting-secrets", func(c *gcase) {
			pwd := c.secret("Zoom pwd= in iCalendar LOCATION", c.alnum(32))
			ics := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:" + c.decoy("-//Acme//Scheduler 3.2//EN") + "\r\nBEGIN:VEVENT\r\nUID:" + c.decoy(c.uuid()) + "\r\nDTSTART:20261124T090000Z\r\nSUMMARY:Contract review\r\nLOCATION:https://acme.zoom.us/j/" + c.decoy("85746352413") + "?pwd=" + pwd + "\r\nDESCRIPTION:Join Zoom Meeting\\nMeeting ID: 857 4635 2413\\nPasscode: " + c.secret("Zoom Passcode: X in DESCRIPTION", c.alnum(10)) + "\\n\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
			c.u10Req("PUT", "https://cloud.acme.example/remote.php/dav/calendars/legal/personal/"+c.decoy("contract-review-17.ics"), "text/calendar; charset=utf-8", ics).code(201)
		}},
		{cat, "jsonapi-document-api-key-attributes", func(c *gcase) {
			c.post("https://api.acme-sign.example/v1/api-keys", "application/vnd.api+json", `{"data":{"type":"api-keys","attributes":{"label":"zapier"}}}`).code(201).
				resp("application/vnd.api+json", `{"data":{"type":"api-keys","id":"`+c.decoy("ak_4471")+`","attributes":{"label":"zapier","plaintext":"`+c.secret("JSON:API api-keys attributes.plaintext", "ask_"+c.alnum(40))+`","created-at":"2026-11-22T10:15:00Z"},"links":{"self":"https://api.acme-sign.example/v1/api-keys/17"}},"jsonapi":{"version":"1.1"}}`)
		}},
		{cat, "hal-links-href-with-token", func(c *gcase) {
			c.get("https://api.acme-sign.example/v2/documents/"+c.decoy("doc_8812")).resp("application/hal+json",
				`{"_links":{"self":{"href":"/v2/documents/doc_8812"},"download":{"href":"https://files.acme-sign.example/d/doc_8812.pdf?access_token=`+c.secret("HAL _links.download.href access_token", c.b64u(32))+`&expires=1732274100","templated":false}},"status":"completed"}`)
		}},
		{cat, "form-post-array-names-rails-php", func(c *gcase) {
			c.post("https://crm.acme.example/settings/integrations", "application/x-www-form-urlencoded",
				"integration%5Bname%5D=mailgun&integration%5Bcredentials%5D%5Bapi_key%5D="+c.secret("integration[credentials][api_key]", "key-"+c.hexs(32))+"&integration%5Bcredentials%5D%5Bsigning_key%5D="+c.secret("integration[credentials][signing_key]", c.hexs(32))+"&settings[smtp][pass]="+url.QueryEscape(c.secret("settings[smtp][pass]", c.u10Pw()))+"&"+c.decoy("settings[smtp][port]=587"))
		}},
		{cat, "entity-escaped-props-in-patient-portal-html", func(c *gcase) {
			props := html.EscapeString(`{"patientId":"` + c.decoy("E48213") + `","fhirAccessToken":"` + c.secret("fhirAccessToken in entity-escaped data-props", c.rs256JWT("cerner-1", `{"sub":"12724066","aud":"https://fhir-myrecord.cerner.com","exp":1732274100}`)) + `"}`)
			c.get("https://patientportal.example-health.org/pages/health_record").resp("text/html", `<div id="app" data-props="`+props+`"></div>`)
		}},
		{cat, "js-escaped-initial-state-doctolib", func(c *gcase) {
			st := strings.ReplaceAll(`{"session":{"csrfToken":"`+c.secret("csrfToken in \\u0022-escaped JSON.parse state", c.pick(gB64uAlpha, 86))+`","locale":"fr"}}`, `"`, `\u0022`)
			c.get("https://www.doctolib.fr/account/appointments").resp("text/html", `<script>window.__PRELOADED__ = JSON.parse("`+st+`");</script><script src="/assets/`+c.decoy("application-"+c.hexs(20)+".js")+`"></script>`)
		}},
		{cat, "sse-incident-timeline-and-elastic-bulk-ndjson", func(c *gcase) {
			c.get("https://acme.incident.example/api/incidents/stream").resp("text/event-stream",
				"event: update\nid: "+c.decoy("1732270500-3")+"\ndata: {\"type\":\"integration.created\",\n data: \"webhook_secret\":\""+c.secret("webhook_secret in SSE data lines", c.alnum(32))+"\"}\n\n")
			c.post("https://acme.es.europe-west1.gcp.cloud.es.io/_bulk", "application/x-ndjson", `{"index":{"_index":"`+c.decoy("crm-sync-2026.11")+`"}}`+"\n"+`{"contact":"c-17","sync":{"api_secret":"`+c.secret("api_secret in an NDJSON _bulk document", c.alnum(40))+`"}}`+"\n").
				rh("Authorization", "ApiKey "+c.secret("Elastic ApiKey base64(id:key)", gB64(c.pick(gAlnum, 20)+":"+c.pick(gB64uAlpha, 22))))
		}},
		{cat, "double-encoded-return-url-with-token", func(c *gcase) {
			inner := "https://app.acme.example/sign/done?access_token=" + c.secret("access_token in a double-encoded return_url", c.b64u(32)) + "&envelope=8812"
			c.get("https://account.docusign.com/oauth/auth?response_type=code&client_id=" + c.decoy(c.uuid()) + "&state=" + url.QueryEscape(url.QueryEscape(inner)))
		}},
		{cat, "saml-post-from-national-eid-portal", func(c *gcase) {
			a := `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_` + c.hexs(32) + `"><saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">` + c.secret("SAML NameID e-mail inside POST binding", "giulia.ferraro@posta-cittadino.example") + `</saml:NameID></saml:Subject><saml:AuthnStatement SessionIndex="_` + c.hexs(32) + `"/></saml:Assertion></samlp:Response>`
			c.get("https://idp.eid-gov.example/sso/POST").resp("text/html", `<form method="post" action="https://tax.gov.example/acs"><input type="hidden" name="SAMLResponse" value="`+gB64(a)+`"/><input type="hidden" name="RelayState" value="`+c.decoy("ss:mem:"+c.hexs(16))+`"/></form>`)
		}},
	}
}

// 5. Exporter quirks.
func u10Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "fiddler-form-body-in-param-name", func(c *gcase) {
			body := "grant_type=refresh_token&refresh_token=" + c.secret("QuickBooks refresh_token in a body stored as params[0].name (Fiddler)", "AB11"+c.alnum(46)) + "&" + c.decoy("redirect_uri=https%3A%2F%2Ffinance.acme.example%2Fqbo")
			e := c.post("https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer", "application/x-www-form-urlencoded", body)
			e.post.params = []any{map[string]any{"name": body, "value": ""}}
			e.rh("Authorization", "Basic "+gB64("ABk7ZqX2mP9vR3tL5wN8yC1"+":"+c.secret("QuickBooks client secret in Basic", c.alnum(40))))
			c.creator = [2]string{"Fiddler", "5.0.20244.10953"}
		}},
		{cat, "sendbeacon-json-as-text-plain-braze", func(c *gcase) {
			c.post("https://sdk.fra-01.braze.eu/api/v3/data", "text/plain;charset=UTF-8", `{"api_key":"`+c.uuid()+`","device_id":"`+c.decoy(c.uuid())+`","events":[{"name":"lr","data":{"session_token":"`+c.secret("session_token in a JSON body sent as text/plain", c.b64u(32))+`"}}],"sdk_version":"`+c.decoy("5.6.1")+`"}`)
		}},
		{cat, "empty-mime-form-body-and-octet-xml-response", func(c *gcase) {
			c.post("https://acme.api.xero.com/connections/login", "", "username=ap%40acme-corp.example&userpass="+url.QueryEscape(c.secret("userpass in a form body with empty mimeType", c.u10Pw()))+"&"+c.decoy("remember=1")).
				resp("application/octet-stream", `<?xml version="1.0"?><Response><SessionKey>`+c.secret("SessionKey element in XML served as octet-stream", c.alnum(40))+`</SessionKey><ProviderName>`+c.decoy("Acme Payables")+`</ProviderName></Response>`)
		}},
		{cat, "set-cookie-joined-with-comma-expires", func(c *gcase) {
			e := c.post("https://www.doctolib.de/login.json", "application/json", `{"username":"k.brandt@posteo.example","password":"`+c.secret("Doctolib login password", c.u10Pw())+`","remember":true}`)
			e.sh("Set-Cookie", "_doctolib_session="+c.secret("_doctolib_session in a comma-joined Set-Cookie", c.pick(gAlnum+"%", 180))+"; path=/; expires=Tue, 22 Dec 2026 10:15:00 GMT; secure; HttpOnly, auth_token="+c.secret("second cookie after a comma (auth_token)", c.b64u(32))+"; path=/; secure, locale=de; path=/")
		}},
		{cat, "set-cookie-newline-joined-and-cookie-without-equals", func(c *gcase) {
			c.get("https://sage.acme.example/accounts/dashboard").rh("Cookie", c.secret("Cookie pair without = (bare value)", c.hexs(48))+"; theme=dark").
				sh("Set-Cookie", "SageOneSession="+c.secret("SageOneSession (first of newline-joined)", c.alnum(48))+"; Path=/; Secure\nXSRF-TOKEN="+c.secret("XSRF-TOKEN (second line)", c.pick(gB64uAlpha, 64))+"; Path=/")
		}},
		{cat, "firefox-cookies-array-without-header", func(c *gcase) {
			c.creator = [2]string{"Firefox", "133.0"}
			e := c.get("https://my.zoho.eu/crm/org20103/tab/Home")
			e.reqCookies = []any{map[string]any{"name": "CSRF_TOKEN", "value": c.secret("Firefox cookies[] CSRF_TOKEN", c.hexs(128))}, map[string]any{"name": "_iamadt", "value": c.secret("Firefox cookies[] _iamadt", c.hexs(160))}, map[string]any{"name": "zalb_" + c.hexs(10), "value": c.hexs(32)}}
		}},
		{cat, "base64-response-content-with-json", func(c *gcase) {
			js := `{"apiKey":"` + c.secret("apiKey inside a base64 response body", "xkeysib-"+c.hexs(64)+"-"+c.alnum(16)) + `","plan":"enterprise"}`
			e := c.get("https://api.brevo.com/v3/account").resp("application/json", base64.StdEncoding.EncodeToString([]byte(js)))
			e.respEncoding = "base64"
		}},
		{cat, "initiator-stack-and-entry-comment", func(c *gcase) {
			e := c.get("https://widget.whereby.example/embed.js")
			e.set("_initiator", map[string]any{"type": "script", "stack": map[string]any{"callFrames": []any{map[string]any{"functionName": "joinRoom", "url": "https://acme.whereby.com/board-room?roomKey=" + c.secret("Whereby host roomKey in _initiator url", c.b64u(24)), "lineNumber": 7, "columnNumber": 33}}}})
			e.set("comment", "seen after login; header was Authorization: Bearer "+c.secret("bearer pasted in the entry comment", c.hs256JWT(`{"sub":"host","exp":1732274100}`)))
		}},
		{cat, "charles-multipart-params-with-values", func(c *gcase) {
			b := "----CharlesBoundary" + c.pick(gAlnum, 12)
			key := c.secret("Mailgun signing key in a multipart param value", c.hexs(32))
			body := u10Part(b, "webhook_signing_key", "", key) + u10Part(b, "domain", "", c.decoy("mg.acme-corp.example")) + "--" + b + "--\r\n"
			e := c.post("https://admin.acme.example/settings/mailgun", "multipart/form-data; boundary="+b, body)
			e.post.params = []any{map[string]any{"name": "webhook_signing_key", "value": key}, map[string]any{"name": "domain", "value": "mg.acme-corp.example"}}
			c.creator = [2]string{"Charles Proxy", "5.0"}
		}},
		{cat, "request-headers-in-har-pages-extension-field", func(c *gcase) {
			c.get("https://app.pipedrive.com/api/v1/users/me")
			c.extraLog = map[string]any{"_acmeSettings": map[string]any{"replayHeaders": "X-Api-Token: " + c.secret("X-Api-Token in a custom log-level field", c.hexs(40))}, "comment": c.decoy("exported by support widget 2.3")}
		}},
	}
}

// 6. One secret, redacted everywhere.
func u10Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "nextcloud-app-password-poll-then-basic-and-js", func(c *gcase) {
			ap := c.secret("Nextcloud appPassword (poll result, reused)", c.alnum(72))
			c.post("https://cloud.acme.example/login/v2/poll", "application/x-www-form-urlencoded", "token="+c.secret("login flow poll token", c.alnum(128))).
				resp("application/json", `{"server":"https://cloud.acme.example","loginName":"legal","appPassword":"`+ap+`"}`)
			c.u10Req("PROPFIND", "https://cloud.acme.example/remote.php/dav/files/legal/", "", "").rh("Authorization", "Basic "+gB64("legal:"+ap), "Depth", "0")
			c.get("https://cloud.acme.example/apps/sync/status.js").resp("application/javascript", `var s={u:"legal",p:"`+ap+`",`+c.decoy(`v:"30.0.2"`)+`};`)
		}},
		{cat, "session-cookie-echoed-earlier-as-json-id", func(c *gcase) {
			sid := c.secret("Cal.com session cookie value echoed earlier as id", c.pick(gB64uAlpha, 48))
			c.get("https://app.cal.com/api/auth/session-debug").resp("application/json", `{"sessions":[{"id":"`+sid+`","lastSeen":"`+c.decoy("2026-11-22T10:14:58Z")+`"}]}`)
			c.get("https://app.cal.com/bookings/upcoming").rh("Cookie", "__Secure-next-auth.session-token="+sid+"; cal_locale=en")
		}},
		{cat, "dropbox-token-later-in-unnamed-arg", func(c *gcase) {
			tok := c.secret("Dropbox sl. access token reused unnamed", "sl.B"+c.pick(gAlnum+"-_", 135))
			c.post("https://api.dropboxapi.com/oauth2/token", "application/x-www-form-urlencoded", "grant_type=refresh_token&refresh_token="+c.secret("Dropbox refresh_token", c.pick(gAlnum+"-_", 64))+"&client_id="+c.decoy("k3x9q2m7v1z8r4t")).
				resp("application/json", `{"access_token":"`+tok+`","token_type":"bearer","expires_in":14400}`)
			c.get("https://content.dropboxapi.com/2/files/download?" + c.decoy("reject_cors_preflight=true") + "&arg=" + url.QueryEscape(`{"path":"/Contracts/nda.pdf"}`) + "&authorization=" + url.QueryEscape("Bearer "+tok))
			c.post("https://telemetry.acme.example/log", "application/json", `{"lvl":"debug","msg":"dbx init `+tok+`"}`)
		}},
		{cat, "activation-token-json-then-path", func(c *gcase) {
			at := c.secret("Rippling activation token in JSON and in a URL path", c.b64u(32))
			c.post("https://app.rippling.com/api/onboarding/invite", "application/json", `{"employee":"`+c.decoy("63f8e1a2b4c7d90012ab34ce")+`"}`).resp("application/json", `{"invite":{"activationToken":"`+at+`","expires":"2026-11-29T10:15:00Z"}}`)
			c.get("https://app.rippling.com/activate/" + at + "/welcome?" + c.decoy("lang=en-GB"))
		}},
		{cat, "google-upload-id-percent-and-base64", func(c *gcase) {
			uid := c.secret("upload_id known from Location, echoed base64 and percent-encoded", "ADPycdt"+c.pick(gB64uAlpha, 90))
			c.post("https://www.googleapis.com/upload/storage/v1/b/acme-docs/o?uploadType=resumable&name="+c.decoy("scan-0042.pdf"), "", "").sh("Location", "https://storage.googleapis.com/upload/storage/v1/b/acme-docs/o?uploadType=resumable&upload_id="+uid)
			c.post("https://app.acme.example/api/uploads/resume", "application/json", `{"session":"`+gB64(uid)+`","next":"`+url.QueryEscape("https://storage.googleapis.com/upload?upload_id="+uid)+`"}`)
		}},
		{cat, "hubspot-key-in-beacon-referrer-double-encoded", func(c *gcase) {
			key := c.secret("HubSpot pat token echoed double-encoded in a beacon", "pat-eu1-"+c.uuid())
			c.get("https://api.hubapi.com/crm/v3/owners").rh("Authorization", "Bearer "+key)
			c.get("https://track.hubspot.com/__ptq.gif?" + c.decoy("k=1") + "&r=" + url.QueryEscape(url.QueryEscape("https://tools.acme.example/?token="+key)))
		}},
		{cat, "mailgun-api-key-in-basic-then-prose", func(c *gcase) {
			k := c.secret("Mailgun private key reused in a support note", c.hexs(32)+"-"+c.hexs(8)+"-"+c.hexs(8))
			c.get("https://api.eu.mailgun.net/v3/domains/"+c.decoy("mg.acme-corp.example")+"/events?"+c.decoy("limit=25")).rh("Authorization", "Basic "+gB64("api:"+k))
			c.post("https://support.acme.example/api/notes", "application/json", `{"note":"customer pasted `+k+` in chat, rotate"}`)
		}},
		{cat, "zoom-sdk-signature-then-websocket-frame", func(c *gcase) {
			sig := c.secret("Zoom Web SDK signature (JWT) reused in a ws frame", c.hs256JWT(`{"appKey":"`+c.pick(gAlnum, 22)+`","sdkKey":"`+c.pick(gAlnum, 22)+`","mn":"85746352413","role":0,"iat":1732270500,"exp":1732277700,"tokenExp":1732277700}`))
			c.get("https://app.acme.example/api/zoom/signature?"+c.decoy("meetingNumber=85746352413")).resp("application/json", `{"signature":"`+sig+`"}`)
			c.get("wss://zoomfra.zoom.us/wc/api/85746352413?dn2="+c.decoy("QWNtZSBCb2FyZA")).code(101).wsMsg("send", 1, `{"evt":4097,"body":{"s":"`+sig+`","t":1}}`)
		}},
		{cat, "docusign-access-token-in-later-ws-and-html", func(c *gcase) {
			tok := c.secret("DocuSign access token reused in HTML", c.rs256JWT("68185ff1-4e51-4ce9-af1c-689812203317", `{"TokenType":5,"Version":1,"sub":"`+c.uuid()+`","amr":["interactive"],"exp":1732299300}`))
			c.post("https://account-d.docusign.com/oauth/token", "application/x-www-form-urlencoded", "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion="+c.secret("DocuSign JWT grant assertion", c.rs256JWT("k", `{"iss":"`+c.uuid()+`","sub":"`+c.uuid()+`","aud":"account-d.docusign.com","scope":"signature impersonation"}`))).
				resp("application/json", `{"access_token":"`+tok+`","token_type":"Bearer","expires_in":3600}`)
			c.get("https://app.acme.example/embed/sign").resp("text/html", `<iframe data-t='`+tok+`' src="https://demo.docusign.net/"></iframe>`)
		}},
		{cat, "bearer-seen-only-in-later-entry-first-unnamed", func(c *gcase) {
			tok := c.secret("Xero bearer seen unnamed before it is recognised", c.rs256JWT("1CAF8A", `{"nbf":1732270500,"exp":1732272300,"iss":"https://identity.xero.com","client_id":"`+c.hexs(32)+`","xero_userid":"`+c.uuid()+`"}`))
			c.post("https://app.acme.example/api/debug", "application/json", `{"captured":["`+tok+`"]}`)
			c.get("https://api.xero.com/api.xro/2.0/Invoices?"+c.decoy("where=Status%3D%3D%22AUTHORISED%22")).rh("Authorization", "Bearer "+tok, "xero-tenant-id", c.decoy(c.uuid()))
		}},
	}
}

// 7. GraphQL.
func u10GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "gusto-sign-in-variables-bound-to-password", func(c *gcase) {
			c.post("https://app.gusto.com/graphql", "application/json", `{"operationName":"SignIn","query":"mutation SignIn($e: String!, $p: String!, $otp: String) { signIn(email: $e, password: $p, otpAttempt: $otp) { user { id } } }","variables":{"e":"`+c.secret("GraphQL variable e bound to email", "r.tanaka@acme-corp.example")+`","p":"`+c.secret("GraphQL variable p bound to password", c.u10Pw())+`","otp":"`+c.secret("GraphQL variable otp bound to otpAttempt", c.digits(8))+`"}}`)
		}},
		{cat, "monday-crm-graphql-api-token-and-literal", func(c *gcase) {
			c.post("https://api.monday.com/v2", "application/json", `{"query":"mutation { create_webhook (board_id: `+c.decoy("1234567890")+`, url: \"https://hooks.acme.example/m\", event: change_column_value, config: \"{\\\"secret\\\":\\\"`+c.secret("secret inside a JSON string argument of a GraphQL literal", c.alnum(32))+`\\\"}\") { id board_id } }"}`).
				rh("Authorization", c.secret("monday.com API token (JWT, no scheme)", c.hs256JWT(`{"tid":412345678,"aai":11,"uid":5123456,"iad":"2026-11-20T08:00:00.000Z","per":"me:write","actid":1234567,"rgn":"euc1"}`)), "API-Version", c.decoy("2024-10"))
		}},
		{cat, "contentful-graphql-access-token-query", func(c *gcase) {
			c.get("https://graphql.contentful.com/content/v1/spaces/" + c.decoy("x9k2m4p7q1z3") + "/environments/master?access_token=" + c.secret("Contentful CDA token in query", c.pick(gB64uAlpha, 43)) + "&query=" + url.QueryEscape(`{ landingPageCollection(limit: 1) { items { title } } }`))
		}},
		{cat, "persisted-query-get-with-variables", func(c *gcase) {
			v := `{"inviteToken":"` + c.secret("persisted query GET variables.inviteToken", c.b64u(32)) + `","locale":"en"}`
			ext := `{"persistedQuery":{"version":1,"sha256Hash":"` + c.decoy(c.hexs(64)) + `"}}`
			c.get("https://app.deel.com/graphql?operationName=AcceptInvite&variables=" + url.QueryEscape(v) + "&extensions=" + url.QueryEscape(ext))
		}},
		{cat, "apollo-batched-array-mixed-operations", func(c *gcase) {
			c.post("https://app.rippling.com/graphql", "application/json", `[{"operationName":"Me","variables":{},"query":"query Me { me { id } }"},{"operationName":"CreateApiToken","variables":{"name":"`+c.decoy("payroll-export")+`"},"query":"mutation CreateApiToken($name: String!) { createApiToken(name: $name) { token } }"}]`).
				resp("application/json", `[{"data":{"me":{"id":"`+c.decoy("63f8e1a2b4c7d90012ab34cf")+`"}}},{"data":{"createApiToken":{"token":"`+c.secret("token in the second result of a batched GraphQL response", c.alnum(64))+`"}}}]`)
		}},
		{cat, "graphql-input-object-credentials", func(c *gcase) {
			c.post("https://crm.acme.example/graphql", "application/json", `{"query":"mutation($in: ConnectMailboxInput!) { connectMailbox(input: $in) { ok } }","variables":{"in":{"host":"`+c.decoy("imap.acme-corp.example")+`","port":993,"username":"sales","appPassword":"`+c.secret("GraphQL input object appPassword", c.pick(gLower, 16))+`"}}}`)
		}},
		{cat, "graphql-ws-connection-init-and-subscribe", func(c *gcase) {
			c.get("wss://realtime.acme-status.example/graphql").rh("Sec-WebSocket-Protocol", c.decoy("graphql-transport-ws")).code(101).
				wsMsg("send", 1, `{"type":"connection_init","payload":{"Authorization":"Bearer `+c.secret("graphql-ws connection_init Authorization", c.b64u(40))+`"}}`).
				wsMsg("send", 1, `{"id":"`+c.decoy(c.uuid())+`","type":"subscribe","payload":{"query":"subscription OnIncident($page: ID!) { incidentUpdated(pageId: $page) { id status } }","variables":{"page":"`+c.decoy("kctbh9vrtdwd")+`"}}}`)
		}},
		{cat, "graphql-literal-argument-token-in-get-query", func(c *gcase) {
			q := `query { verifyEmail(token: "` + c.secret("GraphQL literal token argument in a GET query", c.hexs(40)) + `") { ok } }`
			c.get("https://api.cal.example/graphql?query=" + url.QueryEscape(q) + "&" + c.decoy("v=2"))
		}},
		{cat, "graphql-response-errors-echo-variables", func(c *gcase) {
			c.post("https://api.pagerduty.example/graphql", "application/json", `{"query":"mutation($k: String!) { addIntegration(routingKey: $k) { id } }","variables":{"k":"`+c.secret("GraphQL variable k bound to routingKey", c.hexs(32))+`"}}`).
				resp("application/json", `{"errors":[{"message":"invalid input","extensions":{"code":"BAD_USER_INPUT","traceId":"`+c.decoy(c.hexs(32))+`"}}]}`)
		}},
		{cat, "hubspot-cms-graphql-hapikey-variables", func(c *gcase) {
			c.post("https://api.hubapi.com/collector/graphql", "application/json", `{"query":"query Contacts($limit: Int) { CRM { contact_collection(limit: $limit) { items { email } } } }","variables":{"limit":25}}`).
				rh("Authorization", "Bearer "+c.secret("HubSpot CMS GraphQL bearer", "pat-na1-"+c.uuid())).
				resp("application/json", `{"data":{"CRM":{"contact_collection":{"items":[{"email":"`+c.secret("GraphQL result email", "femi.adeyemi@brightline-legal.example")+`"}]}}}}`)
		}},
	}
}

// 8. Vendor token formats in innocuous places.
func u10Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "sendgrid-key-and-event-webhook-public-key-decoy", func(c *gcase) {
			c.post("https://api.sendgrid.com/v3/mail/send", "application/json", `{"personalizations":[{"to":[{"email":"ops@acme-corp.example"}]}],"from":{"email":"noreply@acme-corp.example"},"subject":"Signed","content":[{"type":"text/plain","value":"done"}]}`).
				rh("Authorization", "Bearer "+c.secret("SendGrid SG. API key", "SG."+c.pick(gB64uAlpha, 22)+"."+c.pick(gB64uAlpha, 43)))
			c.get("https://api.sendgrid.com/v3/user/webhooks/event/settings/signed").resp("application/json", `{"enabled":true,"public_key":"`+c.decoy("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE"+c.pick(gAlnum+"+/", 86)+"==")+`"}`)
		}},
		{cat, "sendgrid-event-webhook-signature-headers", func(c *gcase) {
			c.post("https://hooks.acme.example/sendgrid", "application/json", `[{"email":"`+c.secret("SendGrid event recipient email", "l.moreau@client-mail.example")+`","timestamp":1732270500,"event":"delivered","sg_event_id":"`+c.decoy(c.pick(gB64uAlpha, 22))+`","sg_message_id":"`+c.decoy(c.pick(gAlnum, 22)+".recvd-7f8b9-"+c.digits(4)+"-1-0")+`"}]`).
				rh("X-Twilio-Email-Event-Webhook-Signature", c.secret("SendGrid ECDSA webhook signature header", "MEUCIQ"+c.pick(gAlnum+"+/", 89)+"="), "X-Twilio-Email-Event-Webhook-Timestamp", c.decoy("1732270501"))
		}},
		{cat, "mailgun-webhook-signature-object", func(c *gcase) {
			c.post("https://hooks.acme.example/mailgun", "application/json", `{"signature":{"token":"`+c.secret("Mailgun webhook signature.token", c.hexs(50))+`","timestamp":"`+c.decoy("1732270502")+`","signature":"`+c.secret("Mailgun webhook signature.signature", c.hexs(64))+`"},"event-data":{"event":"opened","id":"`+c.decoy(c.pick(gAlnum, 22))+`","message":{"headers":{"message-id":"`+c.decoy("20261122101500.1.ABCDEF0123456789@mg.acme-corp.example")+`"}}}}`)
		}},
		{cat, "js-config-bundle-prefixed-tokens", func(c *gcase) {
			c.get("https://crm.acme.example/static/js/main."+c.decoy(c.hexs(8))+".js").resp("application/javascript",
				`var n={w:"`+c.secret("Linear lin_api_ key under a one-letter JS key", "lin_api_"+c.pick(gLower+gDigits, 40))+`",a:"`+c.secret("Airtable PAT under a one-letter JS key", "pat"+c.alnum(14)+"."+c.hexs(64))+`",x:'`+c.secret("Notion ntn_ token single-quoted", "ntn_"+c.digits(11)+c.alnum(35))+`',env:"production",build:"`+c.decoy("2026.11.22-"+c.hexs(7))+`"};`)
		}},
		{cat, "slack-and-teams-webhook-urls-in-statuspage-config", func(c *gcase) {
			c.post("https://manage.statuspage.io/pages/kctbh9vrtdwd/notifications/webhooks", "application/json",
				`{"targets":["https://hooks.slack.com/services/T0`+c.pick(gUpper+gDigits, 9)+`/B0`+c.pick(gUpper+gDigits, 9)+`/`+c.secret("Slack incoming webhook secret path", c.alnum(24))+`","https://acme.webhook.office.com/webhookb2/`+c.uuid()+`@`+c.uuid()+`/IncomingWebhook/`+c.secret("Teams IncomingWebhook secret segment", c.hexs(32))+`/`+c.uuid()+`"],"component":"`+c.decoy("8kbf7d35c070")+`"}`)
		}},
		{cat, "box-jwt-config-json-with-private-key", func(c *gcase) {
			pem := "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + c.b64s(48) + "\n" + c.b64s(48) + "\n-----END ENCRYPTED PRIVATE KEY-----\n"
			c.secret("Box app privateKey PEM body line", pem[len("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"):len("-----BEGIN ENCRYPTED PRIVATE KEY-----\n")+64])
			cfg := gJS(map[string]any{"boxAppSettings": map[string]any{"clientID": c.decoy(c.pick(gLower+gDigits, 32)), "clientSecret": c.secret("Box app clientSecret", c.alnum(32)), "appAuth": map[string]any{"publicKeyID": c.decoy("ab12cd34"), "privateKey": pem, "passphrase": c.secret("Box app passphrase", c.hexs(32))}}, "enterpriseID": c.decoy("118227")})
			b := "----WebKitFormBoundary" + c.pick(gAlnum, 16)
			c.post("https://integrations.acme.example/box/upload-config", "multipart/form-data; boundary="+b, u10Part(b, "config", "; filename=\"118227_ab12cd34_config.json\"\r\nContent-Type: application/json", cfg)+"--"+b+"--\r\n")
		}},
		{cat, "gcs-service-account-in-elastic-keystore", func(c *gcase) {
			sa := `{"type":"service_account","project_id":"` + c.decoy("acme-snapshots") + `","private_key_id":"` + c.secret("service account private_key_id", c.hexs(40)) + `","private_key":"-----BEGIN PRIVATE KEY-----\n` + c.secret("service account private_key body", c.b64s(60)) + `\n-----END PRIVATE KEY-----\n","client_email":"` + c.decoy("es-snap@acme-snapshots.iam.gserviceaccount.com") + `"}`
			c.u10Req("PUT", "https://api.elastic-cloud.com/api/v1/deployments/"+c.decoy(c.hexs(32))+"/elasticsearch/main-elasticsearch/keystore", "application/json", gJS(map[string]any{"secrets": map[string]any{"gcs.client.default.credentials_file": map[string]any{"value": sa, "as_file": true}}})).
				rh("Authorization", "ApiKey "+c.secret("Elastic Cloud API key", "essu_"+c.b64s(60)))
		}},
		{cat, "algolia-admin-key-and-secured-key", func(c *gcase) {
			app := c.decoy("LATENCY" + c.pick(gUpper+gDigits, 3))
			sec := c.secret("Algolia secured API key (base64 hmac+params)", gB64(c.hexs(64)+"filters=org_id%3A17&validUntil=1732274100"))
			c.post("https://"+strings.ToLower(app)+"-dsn.algolia.net/1/indexes/contracts/query", "application/json", `{"params":"query=nda&hitsPerPage=20"}`).
				rh("X-Algolia-Application-Id", app, "X-Algolia-API-Key", sec)
			c.get("https://crm.acme.example/env.js").resp("application/javascript", `window.ENV={ALGOLIA_APP:"`+app+`",ALGOLIA_ADMIN:"`+c.secret("Algolia admin key (32 hex) near the algolia keyword", c.hexs(32))+`"};`)
		}},
		{cat, "stripe-secret-and-publishable-decoy-in-calcom-app", func(c *gcase) {
			c.post("https://app.cal.com/api/integrations/stripepayment/setup", "application/json", `{"stripe_publishable_key":"`+c.decoy("pk_live_"+c.pick(gAlnum, 99))+`","stripe_user_id":"`+c.decoy("acct_1Q"+c.pick(gAlnum, 14))+`","access_token":"`+c.secret("Stripe Connect access_token sk_live_", "sk_live_"+c.pick(gAlnum, 99))+`","refresh_token":"`+c.secret("Stripe Connect refresh_token rt_", "rt_"+c.pick(gAlnum, 56))+`"}`)
		}},
		{cat, "postman-doppler-clickup-in-prose", func(c *gcase) {
			c.post("https://acme.pagerduty.com/api/v1/incidents/"+c.decoy("Q1ABCDEF2GHIJK")+"/notes", "application/json", `{"note":{"content":"rotated: postman `+c.secret("Postman PMAK key in prose", "PMAK-"+c.hexs(24)+"-"+c.hexs(34))+`, doppler `+c.secret("Doppler dp.pt. token in prose", "dp.pt."+c.pick(gAlnum, 43))+`, clickup `+c.secret("ClickUp pk_ token in prose", "pk_"+c.digits(8)+"_"+c.pick(gUpper+gDigits, 32))+`"}}`)
		}},
		{cat, "shopify-square-frameio-in-integration-list", func(c *gcase) {
			c.get("https://crm.acme.example/api/integrations").resp("application/json", `{"items":[{"kind":"shopify","v":"`+c.secret("Shopify shpat_ under v", "shpat_"+c.hexs(32))+`"},{"kind":"square","v":"`+c.secret("Square EAAA token under v", "EAAA"+c.pick(gAlnum+"-_", 60))+`"},{"kind":"frameio","v":"`+c.secret("Frame.io fio-u- token under v", "fio-u-"+c.pick(gLower+gDigits+"-_", 64))+`"},{"kind":"`+c.decoy("zapier")+`","v":"`+c.decoy("v2.14.0")+`"}]}`)
		}},
	}
}

// 9. Payment cards and free-text credential phrases.
func u10CardsPhrases() []gdef {
	const cat = "9.cards-phrases"
	return []gdef{
		{cat, "quickbooks-payments-tokens-card", func(c *gcase) {
			c.post("https://api.intuit.com/quickbooks/v4/payments/tokens", "application/json", `{"card":{"expYear":"2029","expMonth":"11","address":{"region":"CA","postalCode":"94086","country":"US"},"name":"emulate=0","cvc":"123","number":"`+c.secret("QuickBooks Payments card.number", c.card("4111", 16))+`"}}`).
				rh("Request-Id", c.decoy(c.uuid())).resp("application/json", `{"value":"`+c.decoy(c.hexs(32))+`"}`)
		}},
		{cat, "opayo-form-post-card-number", func(c *gcase) {
			c.post("https://live.opayo.eu.elavon.com/gateway/service/vspserver-register.vsp", "application/x-www-form-urlencoded",
				"VPSProtocol=4.00&TxType=PAYMENT&"+c.decoy("VendorTxCode=INV-2026-004417")+"&Amount=149.00&Currency=GBP&CardHolder=K+Brandt&CardNumber="+c.secret("Opayo CardNumber form field", c.card("5404", 16))+"&ExpiryDate=1129&CV2=123")
		}},
		{cat, "card-with-spaces-in-crm-note-and-invoice-decoy", func(c *gcase) {
			p := c.card("4929", 16)
			c.secret("Visa with spaces in a Pipedrive note", gGroup4(p, " "))
			c.post("https://acme.pipedrive.com/api/v1/notes", "application/json", `{"content":"Customer read card `+gGroup4(p, " ")+` over the phone for invoice `+c.decoy("2026112200417733")+`","deal_id":`+c.decoy("88123")+`}`)
		}},
		{cat, "card-in-sendgrid-mail-body-dashes", func(c *gcase) {
			p := c.card("5105", 16)
			c.secret("Mastercard with dashes in a mail body", gGroup4(p, "-"))
			c.post("https://api.sendgrid.com/v3/mail/send", "application/json", `{"content":[{"type":"text/plain","value":"Please charge `+gGroup4(p, "-")+` exp 08/28 for PO `+c.decoy("PO-77310")+`"}]}`)
		}},
		{cat, "calendar-invite-wifi-and-dial-in-pin", func(c *gcase) {
			c.post("https://api.cal.com/v2/bookings", "application/json", `{"eventTypeId":`+c.decoy("417263")+`,"start":"2026-11-24T09:00:00Z","responses":{"notes":"Office guest wifi password: `+c.secret("'wifi password: X' in booking notes", c.u10Pw())+` (network `+c.decoy("ACME-GUEST")+`)"}}`)
		}},
		{cat, "doctolib-message-german-and-spanish-phrases", func(c *gcase) {
			c.post("https://www.doctolib.de/api/messages", "application/json", `{"body":"Mein Passwort für das Portal lautet `+c.secret("German 'Passwort ... lautet X'", c.u10Pw())+`. Mi contraseña es `+c.secret("Spanish 'contraseña es X'", c.u10Pw())+`.","thread":"`+c.decoy("thr_9b2f1c")+`"}`)
		}},
		{cat, "azure-connection-string-in-business-central-setup", func(c *gcase) {
			c.u10Req("PATCH", "https://api.businesscentral.dynamics.com/v2.0/Production/api/acme/setup/v1.0/storageSetups(1)", "application/json", `{"description":"archive","connection":"DefaultEndpointsProtocol=https;AccountName=`+c.decoy("acmearchive01")+`;AccountKey=`+c.secret("AccountKey= in an Azure connection string", c.b64s(64))+`;EndpointSuffix=core.windows.net"}`).
				rh("If-Match", c.decoy(`W/"JzQ0O0VnQUFBQUo3QmpFQUFBQUFBQT09MTsn"`))
		}},
		{cat, "npmrc-auth-token-in-incident-note", func(c *gcase) {
			c.post("https://api.opsgenie.com/v2/alerts/"+c.decoy(c.uuid())+"/notes", "application/json", `{"note":"build broke, .npmrc was:\n//registry.npmjs.org/:_authToken=`+c.secret(".npmrc _authToken line", "npm_"+c.alnum(36))+`\n`+c.decoy("registry=https://registry.npmjs.org/")+`","user":"`+c.decoy("deploy-bot")+`"}`)
		}},
		{cat, "psk-and-passphrase-in-zendesk-macro", func(c *gcase) {
			c.u10Req("PUT", "https://acme.zendesk.com/api/v2/macros/"+c.decoy("360012345678"), "application/json", `{"macro":{"actions":[{"field":"comment_value","value":"VPN: psk=`+c.secret("psk=X in a macro text", c.alnum(24))+`; cert passphrase: `+c.secret("'passphrase: X' in a macro text", c.u10Pw())+`"}]}}`)
		}},
		{cat, "meeting-invite-password-is-in-html-body", func(c *gcase) {
			c.post("https://api.mailchimp.example/3.0/campaigns/"+c.decoy("b03bfc2f1a")+"/content", "application/json", `{"html":"<p>Webinar link: https://bbb.acme.example/b/boa-`+c.decoy("x7k-2mq")+`</p><p>The access code is `+c.secret("'access code is X' in an HTML mail", c.alnum(10))+` and the host password is `+c.secret("'password is X' in an HTML mail", c.u10Pw())+`</p>"}`)
		}},
	}
}

// 10. Personal data.
func u10Personal() []gdef {
	const cat = "10.personal"
	return []gdef{
		{cat, "fhir-person-name-given-family-arrays", func(c *gcase) {
			c.get("https://fhir-myrecord.cerner.com/r4/"+c.decoy(c.uuid())+"/Person/"+c.decoy("12724066")).resp("application/fhir+json",
				`{"resourceType":"Person","id":"12724066","meta":{"versionId":"7"},"name":[{"use":"official","text":"`+c.secret("FHIR name.text", "Bartłomiej Zawadzki-Kowal")+`","family":"`+c.secret("FHIR name.family", "Zawadzki-Kowal")+`","given":["`+c.secret("FHIR name.given[0]", "Bartłomiej")+`"]}],"active":true}`)
		}},
		{cat, "doctolib-patient-profile-and-true-client-ip", func(c *gcase) {
			c.get("https://www.doctolib.fr/account/patients.json").rh("True-Client-IP", c.secret("True-Client-IP (user's IP)", "198.51.100.204"), "X-Request-Id", c.decoy(c.uuid())).resp("application/json",
				`[{"id":`+c.decoy("51029384")+`,"first_name":"`+c.secret("Doctolib first_name", "Clémentine")+`","last_name":"`+c.secret("Doctolib last_name", "Beaulieu-Rocher")+`","phone_number":"`+c.secret("Doctolib phone_number", "+33 6 12 34 56 78")+`","email":"`+c.secret("Doctolib email", "clementine.br@orange-mail.example")+`","kind":"`+c.decoy("self")+`"}]`)
		}},
		{cat, "pipedrive-person-email-phone-arrays", func(c *gcase) {
			c.get("https://acme.pipedrive.com/api/v1/persons/"+c.decoy("50231")).resp("application/json",
				`{"success":true,"data":{"id":50231,"name":"`+c.secret("Pipedrive person name", "Oluwaseun Bakare")+`","email":[{"label":"work","value":"`+c.secret("Pipedrive email[].value", "o.bakare@northwind-supply.example")+`","primary":true}],"phone":[{"label":"mobile","value":"`+c.secret("Pipedrive phone[].value", "+44 7700 900312")+`","primary":true}],"owner_id":{"id":`+c.decoy("1338221")+`},"update_time":"`+c.decoy("2026-11-21 17:02:11")+`"}}`)
		}},
		{cat, "zoho-crm-leads-capitalised-fields", func(c *gcase) {
			c.post("https://www.zohoapis.eu/crm/v6/Leads", "application/json", `{"data":[{"First_Name":"`+c.secret("Zoho First_Name", "Ilse-Marijke")+`","Last_Name":"`+c.secret("Zoho Last_Name", "Verhoeven")+`","Email":"`+c.secret("Zoho Email", "ilse.verhoeven@kpn-mail.example")+`","Mobile":"`+c.secret("Zoho Mobile", "+31 6 12345678")+`","Company":"`+c.decoy("Noordzee Logistiek BV")+`","Lead_Source":"`+c.decoy("Webinar")+`"}],"trigger":["approval"]}`)
		}},
		{cat, "mailchimp-member-merge-fields-and-ips", func(c *gcase) {
			c.u10Req("PUT", "https://us21.api.mailchimp.com/3.0/lists/a1b2c3d4e5/members/"+c.decoy(c.hexs(32)), "application/json",
				`{"email_address":"`+c.secret("Mailchimp email_address", "hannah.okafor@inbox-mail.example")+`","status_if_new":"subscribed","merge_fields":{"FNAME":"`+c.secret("Mailchimp FNAME", "Hannah-Louise")+`","LNAME":"`+c.secret("Mailchimp LNAME", "Okafor-Lindgren")+`","PHONE":"`+c.secret("Mailchimp PHONE", "+1 312-555-0186")+`"},"ip_signup":"`+c.secret("Mailchimp ip_signup", "198.51.100.87")+`","ip_opt":"198.51.100.87","tags":["`+c.decoy("webinar-2026-11")+`"]}`)
		}},
		{cat, "sendgrid-open-event-recipient-ip", func(c *gcase) {
			c.post("https://hooks.acme.example/sg-events", "application/json", `[{"email":"`+c.secret("SendGrid open event email", "p.nieminen@elisa-mail.example")+`","event":"open","ip":"`+c.secret("SendGrid open event ip (recipient's)", "203.0.113.141")+`","useragent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64)","sg_machine_open":false,"sg_event_id":"`+c.decoy(c.pick(gB64uAlpha, 22))+`"}]`)
		}},
		{cat, "calendly-invitee-and-text-reminder", func(c *gcase) {
			c.get("https://api.calendly.com/scheduled_events/"+c.decoy(c.uuid())+"/invitees").resp("application/json",
				`{"collection":[{"email":"`+c.secret("Calendly invitee email", "m.castellanos@correo-mail.example")+`","first_name":"`+c.secret("Calendly invitee first_name", "Mercedes")+`","last_name":"Castellanos","name":"`+c.secret("Calendly invitee name", "Mercedes Castellanos")+`","text_reminder_number":"`+c.secret("Calendly text_reminder_number", "+34 612 34 56 78")+`","timezone":"`+c.decoy("Europe/Madrid")+`","status":"active"}]}`)
		}},
		{cat, "carddav-vcard-contact", func(c *gcase) {
			v := "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:" + c.decoy(c.uuid()) + "\r\nFN:" + c.secret("vCard FN", "Bartholomew Achterberg") + "\r\nN:Achterberg;Bartholomew;;;\r\nEMAIL;TYPE=WORK:" + c.secret("vCard EMAIL", "b.achterberg@contoso-law.example") + "\r\nTEL;TYPE=CELL:" + c.secret("vCard TEL", "+49 151 23456789") + "\r\nORG:" + c.decoy("Contoso Law LLP") + "\r\nREV:" + c.decoy("20261122T101500Z") + "\r\nEND:VCARD\r\n"
			c.u10Req("PUT", "https://cloud.acme.example/remote.php/dav/addressbooks/users/legal/contacts/"+c.decoy("b-achterberg.vcf"), "text/vcard; charset=utf-8", v).code(201)
		}},
		{cat, "icalendar-attendee-cn-mailto", func(c *gcase) {
			ics := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:" + c.decoy(c.uuid()) + "\r\nORGANIZER;CN=Legal Team:mailto:legal@acme-corp.example\r\nATTENDEE;CN=\"" + c.secret("ATTENDEE CN (a person)", "Siobhan Mac Giolla") + "\";ROLE=REQ-PARTICIPANT:mailto:" + c.secret("ATTENDEE mailto e-mail", "siobhan.macgiolla@eircom-mail.example") + "\r\nDTSTART:20261124T090000Z\r\nSUMMARY:" + c.decoy("Contract review") + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
			c.u10Req("PUT", "https://caldav.acme.example/calendars/legal/work/"+c.decoy("event-4471.ics"), "text/calendar", ics).code(201)
		}},
		{cat, "mychart-profile-and-client-ip-headers", func(c *gcase) {
			e := c.get("https://mychart.example-health.org/MyChart/api/personal-information/GetProfile").
				rh("X-Forwarded-For", c.secret("X-Forwarded-For first hop (user's IP)", "192.0.2.213")+", "+c.decoy("10.40.2.17"), "CF-Connecting-IP", c.secret("CF-Connecting-IP (user's IP)", "2001:db8:85a3::8a2e:370:7334")).
				resp("application/json", `{"Name":"`+c.secret("MyChart Name", "Evangeline Thibodeaux")+`","PreferredName":"Evie","Email":"`+c.secret("MyChart Email", "evie.thibodeaux@bayou-mail.example")+`","MobilePhone":"`+c.secret("MyChart MobilePhone", "(504) 555-0163")+`","AppVersion":"`+c.decoy("10.4.2.1")+`"}`)
			e.set("serverIPAddress", c.decoy("203.0.113.10"))
		}},
		{cat, "zoom-participants-report", func(c *gcase) {
			c.get("https://api.zoom.us/v2/report/meetings/"+c.decoy("85746352413")+"/participants?"+c.decoy("page_size=30")).resp("application/json",
				`{"participants":[{"id":"`+c.decoy("aBcD1234eFgH5678iJkL90")+`","user_id":"`+c.decoy("16778240")+`","name":"`+c.secret("Zoom participant name", "Rangi Te Whatu")+`","user_email":"`+c.secret("Zoom participant user_email", "rangi.tewhatu@xtra-mail.example")+`","join_time":"2026-11-24T09:01:12Z","duration":3480}]}`)
		}},
		{cat, "tax-portal-taxpayer-and-bbb-fullname", func(c *gcase) {
			c.get("https://etax.gov.example/api/v1/taxpayer/me").resp("application/json", `{"taxpayer":{"givenName":"`+c.secret("tax portal givenName", "Anneliese")+`","familyName":"`+c.secret("tax portal familyName", "Wojciechowska")+`","contact":{"email":"`+c.secret("tax portal contact.email", "a.wojciechowska@poczta-mail.example")+`","phone":"`+c.secret("tax portal contact.phone", "+48 601 234 567")+`"},"filingYear":`+c.decoy("2025")+`,"formVersion":"`+c.decoy("PIT-37(30)")+`"}}`)
			c.get("https://bbb.acme.example/bigbluebutton/api/join?fullName=" + url.QueryEscape(c.secret("BigBlueButton fullName query (a person)", "Anneliese Wojciechowska")) + "&" + c.decoy("meetingID=tax-clinic-7") + "&role=VIEWER")
		}},
		{cat, "gusto-employee-and-deel-worker", func(c *gcase) {
			c.get("https://api.gusto.com/v1/employees/"+c.decoy(c.uuid())).resp("application/json", `{"first_name":"`+c.secret("Gusto first_name", "Temperance")+`","last_name":"`+c.secret("Gusto last_name", "Oyelowo-Hart")+`","email":"`+c.secret("Gusto email", "temperance.hart@homemail.example")+`","phone":"`+c.secret("Gusto phone", "(415) 555-0142")+`","department":"`+c.decoy("Finance")+`","version":"`+c.decoy(c.hexs(32))+`"}`)
			c.get("https://api.letsdeel.com/rest/v2/people?"+c.decoy("limit=5")).resp("application/json", `{"data":[{"full_name":"`+c.secret("Deel full_name", "Kwabena Asante-Mensah")+`","emails":[{"type":"work","value":"`+c.secret("Deel emails[].value", "k.asante@acme-corp.example")+`"}],"hiring_status":"active"}]}`)
		}},
	}
}

// heldout10Open lists the cases of this corpus the engine does not handle
// yet, each with the reason. They are reported, not failed; any other leak
// or lost decoy fails the test, and so does an entry here that no longer
// leaks (the list only shrinks).
var heldout10Open = map[string]string{
	`lost 2.pairs/fhir-patient-telecom-system-value: \"birthDate\":\"1985-04-12\"`:                                       "policy, not a gap: since session 10 a date of birth is personal data and pseudonymised (heldout11 and heldout14 plant it as a secret); this corpus kept it as a decoy",
	"2.pairs/netsuite-soap-custom-field-scriptid: NetSuite customField scriptId=custentity_portal_password value":        "pairs as data in XML: an element whose attribute (scriptId) names a secret is not paired with its child element's text (platformCore:value)",
	"3.unnamed/bigbluebutton-join-checksum: BigBlueButton role=MODERATOR join checksum (the signed join link)":           "weak word (checksum) with a 40-hex value: hex digests are exempt as hashes, so a signed join link's MAC survives",
	"3.unnamed/wetransfer-download-and-opaque-header: WeTransfer security_hash":                                          "weak word (hash) with a short hex value: a 12-hex download capability is judged a digest/identifier",
	"4.carriers/google-resumable-upload-session: Google resumable upload_id (a capability)":                              "weak name upload_id (id) with a long generated value in a query and in X-GUploader-UploadID: capability ids are not distinguished from ids support needs",
	"6.everywhere/google-upload-id-percent-and-base64: upload_id known from Location, echoed base64 and percent-encoded": "weak name upload_id (id) with a long generated value is kept, so the value is never known secret and its echoes (base64, inside a URL) stay",
	"4.carriers/tus-upload-metadata-base64-pairs: tus Upload-Metadata token (base64 value)":                              "carrier not parsed: tus Upload-Metadata header (comma-separated 'key base64value' pairs) is not decoded into name/value pairs",
	"8.vendors/algolia-admin-key-and-secured-key: Algolia admin key (32 hex) near the algolia keyword":                   "gitleaks keyword-anchored rule (algolia-api-key: keyword + 32 alnum) not applied to an unquoted JS object key in a script body",
	"lost 1.names/docusign-connect-hmac-secret-and-signature-headers: HMACSHA256":                                        "strong word (Authorization) in a header name redacts an algorithm identifier (HMACSHA256); no exemption for algorithm names",
	"lost 1.names/calendly-webhook-signing-key-and-signature: 1732270500":                                                "structured signature header (t=<unix time>,v1=<mac>) redacted whole; the timestamp member is not kept",
	"lost 8.vendors/mailgun-webhook-signature-object: 20261122101500.1.ABCDEF0123456789@mg.acme-cor...":                  "personal data: a Message-ID (addr-spec shaped, under message-id) is pseudonymised as an e-mail",
	"lost 8.vendors/gcs-service-account-in-elastic-keystore: acme-snapshots":                                             "personal data: a service-account address (client_email at iam.gserviceaccount.com) is pseudonymised as a person's e-mail, taking the project id with it",
	"lost 8.vendors/gcs-service-account-in-elastic-keystore: es-snap@acme-snapshots.iam.gserviceaccount.com":             "personal data: machine identities (service-account e-mails) are not told apart from people's e-mail addresses",
}
