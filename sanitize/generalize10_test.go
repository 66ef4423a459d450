package sanitize

// Cases for the mechanisms added in session 10, several shapes each, with
// decoys beside them, written from how the products really write these
// things (not from the held-out corpora that found the gaps): network
// device configuration text (Cisco IOS and NX-OS, ASA, Junos, FortiOS,
// Arista, strongSwan, BIND, keepalived, wpa_supplicant) in tickets,
// NetBox config contexts and backup APIs. They run with the corpus of
// generalize_test.go.

import "strings"

// gIOSType7 is a Cisco type 7 string: two decimal digits, then hex.
func (c *gcase) gIOSType7(n int) string { return c.digits(2) + strings.ToUpper(c.hexs(n)) }

// gJunos9 is a Junos $9$ string.
func (c *gcase) gJunos9(n int) string { return "$9$" + c.pick(gAlnum+"./-", n) }

func gSession10() []gdef {
	return []gdef{
		{"7.phrases", "pins-and-account-command-lines", func(c *gcase) {
			c.post("https://itsm.acme.example/api/now/table/incident/"+c.decoy("a1b2c3"), "application/json", gJS(map[string]any{
				"work_notes":  "Caller verified. New voicemail PIN " + c.secret("voicemail PIN <digits>", c.digits(8)) + " set, " + c.decoy("PIN reset") + " ticket closed.",
				"close_notes": "Ran on the kiosk: net user kiosk07 " + c.secret("net user <name> <password> /add", "Tern$Moss$"+c.digits(4)) + " /add && " + c.decoy("net user kiosk07 /active:yes"),
			}))
			c.post("https://mdm.acme.example/JSSResource/scripts/id/0", "application/json", gJS(map[string]any{
				"name": c.decoy("create-admin"), "script_contents": "#!/bin/sh\nsysadminctl -addUser ladmin -fullName \"Local Admin\" -password \"" + c.secret("sysadminctl -password", c.alnum(14)) + "\" -admin -adminUser mdm -adminPassword \"" + c.secret("sysadminctl -adminPassword", c.alnum(14)) + "\"\n",
			}))
		}},
		{"2.unnamed", "welcome-activation-path", func(c *gcase) {
			c.get("https://acme.okta.example/welcome/"+c.secret("activation token after /welcome/", c.alnum(20))).rh("Referer", c.decoy("https://mail.acme.example/inbox"))
			c.get("https://app.acme.example/welcome/" + c.decoy("getting-started")).code(200)
		}},
		{"2.pairs", "typed-and-question-descriptors", func(c *gcase) {
			c.post("https://ssm.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1",
				`{"Name":"`+c.decoy("/prod/payments/db")+`","Type":"SecureString","Value":"`+c.secret("SSM PutParameter Type SecureString Value", c.alnum(20))+`","Overwrite":true}`).rh("X-Amz-Target", c.decoy("AmazonSSM.PutParameter"))
			c.post("https://bank.acme.example/api/profile/security-questions", "application/json",
				`{"items":[{"id":"`+c.decoy("q-3")+`","prompt":"Which street did you grow up on?","answer":"`+c.secret("prompt?/answer", "Rosemary Lane east")+`"},`+c.decoy(`{"id":"q-9","prompt":"Preferred contact","answer":"phone"}`)+`]}`)
			c.post("https://esign.acme.example/restapi/v2.1/accounts/9/envelopes", "application/json",
				`{"tabs":{"textTabs":[{"tabLabel":"social_security_number","value":"`+c.secret("tabLabel social_security_number", c.digits(3)+"-"+c.digits(2)+"-"+c.digits(4))+`"},`+c.decoy(`{"tabLabel":"company","value":"Acme Ltd"}`)+`]}}`)
			c.get("https://ci.acme.example/computer/build-07/slave-agent.jnlp").resp("text/plain",
				"java -jar agent.jar -url https://ci.acme.example/ -secret "+c.secret("Jenkins agent -secret", c.hexs(64))+" -name "+c.decoy("build-07")+" -workDir /home/jenkins\n")
		}},
		{"8.personal", "structured-names-and-street-lines", func(c *gcase) {
			c.get("https://hr.acme.example/api/v1/employees/"+c.decoy("E-20931")).resp("application/json",
				`{"employee":{"legalName":{"first":"`+c.secret("legalName.first", "Aureliano")+`","last":"`+c.secret("legalName.last", "Castellanos")+`"},"homeAddress":{"street1":"`+c.secret("homeAddress.street1", "Calle de Alcalá 48")+`",`+
					c.decoy(`"city":"Madrid","postalCode":"28014","country":"ES"`)+`},"serverAddress":{"line":"`+c.decoy("rack-4")+`"},"deviceName":{"text":"`+c.decoy("Conference Room Pixel")+`"}}}`)
		}},
		{"3.carriers", "escaped-xml-in-xml-and-describing-siblings", func(c *gcase) {
			c.get("https://esb.acme.example/monitor/messages/"+c.decoy("7f3a-991")).resp("application/xml",
				`<message><id>`+c.decoy("MSG-20931")+`</id><payload>&lt;LoginRequest&gt;&lt;user&gt;svc-batch&lt;/user&gt;&lt;secret&gt;`+c.secret("escaped XML payload <secret>", c.alnum(20))+
					`&lt;/secret&gt;&lt;/LoginRequest&gt;</payload>`+c.decoy(`<status>DELIVERED</status>`)+`</message>`)
			c.post("https://mule.acme.example/api/properties", "application/xml",
				`<properties><property><key>db.password</key><description>`+c.decoy("rotated quarterly")+`</description><value>`+c.secret("<key> then <description> then <value>", c.alnum(16))+`</value></property>`+
					c.decoy(`<property><key>db.host</key><description>primary</description><value>db1.internal</value></property>`)+`</properties>`)
			c.post("https://ebs.acme.example/OA_HTML/AppsLogin", "application/json",
				`{"usernameField":"`+c.secret("usernameField (a login)", "jkowalski")+`","passwordField":"`+c.secret("passwordField", "Kestrel#"+c.digits(5))+`",`+c.decoy(`"passwordFields":["passwordField"]`)+`}`)
		}},
		{"2.pairs", "fhir-identifier-systems-and-cookieless-paths", func(c *gcase) {
			c.get("https://ehr.acme.example/fhir/r4/Patient/"+c.decoy("8812")).resp("application/fhir+json",
				`{"resourceType":"Patient","identifier":[{"system":"http://hl7.org/fhir/sid/us-ssn","value":"`+c.secret("FHIR identifier us-ssn", c.digits(3)+"-"+c.digits(2)+"-"+c.digits(4))+`"},`+
					`{"system":"https://portal.acme.example/fhir/portal-pin","value":"`+c.secret("FHIR identifier portal-pin", c.digits(8))+`"},`+c.decoy(`{"system":"http://acme.example/fhir/encounter-no","value":"ENC-20931"}`)+`],`+
					c.decoy(`"gender":"female"`)+`}`)
			c.get("https://erp.acme.example/app/(S("+c.secret("ASP.NET cookieless (S(…)) session", c.pick(gLower+gDigits, 24))+"))/Orders.aspx?"+c.decoy("view=open")).
				resp("text/html", `<a href="/app/(S(`+c.secret("ASP.NET cookieless session, again", c.pick(gLower+gDigits, 24))+`))/Invoices.aspx">`+c.decoy("Invoices")+`</a>`)
		}},
		{"8.personal", "address-objects-birth-dates-documents", func(c *gcase) {
			c.post("https://shop.acme.example/rest/default/V1/carts/mine/shipping-information", "application/json",
				`{"addressInformation":{"shipping_address":{"firstname":"`+c.secret("Magento address firstname", "Ingeborg")+`","lastname":"`+c.secret("Magento address lastname", "Halvorsen")+
					`","telephone":"`+c.secret("Magento address telephone", "+47 912 34 567")+`",`+c.decoy(`"city":"Bergen","postcode":"5003","countryId":"NO"`)+`},"shipping_method_code":"`+c.decoy("flatrate")+`"}}`)
			c.post("https://checkin.acme-air.example/api/v2/apis", "application/json",
				`{"passenger":{"dateOfBirth":"`+c.secret("dateOfBirth", "1979-11-23")+`","document":{"passportNumber":"`+c.secret("passportNumber", "P"+c.digits(8))+`",`+c.decoy(`"issuingCountry":"DEU","expiryDate":"2031-05-30"`)+`}},`+c.decoy(`"flightDate":"2026-12-04"`)+`}`)
			c.get("https://git.acme.example/api/v4/projects/7/repository/commits/main").resp("application/json",
				`{"id":"`+c.decoy(c.hexs(40))+`","author_name":"`+c.secret("commit author_name", "Oluwaseun Adeyemi")+`","committer_name":"`+c.decoy("Release Bot")+`","title":"`+c.decoy("Bump version")+`"}`)
		}},
		{"2.pairs", "lower-case-descriptor-stems", func(c *gcase) {
			c.get("https://maximo.acme.example/maximo/oslc/os/mxapiproperty?oslc.select=propname,propvalue").resp("application/json",
				`{"member":[{"propname":"mxe.int.dfltuserpassword","propvalue":"`+c.secret("Maximo propname/propvalue", c.alnum(12))+`"},`+c.decoy(`{"propname":"mxe.db.schemaowner","propvalue":"maximo"}`)+`]}`)
			c.get("https://crm.acme.example/api/data/v9.2/environmentvariabledefinitions").resp("application/json",
				`{"value":[{"schemaname":"acme_PaymentApiSecret","defaultvalue":"`+c.secret("Dynamics schemaname/defaultvalue", c.b64s(30))+`"},`+c.decoy(`{"schemaname":"acme_Region","defaultvalue":"westeurope"}`)+`]}`)
		}},
		{"6.graphql", "variables-as-a-json-string", func(c *gcase) {
			c.post("https://portal.acme.example/graphql", "application/json",
				`{"operationName":"SignIn","variables":"{\"u\":\"`+c.decoy("ops-portal")+`\",\"p\":\"`+c.secret("variables string, before the query", c.alnum(16))+`\"}","query":"mutation SignIn($u: String!, $p: String!) { signIn(tenant: $u, password: $p) { ok } }"}`)
			c.post("https://portal.acme.example/graphql", "application/json",
				`{"query":"mutation Reset($t: String!, $n: String!) { resetPassword(resetToken: $t, newPassword: $n) { ok } }","variables":"{\"t\":\"`+c.secret("variables string: resetToken", c.alnum(24))+`\",\"n\":\"`+c.secret("variables string: newPassword", "Plover#"+c.digits(6))+`\"}"}`)
		}},
		{"6.graphql", "field-named-argument-and-references", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json",
				`{"query":"mutation Rotate($h: String!, $k: String!) { rotateApiKey(host: $h, key: $k) { ok } }","variables":{"h":"`+c.decoy("edge-gw-07.dc2.acme.example")+`","k":"`+c.secret("$k bound to rotateApiKey(key:)", c.alnum(32))+`"}}`)
			c.post("https://api.acme.example/graphql", "application/json",
				`{"query":"mutation ($d: ID!, $c: String!) { setSnmpCommunity(device: $d, community: $c) { ok } }","variables":{"d":"`+c.decoy("dev-20931")+`","c":"`+c.secret("$c bound to setSnmpCommunity(community:)", c.alnum(14))+`"}}`)
			c.post("https://ci.acme.example/api/v1/pipelines/12/variables", "application/json",
				`{"deploy":{"password":"`+c.decoy("${env.NEXUS_PASSWORD}")+`","privateKey":"`+c.decoy("${user.home}/.ssh/id_ed25519")+`","token":"`+c.decoy("$(System.AccessToken)")+`","apiToken":"`+c.decoy("{{ vault_api_token }}")+
					`","db_password":"`+c.secret("a default written into a reference", "${DB_PASSWORD:-"+c.alnum(12)+"}")+`"}}`)
		}},
		{"3.carriers", "unattend-parent-names-value", func(c *gcase) {
			c.req("PUT", "https://mdt.acme.example/api/tasksequences/W11/unattend", "application/xml",
				`<?xml version="1.0" encoding="utf-8"?><unattend xmlns="urn:schemas-microsoft-com:unattend"><settings><component name="Microsoft-Windows-Shell-Setup">`+
					`<UserAccounts><AdministratorPassword><Value>`+c.secret("AdministratorPassword/Value", "Walrus#Ember#"+c.digits(3))+`</Value>`+c.decoy(`<PlainText>true</PlainText>`)+`</AdministratorPassword></UserAccounts>`+
					`<AutoLogon><Password><Value>`+c.secret("AutoLogon/Password/Value", c.alnum(14))+`</Value></Password><Enabled>true</Enabled>`+c.decoy(`<LogonCount>1</LogonCount>`)+`</AutoLogon>`+
					c.decoy(`<TimeZone><Value>W. Europe Standard Time</Value></TimeZone>`)+`</component></settings></unattend>`)
		}},
		{"3.carriers", "config-xml-without-declaration-in-json", func(c *gcase) {
			settings := "<settings>\n  <servers>\n    <server>\n      <id>" + c.decoy("nexus-releases") + "</id>\n      <username>deploy</username>\n      <password>" +
				c.secret("settings.xml <password> in a JSON string", c.alnum(20)) + "</password>\n    </server>\n    <server>\n      <id>gitlab-maven</id>\n      <configuration><httpHeaders><property><name>Private-Token</name><value>" +
				c.secret("settings.xml property Private-Token", "glpat-"+c.alnum(20)) + "</value></property></httpHeaders></configuration>\n    </server>\n  </servers>\n  " + c.decoy("<localRepository>/cache/.m2</localRepository>") + "\n</settings>\n"
			c.req("PUT", "https://gitlab.acme.example/api/v4/projects/42/repository/files/ci%2Fsettings.xml", "application/json",
				gJS(map[string]any{"branch": "main", "commit_message": c.decoy("ci: maven mirror"), "content": settings}))
			c.get("https://hue.acme.example/api/conf/core-site.xml").resp("text/plain",
				"<configuration>\n<property><name>fs.s3a.access.key</name><value>"+c.secret("core-site fs.s3a.access.key", "AKIA"+strings.ToUpper(c.alnum(16)))+"</value></property>\n"+
					"<property><name>fs.s3a.secret.key</name><value>"+c.secret("core-site fs.s3a.secret.key", c.b64s(30))+"</value></property>\n"+
					c.decoy("<property><name>fs.s3a.endpoint</name><value>s3.eu-west-1.amazonaws.com</value></property>")+"\n</configuration>\n")
		}},
		{"3.carriers", "wlan-profile-key-material", func(c *gcase) {
			xml := `<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1"><name>` + c.decoy("ACME-Corp") + `</name><MSM><security><authEncryption>` +
				c.decoy(`<encryption>AES</encryption>`) + `</authEncryption><sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>` +
				c.secret("WLAN sharedKey/keyMaterial", "Otter-Plume-"+c.digits(5)) + `</keyMaterial></sharedKey></security></MSM></WLANProfile>`
			c.post("https://graph.microsoft.com/beta/deviceManagement/deviceConfigurations", "application/json", gJS(map[string]any{
				"@odata.type": "#microsoft.graph.windows10CustomConfiguration", "displayName": c.decoy("Corp Wi-Fi"),
				"omaSettings": []any{map[string]any{"@odata.type": "#microsoft.graph.omaSettingString", "omaUri": c.decoy("./Vendor/MSFT/WiFi/Profile/ACME-Corp/WlanXml"), "value": xml}},
			}))
		}},
		{"1.names", "nonce-credentials", func(c *gcase) {
			c.post("https://shop.acme.example/wp-json/wc/store/v1/checkout", "application/json",
				`{"payment_method":"`+c.decoy("braintree_credit_card")+`","payment_data":[{"key":"wc-braintree-credit-card-payment-nonce","value":"`+c.secret("payment_data key …-payment-nonce", "tokencc_bc_"+c.alnum(6)+"_"+c.alnum(6)+"_"+c.alnum(6)+"_"+c.alnum(6)+"_"+c.alnum(3))+`"}]}`).
				rh("X-WC-Store-API-Nonce", c.secret("X-WC-Store-API-Nonce", c.hexs(10)))
			c.post("https://api.acme.example/v1/subscriptions", "application/json",
				`{"plan_id":"`+c.decoy("pro-monthly")+`","payment_method_nonce":"`+c.secret("payment_method_nonce", c.uuid())+`","device_data":"{\"correlation_id\":\"`+c.decoy(c.hexs(32))+`\"}"}`)
		}},
		{"7.phrases", "ios-running-config-keys", func(c *gcase) {
			c.get("https://oxidized.acme.example/node/fetch/core-sw1.txt").resp("text/plain",
				"!\n"+c.decoy("version 17.9")+"\nhostname core-sw1\n!\n"+
					"tacacs server ISE-1\n address ipv4 10.0.0.30\n key 7 "+c.secret("tacacs key 7", c.gIOSType7(20))+"\n!\n"+
					"radius server NPS\n address ipv4 10.0.0.31 auth-port 1812 acct-port 1813\n key 0 "+c.secret("radius key 0", c.alnum(16))+"\n!\n"+
					"snmp-server community "+c.secret("snmp-server community RO", c.alnum(14))+" RO 99\n"+
					"snmp-server community "+c.secret("snmp-server community RW", c.alnum(12))+" RW\n"+
					c.decoy("snmp-server location DC2 row 4")+"\n"+
					"crypto isakmp key "+c.secret("crypto isakmp key", c.alnum(20))+" address 203.0.113.9\n"+
					"key chain OSPF\n key 1\n  key-string 7 "+c.secret("key chain key-string 7", c.gIOSType7(16))+"\n!\n"+
					"interface Vlan20\n ip ospf message-digest-key 1 md5 "+c.secret("ospf message-digest-key md5", c.alnum(12))+"\n"+
					c.decoy("ip ospf cost 10")+"\n!\nntp authentication-key 1 md5 "+c.secret("ntp authentication-key md5", c.gIOSType7(14))+" 7\n"+
					c.decoy("ntp server 10.0.0.1 key 1")+"\nend\n")
		}},
		{"7.phrases", "asa-and-nxos-in-json-strings", func(c *gcase) {
			c.post("https://itsm.acme.example/api/now/table/change_request", "application/json", gJS(map[string]any{
				"short_description": c.decoy("Re-key VPN to branch 12"),
				"implementation_plan": "conf t\ntunnel-group 198.51.100.7 type ipsec-l2l\ntunnel-group 198.51.100.7 ipsec-attributes\n ikev1 pre-shared-key " +
					c.secret("ASA ikev1 pre-shared-key", c.alnum(24)) + "\n ikev2 local-authentication pre-shared-key " + c.secret("ASA ikev2 local pre-shared-key", c.alnum(28)) +
					"\n" + c.decoy("crypto ikev2 policy 10") + "\nend\nwr mem",
				"backout_plan": "feature tacacs+\ntacacs-server host 10.1.1.5 key 7 \"" + c.secret("NX-OS tacacs-server key 7 quoted", c.alnum(14)) + "\"\n" +
					"snmp-server user netops network-admin auth sha " + c.secret("NX-OS snmp v3 auth", c.alnum(16)) + " priv aes-128 " + c.secret("NX-OS snmp v3 priv", c.alnum(16)) + "\n" +
					c.decoy("snmp-server host 10.1.1.9 traps version 3 priv netops"),
			}))
		}},
		{"7.phrases", "junos-set-and-hierarchy", func(c *gcase) {
			c.req("PATCH", "https://netbox.acme.example/api/extras/config-contexts/31/", "application/json", gJS(map[string]any{
				"name": c.decoy("junos-edge"),
				"data": map[string]any{"lines": []string{
					"set snmp community " + c.secret("junos set snmp community", c.alnum(14)) + " authorization read-only",
					"set system radius-server 10.0.0.31 secret \"" + c.secret("junos radius secret $9$ quoted", c.gJunos9(26)) + "\"",
					"set security ike policy ike-pol pre-shared-key ascii-text \"" + c.secret("junos pre-shared-key ascii-text", c.gJunos9(40)) + "\"",
					"set protocols ospf area 0.0.0.0 interface ge-0/0/1.0 authentication md5 1 key \"" + c.secret("junos ospf md5 key", c.gJunos9(22)) + "\"",
					c.decoy("set system host-name edge-r1"),
				}},
			}))
			c.get("https://jsnapy.acme.example/api/configs/edge-r2").resp("text/plain",
				"system {\n    host-name edge-r2;\n    tacplus-server {\n        10.0.0.40 secret \""+c.secret("junos hierarchy tacplus secret", c.gJunos9(24))+"\";\n    }\n}\n"+
					"snmp {\n    community "+c.secret("junos hierarchy community", c.alnum(16))+" {\n        authorization read-only;\n    }\n    "+c.decoy("location \"DC2 cage 4\";")+"\n}\n")
		}},
		{"7.phrases", "fortios-and-arista", func(c *gcase) {
			c.get("https://fmg.acme.example/api/v2/monitor/system/config/backup?scope=global").resp("text/plain",
				"config system admin\n    edit \"netops\"\n        set accprofile \"super_admin\"\n        set password ENC "+c.secret("FortiOS set password ENC", "SH2"+c.b64s(45))+"\n    next\nend\n"+
					"config vpn ipsec phase1-interface\n    edit \"to-branch\"\n        set psksecret ENC "+c.secret("FortiOS set psksecret ENC", c.b64s(60))+"\n        "+c.decoy("set remote-gw 198.51.100.7")+"\n    next\nend\n")
			c.get("https://cvp.acme.example/cvpservice/configlet/getConfigletByName.do?name=base").resp("application/json", gJS(map[string]any{
				"name": c.decoy("base"),
				"config": "username admin privilege 15 role network-admin secret sha512 " + c.secret("Arista secret sha512", "$6$"+c.pick(gAlnum+"./", 16)+"$"+c.pick(gAlnum+"./", 86)) +
					"\n" + c.decoy("ip name-server vrf MGMT 10.0.0.53") + "\nsnmp-server community " + c.secret("Arista snmp-server community", c.alnum(12)) + " ro SNMP-ACL\n",
			}))
		}},
		{"7.phrases", "unix-service-configs", func(c *gcase) {
			c.post("https://gitea.acme.example/api/v1/repos/ops/vpn/contents/ipsec.secrets", "application/json", gJS(map[string]any{
				"message": c.decoy("rotate branch PSK"),
				"content": gB64("# /etc/ipsec.secrets\n198.51.100.7 203.0.113.9 : PSK \"" + c.secret("strongSwan : PSK \"S\"", c.alnum(32)) + "\"\n: RSA " + "moon.key" + "\n"),
			}))
			c.get("https://cfg.acme.example/raw/named.conf.local").resp("text/plain",
				"key \""+c.decoy("ddns-update")+"\" {\n\talgorithm hmac-sha256;\n\tsecret \""+c.secret("BIND key secret", c.b64s(32))+"\";\n};\n"+
					c.decoy("zone \"acme.example\" { type master; file \"db.acme\"; };")+"\n")
			c.get("https://cfg.acme.example/raw/keepalived.conf").resp("text/plain",
				"vrrp_instance VI_1 {\n    state MASTER\n    "+c.decoy("virtual_router_id 51")+"\n    authentication {\n        auth_type PASS\n        auth_pass "+c.secret("keepalived auth_pass", c.alnum(8))+"\n    }\n}\n")
			c.get("https://cfg.acme.example/raw/wpa_supplicant.conf").resp("text/plain",
				"network={\n\tssid=\""+c.decoy("ACME-Guest")+"\"\n\tpsk=\""+c.secret("wpa_supplicant psk=\"S\"", "Quince-Harbor-"+c.digits(4))+"\"\n\tkey_mgmt=WPA-PSK\n}\n")
		}},
		{"7.phrases", "config-words-in-prose-kept", func(c *gcase) {
			c.post("https://help.acme.example/api/tickets", "application/json", gJS(map[string]any{
				"body": c.decoy("The key 7 days after go-live is the cut-over.") + " " + c.decoy("Our community edition users report a key insight:") +
					" " + c.decoy("the pre-shared-key authentication method is deprecated") + " and " + c.decoy("snmp-server community strings must be rotated") + ".",
			}))
		}},
	}
}
