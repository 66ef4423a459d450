package sanitize

// A thirteenth held-out corpus for "Detection that generalizes", written
// without reading the engine and kept distinct from the earlier corpora:
// enterprise infrastructure consoles. Federation and SSO (ADFS forms and
// WS-Federation, Shibboleth IdP, PingFederate HTML form adapter, Keycloak
// admin REST, Okta admin and authn APIs, Entra ID sign-in pages and Graph),
// privileged access and secret stores (CyberArk PVWA, BeyondTrust Password
// Safe, HashiCorp Vault UI and API, Delinea Secret Server, Passbolt,
// Bitwarden/Vaultwarden web and bw serve), MDM and EDR consoles (Intune,
// Jamf Pro, CrowdStrike Falcon, SentinelOne), virtualisation (vSphere REST
// and vim25 SOAP, VMware console tickets, Proxmox VE, oVirt SPICE files,
// Nutanix), BMC web UIs (iDRAC Redfish and legacy /data/login, iLO,
// Supermicro IPMI), network and firewall controllers (UniFi OS, Meraki,
// FortiGate, Palo Alto PAN-OS XML API, pfSense/OPNsense, Cisco and Juniper
// configuration text, NetScaler and F5 APM cookies, Tailscale, Duo), storage
// (TrueNAS middleware websocket, Synology DSM, NetApp ONTAP) and OpenStack
// Horizon/Keystone, in the carriers these consoles use: SOAP, XML-RPC
// structs, Ext.Direct positional RPC, DDP-style websockets, HTML with
// embedded $Config JSON, csrf-magic scripts, Apple plists, WLAN profile XML,
// Unattend.xml, INI-style .vv files, NDJSON event streams, base64 script
// payloads and exporters' quirks. It reuses the harness of
// generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"html"
	"net/url"
	"strings"
	"testing"
)

func TestHeldout13Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 13", "heldout13Open", heldout13Cases(), heldout13Open)
}

func TestHeldout13CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout13Cases())
}

func heldout13Cases() []gdef {
	return gCollect(u13Names, u13Pairs, u13Unnamed, u13Carriers, u13Exporters, u13Everywhere, u13GraphQL, u13Vendors, u13CardsPhrases, u13Personal)
}

// u13RS is an RS256 JWT with a kid, the given claims and a random signature.
func (c *gcase) u13RS(kid, claims string) string {
	return gB64u(`{"alg":"RS256","typ":"JWT","kid":"`+kid+`"}`) + "." + gB64u(claims) + "." + c.b64u(256)
}

// u13Pw is a realistic operator password: a word, a symbol, digits and a word.
func (c *gcase) u13Pw() string {
	words := []string{"Bastion", "Failover", "Rackmount", "Uplink", "Quorum", "Hypervisor", "Firmware", "Switchyard", "Granite", "Harbour", "Lantern", "Orchard", "Pylon", "Meadow", "Copper", "Tundra"}
	syms := "!#$%&*+-=?@_~^"
	return words[c.rng.IntN(len(words))] + string(syms[c.rng.IntN(len(syms))]) + c.digits(3) + strings.ToLower(words[c.rng.IntN(len(words))])
}

// u13Part is one multipart/form-data part.
func u13Part(b, name, extra, body string) string {
	return "--" + b + "\r\nContent-Disposition: form-data; name=\"" + name + "\"" + extra + "\r\n\r\n" + body + "\r\n"
}

// u13Soap wraps a SOAP 1.1 body.
func u13Soap(body string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>` + body + `</soapenv:Body></soapenv:Envelope>`
}

// u13Upper is an upper-case alphanumeric run (BMC default passwords, recovery keys).
func (c *gcase) u13Upper(n int) string {
	for {
		s := c.pick(gUpper+gDigits, n)
		if strings.ContainsAny(s, gUpper) && strings.ContainsAny(s, gDigits) {
			return s
		}
	}
}

// 1. Compound, abbreviated and foreign-language secret names.
func u13Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "adfs-forms-login-msisauth", func(c *gcase) {
			rid := c.decoy(c.uuid())
			u := "https://sts.contoso-corp.example/adfs/ls/?client-request-id=" + rid + "&" + c.decoy("wa=wsignin1.0") + "&wtrealm=urn%3afederation%3aMicrosoftOnline&wctx=LoginOptions%3D3%26estsredirect%3d2"
			body := "UserName=CONTOSO%5Csvc-reporting&Password=" + url.QueryEscape(c.secret("ADFS Password form field", c.u13Pw())) + "&" + c.decoy("AuthMethod=FormsAuthentication")
			c.post(u, "application/x-www-form-urlencoded", body).code(302).
				sh("Set-Cookie", "MSISAuth="+c.secret("MSISAuth cookie", c.b64s(240))+"; path=/adfs; HttpOnly; Secure", "Location", u)
		}},
		{cat, "keycloak-ldap-bindcredential-and-smtp", func(c *gcase) {
			body := `{"name":"corp-ldap","providerId":"ldap","providerType":"org.keycloak.storage.UserStorageProvider","parentId":"acme","config":{` +
				c.decoy(`"connectionUrl":["ldaps://dc01.corp.acme.example:636"]`) + `,"bindDn":["CN=svc-keycloak,OU=Service,DC=corp,DC=acme,DC=example"],"bindCredential":["` + c.secret("LDAP bindCredential (array value)", c.u13Pw()) + `"],` +
				c.decoy(`"usersDn":["OU=Staff,DC=corp,DC=acme,DC=example"]`) + `,` + c.decoy(`"connectionTimeout":["5000"]`) + `,` + c.decoy(`"authType":["simple"]`) + `,"editMode":["READ_ONLY"]}}`
			c.post("https://sso.acme.example/admin/realms/acme/components", "application/json", body).code(201).
				rh("Authorization", "Bearer "+c.secret("Keycloak admin bearer", c.u13RS(c.b64u(32), `{"exp":1795342500,"iat":1795342200,"jti":"`+c.uuid()+`","iss":"https://sso.acme.example/realms/master","typ":"Bearer","azp":"security-admin-console"}`))).
				sh("Location", c.decoy("https://sso.acme.example/admin/realms/acme/components/"+c.uuid()))
			c.req("PUT", "https://sso.acme.example/admin/realms/acme", "application/json",
				`{"realm":"acme","smtpServer":{"host":"smtp.acme.example","port":"587","from":"no-reply@acme.example","auth":"true","user":"keycloak-relay","password":"`+c.secret("realm smtpServer.password", c.u13Pw())+`",`+c.decoy(`"starttls":"true"`)+`},`+c.decoy(`"passwordPolicy":"length(14) and digits(1) and notUsername(undefined)"`)+`}`).code(204)
		}},
		{cat, "vault-approle-secret-id-client-token", func(c *gcase) {
			c.post("https://vault.acme.example/v1/auth/approle/login", "application/json", `{"role_id":"`+c.uuid()+`","secret_id":"`+c.secret("AppRole secret_id (UUID)", c.uuid())+`"}`).
				resp("application/json", `{"request_id":"`+c.decoy(c.uuid())+`","lease_id":"","renewable":false,"lease_duration":0,"data":null,"wrap_info":null,"warnings":null,"auth":{"client_token":"`+
					c.secret("auth.client_token", "hvs.CAESI"+c.b64u(66))+`","accessor":"`+c.alnum(24)+`","policies":["default","ci-deploy"],`+c.decoy(`"token_policies":["default","ci-deploy"]`)+
					`,"metadata":{"role_name":"ci-deploy"},`+c.decoy(`"lease_duration":2764800`)+`,"renewable":true,"entity_id":"`+c.decoy(c.uuid())+`","token_type":"service","orphan":true}}`)
		}},
		{cat, "synology-dsm-passwd-sid-synotoken", func(c *gcase) {
			sid := c.secret("DSM data.sid", c.pick(gB64uAlpha, 86))
			st := c.secret("DSM synotoken", c.pick(gAlnum, 13)+"."+c.pick(gAlnum, 8))
			u := "https://nas01.acme.example:5001/webapi/entry.cgi?api=SYNO.API.Auth&version=7&method=login&account=svc-backup&passwd=" + url.QueryEscape(c.secret("DSM passwd query", c.u13Pw())) + "&session=FileStation&format=sid&" + c.decoy("enable_syno_token=yes")
			c.get(u).resp("application/json", `{"data":{`+c.decoy(`"account":"svc-backup"`)+`,"device_id":"`+c.secret("DSM device_id (trusted-device token)", c.pick(gB64uAlpha, 86))+`","ik_message":"","is_portal_port":false,"sid":"`+sid+`","synotoken":"`+st+`"},`+c.decoy(`"success":true`)+`}`)
			c.get("https://nas01.acme.example:5001/webapi/entry.cgi?api=SYNO.FileStation.List&version=2&method=list_share&"+c.decoy("additional=%5B%22real_path%22%5D")+"&_sid="+sid).rh("X-SYNO-TOKEN", st)
		}},
		{cat, "idrac-redfish-session-and-legacy-st2", func(c *gcase) {
			tok := c.secret("Redfish X-Auth-Token (32 hex)", c.hexs(32))
			c.post("https://idrac-r740-07.mgmt.acme.example/redfish/v1/SessionService/Sessions", "application/json", `{"UserName":"root","Password":"`+c.secret("Redfish session Password", c.u13Pw())+`"}`).code(201).
				sh("X-Auth-Token", tok, "Location", c.decoy("/redfish/v1/SessionService/Sessions/12"), "OData-Version", c.decoy("4.0")).
				resp("application/json;odata.metadata=minimal;charset=utf-8", `{"@odata.context":"/redfish/v1/$metadata#Session.Session","@odata.id":"/redfish/v1/SessionService/Sessions/12",`+c.decoy(`"@odata.type":"#Session.v1_6_0.Session"`)+`,"Id":"12","Name":"User Session","UserName":"root"}`)
			c.get("https://idrac-r740-07.mgmt.acme.example/redfish/v1/Systems/System.Embedded.1").rh("X-Auth-Token", tok).
				resp("application/json", `{`+c.decoy(`"BiosVersion":"2.19.1"`)+`,`+c.decoy(`"SKU":"7X4K2Q3"`)+`,"PowerState":"On"}`)
			st1, st2 := c.secret("iDRAC8 ST1", c.hexs(32)), c.secret("iDRAC8 ST2 (header and forwardUrl)", c.hexs(32))
			c.post("https://idrac-r630-02.mgmt.acme.example/data/login", "application/x-www-form-urlencoded", "user=root&password="+url.QueryEscape(c.secret("iDRAC8 /data/login password", c.u13Pw()))).
				sh("Set-Cookie", "-http-session-="+c.secret("iDRAC8 -http-session- cookie", "3::http.session::"+c.hexs(32))+"; path=/; SameSite=Lax; Secure; HttpOnly").
				resp("text/xml", `<?xml version="1.0" encoding="UTF-8"?><root><status>ok</status>`+c.decoy(`<authResult>0</authResult>`)+`<forwardUrl>index.html?ST1=`+st1+`,ST2=`+st2+`</forwardUrl></root>`)
			c.get("https://idrac-r630-02.mgmt.acme.example/data?get=pwState,"+c.decoy("fwVersion")).rh("ST2", st2)
		}},
		{cat, "ilo-json-login-session-key", func(c *gcase) {
			key := c.secret("iLO session_key", c.hexs(32))
			c.post("https://ilo-dl380-03.mgmt.acme.example/json/login_session", "application/json", `{"method":"login","user_login":"Administrator","password":"`+c.secret("iLO login password", c.u13Pw())+`"}`).
				resp("application/json", `{"session_key":"`+key+`",`+c.decoy(`"user_name":"Administrator"`)+`,"user_account":"Administrator","user_dn":"",`+c.decoy(`"user_type":"Local"`)+`,`+c.decoy(`"login_priv":1`)+`,"remote_cons_priv":1,"virtual_media_priv":1,"reset_priv":1,"config_priv":1,"user_priv":1}`)
			c.get("https://ilo-dl380-03.mgmt.acme.example/json/health_summary?"+c.decoy("_=1795342503117")).rh("Cookie", "sessionKey="+key).
				resp("application/json", `{`+c.decoy(`"self_test":"OP_STATUS_OK"`)+`,"system_health":"OP_STATUS_OK",`+c.decoy(`"ilo_fw_version":"iLO 5 v3.04"`)+`}`)
		}},
		{cat, "fortigate-logincheck-secretkey-apscookie", func(c *gcase) {
			csrf := c.secret("FortiGate ccsrftoken", strings.ToUpper(c.hexs(32)))
			payload := c.secret("APSCOOKIE Payload", c.b64s(96))
			c.post("https://fw01.acme.example/logincheck", "application/x-www-form-urlencoded", "ajax=1&username=admin&secretkey="+url.QueryEscape(c.secret("FortiGate secretkey form field", c.u13Pw()))+"&"+c.decoy("redir=%2Fng")).
				sh("Set-Cookie", `APSCOOKIE_3498312371="Era%3D0%26Payload%3D`+url.QueryEscape(payload)+`%26AuthHash%3D`+url.QueryEscape(c.b64s(30))+`%0A"; path=/; HttpOnly; Secure`+"\n"+`ccsrftoken="`+csrf+`"; path=/`).
				resp("text/html", `1document.location="/ng/prompt?viewOnly&redir=%2Fng";`)
			c.get("https://fw01.acme.example/api/v2/monitor/system/status?"+c.decoy("vdom=root")).rh("X-CSRFTOKEN", csrf, "Cookie", "ccsrftoken="+csrf).
				resp("application/json", `{"http_method":"GET","results":{"model_name":"FortiGate","model_number":"100F"},`+c.decoy(`"serial":"FG100FTK21004567"`)+`,`+c.decoy(`"version":"v7.4.4"`)+`,`+c.decoy(`"build":2662`)+`}`)
		}},
		{cat, "shibboleth-idp-j-password-csrf", func(c *gcase) {
			c.post("https://idp.uni-example.de/idp/profile/SAML2/Redirect/SSO?"+c.decoy("execution=e1s2"), "application/x-www-form-urlencoded",
				"csrf_token=_"+c.secret("Shibboleth csrf_token", c.hexs(40))+"&j_username=hpruefer&j_password="+url.QueryEscape(c.secret("j_password", c.u13Pw()))+"&"+c.decoy("donotcache=1")+"&"+c.decoy("_eventId_proceed=")).code(302).
				sh("Set-Cookie", "shib_idp_session="+c.secret("shib_idp_session cookie", c.hexs(64))+"; Path=/idp; Secure; HttpOnly; SameSite=None", "Location", "/idp/profile/SAML2/Redirect/SSO?execution=e1s3")
		}},
		{cat, "localized-login-field-names", func(c *gcase) {
			c.post("https://portal.stadtwerke-example.de/cgi-bin/anmelden", "application/x-www-form-urlencoded", "Benutzername=leitstelle&Kennwort="+url.QueryEscape(c.secret("Kennwort form field (German)", c.u13Pw()))+"&"+c.decoy("Anmelden=Anmelden"))
			c.post("https://intranet.exemple-sa.fr/connexion", "application/x-www-form-urlencoded", "identifiant=exploitation&mot_de_passe="+url.QueryEscape(c.secret("mot_de_passe form field (French)", c.u13Pw()))+"&"+c.decoy("langue=fr"))
			c.post("https://vpn.ejemplo-sl.es/api/acceso", "application/json", `{"usuario":"operador","contraseña":"`+c.secret("contraseña JSON (Spanish)", c.u13Pw())+`",`+c.decoy(`"idioma":"es-ES"`)+`}`)
			c.post("https://beheer.voorbeeld-bv.nl/api/inloggen", "application/json", `{"gebruikersnaam":"beheer","wachtwoord":"`+c.secret("wachtwoord JSON (Dutch)", c.u13Pw())+`","sessieSleutel":"`+c.secret("sessieSleutel (Dutch session key)", c.alnum(32))+`",`+c.decoy(`"taal":"nl-NL"`)+`}`)
		}},
		{cat, "paloalto-keygen-and-x-pan-key", func(c *gcase) {
			key := c.secret("PAN-OS API key in <key>", "LUFRPT1"+c.b64s(60))
			c.get("https://pa-3220.acme.example/api/?type=keygen&user=admin&password="+url.QueryEscape(c.secret("PAN-OS keygen password query", c.u13Pw()))).
				resp("application/xml", `<response status = 'success'><result><key>`+key+`</key></result></response>`)
			c.get("https://pa-3220.acme.example/api/?type=op&cmd=%3Cshow%3E%3Csystem%3E%3Cinfo%3E%3C%2Finfo%3E%3C%2Fsystem%3E%3C%2Fshow%3E").rh("X-PAN-KEY", key).
				resp("application/xml", `<response status="success"><result><system><hostname>pa-3220</hostname>`+c.decoy(`<sw-version>11.1.2-h3</sw-version>`)+c.decoy(`<serial>016201012345</serial>`)+`</system></result></response>`)
		}},
		{cat, "okta-dynamic-client-registration", func(c *gcase) {
			cid := c.decoy("0oa" + c.pick(gAlnum, 17))
			c.post("https://acme.okta.com/oauth2/v1/clients", "application/json", `{"client_name":"Jamf Connect","redirect_uris":["https://127.0.0.1/jamfconnect"],"grant_types":["authorization_code","refresh_token"],"token_endpoint_auth_method":"client_secret_basic"}`).code(201).
				rh("Authorization", "SSWS "+c.secret("Okta SSWS admin token", "00"+c.pick(gAlnum+"-_", 40))).
				resp("application/json", `{"client_id":"`+cid+`","client_secret":"`+c.secret("DCR client_secret", c.pick(gAlnum+"-_", 64))+`",`+c.decoy(`"client_id_issued_at":1795342200`)+`,"client_secret_expires_at":0,"client_name":"Jamf Connect",`+c.decoy(`"token_endpoint_auth_method":"client_secret_basic"`)+`}`)
		}},
		{cat, "vsphere-rest-session-id-header", func(c *gcase) {
			sess := c.secret("vmware-api-session-id", c.hexs(32))
			c.post("https://vcsa01.acme.example/api/session", "", "").code(201).
				rh("Authorization", "Basic "+gB64("administrator@vsphere.local:"+c.secret("vCenter SSO password (Basic)", c.u13Pw()))).
				resp("application/json", `"`+sess+`"`)
			c.get("https://vcsa01.acme.example/api/vcenter/vm?"+c.decoy("power_states=POWERED_ON")).rh("vmware-api-session-id", sess).
				resp("application/json", `[{"memory_size_MiB":8192,`+c.decoy(`"vm":"vm-1042"`)+`,"name":"sql-prod-01","power_state":"POWERED_ON","cpu_count":4}]`)
		}},
		{cat, "proxmox-ticket-csrfpreventiontoken", func(c *gcase) {
			sig := c.secret("PVE ticket signature", c.pick(gAlnum+"+/", 342))
			ticket := "PVE:root@pam:673F5A2B::" + sig
			csrf := c.secret("CSRFPreventionToken", "673F5A2B:"+c.pick(gAlnum+"+/", 43))
			c.post("https://pve1.acme.example:8006/api2/json/access/ticket", "application/x-www-form-urlencoded", "username=root%40pam&password="+url.QueryEscape(c.secret("PVE ticket password", c.u13Pw()))+"&realm=pam").
				resp("application/json;charset=UTF-8", `{"data":{"username":"root@pam","ticket":"`+ticket+`","CSRFPreventionToken":"`+csrf+`",`+c.decoy(`"clustername":"pve-prod"`)+`,"cap":{"vms":{"VM.Audit":1}}}}`)
			c.post("https://pve1.acme.example:8006/api2/extjs/nodes/pve1/qemu/101/status/start", "application/x-www-form-urlencoded", "").
				rh("CSRFPreventionToken", csrf, "Cookie", "PVEAuthCookie="+url.QueryEscape(ticket)).
				resp("application/json", `{"data":"`+c.decoy("UPID:pve1:0001A2B3:0B1C2D3E:673F5A2B:qmstart:101:root@pam:")+`","success":1}`)
		}},
		{cat, "pingfederate-html-form-adapter-pf-pass", func(c *gcase) {
			code := c.pick(gAlnum, 5)
			c.post("https://sso.acme.example/as/"+code+"/resume/as/authorization.ping", "application/x-www-form-urlencoded",
				"pf.username=svc-grafana&pf.pass="+url.QueryEscape(c.secret("PingFederate pf.pass", c.u13Pw()))+"&"+c.decoy("pf.ok=clicked")+"&pf.cancel=&"+c.decoy("pf.adapterId=HTMLFormAdapter")).code(302).
				sh("Set-Cookie", "PF="+c.secret("PingFederate PF session cookie", c.pick(gAlnum, 40))+"; Path=/; Secure; HttpOnly", "Location", "https://grafana.acme.example/login/generic_oauth?"+c.decoy("state=")+c.b64u(24)+"&code="+c.secret("PingFederate authorization code", c.pick(gAlnum+"-", 40)))
		}},
	}
}

