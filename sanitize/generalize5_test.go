package sanitize

// Cases for the mechanisms added in session 5, several shapes each, with
// decoys beside them: phone numbers by value (an international number in
// any text, tel: links), quoted values on config lines (TOML, HCL, .env,
// shell), GraphQL literal arguments of a field whose name says secret and
// block strings. They run with the corpus of generalize_test.go.

import "encoding/json"

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
