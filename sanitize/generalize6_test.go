package sanitize

// Cases for the mechanisms added in session 6, several shapes each, with
// decoys beside them, written for other products than the held-out corpora
// 5 and 6 that found the gaps: string assignments in scripts (spaced,
// dotted, escaped), credential phrases with words between the secret word
// and the value, pairs spelled as data keyed by id or n or FHIR's value[x],
// person names by structure on bodies long enough for the raw walk,
// name=value after '~' and matrix parameters, a question word before a
// strong word, and the decoys those mechanisms must keep. They run with
// the corpus of generalize_test.go.

import "strings"

// gPad is a member that makes a JSON body long enough for the raw walk.
func gPad() string { return `"_pad":"` + strings.Repeat("lorem ipsum ", 30) + `"` }

func gSession6() []gdef {
	return []gdef{
		{"3.carriers", "script-assignments-spaced", func(c *gcase) {
			c.get("https://app.acme.example/dashboard").resp("text/html",
				`<script>var csrfToken = "`+c.secret("var csrfToken = S (spaced)", c.alnum(18))+`";`+
					c.decoy(`var tokenType = "Bearer";`)+` window.__AUTH__.accessToken = '`+c.secret("dotted window property", c.b64u(24))+`';`+
					` if (cfg.apiToken == "x") {} `+c.decoy(`let theme = "dark-mode";`)+`</script>`)
			c.get("https://app.acme.example/static/boot.js").resp("application/javascript",
				`const smtpPassword = '`+c.secret("const smtpPassword = 'S' with symbols", "Heron#Velvet#77")+`';`+c.decoy(`const passwordMinLength = "12";`)+
					"\nsettings.session_secret = `"+c.secret("template literal under a dotted name", c.alnum(32))+"`;\n")
		}},
		{"3.carriers", "script-strings-with-escapes", func(c *gcase) {
			a, b := c.alnum(16), c.alnum(16)
			c.secret("token with one \\x2D escape", a+"-"+b)
			c.get("https://login.acme.example/signin").resp("text/html",
				`<script>var flowToken = '`+a+`\x2D`+b+`'; `+c.decoy(`var greeting = "caf\u00e9";`)+`</script>`)
		}},
		{"7.phrases", "phrases-with-words-between", func(c *gcase) {
			c.post("https://help.acme.example/api/tickets", "application/json", gJS(map[string]any{
				"body": "Hi, the admin password for the staging box is now " + c.secret("password for the staging box is now S", "Gannet!Thyme!40") +
					" and " + c.decoy("the password policy is strict") + ".",
				"note": "Das Kennwort für den Drucker lautet " + c.secret("Kennwort für den Drucker lautet S", "Brezel-Kuckuck-58") + ".",
			}))
			c.post("https://help.acme.example/api/chat", "application/json", gJS(map[string]any{
				"text": "Your recovery codes are " + c.secret("recovery codes are S (first)", "4821-9930") + " " + c.secret("recovery codes are S (second)", "7716-2045") +
					" — " + c.decoy("these are 1234-5678") + "; a senha do wifi é " + c.secret("Portuguese senha é S", "Caju*Manga*22"),
			}))
		}},
		{"2.pairs", "pairs-keyed-by-id-n-and-value-x", func(c *gcase) {
			c.post("https://bank.acme.example/api/link/credentials", "application/json",
				`{"fields":[{"id":"institution","value":"`+c.decoy("ins_109508")+`"},{"id":"password","value":"`+c.secret("{id: password, value: S}", "Pumice&Wren#58")+`"},{"id":"`+c.decoy("otp_length")+`","value":6}]}`)
			c.post("https://apex.acme.example/ords/wwv_flow.accept", "application/json",
				`{"pageItems":{"itemsToSubmit":[{"n":"P101_REGION","v":"`+c.decoy("EMEA-NORTH")+`"},{"n":"P101_PASSWORD","v":"`+c.secret("{n: P101_PASSWORD, v: S}", "Osprey#Dill#64")+`"}]}}`)
			c.post("https://fhir.acme.example/r4/$verify", "application/fhir+json",
				`{"resourceType":"Parameters","parameter":[{"name":"otp","valueString":"`+c.secret("FHIR {name: otp, valueString: S}", c.digits(8))+`"},{"name":"`+c.decoy("attempts")+`","valueInteger":2},{"name":"secret","valueFrom":"`+c.decoy("arn:aws:ssm:eu-west-1:123456789012:parameter/app")+`"}]}`)
		}},
		{"9.personal", "person-names-by-structure-long-bodies", func(c *gcase) {
			c.get("https://ehr.acme.example/r4/Practitioner/77").resp("application/fhir+json",
				`{"resourceType":"Practitioner",`+gPad()+`,"name":[{"use":"official","family":"`+c.secret("FHIR family (long body)", "Oyelaran")+`","given":["`+c.secret("FHIR given[0] (long body)", "Temitope")+`","`+c.secret("FHIR given[1]", "Adaezechukwu")+`"]}],"active":true}`)
			c.get("https://crm.acme.example/api/contacts/88").resp("application/json",
				`{`+gPad()+`,"record":{"Name":"`+c.secret("Name beside WorkEmail (long body)", "Bartholomew Quist")+`","WorkEmail":"`+c.secret("WorkEmail", "b.quist@acme-corp.example")+`","Title":"`+c.decoy("Head of Procurement")+`"},"team":{"name":"`+c.decoy("Procurement EMEA")+`"}}`)
			c.get("https://bank.acme.example/api/identity").resp("application/json",
				`{`+gPad()+`,"holders":[{"names":["`+c.secret("holders[].names[0]", "Ingrid Solvang")+`"]}],"account":{"name":"`+c.decoy("Everyday Checking")+`"}}`)
		}},
		{"1.names", "pairs-after-tilde-and-matrix-params", func(c *gcase) {
			c.get("https://media.acme.example/live/master.m3u8?" + c.decoy("cdn=edge-7") + "&auth=st=1700000000~exp=1700003600~acl=%2Flive%2F*~hmac=" + c.secret("hmac after ~ (edge token)", c.hexs(64)))
			c.get("https://erp.acme.example/portal/index.jsp;jsessionid=" + c.secret(";jsessionid= before a query", c.hexs(32)) + "?" + c.decoy("lang=en"))
		}},
		{"1.names", "question-words-before-strong-words", func(c *gcase) {
			c.post("https://app.acme.example/api/account/link", "application/json",
				`{"link_token":"`+c.secret("link_token with a UUID tail", "link-sandbox-"+c.uuid())+`","magic_link_token":"`+c.secret("magic_link_token", c.b64u(24))+`",`+
					c.decoy(`"hasPassword":true`)+`,`+c.decoy(`"showToken":"always"`)+`,"link_session_id":"`+c.decoy(c.uuid())+`"}`)
		}},
		{"4.carriers", "protobuf-strings-by-shape", func(c *gcase) {
			tok := c.secret("a token in a gRPC-Web message", c.alnum(36))
			msg := string([]byte{0x0a, byte(len("ops"))}) + "ops" + string([]byte{0x12, byte(len(tok))}) + tok
			frame := string([]byte{0, 0, 0, 0, byte(len(msg))}) + msg
			c.post("https://api.acme.example/acme.auth.v1.Auth/Refresh", "application/grpc-web-text", gB64(frame)).rh("X-Grpc-Web", "1", "X-User-Agent", c.decoy("grpc-web-javascript/0.1"))
		}},
		{"10.decoys", "public-ids-beside-secrets", func(c *gcase) {
			c.post("https://api.acme.example/v1/payouts", "application/x-www-form-urlencoded", "amount=1200&currency=eur&destination="+c.decoy("acct_1Qx2Wc3Ev4Rb5Tn6")).
				rh("Stripe-Account", c.decoy("acct_1Nv0FGQ9RKHgCVdKz"), "Authorization", "Bearer "+c.secret("Stripe secret key", "sk_live_"+c.alnum(24)))
			c.post("https://push.acme.example/subscribe", "application/json",
				`{"endpoint":"https://fcm.googleapis.com/fcm/send/`+c.secret("push endpoint id", c.b64u(32))+`","keys":{"p256dh":"`+c.decoy("B"+c.b64u(86))+`","auth":"`+c.secret("push keys.auth", c.b64u(16))+`"}}`)
			c.get("https://wiki.acme.example/rest/api/content").rh("X-Atlassian-Token", c.decoy("no-check"), "X-Forwarded-For", c.secret("XFF client", "203.0.113.44")+", "+c.decoy("198.51.100.7"))
		}},
	}
}