// 2. Name/value pairs spelled as data.
func u13Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "keycloak-credential-representations", func(c *gcase) {
			uid := c.decoy(c.uuid())
			c.req("PUT", "https://sso.acme.example/admin/realms/acme/users/"+uid+"/reset-password", "application/json", `{"type":"password","value":"`+c.secret(`{"type":"password","value":S}`, c.u13Pw())+`",`+c.decoy(`"temporary":false`)+`}`).code(204)
			cl := c.decoy(c.uuid())
			c.post("https://sso.acme.example/admin/realms/acme/clients/"+cl+"/client-secret", "application/json", "").
				resp("application/json", `{"type":"secret","value":"`+c.secret(`{"type":"secret","value":S}`, c.alnum(32))+`"}`)
		}},
		{cat, "delinea-secret-items-fieldname-itemvalue", func(c *gcase) {
			c.get("https://acme.secretservercloud.com/api/v1/secrets/4182").rh("Authorization", "Bearer "+c.secret("Secret Server bearer", c.pick(gAlnum+"-_", 200))).
				resp("application/json", `{"id":4182,"name":"sql-prod-01 sa",`+c.decoy(`"secretTemplateId":6001`)+`,"folderId":77,"items":[{"itemId":20511,"fieldId":108,"fieldName":"Server","slug":"server","itemValue":"sql-prod-01.corp.acme.example","isPassword":false},`+
					`{"itemId":20512,"fieldId":111,"fieldName":"Username","slug":"username","itemValue":"sa","isPassword":false},{"itemId":20513,"fieldId":110,"fieldName":"Password","slug":"password","itemValue":"`+c.secret(`items[{fieldName:Password,itemValue:S}]`, c.u13Pw())+`","isPassword":true},`+
					c.decoy(`{"itemId":20514,"fieldId":112,"fieldName":"Notes","slug":"notes","itemValue":"rotated by RPC every 30 days","isPassword":false}`)+`]}`)
		}},
		{cat, "vcsa-ovf-property-values", func(c *gcase) {
			c.post("https://vcsa01.acme.example/api/vcenter/ovf/library-item/"+c.decoy("f7a3c1d2-0b8e-4f6a-9d21-3c4b5a6e7f80")+"?action=deploy", "application/json",
				`{"target":{"resource_pool_id":"resgroup-8"},"deployment_spec":{"name":"nsx-mgr-02","accept_all_EULA":true,"additional_parameters":[{"@class":"com.vmware.vcenter.ovf.property_params","type":"PropertyParams","properties":[`+
					`{"id":"nsx_passwd_0","value":"`+c.secret(`{"id":"nsx_passwd_0","value":S}`, c.u13Pw())+`"},{"id":"nsx_cli_passwd_0","value":"`+c.secret(`{"id":"nsx_cli_passwd_0","value":S}`, c.u13Pw())+`"},`+
					c.decoy(`{"id":"nsx_ip_0","value":"10.20.0.12"}`)+`,`+c.decoy(`{"id":"nsx_hostname","value":"nsx-mgr-02.corp.acme.example"}`)+`,{"id":"nsx_role","value":"NSX Manager"}]}]}}`)
		}},
		{cat, "intune-oma-uri-settings", func(c *gcase) {
			c.post("https://graph.microsoft.com/beta/deviceManagement/deviceConfigurations", "application/json",
				`{"@odata.type":"#microsoft.graph.windows10CustomConfiguration","displayName":"Kiosk local account","omaSettings":[`+
					c.decoy(`{"@odata.type":"#microsoft.graph.omaSettingInteger","displayName":"Disable camera","omaUri":"./Vendor/MSFT/Policy/Config/Camera/AllowCamera","value":0}`)+`,`+
					`{"@odata.type":"#microsoft.graph.omaSettingString","displayName":"Kiosk user","omaUri":"./Device/Vendor/MSFT/Accounts/Users/kiosk01/Password","value":"`+c.secret("omaSetting value for .../Users/kiosk01/Password", c.u13Pw())+`"}]}`).code(201).
				resp("application/json", `{"id":"`+c.decoy(c.uuid())+`",`+c.decoy(`"version":1`)+`}`)
		}},
		{cat, "jamf-extension-attribute-values", func(c *gcase) {
			rk := c.u13Upper(4) + "-" + c.u13Upper(4) + "-" + c.u13Upper(4) + "-" + c.u13Upper(4) + "-" + c.u13Upper(4) + "-" + c.u13Upper(4)
			c.get("https://acme.jamfcloud.com/api/v1/computers-inventory/412?section=EXTENSION_ATTRIBUTES&section=HARDWARE").
				resp("application/json", `{"id":"412","hardware":{`+c.decoy(`"serialNumber":"C02DF4Q7MD6R"`)+`,"model":"MacBook Pro (14-inch, 2023)"},"extensionAttributes":[`+
					`{"definitionId":"5","name":"FileVault Recovery Key","description":"escrowed PRK","enabled":true,"multiValue":false,"values":["`+c.secret(`{"name":"FileVault Recovery Key","values":[S]}`, rk)+`"],"dataType":"STRING","inputType":"SCRIPT"},`+
					`{"definitionId":"9","name":"Firmware Password","enabled":true,"multiValue":false,"values":["`+c.secret(`{"name":"Firmware Password","values":[S]}`, c.u13Pw())+`"],"dataType":"STRING"},`+
					c.decoy(`{"definitionId":"3","name":"Asset Tag","enabled":true,"multiValue":false,"values":["ACME-00412"],"dataType":"STRING"}`)+`]}`)
		}},
		{cat, "okta-app-shared-credentials-password-value", func(c *gcase) {
			c.req("PUT", "https://acme-admin.okta.com/api/v1/apps/0oa1x2y3z4AbCdEfG5h7", "application/json",
				`{"name":"template_swa","label":"Meraki Dashboard","signOnMode":"AUTO_LOGIN","credentials":{"scheme":"SHARED_USERNAME_AND_PASSWORD","userNameTemplate":{"template":"${source.login}","type":"BUILT_IN"},"userName":"noc-shared","password":{"value":"`+
					c.secret(`credentials.password.value`, c.u13Pw())+`"}},"settings":{"app":{`+c.decoy(`"url":"https://dashboard.meraki.com/login"`)+`}}}`).
				rh("X-Okta-XsrfToken", c.secret("X-Okta-XsrfToken header", c.pick(gAlnum+"-_", 43)), "X-Okta-User-Agent-Extended", c.decoy("okta-admin-ui/2026.11.1"))
		}},
		{cat, "entra-synchronization-secrets-key-value", func(c *gcase) {
			sp := c.decoy(c.uuid())
			c.req("PUT", "https://graph.microsoft.com/v1.0/servicePrincipals/"+sp+"/synchronization/secrets", "application/json",
				`{"value":[`+c.decoy(`{"key":"BaseAddress","value":"https://scim.netbox.acme.example/scim/v2"}`)+`,{"key":"SecretToken","value":"`+c.secret(`{"key":"SecretToken","value":S}`, c.b64u(48))+`"},`+
					c.decoy(`{"key":"SyncNotificationSettings","value":"{\"Enabled\":false,\"DeleteThresholdEnabled\":true}"}`)+`,{"key":"SyncAll","value":"false"}]}`).code(204)
		}},
		{cat, "pfsense-user-edit-html-inputs", func(c *gcase) {
			magic := c.secret("__csrf_magic hidden input", "sid:"+c.hexs(40)+",1795342201")
			page := `<form class="form-horizontal" method="post" action="/system_usermanager.php?act=edit&amp;userid=1"><input type="hidden" name="__csrf_magic" value="` + magic + `" />` +
				c.decoy(`<input class="form-control" name="usernamefld" id="usernamefld" type="text" value="netops">`) +
				`<input class="form-control pwd" name="passwordfld1" id="passwordfld1" type="password" value="` + c.secret(`<input type=password name=passwordfld1 value=S>`, c.u13Pw()) + `">` +
				c.decoy(`<input class="form-control" name="expires" id="expires" type="text" value="12/31/2027">`) +
				`<textarea name="authorizedkeys" id="authorizedkeys">` + c.decoy("c3NoLWVkMjU1MTkgQUFBQUMzTnphQzFsWkRJMU5URTVBQUFBSU5ldG9wcw==") + `</textarea></form>`
			c.get("https://fw-branch.acme.example/system_usermanager.php?"+c.decoy("act=edit&userid=1")).resp("text/html; charset=UTF-8", page)
		}},
		{cat, "vim25-optionvalue-key-value", func(c *gcase) {
			body := u13Soap(`<UpdateOptions xmlns="urn:vim25"><_this type="OptionManager">VpxSettings</_this>` +
				c.decoy(`<changedValue xsi:type="OptionValue"><key>mail.smtp.server</key><value xsi:type="xsd:string">smtp.acme.example</value></changedValue>`) +
				`<changedValue xsi:type="OptionValue"><key>snmp.receiver.1.community</key><value xsi:type="xsd:string">` + c.secret("OptionValue snmp.receiver.1.community", c.alnum(16)) + `</value></changedValue>` +
				`<changedValue xsi:type="OptionValue"><key>mail.smtp.password</key><value xsi:type="xsd:string">` + c.secret("OptionValue mail.smtp.password", c.u13Pw()) + `</value></changedValue></UpdateOptions>`)
			c.post("https://vcsa01.acme.example/sdk", "text/xml; charset=utf-8", body).rh("SOAPAction", c.decoy(`"urn:vim25/8.0.2.0"`), "Cookie", "vmware_soap_session=\""+c.secret("vmware_soap_session cookie", c.hexs(40))+"\"")
		}},
		{cat, "wlan-profile-keymaterial-descriptor", func(c *gcase) {
			xml := `<?xml version="1.0"?><WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1"><name>ACME-Corp</name><SSIDConfig><SSID>` + c.decoy(`<name>ACME-Corp</name>`) + `</SSID></SSIDConfig><connectionType>ESS</connectionType><MSM><security><authEncryption>` +
				c.decoy(`<authentication>WPA2PSK</authentication><encryption>AES</encryption>`) + `</authEncryption><sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>` + c.secret("WLAN sharedKey keyMaterial", c.u13Pw()) + `</keyMaterial></sharedKey></security></MSM></WLANProfile>`
			c.post("https://graph.microsoft.com/beta/deviceManagement/deviceConfigurations", "application/json", gJS(map[string]any{"@odata.type": "#microsoft.graph.windows10CustomConfiguration", "displayName": "Corp Wi-Fi",
				"omaSettings": []any{map[string]any{"@odata.type": "#microsoft.graph.omaSettingString", "displayName": "WlanXml", "omaUri": "./Vendor/MSFT/WiFi/Profile/ACME-Corp/WlanXml", "value": xml}}}))
		}},
		{cat, "extjs-form-descriptor-password-field", func(c *gcase) {
			c.get("https://utm.acme.example/webadmin/api/forms/ldap-auth").resp("application/json",
				`{"success":true,"items":[`+c.decoy(`{"xtype":"textfield","name":"server","fieldLabel":"Server","value":"dc01.corp.acme.example"}`)+`,{"xtype":"textfield","name":"binddn","fieldLabel":"Bind DN","value":"CN=svc-utm,OU=Service,DC=corp"},`+
					`{"xtype":"textfield","inputType":"password","name":"bindpw","fieldLabel":"Bind password","value":"`+c.secret(`{"inputType":"password","name":"bindpw","value":S}`, c.u13Pw())+`"},`+c.decoy(`{"xtype":"numberfield","name":"port","fieldLabel":"Port","value":636}`)+`]}`)
		}},
		{cat, "bw-serve-item-fields-and-totp", func(c *gcase) {
			seed := c.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32)
			c.get("http://localhost:8087/object/item/"+c.decoy(c.uuid())).resp("application/json",
				`{"success":true,"data":{"object":"item","name":"ilo-dl380-03","type":1,"login":{"username":"Administrator","password":"`+c.secret("bw item login.password", c.u13Pw())+`","totp":"otpauth://totp/iLO:Administrator?secret=`+c.secret("bw item TOTP seed", seed)+`&issuer=iLO",`+
					c.decoy(`"passwordRevisionDate":"2026-10-02T08:11:45.120Z"`)+`},"fields":[{"name":"Recovery PIN","value":"`+c.secret(`fields[{name:"Recovery PIN",value:S,type:1}]`, c.digits(10))+`","type":1,"linkedId":null},`+
					c.decoy(`{"name":"Rack","value":"DC2-R14-U22","type":0,"linkedId":null}`)+`]}}`)
		}},
	}
}

