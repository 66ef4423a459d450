package sanitize

// Cases for the mechanisms added in session 5, several shapes each, with
// decoys beside them: phone numbers by value (an international number in
// any text, tel: links), quoted values on config lines (TOML, HCL, .env,
// shell), GraphQL literal arguments of a field whose name says secret and
// block strings. They run with the corpus of generalize_test.go.

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"net/url"
)

func gJSONQuery(q string) string {
	b, _ := json.Marshal(map[string]string{"query": q})
	return string(b)
}

func gSession5() []gdef {
	return []gdef{
		{"8.personal", "phones-in-support-chat-and-logs", func(c *gcase) {
			c.post("https://support.acme.example/api/chat", "application/json",
				`{"messages":[{"text":"call me on `+c.secret("phone +44 grouped", "+44 20 7946 0958")+` after five, build `+c.decoy("1.4.2+20261122")+`"},`+
					`{"text":"or my mobile `+c.secret("phone with bracketed area code", "+1 (415) 555-0134")+`. Logs are in `+c.decoy("UTC+05:30")+`"},`+
					`{"text":"offset `+c.decoy("2026-11-22T10:05:00+01:00")+` ref `+c.decoy("+1234567")+`"}]}`)
			c.get("https://support.acme.example/logs/agent.txt").resp("text/plain",
				"10:05 inbound "+c.secret("phone in a log line, dotted", "+33.1.42.68.53.00")+" connected\n10:06 "+c.decoy("sum=1+2345678901")+"\n")
		}},
		{"8.personal", "tel-links-in-pages", func(c *gcase) {
			c.get("https://www.acme.example/contact").resp("text/html",
				`<ul><li><a href="tel:`+c.secret("tel: E.164", "+41445551234")+`">Zurich</a></li>`+
					`<li><a href="TEL:`+c.secret("TEL: national with dashes", "044-555-1299")+`">Support</a></li>`+
					`<li><a href="/hotel:`+c.decoy("12345678")+`">Hotel</a></li><li>`+c.decoy("motel:9")+`</li></ul>`)
		}},
		{"3.carriers", "quoted-values-on-config-lines", func(c *gcase) {
			c.get("https://git.acme.example/raw/main/terraform.tfvars").resp("text/plain",
				c.decoy(`region      = "eu-west-1"`)+"\n"+`db_password = "`+c.secret("HCL db_password", "Quartz&Lynx#31")+"\"\n"+c.decoy(`password_min_length = "12"`)+"\n")
			c.get("https://git.acme.example/raw/main/.env.example").resp("text/plain",
				c.decoy("APP_ENV='staging'")+"\nSTRIPE_SECRET='"+c.secret(".env single-quoted secret", "sk_"+c.alnum(24))+"'\n"+
					`MAIL_PASSWORD="`+c.secret(".env double-quoted password", "Opal Mint 42!")+"\"\n")
			c.get("https://git.acme.example/raw/main/pyproject.toml").resp("text/plain",
				"[tool.poetry]\n"+c.decoy(`name = "acme-api"`)+"\n\n[auth]\n"+`client_secret = "`+c.secret("TOML client_secret", c.b64u(24))+"\"\n"+c.decoy(`token_ttl = "3600"`)+"\n")
		}},
		{"3.carriers", "properties-and-shell-lines", func(c *gcase) {
			c.get("https://git.acme.example/raw/main/application.properties").resp("text/plain",
				c.decoy("server.port = 8080")+"\nspring.datasource.password = "+c.secret(".properties value with spaces", "Heron Velvet 77")+"\n"+c.decoy("note = the password is rotated monthly")+"\n")
			c.get("https://ci.acme.example/jobs/42/script.sh").resp("text/x-shellscript",
				"#!/bin/sh\nset -e\nexport API_TOKEN=\""+c.secret("shell export quoted token", c.alnum(30))+"\"\n"+c.decoy("export REGION=eu-west-1")+"\n")
		}},
		{"3.carriers", "strings-written-in-escapes", func(c *gcase) {
			c.get("https://cdn.acme.example/static/loader.js").resp("application/javascript",
				`window.__C={a:"`+kHexEsc(c.secret("unnamed token in \\x escapes", c.b64u(27)))+`",b:'`+kU16(c.secret("unnamed token in \\u escapes, single quotes", c.alnum(30)))+`',`+
					c.decoy(`msg:"\u00e9t\u00e9"`)+`,`+c.decoy(`sep:"\x2c"`)+`,`+c.decoy(`nl:"\x0a\x0a"`)+`};`)
		}},
		{"7.phrases", "sql-and-command-lines-in-tickets", func(c *gcase) {
			c.post("https://support.acme.example/api/tickets", "application/json", gJS(map[string]any{"body": "ran:\nCREATE ROLE reporting LOGIN PASSWORD '" +
				c.secret("PostgreSQL CREATE ROLE … PASSWORD 'S'", "Gannet&Thyme&40") + "';\nALTER USER etl IDENTIFIED BY " + c.secret("IDENTIFIED BY S", "Marten#Sage#19") +
				";\n" + c.decoy("SELECT * FROM users WHERE password_changed_at > now()") + "\nthen: keytool -list -keystore app.jks -storepass " + c.secret("keytool -storepass", "Puffin!Clove!33") +
				"\nand: vault login -method=userpass username=ops " + c.decoy("--no-print") + " --client-secret=" + c.secret("--client-secret=", c.alnum(28)) + "\n" + c.decoy("docker run --rm -p 8080:80 nginx")}))
		}},
		{"1.names", "passwords-named-in-other-scripts", func(c *gcase) {
			c.post("https://mail.acme.example/api/messages", "application/json", gJS(map[string]any{"messages": []any{
				map[string]any{"text": "Логин: ivanov\nПароль: " + c.secret("Russian Пароль: S", "Ласточка-Кедр-71")},
				map[string]any{"text": "ユーザー: tanaka\nパスワード: " + c.secret("Japanese パスワード: S", "Sakura!Kawa!88")},
				map[string]any{"text": "Nova senha temporária: " + c.secret("Portuguese senha temporária: S", "Caju+Manga+42") + "\n" + c.decoy("Atenciosamente, equipe")}}}))
			c.post("https://auth.acme.example/login", "application/x-www-form-urlencoded", "usuario=mgarcia&"+url.QueryEscape("contraseña")+"="+c.secret("percent-encoded UTF-8 form key", "Colibri%2BMango%2B61")+"&"+c.decoy("idioma=es"))
		}},
		{"2.unnamed", "vendor-prefixed-hex-and-dotted-tokens", func(c *gcase) {
			c.get("https://api.acme.example/integrations").resp("application/json",
				`{"a":"`+c.secret("prefix_ and 40 hex", "sbp_"+c.hexs(40))+`","b":"`+c.secret("two-word prefix and 64 hex", "app_live_"+c.hexs(64))+`","c":"`+
					c.secret("random part . 64 hex", "tok"+c.alnum(14)+"."+c.hexs(64))+`",`+c.decoy(`"req":"req_`+c.hexs(32)+`"`)+`,`+c.decoy(`"trace":"trace_`+c.hexs(32)+`"`)+`,`+
					c.decoy(`"tenant":"tenant-7f3a9c2e41d8b605"`)+`,`+c.decoy(`"commit":"`+c.hexs(40)+`"`)+`}`)
		}},
		{"7.cards", "cards-in-attributes-paths-and-track-data", func(c *gcase) {
			c.get("https://pos.acme.example/api/receipt.xml").resp("application/xml",
				`<Receipt><Payment Method="card" Pan="`+c.secret("card in an XML attribute", "4539148803436467")+`" Amount="`+c.decoy("1299")+`" Ref="`+c.decoy("700012345678")+`"/></Receipt>`)
			c.get("https://wallet.acme.example/api/giftcards/" + c.secret("gift card number in a path under giftcards", "6854131108802528") + "/balance?" + c.decoy("currency=EUR"))
			c.post("https://pos.acme.example/api/log", "text/plain", "swipe %B"+c.secret("track 1 PAN", "5425233430109903")+"^DOE/JANE^2912101000000000000000?;"+c.decoy("order 4539148803436468 shipped"))
		}},
		{"1.pairs", "siblings-and-positional-credentials", func(c *gcase) {
			c.post("https://cmdb.acme.example/api/Settings", "application/xml",
				`<Settings><Setting><Key>SmtpPassword</Key><Value>`+c.secret("<Key>SmtpPassword</Key><Value>S", "Heron#Quill#62")+`</Value></Setting>`+
					c.decoy(`<Setting><Key>SmtpHost</Key><Value>mail.internal</Value></Setting>`)+`</Settings>`)
			c.post("https://bugs.acme.example/xmlrpc.cgi", "text/xml",
				`<methodCall><methodName>User.login</methodName><params><param><value><struct><member><name>lang</name><value><string>`+c.decoy("en_US")+
					`</string></value></member><member><name>password</name><value><string>`+c.secret("XML-RPC struct member password", "Ferret!Dune!44")+`</string></value></member></struct></value></param></params></methodCall>`)
			c.post("https://nas.acme.example/api/json", "application/json", `{"id":7,"method":"Session.logon","params":["`+c.decoy("admin")+`","`+c.secret("JSON-RPC positional password", "Mole$Fern$29")+`"]}`)
			c.post("https://api.acme.example/v1/integrations", "application/json",
				`{"settings":[{"settingName":"WebhookSecret","settingValue":"`+c.secret("settingName/settingValue siblings", c.alnum(26))+`"},`+c.decoy(`{"settingName":"Region","settingValue":"eu-1"}`)+`]}`)
		}},
		{"3.carriers", "compressed-blobs-and-connection-options", func(c *gcase) {
			var zb bytes.Buffer
			zw := gzip.NewWriter(&zb)
			zw.Write([]byte(`{"session":{"refresh_token":"` + c.secret("refresh token in base64 gzip state", c.b64u(32)) + `"}}`))
			zw.Close()
			c.get("https://app.acme.example/api/state").resp("application/json", `{"blob":"`+base64.StdEncoding.EncodeToString(zb.Bytes())+`","v":2}`)
			c.get("https://app.acme.example/api/config").resp("application/json",
				`{"redis":"cache.internal:6380,password=`+c.secret("Redis option password=", "Otter^Lime^57")+`,ssl=True,abortConnect=False","`+c.decoy("timeout")+`":"30s"}`)
		}},
		{"8.personal", "people-objects-and-client-addresses", func(c *gcase) {
			c.get("https://crm.acme.example/api/tickets/9").resp("application/json",
				`{"ticket":{"id":9,`+c.decoy(`"subject":"Login loop"`)+`,"requester":{"name":"`+c.secret("requester.name", "Ingrid Solberg")+`","id":77},"group":{`+c.decoy(`"name":"Tier 2"`)+`}}}`)
			c.get("https://cdn.acme.example/debug").rh("CloudFront-Viewer-Address", c.secret("viewer ip:port", "203.0.113.77")+":51544").resp("application/json", `{"`+c.decoy(`upstream_addr":"10.0.3.14:8080`)+`"}`)
		}},
		{"3.carriers", "pages-routes-and-qr-payloads", func(c *gcase) {
			c.get("https://login.acme.example/legacy").resp("text/html",
				`<form><input type="text" name="f_41" value="`+c.decoy("alice")+`"><input name="f_42" type="password" value="`+c.secret("value of an input of type password", "Heron|Velvet|77")+`"></form>`)
			c.get("https://app.acme.example/api/mail/7").resp("application/json",
				`{"email_body":"Click https://app.acme.example/#/verify-email/`+c.secret("token in an SPA fragment route", c.b64u(24))+` or https://app.acme.example/login?token=`+c.secret("sign-in link inside a field named email_body", c.alnum(26))+` to continue"}`)
			c.get("https://iot.acme.example/api/qr").resp("application/json", `{"payload":"WIFI:T:WPA;S:`+c.decoy("AcmeGuest")+`;P:`+c.secret("Wi-Fi QR password", "Tern+Cedar+53")+`;;"}`)
		}},
		{"1.names", "recovery-material-and-codes", func(c *gcase) {
			c.post("https://id.acme.example/api/mfa/setup", "application/json",
				`{"recovery_key":"`+c.secret("recovery_key in letter groups", "QWER-TYUI-OPAS-DFGH-JKLZ")+`","seed":"`+c.secret("seed words", "abandon ability able about above absent absorb abstract absurd abuse access accident")+`",`+c.decoy(`"mfa_enabled":true`)+`}`)
			c.get("https://id.acme.example/api/sms/last").resp("application/json", `{"text":"your one-time passcode: `+c.secret("one-time passcode after a dashed phrase", "48291375")+`. `+c.decoy("It expires in 10 minutes.")+`"}`)
		}},
		{"6.graphql", "literal-arguments-of-secret-fields", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json",
				gJSONQuery(`mutation { rotateApiKey(label: "`+c.decoy("ci")+`", value: "`+c.secret("literal value of rotateApiKey", c.alnum(28))+`") { id } }`))
			c.post("https://api.acme.example/graphql", "application/json",
				gJSONQuery(`mutation { setWebhookSecret(webhook: "`+c.decoy("wh_orders")+`", secret: """`+c.secret("block string under secret:", `Lark"Moss"73`)+`""") { ok } }`))
			c.post("https://api.acme.example/graphql", "application/json",
				gJSONQuery(`mutation { signIn(email: "dev@acme.example", password: """`+c.secret("block string under password:", "Fern|Tide|19")+`""") { token } } `+`query { `+c.decoy("user(id: 42)")+` { name } }`))
		}},
	}
}