// 3. Unnamed generated credentials: path segments, bare strings, opaque names.
func u13Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "cyberark-logon-bare-string-token", func(c *gcase) {
			tok := c.secret("PVWA session token (bare JSON string response)", c.pick(gAlnum, 180))
			c.post("https://pvwa.acme.example/PasswordVault/API/auth/LDAP/Logon", "application/json", `{"username":"svc-ansible","password":"`+c.secret("PVWA Logon password", c.u13Pw())+`",`+c.decoy(`"concurrentSession":true`)+`}`).
				resp("application/json; charset=utf-8", `"`+tok+`"`)
			c.get("https://pvwa.acme.example/PasswordVault/API/Accounts?"+c.decoy("search=sql-prod-01")+"&limit=25").rh("Authorization", tok).
				resp("application/json", `{"value":[{`+c.decoy(`"id":"42_17"`)+`,"name":"Operating System-WinServerLocal-sql-prod-01-sa","platformId":"WinServerLocal","safeName":"DB-Prod"}],"count":1}`)
		}},
		{cat, "cyberark-retrieve-bare-string-password", func(c *gcase) {
			c.post("https://pvwa.acme.example/PasswordVault/API/Accounts/42_17/Password/Retrieve", "application/json", `{`+c.decoy(`"reason":"CHG0041277 SQL patching"`)+`,"TicketingSystemName":"ServiceNow","TicketId":"CHG0041277"}`).
				rh("Authorization", c.secret("PVWA token on Retrieve", c.pick(gAlnum, 180))).
				resp("application/json; charset=utf-8", `"`+c.secret("retrieved password (bare JSON string)", c.u13Pw()+c.pick(gAlnum, 4))+`"`)
		}},
		{cat, "okta-reset-and-activation-links", func(c *gcase) {
			c.get("https://acme.okta.com/signin/reset-password/" + c.secret("Okta reset-password path token", c.pick(gAlnum, 20)) + "?" + c.decoy("fromURI=%2Fapp%2FUserHome"))
			c.get("https://acme.okta.com/welcome/"+c.secret("Okta welcome/activation path token", c.pick(gAlnum, 20))).code(302).sh("Location", "/signin/register?"+c.decoy("activation=true"))
			c.get("https://acme.okta.com/tokens/" + c.secret("Okta /tokens/<t>/verify email token", c.pick(gAlnum+"-_", 20)) + "/verify").code(302)
		}},
		{cat, "passbolt-setup-and-recover-uuid-links", func(c *gcase) {
			uid := c.decoy(c.uuid())
			tok := c.secret("Passbolt setup token (UUID path segment)", c.uuid())
			c.get("https://passbolt.acme.example/setup/start/" + uid + "/" + tok)
			c.get("https://passbolt.acme.example/setup/install/"+uid+"/"+tok+".json?"+c.decoy("api-version=v2")).resp("application/json", `{"header":{`+c.decoy(`"id":"`+c.uuid()+`"`)+`,"status":"success","servertime":1795342200},"body":{"user":{"id":"`+uid+`","username":"ops-lead","active":false}}}`)
			c.get("https://passbolt.acme.example/setup/recover/start/" + uid + "/" + c.secret("Passbolt recover token (UUID)", c.uuid()))
		}},
		{cat, "bitwarden-send-link-fragment-key", func(c *gcase) {
			access := c.pick(gB64uAlpha, 22)
			key := c.secret("Send key in URL fragment", c.b64u(16))
			c.get("https://vault.acme.example/#/send/" + access + "/" + key)
			c.post("https://vault.acme.example/api/sends/access/"+access, "application/json", `{}`).
				resp("application/json", `{"id":"`+access+`","type":1,"name":"2.`+c.b64s(16)+`|`+c.b64s(32)+`|`+c.b64s(32)+`",`+c.decoy(`"expirationDate":"2026-11-29T10:15:00Z"`)+`,"object":"send-access"}`)
		}},
		{cat, "vmware-console-ticket-path", func(c *gcase) {
			tk := c.secret("console ticket in wss path", c.hexs(32))
			c.post("https://vcsa01.acme.example/api/vcenter/vm/vm-1042/console/tickets", "application/json", `{`+c.decoy(`"type":"WEBMKS"`)+`}`).code(201).
				resp("application/json", `{"ticket":"wss://esxi-07.corp.acme.example:443/ticket/`+tk+`"}`)
			c.get("wss://esxi-07.corp.acme.example/ticket/"+tk).code(101).rh("Sec-WebSocket-Protocol", c.decoy("binary")).wsMsg("receive", 2, c.decoy("UkZCIDAwMy4wMDgK"))
		}},
		{cat, "synology-sharing-and-chat-links", func(c *gcase) {
			c.get("https://nas01.acme.example:5001/sharing/" + c.secret("DSM sharing link id", c.alnum(9)))
			c.get("https://gofile.me/" + c.decoy("6Qx2z") + "/" + c.secret("gofile.me QuickConnect share code", c.alnum(9)))
			c.post("https://nas01.acme.example:5001/webapi/entry.cgi?api=SYNO.Chat.External&method=incoming&version=2&token=%22"+c.secret("Synology Chat incoming-webhook token (quoted)", c.alnum(64))+"%22", "application/x-www-form-urlencoded",
				"payload="+url.QueryEscape(`{"text":"`+c.decoy("Hyper Backup task nightly-offsite finished")+`"}`))
		}},
		{cat, "netscaler-f5-opaque-cookie-names", func(c *gcase) {
			c.get("https://remote.acme.example/vpn/index.html").rh("Cookie", "NSC_AAAC="+c.secret("NetScaler NSC_AAAC cookie", c.hexs(64))+"; NSC_TMAS="+c.secret("NetScaler NSC_TMAS cookie", c.hexs(32))+"; "+c.decoy("NSC_USER=")+"; pwcount=0")
			c.get("https://apm.acme.example/my.policy").rh("Cookie", "MRHSession="+c.secret("F5 APM MRHSession cookie", c.hexs(32))+"; LastMRH_Session="+c.secret("F5 LastMRH_Session", c.hexs(8))+"; F5_ST="+c.secret("F5_ST cookie", "1z1z1z"+c.digits(10)+"z604800"), "Accept-Language", c.decoy("de-DE,de;q=0.9"))
		}},
		{cat, "slack-webhook-in-unifi-alert-settings", func(c *gcase) {
			hook := c.secret("Slack webhook path secret", c.alnum(24))
			c.req("PUT", "https://unifi.acme.example/proxy/network/api/s/default/rest/setting/super_smtp/"+c.decoy("5f8a1c2b3d4e5f6a7b8c9d0e"), "application/json",
				`{"key":"super_mgmt","alert_webhooks":[{"name":"noc-slack","url":"https://hooks.slack.com/services/T0`+c.u13Upper(8)+`/B0`+c.u13Upper(9)+`/`+hook+`",`+c.decoy(`"events":["EVT_AP_Lost_Contact","EVT_SW_Lost_Contact"]`)+`}]}`)
		}},
		{cat, "opaque-proxy-headers-vs-trace-ids", func(c *gcase) {
			c.get("https://ontap-cl01.acme.example/api/storage/volumes?"+c.decoy("fields=name,space,svm.name")).
				rh("X-Dot-Client-App", c.decoy("SMv4"), "X-Ctx", c.secret("X-Ctx opaque header", c.b64u(40)), "X-Amzn-Oidc-Data", c.secret("ALB x-amzn-oidc-data", c.hs256JWT(`{"sub":"`+c.uuid()+`","exp":1795345800,"iss":"https://sso.acme.example/realms/acme"}`)),
					"X-Request-Id", c.decoy(c.uuid()), "traceparent", c.decoy("00-"+c.hexs(32)+"-"+c.hexs(16)+"-01")).
				sh("ETag", c.decoy(`"`+c.hexs(32)+`"`), "X-Portal-Ticket", c.secret("X-Portal-Ticket opaque response header", c.alnum(48))).
				resp("application/json", `{"records":[{"uuid":"`+c.decoy(c.uuid())+`","name":"vol_vmware_ds01"}],"num_records":1}`)
		}},
		{cat, "keycloak-action-token-link", func(c *gcase) {
			at := c.secret("Keycloak action token (JWT in key=)", c.hs256JWT(`{"exp":1795346100,"iat":1795342500,"jti":"`+c.uuid()+`","iss":"https://sso.acme.example/realms/acme","aud":"https://sso.acme.example/realms/acme","sub":"`+c.uuid()+`","typ":"verify-email","azp":"account-console","eml":"ops@acme.example"}`))
			c.get("https://sso.acme.example/realms/acme/login-actions/action-token?key=" + at + "&" + c.decoy("client_id=account-console") + "&tab_id=" + c.pick(gB64uAlpha, 11))
		}},
		{cat, "intune-enrollment-and-jamf-invitation-paths", func(c *gcase) {
			c.get("https://acme.jamfcloud.com/enroll/invitation/" + c.secret("Jamf enrollment invitation id in path", c.digits(30)) + "?" + c.decoy("type=USER_INITIATED"))
			c.get("https://acme.jamfcloud.com/mdm/ota/profile/" + c.secret("Jamf OTA enrollment capability segment", c.b64u(24)) + "/" + c.decoy("enrollmentProfile.mobileconfig"))
		}},
	}
}

// 4. Carriers: SOAP, XML-RPC, Ext.Direct, websockets, HTML, plist, config text.
func u13Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "vim25-soap-login", func(c *gcase) {
			body := u13Soap(`<Login xmlns="urn:vim25"><_this type="SessionManager">SessionManager</_this><userName>svc-veeam@vsphere.local</userName><password>` + c.secret("vim25 Login <password>", c.u13Pw()) + `</password>` + c.decoy(`<locale>en_US</locale>`) + `</Login>`)
			c.post("https://vcsa01.acme.example/sdk", "text/xml; charset=utf-8", body).rh("SOAPAction", c.decoy(`"urn:vim25/8.0.2.0"`)).
				sh("Set-Cookie", `vmware_soap_session="`+c.secret("vmware_soap_session Set-Cookie", c.hexs(40))+`"; Path=/; HttpOnly; Secure;`).
				resp("text/xml; charset=utf-8", u13Soap(`<LoginResponse xmlns="urn:vim25"><returnval><key>`+c.secret("UserSession key", c.uuid())+`</key><userName>VSPHERE.LOCAL\svc-veeam</userName>`+c.decoy(`<loginTime>2026-11-22T10:15:01.42Z</loginTime>`)+`</returnval></LoginResponse>`))
		}},
		{cat, "pfsense-xmlrpc-struct-members", func(c *gcase) {
			body := `<?xml version="1.0"?><methodCall><methodName>pfsense.restore_config_section</methodName><params><param><value><struct><member><name>ipsec</name><value><struct><member><name>phase1</name><value><array><data><value><struct>` +
				c.decoy(`<member><name>descr</name><value><string>HQ to DC2 tunnel</string></value></member>`) + `<member><name>remote-gateway</name><value><string>203.0.113.9</string></value></member>` +
				`<member><name>pre-shared-key</name><value><string>` + c.secret("XML-RPC member pre-shared-key", c.alnum(32)) + `</string></value></member></struct></value></data></array></value></member></struct></value></member>` +
				`<member><name>system</name><value><struct><member><name>user</name><value><array><data><value><struct><member><name>name</name><value><string>netops</string></value></member>` +
				`<member><name>bcrypt-hash</name><value><string>` + c.secret("XML-RPC member bcrypt-hash", "$2y$10$"+c.pick(gAlnum+"./", 53)) + `</string></value></member></struct></value></data></array></value></member></struct></value></member></struct></value></param></params></methodCall>`
			c.post("https://fw-ha2.acme.example/xmlrpc.php", "text/xml", body).rh("Authorization", "Basic "+gB64("admin:"+c.secret("XML-RPC sync Basic password", c.u13Pw()))).
				resp("text/xml", c.decoy(`<?xml version="1.0"?><methodResponse><params><param><value><boolean>1</boolean></value></param></params></methodResponse>`))
		}},
		{cat, "ext-direct-positional-login", func(c *gcase) {
			c.post("https://mail-gw.acme.example/admin/direct/router", "application/json",
				`[{"action":"Auth","method":"login","data":["postmaster","`+c.secret("Ext.Direct Auth.login data[1]", c.u13Pw())+`",true],"type":"rpc","tid":1},`+c.decoy(`{"action":"System","method":"getVersion","data":null,"type":"rpc","tid":2}`)+`]`).
				resp("application/json", `[{"type":"rpc","tid":1,"action":"Auth","method":"login","result":{"success":true,"sessionId":"`+c.secret("Ext.Direct result.sessionId", c.hexs(32))+`"}},{"type":"rpc","tid":2,"action":"System","method":"getVersion",`+c.decoy(`"result":"9.2.1-4"`)+`}]`)
		}},
		{cat, "entra-login-page-config-json", func(c *gcase) {
			sft := c.secret("$Config.sFT flow token", "AQABAAEAAAAm"+c.pick(gAlnum+"-_", 300))
			canary := c.secret("$Config.canary", c.pick(gAlnum+"-_", 120))
			corr := c.decoy(c.uuid())
			page := `<!DOCTYPE html><html dir="ltr" lang="en"><head><title>Sign in to your account</title><script type="text/javascript">//<![CDATA[` + "\n" + `$Config={"fShowPersistentCookiesWarning":false,"urlMsaSignUp":"https://login.live.com/oauth20_authorize.srf","sFT":"` + sft + `",` + c.decoy(`"sFTName":"flowToken"`) + `,"sCtx":"rQQIARAA` + c.pick(gAlnum+"-_", 60) + `","canary":"` + canary + `","correlationId":"` + corr + `",` + c.decoy(`"hpgid":1104`) + `,"sessionId":"` + c.uuid() + `"};` + "\n//]]></script></head><body></body></html>"
			c.get("https://login.microsoftonline.com/"+c.decoy("72f988bf-86f1-41af-91ab-2d7cd011db47")+"/oauth2/v2.0/authorize?client_id="+c.decoy("4765445b-32c6-49b0-83e6-1d93765276ca")+"&response_type=code&scope=openid").resp("text/html; charset=utf-8", page)
			c.post("https://login.microsoftonline.com/common/login", "application/x-www-form-urlencoded", "i13=0&login=svc-intune%40acme.example&type=11&passwd="+url.QueryEscape(c.secret("Entra passwd form field", c.u13Pw()))+"&"+c.decoy("ps=2")+"&canary="+url.QueryEscape(canary)+"&ctx=rQQIARAA&flowToken="+sft)
		}},
		{cat, "pfsense-csrf-magic-script", func(c *gcase) {
			tok := c.secret("csrfMagicToken in inline script", "sid:"+c.hexs(40)+",1795342260")
			c.get("https://opnsense.acme.example/ui/core/dashboard").resp("text/html", `<html><head><script src="`+c.decoy("/ui/js/jquery-3.5.1.min.js")+`"></script><script type="text/javascript">var csrfMagicToken = "`+tok+`";var csrfMagicName = "__csrf_magic";</script>`+
				`<script>$.ajaxSetup({'beforeSend': function(xhr) {xhr.setRequestHeader("X-CSRFToken", "`+c.secret("X-CSRFToken in ajaxSetup script", c.b64u(30))+`");}});</script></head></html>`)
		}},
		{cat, "bmc-multipart-certificate-and-key-upload", func(c *gcase) {
			b := "----WebKitFormBoundaryq3k2L8cB1vZxN0pA"
			line := c.secret("PEM private key body line", c.pick(gAlnum+"+/", 64))
			keyPEM := "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA" + c.pick(gAlnum+"+/", 48) + "\n" + line + "\n" + c.pick(gAlnum+"+/", 40) + "==\n-----END RSA PRIVATE KEY-----\n"
			cert := "-----BEGIN CERTIFICATE-----\n" + c.decoy("MIIDdzCCAl+gAwIBAgIEbRk1CDANBgkqhkiG9w0BAQsFADBsMRAwDgYDVQQGEwdV") + "\n-----END CERTIFICATE-----\n"
			body := u13Part(b, "cert_file", "; filename=\"bmc-r14.crt\"\r\nContent-Type: application/x-x509-ca-cert", cert) + u13Part(b, "key_file", "; filename=\"bmc-r14.key\"\r\nContent-Type: application/octet-stream", keyPEM) +
				u13Part(b, "CSRF_TOKEN", "", c.secret("Supermicro CSRF_TOKEN multipart part", c.pick(gAlnum+"+/", 43))) + "--" + b + "--\r\n"
			c.post("https://bmc-r14.mgmt.acme.example/cgi/upload_ssl.cgi", "multipart/form-data; boundary="+b, body).rh("Cookie", "SID="+c.secret("Supermicro SID cookie", c.pick(gLower, 16))).
				resp("text/html", c.decoy(`<html><body>CONFIRM_SSL_CERT_OK</body></html>`))
		}},
		{cat, "falcon-event-stream-ndjson", func(c *gcase) {
			stream := `{"metadata":{"customerIDString":"` + c.hexs(32) + `","offset":918273,"eventType":"DetectionSummaryEvent",` + c.decoy(`"eventCreationTime":1795342201000`) + `,"version":"1.0"},"event":{"ComputerName":"WS-FIN-0231","CommandLine":"net use \\\\fs01\\finance /user:CORP\\svc-scan ` +
				c.secret("password in CommandLine (net use) in NDJSON event", c.u13Pw()) + `","Severity":4,` + c.decoy(`"SHA256String":"`+c.hexs(64)+`"`) + `}}` + "\n" +
				`{"metadata":{"offset":918274,"eventType":"AuthActivityAuditEvent","eventCreationTime":1795342202000,"version":"1.0"},"event":{"OperationName":"requestResetApiClientSecret",` + c.decoy(`"ServiceName":"Crowdstrike API Client"`) + `,"AuditKeyValues":[{"Key":"api_client_id","ValueString":"` + c.hexs(32) + `"},{"Key":"new_secret","ValueString":"` +
				c.secret(`AuditKeyValues {"Key":"new_secret","ValueString":S}`, c.alnum(40)) + `"}]}}` + "\n"
			c.get("https://firehose.us-2.crowdstrike.com/sensors/entities/datafeed/v1/0?appId=siem-connector&"+c.decoy("offset=918273")).
				rh("Authorization", "Token "+c.secret("datafeed session token", c.pick(gAlnum+"/+", 64))).resp("application/json", stream)
		}},
		{cat, "truenas-middleware-websocket", func(c *gcase) {
			e := c.get("wss://truenas01.acme.example/websocket").code(101)
			e.wsMsg("send", 1, `{"msg":"connect","version":"1","support":["1"]}`)
			e.wsMsg("receive", 1, `{"msg":"connected","session":"`+c.uuid()+`"}`)
			e.wsMsg("send", 1, `{"id":"`+c.uuid()+`","msg":"method","method":"auth.login","params":["root","`+c.secret("auth.login params[1]", c.u13Pw())+`"]}`)
			e.wsMsg("send", 1, `{"id":"`+c.uuid()+`","msg":"method","method":"auth.generate_token","params":[300]}`)
			e.wsMsg("receive", 1, `{"id":"`+c.uuid()+`","msg":"result","result":"`+c.secret("auth.generate_token result", c.alnum(64))+`"}`)
			e.wsMsg("send", 1, `{"id":"`+c.uuid()+`","msg":"method","method":"cloudsync.credentials.create","params":[{"name":"b2-offsite","provider":"B2","attributes":{"account":"`+c.hexs(12)+`","key":"`+c.secret("cloudsync attributes.key (B2 application key)", "K005"+c.pick(gAlnum+"/+", 27))+`"}}]}`)
			e.wsMsg("receive", 1, c.decoy(`{"msg":"changed","collection":"pool.dataset","id":"tank/vm"}`))
		}},
		{cat, "adfs-samlresponse-autopost-html", func(c *gcase) {
			assertion := `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_` + c.uuid() + `" Version="2.0" IssueInstant="2026-11-22T10:15:02.113Z" Destination="https://acme.my.salesforce.com"><Assertion xmlns="urn:oasis:names:tc:SAML:2.0:assertion"><Subject><NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">` +
				c.secret("NameID inside base64 SAMLResponse", "jurgita.baltrusaitis@contoso-corp.example") + `</NameID></Subject><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignatureValue>` + c.b64s(256) + `</ds:SignatureValue></ds:Signature></Assertion></samlp:Response>`
			sr := c.secret("SAMLResponse (a bearer assertion)", gB64(assertion))
			page := `<html><head><title>Working...</title></head><body><form method="POST" name="hiddenform" action="https://acme.my.salesforce.com"><input type="hidden" name="SAMLResponse" value="` + sr + `" />` +
				c.decoy(`<input type="hidden" name="RelayState" value="/home/home.jsp" />`) + `<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit" /></noscript></form><script language="javascript">window.setTimeout('document.forms[0].submit()', 0);</script></body></html>`
			c.post("https://sts.contoso-corp.example/adfs/ls/idpinitiatedsignon.aspx?"+c.decoy("loginToRp=https%3A%2F%2Facme.my.salesforce.com"), "application/x-www-form-urlencoded", "SignInOtherSite=SignInOtherSite&"+c.decoy("RelyingParty=d7e8f9a0-1b2c-4d3e-8f4a-5b6c7d8e9f01")).resp("text/html; charset=utf-8", page)
		}},
		{cat, "mdm-tokenupdate-plist", func(c *gcase) {
			unlock := c.secret("UnlockToken <data>", c.b64s(96))
			push := c.secret("PushMagic", strings.ToUpper(c.uuid()))
			plist := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">` + "\n" + `<plist version="1.0"><dict>` +
				`<key>MessageType</key><string>TokenUpdate</string><key>PushMagic</key><string>` + push + `</string>` + c.decoy(`<key>Topic</key><string>com.apple.mgmt.External.4f1c2a3b-5d6e-4f70-8a91-b2c3d4e5f607</string>`) +
				`<key>Token</key><data>` + c.secret("APNs device Token <data>", c.b64s(32)) + `</data><key>UnlockToken</key><data>` + unlock + `</data>` + c.decoy(`<key>AwaitingConfiguration</key><false/>`) + `</dict></plist>`
			c.req("PUT", "https://acme.jamfcloud.com/mdm/ServerURL", "application/x-apple-aspen-mdm-checkin", plist)
		}},
		{cat, "fortios-config-backup-text", func(c *gcase) {
			conf := "#config-version=FG100F-7.04-FW-build2662-240514:opmode=0:vdom=0:user=admin\n#conf_file_ver=" + c.digits(15) + "\n#buildno=2662\n" + c.decoy("config system global\n    set hostname \"fw01\"\n    set timezone \"Europe/Berlin\"\nend") + "\n" +
				"config system admin\n    edit \"admin\"\n        set accprofile \"super_admin\"\n        set password ENC " + c.secret("FortiOS admin password ENC SH2", "SH2"+c.hexs(60)) + "\n    next\nend\n" +
				"config vpn ipsec phase1-interface\n    edit \"to-dc2\"\n        set interface \"wan1\"\n        set remote-gw 203.0.113.9\n        set psksecret ENC " + c.secret("FortiOS psksecret ENC", c.b64s(96)) + "\n    next\nend\n" +
				"config user ldap\n    edit \"corp-ldap\"\n        set server \"10.0.0.5\"\n        set dn \"DC=corp,DC=acme\"\n        set password " + c.secret("FortiOS ldap plain password (set password X)", c.u13Pw()) + "\n    next\nend\n"
			c.get("https://fw01.acme.example/api/v2/monitor/system/config/backup?"+c.decoy("scope=global")).resp("application/octet-stream", conf)
		}},
		{cat, "ovirt-spice-vv-file", func(c *gcase) {
			vv := "[virt-viewer]\ntype=spice\nhost=10.40.1.21\nport=-1\n" + c.decoy("tls-port=5901") + "\npassword=" + c.secret("console.vv password=", c.pick(gAlnum+"+/", 12)) + "\n# Password is valid for 120 seconds.\ndelete-this-file=1\nfullscreen=0\ntitle=" + c.decoy("app-db-01:%d - ((release-cursor))") + "\ntoggle-fullscreen=shift+f11\nsecure-attention=ctrl+alt+end\n" +
				"tls-ciphers=DEFAULT\nhost-subject=O=acme.example,CN=kvm03.acme.example\nca=-----BEGIN CERTIFICATE-----\\nMIID" + c.pick(gAlnum, 20) + "\\n-----END CERTIFICATE-----\\n\n" + c.decoy("secure-channels=main;inputs;cursor;playback;record;display;smartcard;usbredir") + "\n[ovirt]\nhost=engine.acme.example:443\nvm-guid=" + c.decoy(c.uuid()) + "\njsessionid=" + c.secret("[ovirt] jsessionid", c.pick(gAlnum+"-_", 32)) + "\nsso-token=" + c.secret("[ovirt] sso-token", c.pick(gAlnum+"-_", 86)) + "\n"
			c.get("https://engine.acme.example/ovirt-engine/services/attachment/"+c.decoy(c.uuid())+"?encodingType=plain&contentType=application/x-virt-viewer").resp("application/x-virt-viewer; charset=UTF-8", vv)
		}},
	}
}

// 5. Exporters' quirks.
func u13Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "fiddler-body-in-params-name", func(c *gcase) {
			body := "pf.username=svc-jira&pf.pass=" + url.QueryEscape(c.secret("pf.pass inside params[].name (Fiddler)", c.u13Pw())) + "&pf.ok=clicked&pf.adapterId=HTMLFormAdapter"
			e := c.post("https://sso.acme.example/as/Xk3pQ/resume/as/authorization.ping", "application/x-www-form-urlencoded", "")
			e.post.params = []any{map[string]any{"name": body, "value": ""}}
			e.rh("Content-Type", "application/x-www-form-urlencoded", "X-Correlation", c.decoy(c.uuid()))
			c.creator = [2]string{"Fiddler", "5.0.20244.10953"}
		}},
		{cat, "vault-ui-json-as-text-plain", func(c *gcase) {
			c.post("https://vault.acme.example/v1/auth/userpass/login/ops-oncall", "text/plain;charset=UTF-8", `{"password":"`+c.secret("userpass password in text/plain JSON", c.u13Pw())+`"}`).
				rh("X-Vault-Request", "true", "X-Vault-Namespace", c.decoy("admin/platform")).
				resp("text/plain; charset=utf-8", `{"request_id":"`+c.decoy(c.uuid())+`","auth":{"client_token":"`+c.secret("client_token in text/plain response", "hvs.CAESI"+c.b64u(66))+`","accessor":"`+c.alnum(24)+`",`+c.decoy(`"lease_duration":28800`)+`}}`)
		}},
		{cat, "safari-joined-set-cookie-empty-cookies", func(c *gcase) {
			kid := c.secret("KEYCLOAK_IDENTITY (joined Set-Cookie)", c.hs256JWT(`{"exp":1795378500,"iat":1795342500,"jti":"`+c.uuid()+`","iss":"https://sso.acme.example/realms/acme","typ":"Serialized-ID","sid":"`+c.uuid()+`"}`))
			ks := c.secret("KEYCLOAK_SESSION (joined Set-Cookie)", "acme/"+c.uuid()+"/"+c.b64u(32))
			ash := c.secret("AUTH_SESSION_ID (joined Set-Cookie)", c.uuid()+".keycloak-0-41277")
			e := c.post("https://sso.acme.example/realms/acme/login-actions/authenticate?execution="+c.decoy(c.uuid())+"&client_id=grafana", "application/x-www-form-urlencoded", "username=noc&password="+url.QueryEscape(c.secret("password (Safari)", c.u13Pw()))).code(302).
				sh("Set-Cookie", "AUTH_SESSION_ID="+ash+"; Version=1; Path=/realms/acme/; SameSite=None; Secure; HttpOnly, KEYCLOAK_IDENTITY="+kid+"; Version=1; Path=/realms/acme/; SameSite=None; Secure; HttpOnly, KEYCLOAK_SESSION="+ks+"; Version=1; Expires=Sun, 22-Nov-2026 20:15:00 GMT; Max-Age=36000; Path=/realms/acme/; SameSite=None; Secure")
			e.respCookies = []any{}
			c.creator = [2]string{"WebKit", "605.1.15"}
		}},
		{cat, "firefox-cookies-array-only", func(c *gcase) {
			e := c.get("https://unifi.acme.example/proxy/network/api/s/default/stat/device?" + c.decoy("macs=f4:92:bf:12:34:56"))
			e.reqCookies = []any{map[string]any{"name": "TOKEN", "value": c.secret("UniFi TOKEN in cookies[] only", c.hs256JWT(`{"userId":"`+c.uuid()+`","passwordRevision":1795342000,"isRememberMe":false,"csrfToken":"`+c.uuid()+`","iat":1795342500,"exp":1795349700}`))},
				map[string]any{"name": "unifises", "value": c.secret("unifises in cookies[] only", c.alnum(32))}}
			e.rh("Accept", "application/json", "X-Csrf-Token", c.secret("X-Csrf-Token header (UniFi)", c.uuid()))
			e.resp("application/json", `{"meta":{"rc":"ok"},"data":[{`+c.decoy(`"model":"U6LR"`)+`,`+c.decoy(`"version":"6.6.77.15402"`)+`}]}`)
			c.creator = [2]string{"Firefox", "133.0"}
		}},
		{cat, "safari-base64-response-content", func(c *gcase) {
			e := c.post("https://acme.okta.com/api/v1/authn", "application/json", `{"username":"svc-looker","password":"`+c.secret("authn password", c.u13Pw())+`","options":{"warnBeforePasswordExpired":true}}`).
				resp("application/json", gB64(`{"expiresAt":"2026-11-22T10:20:02.000Z","status":"SUCCESS","sessionToken":"`+c.secret("sessionToken in base64 response content", "20111"+c.pick(gAlnum+"_-", 52))+`","_embedded":{"user":{"id":"00u1a2b3c4D5e6F7g8h9"}}}`))
			e.respEncoding = "base64"
			e.sh("X-Okta-Request-Id", c.decoy(c.pick(gAlnum, 27)))
			c.creator = [2]string{"WebKit", "605.1.15"}
		}},
		{cat, "charles-base64-postdata-encoding", func(c *gcase) {
			form := "grant_type=password&client_id=api&username=svc-rundeck&password=" + url.QueryEscape(c.secret("password in base64 postData", c.u13Pw())) + "&scope=api"
			e := c.post("https://bw.acme.example/identity/connect/token", "application/x-www-form-urlencoded", gB64(form))
			e.post.encoding = "base64"
			e.post.params = []any{}
			e.rh("Device-Type", "21", "Bitwarden-Client-Version", c.decoy("2024.11.0"))
			c.creator = [2]string{"Charles Proxy", "5.0"}
		}},
		{cat, "userinfo-in-request-url", func(c *gcase) {
			c.get("https://Administrator:"+url.PathEscape(c.secret("password in URL userinfo", c.u13Pw()))+"@ilo-dl360-11.mgmt.acme.example/redfish/v1/Managers/1/"+c.decoy("?$expand=.")).
				resp("application/json", `{`+c.decoy(`"FirmwareVersion":"iLO 6 v1.59"`)+`,"Id":"1"}`)
			c.creator = [2]string{"Insomnia", "10.1.1"}
		}},
		{cat, "wrong-response-mime-html-for-json", func(c *gcase) {
			c.post("https://bmc-r15.mgmt.acme.example/api/session", "application/x-www-form-urlencoded", "username=ADMIN&password="+url.QueryEscape(c.secret("BMC /api/session password", c.u13Pw()))).
				resp("text/html", `{"ok":0,"privilege":4,"user_id":2,"extendedpriv":259,"racsession_id":10,"remote_addr":"10.9.0.14","server_name":"bmc-r15","server_addr":"10.9.0.15","HTTPSEnabled":1,"CSRFToken":"`+c.secret("CSRFToken in JSON served as text/html", c.alnum(8))+`",`+c.decoy(`"channel":1`)+`,"session_token":"`+c.secret("session_token in JSON served as text/html", c.hexs(32))+`"}`)
		}},
		{cat, "har-comments-carry-pasted-headers", func(c *gcase) {
			e := c.get("https://meraki.acme.example/api/v1/organizations/" + c.decoy("549236") + "/networks")
			e.set("comment", "replayed with X-Cisco-Meraki-API-Key: "+c.secret("Meraki key in entry comment", c.hexs(40)))
			c.extraLog = map[string]any{"comment": "captured by ops, token was " + c.secret("token in log.comment free text", c.b64u(36)) + " " + c.decoy("ticket INC0098123")}
		}},
		{cat, "http2-pseudo-headers-path-with-token", func(c *gcase) {
			tok := c.secret("access_token in :path pseudo-header", c.pick(gAlnum, 30))
			e := c.get("https://fw02.acme.example/api/v2/cmdb/firewall/policy?" + c.decoy("vdom=root") + "&access_token=" + tok)
			e.httpVersion = "h2"
			e.rh(":method", "GET", ":authority", c.decoy("fw02.acme.example"), ":path", "/api/v2/cmdb/firewall/policy?vdom=root&access_token="+tok, ":scheme", "https", "authorization", "Bearer "+c.secret("lowercase authorization (h2)", c.pick(gAlnum, 30)))
			e.resp("application/json", `{"http_status":200,`+c.decoy(`"revision":"c4e9b2d1a0f3"`)+`}`)
		}},
		{cat, "querystring-left-percent-encoded", func(c *gcase) {
			sess := c.secret("xsession (double-encoded in queryString)", c.pick(gAlnum+"+/", 40)+"==")
			pw := c.secret("j_password (double-encoded)", c.u13Pw())
			e := c.get("https://nutanix-pc.acme.example:9440/PrismGateway/j_spring_security_check?j_username=admin&j_password=" + url.QueryEscape(url.QueryEscape(pw)) + "&xsession=" + url.QueryEscape(sess))
			e.query = []any{map[string]any{"name": "j_username", "value": "admin"}, map[string]any{"name": "j_password", "value": url.QueryEscape(url.QueryEscape(pw))}, map[string]any{"name": "xsession", "value": url.QueryEscape(sess)}, map[string]any{"name": "v", "value": c.decoy("pc.2024.3")}}
		}},
		{cat, "firefox-multipart-params-with-filename", func(c *gcase) {
			b := "---------------------------41184676334"
			pass := c.secret("PKCS#12 import passphrase (multipart + params)", c.u13Pw())
			body := u13Part(b, "certFile", "; filename=\"wildcard-acme.p12\"\r\nContent-Type: application/x-pkcs12", "0\x82\x0a\x1f binary") + u13Part(b, "certPassword", "", pass) + u13Part(b, "certName", "", c.decoy("wildcard-acme-2027")) + "--" + b + "--\r\n"
			e := c.post("https://fw01.acme.example/api/v2/monitor/vpn-certificate/local/import", "multipart/form-data; boundary="+b, body)
			e.post.params = []any{map[string]any{"name": "certFile", "fileName": "wildcard-acme.p12", "contentType": "application/x-pkcs12"}, map[string]any{"name": "certPassword", "value": pass}, map[string]any{"name": "certName", "value": "wildcard-acme-2027"}}
			c.creator = [2]string{"Firefox", "133.0"}
		}},
		{cat, "chrome-binary-websocket-frames-base64", func(c *gcase) {
			e := c.get("wss://sentinel.acme.example/web/api/v2.1/remote-ops/stream").code(101)
			e.wsMsg("send", 2, gB64(`{"op":"auth","apiToken":"`+c.secret("apiToken in a binary ws frame (base64)", c.alnum(80))+`"}`))
			e.wsMsg("receive", 2, gB64(`{"op":"ready","sessionKey":"`+c.secret("sessionKey in a binary ws frame", c.b64u(32))+`"}`))
			e.wsMsg("receive", 1, c.decoy(`{"op":"heartbeat","seq":41}`))
		}},
	}
}

// 6. A value known secret in one place, echoed elsewhere (encoded, or before it is recognised).
func u13Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "delinea-token-beacon-before-token-response", func(c *gcase) {
			tok := c.secret("Secret Server access_token (first seen in a beacon)", c.pick(gAlnum+"-_", 180))
			c.post("https://acme.secretservercloud.com/api/v1/telemetry/client", "application/json", `{"e":"nav","d":"`+tok+`",`+c.decoy(`"route":"/app/#/secrets/view/all"`)+`}`)
			c.post("https://acme.secretservercloud.com/oauth2/token", "application/x-www-form-urlencoded", "username=svc-sccm&password="+url.QueryEscape(c.secret("Secret Server oauth2 password", c.u13Pw()))+"&grant_type=password").
				resp("application/json", `{"access_token":"`+tok+`","token_type":"bearer",`+c.decoy(`"expires_in":1199`)+`,"refresh_token":"`+c.secret("Secret Server refresh_token", c.pick(gAlnum+"-_", 180))+`"}`)
			c.get("https://acme.secretservercloud.com/api/v1/secrets?"+c.decoy("filter.folderId=77")).rh("Authorization", "Bearer "+tok)
		}},
		{cat, "proxmox-termproxy-ticket-in-ws", func(c *gcase) {
			vt := c.secret("PVEVNC termproxy ticket", "PVEVNC:673F5A2B::"+c.pick(gAlnum+"+/", 342))
			c.post("https://pve1.acme.example:8006/api2/json/nodes/pve1/termproxy", "application/x-www-form-urlencoded", "").
				rh("CSRFPreventionToken", c.secret("CSRFPreventionToken (termproxy)", "673F5A2B:"+c.pick(gAlnum+"+/", 43))).
				resp("application/json", `{"data":{"ticket":"`+vt+`",`+c.decoy(`"port":"5900"`)+`,"user":"root@pam","upid":"`+c.decoy("UPID:pve1:00213F4C:0B7E1A2F:673F5A2C:vncshell::root@pam:")+`"}}`)
			e := c.get("wss://pve1.acme.example:8006/api2/json/nodes/pve1/vncwebsocket?port=5900&vncticket=" + url.QueryEscape(vt)).code(101)
			e.wsMsg("send", 1, "root@pam:"+vt+"\n")
			e.wsMsg("receive", 1, "OK")
			e.wsMsg("send", 1, c.decoy("1:80:24:"))
		}},
		{cat, "keycloak-regenerated-secret-basic-and-installation", func(c *gcase) {
			sec := c.secret("regenerated client secret (echoed Basic and in installation JSON)", c.alnum(32))
			cl := c.uuid()
			c.post("https://sso.acme.example/admin/realms/acme/clients/"+cl+"/client-secret", "application/json", "").resp("application/json", `{"type":"secret","value":"`+sec+`"}`)
			c.get("https://sso.acme.example/admin/realms/acme/clients/"+cl+"/installation/providers/keycloak-oidc-keycloak-json").
				resp("application/json", `{"realm":"acme","auth-server-url":"https://sso.acme.example/",`+c.decoy(`"ssl-required":"external"`)+`,"resource":"grafana","credentials":{"secret":"`+sec+`"},`+c.decoy(`"confidential-port":0`)+`}`)
			c.post("https://sso.acme.example/realms/acme/protocol/openid-connect/token", "application/x-www-form-urlencoded", c.decoy("grant_type=client_credentials")).
				rh("Authorization", "Basic "+gB64("grafana:"+sec))
		}},
		{cat, "okta-sessiontoken-redirect-and-referer", func(c *gcase) {
			st := c.secret("Okta sessionToken (authn, redirect query, Referer)", "20111"+c.pick(gAlnum+"_-", 52))
			c.post("https://acme.okta.com/api/v1/authn", "application/json", `{"username":"svc-tableau","password":"`+c.secret("Okta authn password", c.u13Pw())+`"}`).
				resp("application/json", `{"status":"SUCCESS","sessionToken":"`+st+`",`+c.decoy(`"expiresAt":"2026-11-22T10:20:03.000Z"`)+`}`)
			redir := "https://acme.okta.com/login/sessionCookieRedirect?checkAccountSetupComplete=true&token=" + st + "&redirectUrl=" + url.QueryEscape("https://acme.okta.com/app/tableau/exk1a2b3c4/sso/saml")
			c.get(redir).code(302).sh("Set-Cookie", "sid="+c.secret("Okta sid cookie", "102"+c.pick(gAlnum+"-_", 22))+"; Path=/; Secure; HttpOnly", "Location", c.decoy("https://acme.okta.com/app/tableau/exk1a2b3c4/sso/saml"))
			c.get("https://acme.okta.com/app/tableau/exk1a2b3c4/sso/saml").rh("Referer", url.QueryEscape(redir))
		}},
		{cat, "synology-sid-in-cookie-query-and-ws", func(c *gcase) {
			sid := c.secret("DSM sid (echoed)", c.pick(gB64uAlpha, 86))
			c.post("https://nas02.acme.example:5001/webapi/auth.cgi", "application/x-www-form-urlencoded", "api=SYNO.API.Auth&version=6&method=login&account=admin&passwd="+url.QueryEscape(c.secret("DSM auth.cgi passwd", c.u13Pw()))+"&"+c.decoy("otp_code=")+"&format=cookie").
				sh("Set-Cookie", "id="+sid+"; path=/; secure; HttpOnly").resp("application/json", `{"data":{"sid":"`+sid+`"},"success":true}`)
			c.get("https://nas02.acme.example:5001/webapi/entry.cgi?api=SYNO.Core.System&method=info&version=3&_sid="+sid).rh("Cookie", "id="+sid+"; "+c.decoy("stay_login=0"))
			c.get("wss://nas02.acme.example:5001/synoscgi/socket.io/?"+c.decoy("EIO=3&transport=websocket")+"&SynoToken=&_sid="+url.QueryEscape(sid)).code(101).wsMsg("receive", 1, `0{"sid":"Xk2n9QpL-AAAB","upgrades":[],"pingInterval":25000}`)
		}},
		{cat, "fortigate-access-token-referer-and-html", func(c *gcase) {
			tok := c.secret("FortiOS REST access_token (query, Referer, HTML)", c.pick(gAlnum, 30))
			u := "https://fw03.acme.example/api/v2/cmdb/system/interface?vdom=root&access_token=" + tok
			c.get(u).resp("application/json", `{"results":[{`+c.decoy(`"name":"port1"`)+`,"ip":"203.0.113.2 255.255.255.248"}]}`)
			c.get("https://fw03.acme.example/ng/page/p/network/interfaces/").rh("Referer", u).
				resp("text/html", `<a href="/api/v2/cmdb/system/interface?vdom=root&amp;access_token=`+tok+`">`+c.decoy("Download JSON")+`</a>`)
		}},
		{cat, "unifi-csrf-uuid-inside-token-jwt", func(c *gcase) {
			csrf := c.secret("UniFi csrfToken (header and inside the TOKEN JWT)", c.uuid())
			jwt := c.hs256JWT(`{"userId":"` + c.uuid() + `","passwordRevision":1795300000,"isRememberMe":true,"csrfToken":"` + csrf + `","iat":1795342500,"exp":1797934500}`)
			c.post("https://10.0.1.1/api/auth/login", "application/json", `{"username":"noc","password":"`+c.secret("UniFi OS login password", c.u13Pw())+`","token":"","rememberMe":true}`).
				sh("Set-Cookie", "TOKEN="+jwt+"; path=/; samesite=strict; secure; httponly", "X-Csrf-Token", csrf).resp("application/json", `{`+c.decoy(`"unique_id":"`+c.uuid()+`"`)+`,"first_name":"","isOwner":false}`)
			c.post("https://10.0.1.1/proxy/network/api/s/default/cmd/devmgr", "application/json", `{"cmd":"restart",`+c.decoy(`"mac":"78:45:58:aa:bb:cc"`)+`}`).rh("X-Csrf-Token", csrf)
		}},
		{cat, "redfish-password-echoed-basic-and-url", func(c *gcase) {
			pw := c.secret("BMC password (JSON, Basic, URL userinfo)", c.u13Pw())
			c.req("PATCH", "https://idrac-r750-01.mgmt.acme.example/redfish/v1/AccountService/Accounts/2", "application/json", `{"Password":"`+pw+`"}`).
				rh("X-Auth-Token", c.secret("X-Auth-Token (PATCH)", c.hexs(32))).resp("application/json", `{"@Message.ExtendedInfo":[{`+c.decoy(`"MessageId":"Base.1.12.Success"`)+`}]}`)
			c.get("https://idrac-r750-01.mgmt.acme.example/redfish/v1/Managers/iDRAC.Embedded.1").rh("Authorization", "Basic "+gB64("root:"+pw))
			c.post("https://ome.acme.example/api/JobService/Jobs", "application/json", `{"JobName":"mount-iso","Params":[{"Key":"imageUrl","Value":"smb://root:`+url.QueryEscape(pw)+`@10.9.0.20/iso/esxi-8.0u3.iso"},`+c.decoy(`{"Key":"operationName","Value":"MOUNT_ISO"}`)+`]}`)
		}},
		{cat, "falcon-secret-pasted-before-use", func(c *gcase) {
			sec := c.secret("Falcon API client secret pasted in a ticket first", c.alnum(40))
			cid := c.hexs(32)
			c.post("https://acme.service-now.com/api/now/table/sc_task/"+c.decoy("9d385017c611228701d22104cc95c371"), "application/json",
				`{"work_notes":"rotated for the SIEM connector, new one: `+sec+` (id `+cid+`)",`+c.decoy(`"state":"3"`)+`}`)
			c.post("https://api.us-2.crowdstrike.com/oauth2/token", "application/x-www-form-urlencoded", "client_id="+cid+"&client_secret="+sec).
				resp("application/json", `{"access_token":"`+c.secret("Falcon access_token", c.u13RS(c.uuid(), `{"aud":"`+c.hexs(32)+`","exp":1795344300,"iss":"https://api.crowdstrike.com/"}`))+`",`+c.decoy(`"expires_in":1799`)+`,"token_type":"bearer"}`).
				sh("X-Cs-Region", c.decoy("us-2"), "X-Cs-Traceid", c.decoy(c.uuid()))
		}},
		{cat, "vault-wrapping-token-body-header-and-ui-url", func(c *gcase) {
			wt := c.secret("Vault wrapping token (response, header, body, UI URL)", "hvs.CAESI"+c.b64u(66))
			c.post("https://vault.acme.example/v1/sys/wrapping/wrap", "application/json", `{"db":"`+c.secret("wrapped payload value", c.u13Pw())+`"}`).rh("X-Vault-Token", c.secret("X-Vault-Token (wrap)", "hvs."+c.alnum(24)), "X-Vault-Wrap-TTL", c.decoy("1800")).
				resp("application/json", `{"wrap_info":{"token":"`+wt+`","accessor":"`+c.alnum(24)+`",`+c.decoy(`"ttl":1800`)+`,"creation_time":"2026-11-22T10:15:04.6Z",`+c.decoy(`"creation_path":"sys/wrapping/wrap"`)+`}}`)
			c.post("https://vault.acme.example/v1/sys/wrapping/unwrap", "application/json", `{"token":"`+wt+`"}`)
			c.get("https://vault.acme.example/ui/vault/tools/unwrap?wrappedToken=" + url.QueryEscape(wt))
		}},
		{cat, "bitwarden-access-token-in-signalr-hub", func(c *gcase) {
			at := c.secret("Bitwarden access_token (identity, negotiate, ws URL)", c.u13RS(strings.ToUpper(c.hexs(40)), `{"nbf":1795342500,"exp":1795346100,"iss":"https://vault.acme.example|login","sub":"`+c.uuid()+`","premium":true,"scope":["api","offline_access"],"amr":["Application"]}`))
			c.post("https://vault.acme.example/identity/connect/token", "application/x-www-form-urlencoded", "grant_type=refresh_token&client_id=web&refresh_token="+c.secret("Bitwarden refresh_token", c.pick(gAlnum+"-_", 86))).
				resp("application/json", `{"access_token":"`+at+`",`+c.decoy(`"expires_in":3600`)+`,"token_type":"Bearer","refresh_token":"`+c.secret("rotated refresh_token", c.pick(gAlnum+"-_", 86))+`"}`)
			c.post("https://vault.acme.example/notifications/hub/negotiate?"+c.decoy("negotiateVersion=1"), "text/plain;charset=UTF-8", "").rh("Authorization", "Bearer "+at).
				resp("application/json", `{`+c.decoy(`"connectionId":"`+c.pick(gB64uAlpha, 22)+`"`)+`,"connectionToken":"`+c.secret("SignalR connectionToken", c.pick(gB64uAlpha, 22))+`","negotiateVersion":1}`)
			c.get("wss://vault.acme.example/notifications/hub?access_token="+at).code(101).wsMsg("send", 1, c.decoy(`{"protocol":"messagepack","version":1}`)+"\x1e")
		}},
		{cat, "meraki-key-echoed-in-base64-state", func(c *gcase) {
			key := c.secret("Meraki API key (header, then base64 state blob)", c.hexs(40))
			c.get("https://api.meraki.com/api/v1/organizations/"+c.decoy("549236")+"/devices/statuses").rh("X-Cisco-Meraki-API-Key", key).resp("application/json", `[{`+c.decoy(`"serial":"Q2XX-ABCD-1234"`)+`,"status":"online"}]`)
			c.get("https://noc-dash.acme.example/#/org/549236?state=" + gB64(`{"k":"`+key+`","org":"549236","tab":"devices"}`))
		}},
	}
}

// 7. GraphQL in infrastructure consoles.
func u13GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "login-mutation-innocuous-variable-names", func(c *gcase) {
			c.post("https://nautobot.acme.example/api/graphql/", "application/json",
				`{"operationName":"Login","query":"mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt } }","variables":{"u":"netops","p":"`+c.secret("$p bound to login(password:)", c.u13Pw())+`"}}`).
				resp("application/json", `{"data":{"login":{"token":"`+c.secret("data.login.token", c.hs256JWT(`{"sub":"netops","exp":1795346100}`))+`",`+c.decoy(`"expiresAt":"2026-11-22T11:15:00Z"`)+`}}}`)
		}},
		{cat, "create-credential-input-object", func(c *gcase) {
			c.post("https://infra-portal.acme.example/graphql", "application/json",
				`{"operationName":"AddBmcCredential","query":"mutation AddBmcCredential($input: BmcCredentialInput!) { addBmcCredential(input: $input) { id } }","variables":{"input":{"host":"bmc-r14.mgmt.acme.example","username":"ADMIN","pass":"`+
					c.secret("variables.input.pass", c.u13Pw())+`","ipmiKgKey":"`+c.secret("variables.input.ipmiKgKey (IPMI Kg)", c.hexs(40))+`",`+c.decoy(`"cipherSuite":17`)+`}}}`).
				resp("application/json", `{"data":{"addBmcCredential":{"id":"`+c.decoy("QmNyZWQ6NDEy")+`"}}}`)
		}},
		{cat, "persisted-get-rotate-bmc-password", func(c *gcase) {
			h := c.decoy(c.hexs(64))
			vars := url.QueryEscape(`{"bmcId":"bmc-r14","newSecret":"` + c.secret("newSecret in persisted GET variables", c.u13Pw()) + `"}`)
			c.get("https://infra-portal.acme.example/graphql?operationName=RotateBmcPassword&variables=" + vars + "&extensions=" + url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"`+h+`"}}`))
		}},
		{cat, "batch-with-snmp-community-argument", func(c *gcase) {
			c.post("https://nautobot.acme.example/api/graphql/", "application/json",
				`[`+c.decoy(`{"query":"query { devices(site: \"dc2\") { name serial } }"}`)+`,{"query":"mutation SetSnmp($c: String!, $d: ID!) { setSnmpCommunity(device: $d, community: $c) { ok } }","variables":{"c":"`+c.secret("$c bound to setSnmpCommunity(community:)", c.alnum(16))+`","d":"`+c.decoy("RGV2aWNlOjEwNDI=")+`"}}]`)
		}},
		{cat, "inline-literal-site-token", func(c *gcase) {
			c.post("https://s1-proxy.acme.example/graphql", "application/json",
				`{"query":"mutation { registerAgentGroup(name: \"kiosk-fleet\", siteToken: \"`+c.secret(`inline siteToken: "S"`, c.b64s(60))+`\", `+c.decoy(`policy: \"detect-only\"`)+`) { id } }"}`)
		}},
		{cat, "response-aliases-hide-field-names", func(c *gcase) {
			c.post("https://infra-portal.acme.example/graphql", "application/json", `{"query":"mutation { r: rotateApiKey(service: \"netbox-sync\") { v: key e: expiresAt } }"}`).
				resp("application/json", `{"data":{"r":{"v":"`+c.secret("aliased key (r.v) in response", c.alnum(40))+`",`+c.decoy(`"e":"2027-05-22T00:00:00Z"`)+`}}}`)
		}},
		{cat, "graphql-ws-connection-init-auth", func(c *gcase) {
			e := c.get("wss://infra-portal.acme.example/graphql").code(101).rh("Sec-WebSocket-Protocol", c.decoy("graphql-transport-ws"))
			e.wsMsg("send", 1, `{"type":"connection_init","payload":{"X-Auth-Token":"`+c.secret("connection_init payload X-Auth-Token", c.hexs(32))+`","clientVersion":"`+c.decoy("4.12.0")+`"}}`)
			e.wsMsg("receive", 1, `{"type":"connection_ack"}`)
			e.wsMsg("send", 1, `{"id":"`+c.decoy(c.uuid())+`","type":"subscribe","payload":{"query":"subscription { jobUpdates(cluster: \"dc2\") { id state } }"}}`)
		}},
		{cat, "apq-post-without-query-wifi-psk", func(c *gcase) {
			c.post("https://unifi-portal.acme.example/graphql", "application/json",
				`{"operationName":"UpdateWlan","variables":{"id":"`+c.decoy("5f8a1c2b3d4e5f6a7b8c9d11")+`","input":{"ssid":"ACME-Guest","security":"wpapsk","psk":"`+c.secret("variables.input.psk (APQ, no query text)", c.u13Pw())+`",`+c.decoy(`"vlan":42`)+`}},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"`+c.decoy(c.hexs(64))+`"}}}`)
		}},
		{cat, "multipart-upload-with-passphrase-variable", func(c *gcase) {
			b := "----WebKitFormBoundaryG8vQ2mP4xR7tL1nZ"
			ops := `{"query":"mutation ($file: Upload!, $passphrase: String!) { importCertificate(file: $file, passphrase: $passphrase) { id notAfter } }","variables":{"file":null,"passphrase":"` + c.secret("variables.passphrase in multipart operations", c.u13Pw()) + `"}}`
			body := u13Part(b, "operations", "", ops) + u13Part(b, "map", "", c.decoy(`{"0":["variables.file"]}`)) + u13Part(b, "0", "; filename=\"vpn-gw.p12\"\r\nContent-Type: application/x-pkcs12", "0\x82\x09\x8c binary") + "--" + b + "--\r\n"
			c.post("https://infra-portal.acme.example/graphql", "multipart/form-data; boundary="+b, body)
		}},
		{cat, "response-secret-field-of-api-client", func(c *gcase) {
			c.post("https://infra-portal.acme.example/graphql", "application/json", `{"query":"query { apiClient(id: \"falcon-siem\") { clientId clientSecret createdAt } }"}`).
				resp("application/json", `{"data":{"apiClient":{`+c.decoy(`"clientId":"`+c.hexs(32)+`"`)+`,"clientSecret":"`+c.secret("data.apiClient.clientSecret", c.alnum(40))+`",`+c.decoy(`"createdAt":"2026-09-01T12:00:00Z"`)+`}}}`)
		}},
		{cat, "variables-credential-list", func(c *gcase) {
			c.post("https://nautobot.acme.example/api/graphql/", "application/json",
				`{"query":"mutation Onboard($d: [DeviceOnboardInput!]!) { onboardDevices(devices: $d) { jobId } }","variables":{"d":[{"ip":"10.20.1.11","platform":"cisco_ios","credentials":[{"kind":"ssh","user":"netops","pass":"`+c.secret("variables.d[0].credentials[0].pass", c.u13Pw())+`"},{"kind":"enable","secret":"`+
					c.secret("variables.d[0].credentials[1].secret", c.u13Pw())+`"}]},`+c.decoy(`{"ip":"10.20.1.12","platform":"cisco_nxos","credentials":[]}`)+`]}}`).
				resp("application/json", `{"data":{"onboardDevices":{"jobId":"`+c.decoy(c.uuid())+`"}}}`)
		}},
		{cat, "identity-protection-entities-personal", func(c *gcase) {
			c.post("https://api.us-2.crowdstrike.com/identity-protection/combined/graphql/v1", "application/json", `{"query":"{ entities(types: [USER], first: 2) { nodes { primaryDisplayName secondaryDisplayName riskScore ... on UserEntity { emailAddresses } } } }"}`).
				rh("Authorization", "Bearer "+c.secret("Falcon IdP bearer", c.u13RS(c.uuid(), `{"aud":"`+c.hexs(32)+`","exp":1795344301}`))).
				resp("application/json", `{"data":{"entities":{"nodes":[{"primaryDisplayName":"`+c.secret("primaryDisplayName (person)", "Oluwaseun Adeyemi-Clarke")+`","secondaryDisplayName":"CORP\\oadeyemi",`+c.decoy(`"riskScore":0.42`)+`,"emailAddresses":["`+c.secret("emailAddresses[0]", "oluwaseun.adeyemi-clarke@acme-corp.example")+`"]}]}},`+c.decoy(`"extensions":{"remainingPoints":499,"reset":9000}`)+`}`)
		}},
	}
}

// 8. Vendor token formats of the domain.
func u13Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "vault-init-unseal-keys-root-token", func(c *gcase) {
			k1, k2, k3 := c.hexs(66), c.hexs(66), c.hexs(66)
			c.secret("unseal key share 1 (hex)", k1)
			c.secret("unseal key share 2 (hex)", k2)
			c.secret("unseal key share 3 (hex)", k3)
			c.req("PUT", "https://vault.acme.example/v1/sys/init", "application/json", `{`+c.decoy(`"secret_shares":3`)+`,`+c.decoy(`"secret_threshold":2`)+`}`).
				resp("application/json", `{"keys":["`+k1+`","`+k2+`","`+k3+`"],"keys_base64":["`+c.secret("keys_base64[0]", c.b64s(33))+`","`+c.secret("keys_base64[1]", c.b64s(33))+`","`+c.secret("keys_base64[2]", c.b64s(33))+`"],"root_token":"`+c.secret("root_token hvs.", "hvs."+c.alnum(24))+`"}`)
			c.req("PUT", "https://vault.acme.example/v1/sys/unseal", "application/json", `{"key":"`+k2+`"}`).
				resp("application/json", `{"type":"shamir","initialized":true,"sealed":false,"t":2,"n":3,"progress":0,`+c.decoy(`"version":"1.18.1"`)+`,`+c.decoy(`"cluster_name":"vault-cluster-8a1b2c3d"`)+`}`)
		}},
		{cat, "okta-ssws-token-list", func(c *gcase) {
			c.get("https://acme-admin.okta.com/api/v1/api-tokens").rh("Authorization", "SSWS "+c.secret("SSWS 00-token", "00"+c.pick(gAlnum+"-_", 40))).
				sh("x-rate-limit-remaining", c.decoy("598"), "X-Okta-Request-Id", c.decoy(c.pick(gAlnum, 27))).
				resp("application/json", `[{`+c.decoy(`"id":"00Tabcdefg1234567890"`)+`,"name":"terraform","userId":"00u1a2b3c4D5e6F7g8h9","clientName":"Okta API",`+c.decoy(`"tokenWindow":"P30D"`)+`,"created":"2026-06-01T09:00:00.000Z"}]`)
		}},
		{cat, "keystone-fernet-and-application-credential", func(c *gcase) {
			fernet := c.secret("Keystone Fernet X-Subject-Token", "gAAAAAB"+c.pick(gB64uAlpha, 176))
			c.post("https://keystone.acme.example:5000/v3/auth/tokens", "application/json", `{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"admin","domain":{"name":"Default"},"password":"`+c.secret("Keystone password auth", c.u13Pw())+`"}}},"scope":{"project":{"name":"admin","domain":{"name":"Default"}}}}}`).code(201).
				sh("X-Subject-Token", fernet, "Vary", "X-Auth-Token", "x-openstack-request-id", c.decoy("req-"+c.uuid())).
				resp("application/json", `{"token":{"methods":["password"],`+c.decoy(`"expires_at":"2026-11-22T11:15:03.000000Z"`)+`,"audit_ids":["`+c.pick(gB64uAlpha, 22)+`"]}}`)
			c.post("https://keystone.acme.example:5000/v3/users/"+c.decoy(c.hexs(32))+"/application_credentials", "application/json", `{"application_credential":{"name":"ci-terraform","roles":[{"name":"member"}]}}`).rh("X-Auth-Token", fernet).
				resp("application/json", `{"application_credential":{`+c.decoy(`"id":"`+c.hexs(32)+`"`)+`,"name":"ci-terraform","secret":"`+c.secret("application_credential.secret", c.b64u(64))+`","unrestricted":false}}`)
			c.get("https://horizon.acme.example/dashboard/project/instances/").rh("Cookie", "csrftoken="+c.secret("Horizon csrftoken cookie", c.alnum(64))+"; sessionid="+c.secret("Horizon sessionid cookie", c.pick(gLower+gDigits, 32))+"; "+c.decoy("login_region=https://keystone.acme.example:5000/v3"))
		}},
		{cat, "falcon-installation-token", func(c *gcase) {
			c.post("https://api.us-2.crowdstrike.com/installation-tokens/entities/tokens/v1", "application/json", `{"label":"kiosk-fleet","expires_timestamp":"2027-01-01T00:00:00Z"}`).
				rh("Authorization", "Bearer "+c.secret("Falcon bearer (installation tokens)", c.u13RS(c.uuid(), `{"aud":"`+c.hexs(32)+`","exp":1795344302,"iss":"https://api.crowdstrike.com/"}`))).
				resp("application/json", `{"meta":{"query_time":0.041,`+c.decoy(`"trace_id":"`+c.uuid()+`"`)+`},"resources":[{"id":"`+c.decoy(c.uuid())+`","value":"`+c.secret("installation token value", c.pick(gAlnum, 32))+`","label":"kiosk-fleet","status":"valid"}],"errors":[]}`)
		}},
		{cat, "sentinelone-apitoken-and-site-token", func(c *gcase) {
			sk := c.secret("site_key inside the site token", c.hexs(16))
			site := c.secret("SentinelOne site registration token", gB64(`{"url": "https://usea1-acme.sentinelone.net", "site_key": "`+sk+`"}`))
			c.get("https://usea1-acme.sentinelone.net/web/api/v2.1/sites/"+c.decoy("1470693279453416449")+"/token").
				rh("Authorization", "ApiToken "+c.secret("ApiToken (ES256 JWT)", gB64u(`{"kid":"us-east-1-prod-0","alg":"ES256"}`)+"."+gB64u(`{"sub":"svc-soar@acme.example","iss":"authn-us-east-1-prod","deployment_id":"31337","type":"user","exp":1826878500,"jti":"`+c.uuid()+`"}`)+"."+c.b64u(64))).
				resp("application/json", `{"data":{"token":"`+site+`"}}`)
		}},
		{cat, "beyondtrust-ps-auth-header", func(c *gcase) {
			c.post("https://pws.acme.example/BeyondTrust/api/public/v3/Auth/SignAppin", "application/json", "").
				rh("Authorization", "PS-Auth key="+c.secret("PS-Auth key (128 hex)", c.hexs(128))+"; runas=svc-orchestrator; pwd=["+c.secret("PS-Auth pwd=[...]", c.u13Pw())+"];").
				sh("Set-Cookie", "ASP.NET_SessionId="+c.secret("ASP.NET_SessionId", c.pick(gLower+"012345", 24))+"; path=/; secure; HttpOnly; SameSite=Lax").
				resp("application/json", `{"UserId":12,"SID":null,"EmailAddress":null,"UserName":"svc-orchestrator",`+c.decoy(`"Name":"svc-orchestrator"`)+`}`)
			c.post("https://pws.acme.example/BeyondTrust/api/public/v3/Requests", "application/json", `{"SystemID":41,"AccountID":118,"DurationMinutes":60,`+c.decoy(`"Reason":"CHG0041301"`)+`}`).resp("application/json", c.decoy("2381"))
		}},
		{cat, "bitwarden-identity-token-encstrings", func(c *gcase) {
			email := c.secret("login e-mail (form and Auth-Email)", "ramunas.vaitkevicius@acme-corp.example")
			dev := c.decoy(c.uuid())
			c.post("https://vault.acme.example/identity/connect/token", "application/x-www-form-urlencoded",
				"scope=api%20offline_access&client_id=web&deviceType=10&deviceIdentifier="+dev+"&deviceName=firefox&grant_type=password&username="+url.QueryEscape(email)+"&password="+url.QueryEscape(c.secret("master password hash (base64)", c.b64s(32)))).
				rh("Auth-Email", gB64u(email), "Bitwarden-Client-Name", c.decoy("web"), "Bitwarden-Client-Version", "2024.11.2").
				resp("application/json", `{"Kdf":0,`+c.decoy(`"KdfIterations":600000`)+`,"Key":"`+c.secret("protected symmetric key (EncString)", "2."+c.b64s(16)+"|"+c.b64s(64)+"|"+c.b64s(32))+`","PrivateKey":"`+c.secret("protected private key (EncString)", "2."+c.b64s(16)+"|"+c.b64s(400)+"|"+c.b64s(32))+
					`","ResetMasterPassword":false,"access_token":"`+c.secret("identity access_token", c.u13RS(strings.ToUpper(c.hexs(40)), `{"nbf":1795342500,"exp":1795346100,"sub":"`+c.uuid()+`"}`))+`",`+c.decoy(`"expires_in":3600`)+`,"token_type":"Bearer","scope":"api offline_access"}`)
		}},
		{cat, "entra-client-credentials-secret", func(c *gcase) {
			ten := c.decoy(c.uuid())
			sec := c.secret("Entra client secret (8Q~)", c.pick(gAlnum, 3)+"8Q~"+c.pick(gAlnum+"_~.-", 34))
			c.post("https://login.microsoftonline.com/"+ten+"/oauth2/v2.0/token", "application/x-www-form-urlencoded",
				"client_id="+c.decoy(c.uuid())+"&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&client_secret="+url.QueryEscape(sec)+"&grant_type=client_credentials").
				resp("application/json", `{"token_type":"Bearer","expires_in":3599,`+c.decoy(`"ext_expires_in":3599`)+`,"access_token":"`+c.secret("Graph app-only access_token", c.u13RS(c.pick(gB64uAlpha, 27), `{"aud":"https://graph.microsoft.com","iss":"https://sts.windows.net/`+ten+`/","roles":["DeviceManagementManagedDevices.Read.All"],"exp":1795346100}`))+`"}`)
		}},
		{cat, "pveapitoken-and-truenas-api-key", func(c *gcase) {
			c.get("https://pve1.acme.example:8006/api2/json/cluster/resources?"+c.decoy("type=vm")).rh("Authorization", "PVEAPIToken=terraform@pve!ci="+c.secret("PVEAPIToken secret (UUID)", c.uuid())).
				resp("application/json", `{"data":[{`+c.decoy(`"id":"qemu/101"`)+`,"vmid":101,"node":"pve1","status":"running"}]}`)
			c.get("https://truenas01.acme.example/api/v2.0/pool").rh("Authorization", "Bearer "+c.secret("TrueNAS API key 1-...", "1-"+c.alnum(64))).
				resp("application/json", `[{"id":1,"name":"tank",`+c.decoy(`"guid":"10817123399123456789"`)+`,"status":"ONLINE"}]`)
		}},
		{cat, "tailscale-api-and-auth-keys", func(c *gcase) {
			id := "k" + c.alnum(10) + "CNTRL"
			c.post("https://api.tailscale.com/api/v2/tailnet/-/keys", "application/json", `{"capabilities":{"devices":{"create":{"reusable":false,"ephemeral":true,"preauthorized":true,"tags":["tag:ci"]}}},`+c.decoy(`"expirySeconds":86400`)+`}`).
				rh("Authorization", "Bearer "+c.secret("tskey-api- key", "tskey-api-k"+c.alnum(10)+"CNTRL-"+c.alnum(33))).
				resp("application/json", `{`+c.decoy(`"id":"`+id+`"`)+`,"key":"`+c.secret("tskey-auth- key", "tskey-auth-"+id+"-"+c.alnum(33))+`","created":"2026-11-22T10:15:05Z",`+c.decoy(`"expires":"2026-11-23T10:15:05Z"`)+`}`)
		}},
		{cat, "duo-authproxy-cfg-ikey-skey", func(c *gcase) {
			cfg := "[ad_client]\nhost=10.0.0.5\nservice_account_username=svc-duo\nservice_account_password=" + c.secret("authproxy service_account_password", c.u13Pw()) + "\nsearch_dn=DC=corp,DC=acme\n\n[radius_server_auto]\nikey=DI" + c.u13Upper(18) + "\nskey=" + c.secret("Duo skey (40 alnum)", c.alnum(40)) + "\n" +
				c.decoy("api_host=api-3f2a9c1b.duosecurity.com") + "\nradius_ip_1=10.0.0.20\nradius_secret_1=" + c.secret("radius_secret_1", c.alnum(20)) + "\n" + c.decoy("failmode=safe") + "\n" + c.decoy("port=1812") + "\n"
			c.req("PUT", "https://cfg.acme.example/api/v1/files/duo/authproxy.cfg", "text/plain; charset=utf-8", cfg).resp("application/json", `{`+c.decoy(`"revision":"r4182"`)+`}`)
		}},
		{cat, "jamf-pro-api-client-credentials", func(c *gcase) {
			c.post("https://acme.jamfcloud.com/api/oauth/token", "application/x-www-form-urlencoded", "client_id="+c.decoy(c.uuid())+"&grant_type=client_credentials&client_secret="+c.secret("Jamf API client_secret", c.pick(gAlnum+"-_", 64))).
				resp("application/json", `{"access_token":"`+c.secret("Jamf access_token", c.pick(gAlnum+"-_", 120))+`",`+c.decoy(`"scope":"api-role:3"`)+`,"token_type":"Bearer",`+c.decoy(`"expires_in":59`)+`}`)
		}},
	}
}

// 9. Cards, free-text credential phrases and configuration snippets.
func u13CardsPhrases() []gdef {
	const cat = "9.cards-phrases"
	return []gdef{
		{cat, "cisco-ios-running-config", func(c *gcase) {
			conf := "!\n" + c.decoy("version 15.2") + "\nhostname core-sw1\n!\nenable secret 9 " + c.secret("enable secret 9 hash", "$9$"+c.pick(gAlnum+"./", 14)+"$"+c.pick(gAlnum+"./", 43)) + "\n!\nusername netadmin privilege 15 secret 9 " + c.secret("username secret 9 hash", "$9$"+c.pick(gAlnum+"./", 14)+"$"+c.pick(gAlnum+"./", 43)) +
				"\n!\naaa new-model\ntacacs server ISE\n address ipv4 10.0.0.30\n key 7 " + c.secret("tacacs key 7", strings.ToUpper(c.hexs(22))) + "\n!\nsnmp-server community " + c.secret("snmp-server community", c.alnum(14)) + " RO 99\ncrypto isakmp key " + c.secret("crypto isakmp key", c.alnum(20)) + " address 203.0.113.9\n!\n" +
				c.decoy("interface GigabitEthernet0/1\n ip address 10.10.0.1 255.255.255.0") + "\n!\nend\n"
			c.get("https://oxidized.acme.example/node/fetch/core-sw1").resp("text/plain", conf)
		}},
		{cat, "asa-snippet-in-change-request", func(c *gcase) {
			c.post("https://acme.service-now.com/api/now/table/change_request", "application/json", gJS(map[string]any{"short_description": c.decoy("Re-key DC2 tunnel on asa-edge-01"),
				"implementation_plan": "conf t\ntunnel-group 203.0.113.9 type ipsec-l2l\ntunnel-group 203.0.113.9 ipsec-attributes\n ikev1 pre-shared-key " + c.secret("ASA ikev1 pre-shared-key", c.alnum(24)) + "\n ikev2 remote-authentication pre-shared-key " + c.secret("ASA ikev2 remote pre-shared-key", c.alnum(24)) +
					"\naaa-server CORP-LDAP (inside) host 10.0.0.5\n ldap-login-password " + c.secret("ASA ldap-login-password", c.u13Pw()) + "\n ldap-login-dn CN=svc-asa,OU=Service,DC=corp\nwrite mem", "cmdb_ci": c.decoy("asa-edge-01")}))
		}},
		{cat, "junos-set-commands", func(c *gcase) {
			c.req("PATCH", "https://netbox.acme.example/api/extras/config-contexts/17/", "application/json", gJS(map[string]any{"name": "junos-base", "data": map[string]any{"lines": []string{
				"set system root-authentication encrypted-password \"" + c.secret("junos encrypted-password $6$", "$6$"+c.pick(gAlnum+"./", 8)+"$"+c.pick(gAlnum+"./", 86)) + "\"",
				"set snmp community " + c.secret("junos snmp community", c.alnum(14)) + " authorization read-only",
				"set system radius-server 10.0.0.31 secret \"" + c.secret("junos radius secret $9$", "$9$"+c.pick(gAlnum+"./-", 24)) + "\"",
				c.decoy("set system ntp server 10.0.0.1"), c.decoy("set system time-zone Europe/Amsterdam")}}}))
		}},
		{cat, "ticket-free-text-bmc-default-passwords", func(c *gcase) {
			c.post("https://acme.service-now.com/api/now/table/incident", "application/json", gJS(map[string]any{"short_description": c.decoy("DL380 Gen11 rack 14 iLO unreachable"),
				"comments": "Replaced the board. The iLO default password on the pull tab is " + c.secret("iLO default password in prose", c.u13Upper(8)) + ", and the iDRAC root password is now " + c.secret("iDRAC root password in prose", c.u13Pw()) + " until we rotate. " + c.decoy("Firmware updated to 3.04."),
				"cmdb_ci":  c.decoy("ilo-dl380-14")}))
		}},
		{cat, "chat-unseal-key-and-wifi-psk", func(c *gcase) {
			c.post("https://teams.microsoft.com/api/chatsvc/emea/v1/users/ME/conversations/19%3Aabc%40thread.v2/messages", "application/json", gJS(map[string]any{"content": "<p>unseal key 3 for vault-dc2 is " + c.secret("unseal key in chat prose", c.b64s(33)) + " - delete after use</p><p>guest wlan psk: " + c.secret("psk: X in chat", c.u13Pw()) + "</p>",
				"messagetype": "RichText/Html", "clientmessageid": c.decoy(c.digits(19))}))
		}},
		{cat, "delinea-credit-card-template", func(c *gcase) {
			v := c.card("4", 16)
			c.get("https://acme.secretservercloud.com/api/v1/secrets/5201").resp("application/json", `{"id":5201,"name":"Corporate AWS billing card",`+c.decoy(`"secretTemplateName":"Credit Card"`)+`,"items":[{"fieldName":"Card Number","slug":"card-number","itemValue":"`+c.secret("Card Number item (Luhn)", v)+`"},`+
				`{"fieldName":"Expiration Date","slug":"expiration-date","itemValue":"09/29"},{"fieldName":"Name on Card","slug":"name-on-card","itemValue":"`+c.secret("Name on Card", "Benedikta Szymanowska")+`"},`+c.decoy(`{"fieldName":"Card Type","slug":"card-type","itemValue":"Visa"}`)+`]}`)
		}},
		{cat, "card-in-jamf-notes-and-po-decoy", func(c *gcase) {
			mc := c.card("52", 16)
			inv := mc[:15] + string('0'+(mc[15]-'0'+1)%10)
			c.req("PATCH", "https://acme.jamfcloud.com/api/v1/computers-inventory-detail/412", "application/json", gJS(map[string]any{"general": map[string]any{"assetTag": "ACME-00412"},
				"purchasing":          map[string]any{"poNumber": c.decoy("PO-2026-004417"), "vendor": "Apple", "appleCareId": c.decoy(inv)},
				"extensionAttributes": []any{map[string]any{"definitionId": "11", "values": []string{"AppleCare bought with p-card " + c.secret("Mastercard in notes (grouped)", gGroup4(mc, " ")) + " exp 09/28"}}}}))
		}},
		{cat, "wireguard-config-export", func(c *gcase) {
			conf := "[Interface]\nPrivateKey = " + c.secret("WireGuard PrivateKey", c.b64s(32)) + "\nAddress = 10.8.0.2/32\nDNS = 10.8.0.1\n\n[Peer]\n" + c.decoy("PublicKey = "+c.b64s(32)) + "\nPresharedKey = " + c.secret("WireGuard PresharedKey", c.b64s(32)) + "\n" + c.decoy("Endpoint = vpn.acme.example:51820") + "\nAllowedIPs = 10.0.0.0/8\nPersistentKeepalive = 25\n"
			c.get("https://opnsense.acme.example/api/wireguard/client/export?"+c.decoy("peer=9c1e2f30-4a5b-4c6d-8e7f-90a1b2c3d4e5")).resp("application/json", gJS(map[string]any{"status": "ok", "content": conf, "filename": c.decoy("wg-laptop-0231.conf")}))
		}},
		{cat, "jamf-script-createaccount-flags", func(c *gcase) {
			script := "#!/bin/bash\n# " + c.decoy("Create the local support admin") + "\n/usr/local/bin/jamf createAccount -username ladmin -realname \"Local Admin\" -password '" + c.secret("jamf createAccount -password", c.u13Pw()) + "' -admin -hiddenUser\n" +
				"sysadminctl -addUser kiosk -fullName \"Kiosk\" -password " + c.secret("sysadminctl -password", c.u13Pw()) + " -adminUser ladmin -adminPassword '" + c.secret("sysadminctl -adminPassword", c.u13Pw()) + "'\nexit 0\n"
			c.post("https://acme.jamfcloud.com/api/v1/scripts", "application/json", gJS(map[string]any{"name": "create-ladmin", "priority": "AFTER", "scriptContents": script, "categoryId": c.decoy("7")}))
		}},
		{cat, "intune-powershell-script-base64", func(c *gcase) {
			ps := "$SecurePassword = ConvertTo-SecureString '" + c.secret("ConvertTo-SecureString literal (base64 scriptContent)", c.u13Pw()) + "' -AsPlainText -Force\r\nNew-LocalUser -Name 'kioskadm' -Password $SecurePassword -PasswordNeverExpires\r\nnet user svc-print " + c.secret("net user <name> <password>", c.u13Pw()) + " /add\r\n"
			c.post("https://graph.microsoft.com/beta/deviceManagement/deviceManagementScripts", "application/json", gJS(map[string]any{"displayName": c.decoy("Kiosk local admin"), "scriptContent": gB64(ps), "runAsAccount": "system", "enforceSignatureCheck": false, "fileName": c.decoy("kiosk-admin.ps1")}))
		}},
		{cat, "localized-free-text-phrases", func(c *gcase) {
			c.post("https://helpdesk.acme-gruppe.example/api/v2/tickets/8812/comments", "application/json", gJS(map[string]any{"body": "Hallo, das Passwort lautet " + c.secret("das Passwort lautet X", c.u13Pw()) + ". Le mot de passe est " + c.secret("le mot de passe est X", c.u13Pw()) + " pour le NAS. La contraseña es " + c.secret("la contraseña es X", c.u13Pw()) + ".", "public": false, "author_id": c.decoy("403218")}))
		}},
		{cat, "unattend-xml-administrator-password", func(c *gcase) {
			x := `<?xml version="1.0" encoding="utf-8"?><unattend xmlns="urn:schemas-microsoft-com:unattend"><settings ` + c.decoy(`pass="oobeSystem"`) + `><component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" ` + c.decoy(`publicKeyToken="31bf3856ad364e35"`) + ` language="neutral" versionScope="nonSxS"><UserAccounts><AdministratorPassword><Value>` +
				c.secret("AdministratorPassword/Value", c.u13Pw()) + `</Value><PlainText>true</PlainText></AdministratorPassword></UserAccounts><AutoLogon><Password><Value>` + c.secret("AutoLogon/Password/Value", c.u13Pw()) + `</Value><PlainText>true</PlainText></Password>` + c.decoy(`<Enabled>true</Enabled><LogonCount>1</LogonCount>`) + `<Username>Administrator</Username></AutoLogon>` +
				c.decoy(`<TimeZone>W. Europe Standard Time</TimeZone>`) + `</component></settings></unattend>`
			c.req("PUT", "https://wds.acme.example/api/unattend/kiosk.xml", "application/xml", x)
		}},
	}
}

// 10. Personal data in identity consoles.
func u13Personal() []gdef {
	const cat = "10.personal"
	return []gdef{
		{cat, "entra-signin-logs", func(c *gcase) {
			c.get("https://graph.microsoft.com/v1.0/auditLogs/signIns?$top=1").resp("application/json",
				`{"value":[{"id":"`+c.decoy(c.uuid())+`","createdDateTime":"2026-11-22T09:58:12Z","userDisplayName":"`+c.secret("signIn userDisplayName", "Anneliese Vandermeulen")+`","userPrincipalName":"`+c.secret("signIn userPrincipalName", "anneliese.vandermeulen@contoso-corp.example")+`",`+
					`"userId":"`+c.uuid()+`",`+c.decoy(`"appDisplayName":"Microsoft Intune Company Portal"`)+`,"ipAddress":"`+c.secret("signIn ipAddress (user's client IP)", "198.51.100.77")+`",`+c.decoy(`"clientAppUsed":"Mobile Apps and Desktop clients"`)+`,`+
					c.decoy(`"correlationId":"`+c.uuid()+`"`)+`,"status":{`+c.decoy(`"errorCode":50126`)+`,"failureReason":"Invalid username or password."}}]}`)
		}},
		{cat, "okta-system-log-actor-client", func(c *gcase) {
			c.get("https://acme-admin.okta.com/api/v1/logs?"+c.decoy("filter=eventType+eq+%22user.session.start%22")).resp("application/json",
				`[{"actor":{"id":"00u2b3c4d5E6f7G8h9i0","type":"User","alternateId":"`+c.secret("actor.alternateId", "tomasz.wielgosz@acme-corp.example")+`","displayName":"`+c.secret("actor.displayName", "Tomasz Wielgosz")+`"},`+
					`"client":{"userAgent":{`+c.decoy(`"browser":"CHROME"`)+`},"ipAddress":"`+c.secret("client.ipAddress", "203.0.113.141")+`","geographicalContext":{"city":"Gdansk","country":"Poland"}},`+
					c.decoy(`"eventType":"user.session.start"`)+`,"outcome":{"result":"SUCCESS"},`+c.decoy(`"uuid":"`+c.uuid()+`"`)+`,"published":"2026-11-22T09:58:13.412Z"}]`)
		}},
		{cat, "keycloak-admin-users-list", func(c *gcase) {
			c.get("https://sso.acme.example/admin/realms/acme/users?"+c.decoy("briefRepresentation=false")+"&first=0&max=20").resp("application/json",
				`[{"id":"`+c.decoy(c.uuid())+`",`+c.decoy(`"createdTimestamp":1761120000123`)+`,"username":"mhoffmann","enabled":true,"emailVerified":true,"firstName":"`+c.secret("firstName", "Mechthild")+`","lastName":"`+c.secret("lastName", "Hoffmann-Yilmaz")+`",`+
					`"email":"`+c.secret("email", "mechthild.hoffmann-yilmaz@acme-corp.example")+`","attributes":{"mobile":["`+c.secret("attributes.mobile", "+49 151 23456789")+`"],`+c.decoy(`"department":["Treasury"]`)+`}}]`)
		}},
		{cat, "intune-managed-devices", func(c *gcase) {
			c.get("https://graph.microsoft.com/v1.0/deviceManagement/managedDevices?$select=deviceName,userPrincipalName").resp("application/json",
				`{"value":[{"id":"`+c.decoy(c.uuid())+`",`+c.decoy(`"deviceName":"DESKTOP-7Q2K9LM"`)+`,"userPrincipalName":"`+c.secret("managedDevice userPrincipalName", "siddharth.raghunathan@contoso-corp.example")+`","userDisplayName":"`+c.secret("managedDevice userDisplayName", "Siddharth Raghunathan")+`",`+
					`"emailAddress":"`+c.secret("managedDevice emailAddress", "s.raghunathan@contoso-corp.example")+`","phoneNumber":"`+c.secret("managedDevice phoneNumber", "+1 206 555 0184")+`",`+c.decoy(`"serialNumber":"PF3XK2QZ"`)+`,`+c.decoy(`"osVersion":"10.0.22631.4460"`)+`,`+c.decoy(`"complianceState":"compliant"`)+`}]}`)
		}},
		{cat, "jamf-user-and-location", func(c *gcase) {
			c.get("https://acme.jamfcloud.com/api/v1/computers-inventory/413?section=USER_AND_LOCATION").resp("application/json",
				`{"id":"413","userAndLocation":{"username":"pnakamura","realname":"`+c.secret("userAndLocation.realname", "Priyanka Nakamura-Osei")+`","email":"`+c.secret("userAndLocation.email", "priyanka.nakamura-osei@acme-corp.example")+`",`+c.decoy(`"position":"Controller"`)+`,"phone":"`+c.secret("userAndLocation.phone", "+1 617 555 0148")+`",`+
					c.decoy(`"departmentId":"4"`)+`,`+c.decoy(`"room":"4-112"`)+`}}`)
		}},
		{cat, "falcon-host-external-ip", func(c *gcase) {
			c.get("https://api.us-2.crowdstrike.com/devices/entities/devices/v2?ids="+c.decoy(c.hexs(32))).resp("application/json",
				`{"resources":[{`+c.decoy(`"hostname":"WS-FIN-0231"`)+`,"external_ip":"`+c.secret("external_ip (user's public IP)", "198.51.100.203")+`","local_ip":"10.20.31.44",`+c.decoy(`"agent_version":"7.18.18710.0"`)+`,`+c.decoy(`"os_version":"Windows 11"`)+`,"last_login_user":"CORP\\gkaramanlis"}]}`)
		}},
		{cat, "adfs-wsfed-wresult-claims", func(c *gcase) {
			rstr := `<t:RequestSecurityTokenResponse xmlns:t="http://schemas.xmlsoap.org/ws/2005/02/trust"><t:RequestedSecurityToken><saml:Assertion MajorVersion="1" MinorVersion="1" AssertionID="_` + c.uuid() + `" Issuer="http://sts.contoso-corp.example/adfs/services/trust" xmlns:saml="urn:oasis:names:tc:SAML:1.0:assertion"><saml:AttributeStatement>` +
				`<saml:Attribute AttributeName="emailaddress" AttributeNamespace="http://schemas.xmlsoap.org/ws/2005/05/identity/claims"><saml:AttributeValue>` + c.secret("emailaddress claim", "leocadia.fernandez-ruiz@contoso-corp.example") + `</saml:AttributeValue></saml:Attribute>` +
				`<saml:Attribute AttributeName="givenname" AttributeNamespace="http://schemas.xmlsoap.org/ws/2005/05/identity/claims"><saml:AttributeValue>` + c.secret("givenname claim", "Leocadia") + `</saml:AttributeValue></saml:Attribute>` +
				`<saml:Attribute AttributeName="surname" AttributeNamespace="http://schemas.xmlsoap.org/ws/2005/05/identity/claims"><saml:AttributeValue>` + c.secret("surname claim", "Fernandez-Ruiz") + `</saml:AttributeValue></saml:Attribute>` +
				`</saml:AttributeStatement><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignatureValue>` + c.secret("wresult assertion SignatureValue", c.b64s(256)) + `</ds:SignatureValue></ds:Signature></saml:Assertion></t:RequestedSecurityToken></t:RequestSecurityTokenResponse>`
			c.get("https://sts.contoso-corp.example/adfs/ls/?wa=wsignin1.0&wtrealm=https%3A%2F%2Fsharepoint.acme.example%2F").resp("text/html", `<html><body><form method="POST" name="hiddenform" action="https://sharepoint.acme.example/_trust/"><input type="hidden" name="wa" value="wsignin1.0" /><input type="hidden" name="wresult" value="`+html.EscapeString(rstr)+`" />`+c.decoy(`<input type="hidden" name="wctx" value="https://sharepoint.acme.example/_layouts/15/Authenticate.aspx" />`)+`</form></body></html>`)
			c.post("https://sharepoint.acme.example/_trust/", "application/x-www-form-urlencoded", "wa=wsignin1.0&wresult="+url.QueryEscape(rstr)+"&wctx="+url.QueryEscape("https://sharepoint.acme.example/_layouts/15/Authenticate.aspx"))
		}},
		{cat, "ssl-vpn-monitor-and-client-ip-headers", func(c *gcase) {
			c.get("https://fw01.acme.example/api/v2/monitor/vpn/ssl?"+c.decoy("vdom=root")).
				rh("X-Forwarded-For", c.secret("X-Forwarded-For (admin's client IP)", "192.0.2.188")+", 10.0.0.2", "True-Client-IP", c.secret("True-Client-IP", "192.0.2.189")).
				set("serverIPAddress", c.decoy("203.0.113.2")).
				resp("application/json", `{"results":[{"index":0,"user_name":"ekowalczyk","remote_host":"`+c.secret("SSL-VPN remote_host (user's public IP)", "198.51.100.14")+`",`+c.decoy(`"last_login_time":1795340000`)+`,"subsessions":[{"aip":"10.212.134.200",`+c.decoy(`"mode":"Tunnel"`)+`}]}],`+c.decoy(`"build":2662`)+`}`)
		}},
		{cat, "mfa-phone-enrollment", func(c *gcase) {
			c.post("https://acme.okta.com/api/v1/users/me/factors", "application/json", `{"factorType":"sms","provider":"OKTA","profile":{"phoneNumber":"`+c.secret("Okta sms factor phoneNumber", "+1 415 555 0132")+`"}}`).
				resp("application/json", `{`+c.decoy(`"id":"mbl1a2b3c4D5e6F7g8h9"`)+`,`+c.decoy(`"factorType":"sms"`)+`,"status":"PENDING_ACTIVATION"}`)
			c.get("https://graph.microsoft.com/v1.0/me/authentication/phoneMethods").resp("application/json",
				`{"value":[{`+c.decoy(`"id":"3179e48a-750b-4051-897c-87b9720928f7"`)+`,"phoneNumber":"`+c.secret("Entra phoneMethods phoneNumber", "+1 2065550123")+`",`+c.decoy(`"phoneType":"mobile"`)+`,"smsSignInState":"notAllowedByPolicy"}]}`)
		}},
		{cat, "scim-user-provisioning", func(c *gcase) {
			c.post("https://scim.netbox.acme.example/scim/v2/Users", "application/scim+json",
				`{`+c.decoy(`"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]`)+`,"userName":"`+c.secret("SCIM userName (UPN)", "eberhardt.ngcobo@acme-corp.example")+`","name":{"givenName":"`+c.secret("SCIM name.givenName", "Eberhardt")+`","familyName":"`+c.secret("SCIM name.familyName", "Ngcobo-Lindahl")+`","formatted":"`+c.secret("SCIM name.formatted", "Eberhardt Ngcobo-Lindahl")+`"},`+
					`"emails":[{"value":"`+c.secret("SCIM emails[0].value", "e.ngcobo@acme-corp.example")+`",`+c.decoy(`"type":"work"`)+`,"primary":true}],"phoneNumbers":[{"value":"`+c.secret("SCIM phoneNumbers[0].value", "+27 21 555 0199")+`","type":"mobile"}],`+c.decoy(`"active":true`)+`,"externalId":"`+c.decoy(c.uuid())+`"}`).code(201)
		}},
		{cat, "bitwarden-organization-members", func(c *gcase) {
			c.get("https://vault.acme.example/api/organizations/"+c.decoy(c.uuid())+"/users?"+c.decoy("includeCollections=true")).resp("application/json",
				`{"data":[{"id":"`+c.decoy(c.uuid())+`","userId":"`+c.uuid()+`","name":"`+c.secret("member name", "Wilhelmina Achterberg")+`","email":"`+c.secret("member email", "w.achterberg@acme-corp.example")+`",`+c.decoy(`"twoFactorEnabled":true`)+`,"status":2,"type":1,"object":"organizationUserUserDetails"}],"object":"list","continuationToken":null}`)
		}},
	}
}

// heldout13Open lists the cases of this corpus the engine does not handle
// yet, each with the missing mechanism. They are reported, not failed; any
// other leak or lost decoy fails the test, and so does an entry here that
// no longer leaks (the list only shrinks).
var heldout13Open = map[string]string{
	"9.cards-phrases/delinea-credit-card-template: Name on Card":                                                  "personal data in pairs: {fieldName: Name on Card, itemValue: S} names a person through a descriptive field name",
	"1.names/synology-dsm-passwd-sid-synotoken: DSM device_id (trusted-device token)":                             "weak name device_id (id) with a long generated value: DSM's trusted-device token (did) is judged an identifier",
	"lost 1.names/synology-dsm-passwd-sid-synotoken: enable_syno_token=yes":                                       "flag values under token-named parameters: a yes/no switch (enable_syno_token=yes) is redacted as a token",
	"lost 1.names/ilo-json-login-session-key: \\\"user_name\\\":\\\"Administrator\\\"":                            "personal data: a built-in account name (Administrator) under user_name is pseudonymised as a person's login",
	"10.personal/ssl-vpn-monitor-and-client-ip-headers: SSL-VPN remote_host (user's public IP)":                   "personal data: the client IP under FortiGate's remote_host is not recognised as the user's IP (only ip/address-named fields)",
	"2.pairs/intune-oma-uri-settings: omaSetting value for .../Users/kiosk01/Password":                            "pairs as data: an OMA-URI path ending in /Password does not make the sibling value secret (path-shaped name in omaUri)",
	"lost 2.pairs/intune-oma-uri-settings: {\\\"@odata.type\\\":\\\"#microsoft.graph.omaSettin...":                "personal data: displayName of Graph configuration objects (policies, OMA settings, scripts) pseudonymised as a person name",
	"2.pairs/vim25-optionvalue-key-value: OptionValue snmp.receiver.1.community":                                  "name word not recognised: SNMP community strings (community) are not secret names, in vim25 OptionValue key/value pairs",
	"lost 2.pairs/wlan-profile-keymaterial-descriptor: <authentication>WPA2PSK</authentication><encr...":          "strong word in an element name (authentication) redacts an enumerated mode (WPA2PSK); no exemption for enum-like values",
	"lost 3.unnamed/passbolt-setup-and-recover-uuid-links: ead990d6-4d36-43f1-a461-08d9b61e02b6":                  "unnamed: the user-id UUID before the capability token in Passbolt /setup/... paths is redacted instead of the token (and its JSON echo under id)",
	"3.unnamed/synology-sharing-and-chat-links: DSM sharing link id":                                              "unnamed: short (9-char) share capability segments (/sharing/<id>, gofile.me/<x>/<code>) are below the value-shape threshold and have no capability path word",
	"3.unnamed/synology-sharing-and-chat-links: gofile.me QuickConnect share code":                                "unnamed: short (9-char) share capability segments (/sharing/<id>, gofile.me/<x>/<code>) are below the value-shape threshold and have no capability path word",
	"3.unnamed/intune-enrollment-and-jamf-invitation-paths: Jamf enrollment invitation id in path":                "unnamed: an all-digit capability (30-digit Jamf invitation id) in a path segment is judged a number/identifier",
	"4.carriers/pfsense-xmlrpc-struct-members: XML-RPC member bcrypt-hash":                                        "pairs as data: XML-RPC struct <member><name>bcrypt-hash</name><value> is not paired (and password hashes under hash names are exempt)",
	"4.carriers/ext-direct-positional-login: Ext.Direct Auth.login data[1]":                                       "carrier not parsed: Ext.Direct RPC positional data arrays (action Auth, method login) carry the password without a name",
	"4.carriers/falcon-event-stream-ndjson: password in CommandLine (net use) in NDJSON event":                    "free-text phrase not recognised: a Windows command line 'net use \\\\share /user:X <password>' in an NDJSON event",
	"lost 4.carriers/adfs-samlresponse-autopost-html: loginToRp=https%3A%2F%2Facme.my.salesforce.com":             "personal data: a name containing 'login' (loginToRp) makes its URL value a personal login name",
	"4.carriers/mdm-tokenupdate-plist: PushMagic":                                                                 "name word not recognised: Apple MDM PushMagic (plist <key>PushMagic</key><string>UUID</string>) and UUID values are exempt",
	"lost 6.everywhere/synology-sid-in-cookie-query-and-ws: stay_login=0":                                         "cookie values are redacted wholesale: a non-secret preference cookie (stay_login=0) is lost",
	"6.everywhere/vault-wrapping-token-body-header-and-ui-url: wrapped payload value":                             "endpoint semantics: the body of Vault sys/wrapping/wrap (arbitrary data to wrap) is secret by position, the key names (db) say nothing",
	"lost 8.vendors/keystone-fernet-and-application-credential: login_region=https://keystone.acme.example:50...": "cookie values are redacted wholesale: Horizon's login_region cookie (a Keystone URL) is lost",
	"8.vendors/bitwarden-identity-token-encstrings: login e-mail (form and Auth-Email)":                           "encoding layer not decoded: the base64url Auth-Email header (Bitwarden) carries the e-mail; the known e-mail is not matched in its base64 form",
	"8.vendors/bitwarden-identity-token-encstrings: protected symmetric key (EncString)":                          "vendor format not recognised: Bitwarden EncString (2.<iv>|<ct>|<mac>) under the bare name Key",
	"lost 9.cards-phrases/intune-powershell-script-base64: Kiosk local admin":                                     "personal data: displayName of Graph configuration objects (policies, OMA settings, scripts) pseudonymised as a person name",
	"lost 9.cards-phrases/unattend-xml-administrator-password: pass=\\\"oobeSystem\\\"":                           "XML attribute named pass (configuration pass=\"oobeSystem\") is read as a password",
	"lost 9.cards-phrases/unattend-xml-administrator-password: publicKeyToken=\\\"31bf3856ad364e35\\\"":           "public-by-design values: .NET publicKeyToken (assembly strong-name, 16 hex) redacted as a token",
}
