package sanitize

// A seventh held-out corpus for "Detection that generalizes" (issue 10),
// written without reading the engine and kept distinct from the earlier
// corpora: e-commerce storefronts and checkout SPAs (Shopify, BigCommerce,
// Salesforce Commerce, commercetools, Saleor, Magento GraphQL, Vue
// Storefront), ad-tech and consent (Google Ads click ids, Meta pixel and
// Conversions API, TCF consent strings, Segment and RudderStack), CMS admin
// UIs (WordPress REST nonces, Drupal, Ghost, Contentful, Directus),
// low-code and automation (Zapier, n8n, Make, Retool, Airtable, Notion),
// telecom and messaging (Twilio Conversations, Vonage, MessageBird,
// WhatsApp Cloud API), education and HR SaaS (Canvas LMS, Moodle,
// BambooHR, Greenhouse), IoT dashboards (Home Assistant, Tuya,
// ThingsBoard, Grafana Live), game and streaming platforms (Twitch, Steam
// Web API, Discord OAuth), browser devtools artefacts pasted into support
// (service worker cache, IndexedDB and localStorage dumps) and exports of
// Charles, Proxyman, HTTP Toolkit and chrome://net-export. It reuses the
// harness of generalize_test.go (and the JWT and PUT helpers of
// heldout4_test.go).
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"encoding/base64"
	"net/url"
	"sort"
	"strings"
	"testing"
)

func TestHeldout7Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 7", "heldout7Open", heldout7Cases(), heldout7Open)
}

func TestHeldout7CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout7Cases())
}

func heldout7Cases() []gdef {
	var all []gdef
	for _, f := range []func() []gdef{h7Names, h7Pairs, h7Unnamed, h7Carriers, h7Exporters, h7Everywhere, h7GraphQL, h7Vendors, h7Cards, h7Phrases, h7Personal} {
		all = append(all, f()...)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].cat < all[j].cat })
	return all
}

// h7Pw is a realistic human password: a word, digits, a symbol and a word.
func (c *gcase) h7Pw() string {
	words := []string{"Basil", "Copper", "Dahlia", "Ember", "Fennel", "Garnet", "Harbor", "Indigo", "Jasper", "Lilac", "Meadow", "Nutmeg", "Onyx", "Poppy", "Russet", "Sable"}
	syms := "!#$%*-+=?@^_~."
	return words[c.rng.IntN(len(words))] + c.digits(3) + string(syms[c.rng.IntN(len(syms))]) + strings.ToLower(words[c.rng.IntN(len(words))])
}

// h7Num is an n-digit number that is not Luhn-valid (ids, barcodes, snowflakes).
func (c *gcase) h7Num(first string, n int) string {
	for {
		s := first + c.digits(n-len(first))
		if !gLuhn(s) {
			return s
		}
	}
}

// h7Patch adds a PATCH request.
func (c *gcase) h7Patch(u, mime, body string) *gent { return c.req("PATCH", u, mime, body) }

// 1. Compound and product-specific names.
func h7Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "shopify-admin-x-shopify-access-token-and-api-version", func(c *gcase) {
			c.get("https://acme-shop.myshopify.com/admin/api/2024-10/orders.json?"+c.decoy("status=any")+"&limit=50").
				rh("X-Shopify-Access-Token", c.secret("X-Shopify-Access-Token header", "shpat_"+c.hexs(32)), "X-Shopify-Api-Version", c.decoy("2024-10")).
				sh("X-Request-Id", c.decoy(c.uuid()), "X-Shopify-Shop-Api-Call-Limit", c.decoy("1/40")).
				resp("application/json", `{"orders":[{"id":`+c.decoy(c.h7Num("5", 13))+`,"name":"#1042","financial_status":"paid"}]}`)
		}},
		{cat, "bigcommerce-x-auth-token-and-app-client-secret", func(c *gcase) {
			c.get("https://api.bigcommerce.com/stores/"+c.decoy("x7k2m9q4ab")+"/v3/catalog/products?"+c.decoy("include=variants")).
				rh("X-Auth-Token", c.secret("BigCommerce X-Auth-Token", c.pick(gLower+gDigits, 31)), "X-Auth-Client", c.pick(gLower+gDigits, 31))
			c.post("https://login.bigcommerce.com/oauth2/token", "application/json", `{"client_id":"`+c.pick(gLower+gDigits, 31)+`","clientSecret":"`+c.secret("BigCommerce clientSecret (64 hex)", c.hexs(64))+`","code":"`+c.secret("BigCommerce oauth code", c.pick(gLower+gDigits, 40))+`","scope":"store_v2_products",`+c.decoy(`"grant_type":"authorization_code"`)+`,"redirect_uri":"https://app.acme.example/auth","context":"stores/x7k2m9q4ab"}`)
		}},
		{cat, "wordpress-application-password-create", func(c *gcase) {
			pw := strings.Join([]string{c.alnum(4), c.alnum(4), c.alnum(4), c.alnum(4), c.alnum(4), c.alnum(4)}, " ")
			c.post("https://blog.acme.example/wp-json/wp/v2/users/me/application-passwords?"+c.decoy("_locale=user"), "application/json", `{"name":"zapier"}`).
				rh("X-WP-Nonce", c.secret("X-WP-Nonce (10 hex)", c.hexs(10))).
				resp("application/json", `{"uuid":"`+c.decoy(c.uuid())+`","app_id":"","name":"zapier","created":"`+c.decoy("2026-11-22T10:15:03")+`","last_used":null,"last_ip":null,"password":"`+c.secret("WordPress application password (6 groups of 4)", pw)+`"}`)
		}},
		{cat, "drupal-user-login-form-token-and-pass", func(c *gcase) {
			c.post("https://cms.acme.example/user/login?"+c.decoy("destination=/admin/content"), "application/x-www-form-urlencoded",
				"name=editor&pass="+url.QueryEscape(c.secret("Drupal login pass", c.h7Pw()))+"&"+c.decoy("form_build_id=form-"+c.pick(gB64uAlpha, 43))+"&form_id=user_login_form&op=Log+in").
				sh("Set-Cookie", "SSESS"+c.hexs(32)+"="+c.secret("Drupal SSESS cookie", c.pick(gB64uAlpha, 48))+"; path=/; secure; HttpOnly")
			c.post("https://cms.acme.example/node/add/article", "application/x-www-form-urlencoded", "title%5B0%5D%5Bvalue%5D=Hello&form_token="+c.secret("Drupal form_token", c.pick(gB64uAlpha, 43))+"&form_id=node_article_form")
		}},
		{cat, "ghost-admin-integration-api-keys", func(c *gcase) {
			kid := c.hexs(24)
			c.post("https://blog.acme.example/ghost/api/admin/integrations/?"+c.decoy("include=api_keys%2Cwebhooks"), "application/json", `{"integrations":[{"name":"n8n"}]}`).
				rh("Origin", "https://blog.acme.example", "App-Pragma", "no-cache", "X-Ghost-Version", c.decoy("5.101")).
				resp("application/json", `{"integrations":[{"id":"`+c.decoy(c.hexs(24))+`","type":"custom","name":"n8n","api_keys":[{"id":"`+kid+`","type":"admin","secret":"`+c.secret("Ghost admin api_keys[].secret (64 hex)", c.hexs(64))+`","role_id":"`+c.decoy(c.hexs(24))+`"},{"id":"`+c.hexs(24)+`","type":"content","secret":"`+c.hexs(26)+`"}]}]}`)
		}},
		{cat, "retool-postgres-resource-options", func(c *gcase) {
			c.post("https://acme.retool.com/api/resources", "application/json", `{"type":"postgresql","displayName":"orders-prod","options":{"host":"`+c.decoy("orders.cluster-ro.eu-west-1.rds.amazonaws.com")+`","port":"5432","databaseName":"`+c.decoy("orders")+`","databaseUsername":"retool_ro","databasePassword":"`+c.secret("Retool options.databasePassword", c.h7Pw())+`","sshTunnelPrivateKeyPassphrase":"`+c.secret("Retool sshTunnelPrivateKeyPassphrase", c.h7Pw())+`",`+c.decoy(`"connectionTimeout":"30"`)+`,"disableConversionOfDates":false}}`).
				rh("X-Xsrf-Token", c.secret("Retool X-Xsrf-Token", c.uuid()))
		}},
		{cat, "canvas-developer-key-and-csrf", func(c *gcase) {
			c.post("https://canvas.acme.edu/api/v1/accounts/1/developer_keys", "application/json", `{"developer_key":{"name":"LTI grader","redirect_uris":"https://grader.acme.example/oauth"}}`).
				rh("X-CSRF-Token", c.secret("Canvas X-CSRF-Token", c.pick(gAlnum+"+/", 86)+"=="), "X-Requested-With", "XMLHttpRequest").
				resp("application/json", `{"id":`+c.decoy("10000000000042")+`,"name":"LTI grader","api_key":"`+c.secret("Canvas developer key api_key (64 alnum)", c.alnum(64))+`",`+c.decoy(`"workflow_state":"active"`)+`,"created_at":"2026-11-22T10:15:00Z"}`)
		}},
		{cat, "moodle-wstoken-query-and-sesskey-form", func(c *gcase) {
			c.get("https://moodle.acme.edu/webservice/rest/server.php?wstoken=" + c.secret("Moodle wstoken (32 hex)", c.hexs(32)) + "&" + c.decoy("wsfunction=core_course_get_courses") + "&moodlewsrestformat=json")
			c.post("https://moodle.acme.edu/lib/ajax/service.php?sesskey="+c.secret("Moodle sesskey", c.alnum(10))+"&"+c.decoy("info=core_fetch_notifications"), "application/json", `[{"index":0,"methodname":"core_fetch_notifications","args":{"contextid":1}}]`)
		}},
		{cat, "twitch-client-credentials-and-client-id-decoy", func(c *gcase) {
			cid := c.decoy(c.pick(gLower+gDigits, 30))
			c.post("https://id.twitch.tv/oauth2/token", "application/x-www-form-urlencoded", "client_id="+cid+"&client_secret="+c.secret("Twitch client_secret (30 lower alnum)", c.pick(gLower+gDigits, 30))+"&grant_type=client_credentials").
				resp("application/json", `{"access_token":"`+c.secret("Twitch app access_token", c.pick(gLower+gDigits, 30))+`","expires_in":5011271,`+c.decoy(`"token_type":"bearer"`)+`}`)
			c.get("https://api.twitch.tv/helix/streams?"+c.decoy("user_login=acmegames")).rh("Client-Id", cid)
		}},
		{cat, "steam-web-api-key-query", func(c *gcase) {
			sid := c.decoy(c.h7Num("7656119", 17))
			c.get("https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=" + c.secret("Steam Web API key= (32 upper hex)", strings.ToUpper(c.hexs(32))) + "&steamids=" + sid + "&" + c.decoy("format=json"))
		}},
		{cat, "bamboohr-api-key-basic-and-greenhouse-harvest", func(c *gcase) {
			c.get("https://api.bamboohr.com/api/gateway.php/"+c.decoy("acmecorp")+"/v1/employees/directory").rh("Authorization", "Basic "+gB64(c.secret("BambooHR API key as Basic user (40 hex)", c.hexs(40))+":x"), "Accept", "application/json")
			c.get("https://harvest.greenhouse.io/v1/candidates?"+c.decoy("per_page=100")+"&page=2").rh("Authorization", "Basic "+gB64(c.secret("Greenhouse Harvest key as Basic user", c.hexs(32)+"-"+c.digits(1))+":"), "On-Behalf-Of", c.decoy("4080123"))
		}},
		{cat, "tuya-openapi-sign-and-access-token-headers", func(c *gcase) {
			c.get("https://openapi.tuyaeu.com/v1.0/devices/"+c.decoy("bf"+c.pick(gLower+gDigits, 20))+"/status").
				rh("client_id", c.decoy(c.pick(gLower+gDigits, 20)), "access_token", c.secret("Tuya access_token header", c.hexs(32)), "sign", c.secret("Tuya sign header (64 upper hex HMAC)", strings.ToUpper(c.hexs(64))), "t", c.decoy("1700000000123"), "sign_method", c.decoy("HMAC-SHA256"), "nonce", c.uuid())
		}},
	}
}

// 2. Pairs spelled as data.
func h7Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "n8n-http-header-auth-credential", func(c *gcase) {
			c.post("https://n8n.acme.example/rest/credentials", "application/json", `{"name":"Partner API","type":"httpHeaderAuth","data":{"name":"X-Partner-Key","value":"`+c.secret("n8n httpHeaderAuth data {name, value}", c.alnum(40))+`"},"nodesAccess":[{"nodeType":"n8n-nodes-base.httpRequest"}]}`).
				rh("Cookie", "n8n-auth="+c.secret("n8n-auth cookie (JWT)", c.qJWT(`{"id":"`+c.uuid()+`","hash":"`+c.pick(gAlnum, 10)+`","iat":1700000000,"exp":1700604800}`))).
				resp("application/json", `{"data":{"id":"`+c.decoy("Xq3Lm9vRt2Pz")+`","name":"Partner API","type":"httpHeaderAuth",`+c.decoy(`"createdAt":"2026-11-22T10:15:00.000Z"`)+`}}`)
		}},
		{cat, "zapier-webhook-step-header-tuples", func(c *gcase) {
			c.post("https://zapier.com/api/v4/zaps/"+c.decoy("248193557")+"/nodes/3", "application/json", `{"selected_api":"WebHookCLIAPI@1.0.18","action":"post","params":{"url":"https://partner.example/ingest","payload_type":"json","headers":[["Authorization","Token `+c.secret("Zapier headers tuple [Authorization, Token X]", c.hexs(40))+`"],["`+c.decoy("X-Source")+`","zapier"]],"unflatten":"yes"}}`).
				rh("X-CSRFToken", c.secret("Zapier X-CSRFToken", c.alnum(64)))
		}},
		{cat, "make-http-module-headers-name-value", func(c *gcase) {
			c.h7Patch("https://eu1.make.com/api/v2/scenarios/"+c.decoy("3817264")+"/blueprint", "application/json", `{"blueprint":{"name":"Sync orders","flow":[{"id":2,"module":"http:ActionSendData","version":3,"mapper":{"url":"https://acme-shop.myshopify.com/admin/api/2024-10/orders.json","method":"get","headers":[{"name":"X-Shopify-Access-Token","value":"`+c.secret("Make mapper.headers {name: X-Shopify-Access-Token, value}", "shpat_"+c.hexs(32))+`"},{"name":"Accept","value":"`+c.decoy("application/vnd.api+json")+`"}],"qs":[{"name":"api_secret","value":"`+c.secret("Make mapper.qs {name: api_secret, value}", c.alnum(32))+`"}]}}]}}`)
		}},
		{cat, "contentful-webhook-headers-key-value-secret-flag", func(c *gcase) {
			c.put4("https://api.contentful.com/spaces/"+c.decoy("x9k2m4p6q8r0")+"/webhook_definitions/"+c.decoy("5Kq8nVd2WxYz"), "application/vnd.contentful.management.v1+json",
				`{"name":"Netlify build","url":"https://api.netlify.com/build_hooks/`+c.secret("Netlify build hook id in webhook url", c.hexs(24))+`","topics":["Entry.publish"],"headers":[{"key":"X-Signature-Secret","value":"`+c.secret("Contentful webhook header {key, value, secret:true}", c.alnum(36))+`","secret":true},{"key":"X-Env","value":"`+c.decoy("production")+`"}]}`).
				rh("Authorization", "Bearer "+c.secret("Contentful CMA token CFPAT-", "CFPAT-"+c.pick(gB64uAlpha, 43)), "X-Contentful-Version", c.decoy("7"))
		}},
		{cat, "directus-flow-request-operation-headers", func(c *gcase) {
			c.post("https://directus.acme.example/operations", "application/json", `{"name":"Notify ERP","key":"`+c.decoy("notify_erp")+`","type":"request","position_x":19,"position_y":1,"options":{"method":"POST","url":"https://erp.acme.example/hooks","headers":[{"header":"Authorization","value":"Bearer `+c.secret("Directus request operation {header, value}", c.alnum(48))+`"},{"header":"Content-Language","value":"`+c.decoy("de-CH")+`"}]},"flow":"`+c.decoy(c.uuid())+`"}`)
		}},
		{cat, "retool-rest-resource-key-value-lists", func(c *gcase) {
			c.post("https://acme.retool.com/api/resources", "application/json", `{"type":"restapi","displayName":"billing","options":{"baseURL":"https://billing.acme.example/v2","headers":[["Authorization","Token `+c.secret("Retool headers [[Authorization, Token X]]", c.hexs(48))+`"],["Accept","application/json"]],"urlparams":[{"key":"api_key","value":"`+c.secret("Retool urlparams {key: api_key, value}", c.alnum(32))+`"},{"key":"`+c.decoy("format")+`","value":"`+c.decoy("csv")+`"}],"cookies":[]}}`)
		}},
		{cat, "notion-database-property-named-api-key", func(c *gcase) {
			c.post("https://api.notion.com/v1/pages", "application/json", `{"parent":{"database_id":"`+c.decoy(c.hexs(32))+`"},"properties":{"Name":{"title":[{"text":{"content":"`+c.decoy("Stripe (prod)")+`"}}]},"API Key":{"rich_text":[{"text":{"content":"`+c.secret("Notion property \"API Key\" rich_text content", c.alnum(40))+`"}}]},"Password":{"rich_text":[{"type":"text","text":{"content":"`+c.secret("Notion property \"Password\" rich_text content", c.h7Pw())+`"}}]}}}`).
				rh("Authorization", "Bearer "+c.secret("Notion integration token ntn_", "ntn_"+c.digits(11)+c.pick(gAlnum, 35)), "Notion-Version", c.decoy("2022-06-28"))
		}},
		{cat, "vue-storefront-login-form-schema-with-values", func(c *gcase) {
			c.post("https://shop.acme.example/api/magento/logInUser", "application/json", `{"form":{"fields":[{"id":"email","type":"email","value":"`+c.secret("VSF form field {id: email, value} (personal)", "marta.kowalczyk@poczta-acme.example")+`"},{"id":"password","type":"password","value":"`+c.secret("VSF form field {id: password, type: password, value}", c.h7Pw())+`"},{"id":"remember","type":"checkbox","value":`+c.decoy("true")+`}]},"storeCode":"`+c.decoy("pl_pl")+`"}`)
		}},
		{cat, "moodle-rest-xml-key-name-value", func(c *gcase) {
			c.get("https://moodle.acme.edu/login/token.php?service=moodle_mobile_app&moodlewsrestformat=xml").
				resp("application/xml", `<?xml version="1.0" encoding="UTF-8" ?><RESPONSE><SINGLE><KEY name="token"><VALUE>`+c.secret("Moodle XML <KEY name=token><VALUE>", c.hexs(32))+`</VALUE></KEY><KEY name="privatetoken"><VALUE>`+c.secret("Moodle XML privatetoken", c.alnum(64))+`</VALUE></KEY><KEY name="`+c.decoy("siteurl")+`"><VALUE>`+c.decoy("https://moodle.acme.edu")+`</VALUE></KEY></SINGLE></RESPONSE>`)
		}},
		{cat, "segment-destination-settings-array", func(c *gcase) {
			c.h7Patch("https://api.segmentapis.com/destinations/"+c.decoy("dst_2x9QmL4vRtY7"), "application/json", `{"settings":[{"name":"apiSecret","value":"`+c.secret("Segment destination settings {name: apiSecret, value}", c.hexs(32))+`"},{"name":"`+c.decoy("region")+`","value":"`+c.decoy("eu-central")+`"},{"name":"serverKey","value":"`+c.secret("Segment destination settings {name: serverKey, value}", c.pick(gB64uAlpha, 48))+`"}],"enabled":true}`)
		}},
		{cat, "home-assistant-config-flow-schema-then-input", func(c *gcase) {
			c.post("https://ha.acme.home/api/config/config_entries/flow", "application/json", `{"handler":"mqtt","show_advanced_options":false}`).
				resp("application/json", `{"type":"form","flow_id":"`+c.decoy(c.hexs(32))+`","handler":"mqtt","step_id":"broker","data_schema":[{"name":"broker","required":true,"type":"string"},{"name":"password","optional":true,"type":"string"}],`+c.decoy(`"last_step":null`)+`}`)
			c.post("https://ha.acme.home/api/config/config_entries/flow/"+c.hexs(32), "application/json", `{"broker":"`+c.decoy("192.168.10.5")+`","port":1883,"username":"ha","password":"`+c.secret("HA config flow input password", c.h7Pw())+`"}`)
		}},
	}
}

// 3. Unnamed machine credentials by shape.
func h7Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "shopify-account-activate-and-reset-paths", func(c *gcase) {
			cust := c.decoy(c.h7Num("7", 13))
			c.get("https://acme-shop.example/account/activate/" + cust + "/" + c.secret("Shopify activation path token (32 hex)", c.hexs(32)) + "-1700000000")
			c.get("https://acme-shop.example/account/reset/" + cust + "/" + c.secret("Shopify reset path token", c.hexs(32)) + "-1700003600?" + c.decoy("locale=de"))
		}},
		{cat, "thingsboard-device-token-in-telemetry-path", func(c *gcase) {
			c.post("https://tb.acme.example/api/v1/"+c.secret("ThingsBoard device access token path segment", c.alnum(20))+"/telemetry", "application/json", `{"temperature":21.7,"humidity":44,`+c.decoy(`"fw":"2.3.1"`)+`}`)
			c.get("https://tb.acme.example/api/v1/" + c.secret("ThingsBoard device token in attributes path", c.alnum(20)) + "/attributes?" + c.decoy("sharedKeys=targetFw"))
		}},
		{cat, "home-assistant-webhook-id-path", func(c *gcase) {
			c.post("https://ha.acme.home/api/webhook/"+c.secret("Home Assistant webhook_id path (64 hex)", c.hexs(64)), "application/json", `{"type":"update_location","data":{"battery":81,"gps_accuracy":12}}`).
				sh("X-Ha-Version", c.decoy("2024.11.3"))
		}},
		{cat, "make-and-discord-webhook-capability-urls", func(c *gcase) {
			c.post("https://hook.eu1.make.com/"+c.secret("Make webhook path (32 lower alnum)", c.pick(gLower+gDigits, 32)), "application/json", `{"order":"`+c.decoy("#1042")+`"}`)
			c.post("https://discord.com/api/webhooks/"+c.decoy(c.h7Num("12", 19))+"/"+c.secret("Discord webhook token path", c.pick(gB64uAlpha, 68)), "application/json", `{"content":"new order"}`)
		}},
		{cat, "localstorage-snapshot-opaque-keys", func(c *gcase) {
			snap := `{"ajs_anonymous_id":"\"` + c.uuid() + `\"","vsf-locale":"` + c.decoy("en-GB") + `","x7f1":"` + c.secret("opaque localStorage key x7f1 (base64url 48)", c.b64u(48)) + `","_grecaptcha":"09AN` + c.pick(gB64uAlpha, 20) + `","st":"` + c.secret("opaque localStorage key st (mixed 40)", c.alnum(40)) + `"}`
			c.post("https://support.acme.example/api/tickets/8812/attachments", "application/json", `{"filename":"localStorage.json","content":`+gJS(snap)+`}`)
		}},
		{cat, "decoys-only-storefront-assets-and-tracing", func(c *gcase) {
			c.get("https://cdn.shopify.com/s/files/1/"+c.decoy("0612/3456/7890")+"/files/hero.jpg?v="+c.decoy("1700000000")+"&width=1200").
				rh("sentry-trace", c.decoy(c.hexs(32)+"-"+c.hexs(16)+"-1"), "baggage", c.decoy("sentry-environment=production,sentry-release=storefront%40"+c.hexs(12))).
				sh("CF-Ray", c.decoy(c.hexs(16)+"-FRA"), "ETag", c.decoy(`"`+c.hexs(32)+`"`), "X-Cache", "HIT")
			c.get("https://images.ctfassets.net/" + c.decoy("x9k2m4p6q8r0") + "/" + c.decoy(c.pick(gAlnum, 22)) + "/" + c.decoy(c.hexs(32)) + "/hero.png?" + c.decoy("fm=webp&q=80"))
			c.get("https://acme-shop.example/cdn/shop/t/12/assets/theme."+c.decoy(c.hexs(8))+".js").sh("Content-Security-Policy", c.decoy("script-src 'self' 'sha256-"+c.b64s(32)+"'"))
		}},
		{cat, "ghost-member-magic-link-and-preview-uuid", func(c *gcase) {
			c.get("https://blog.acme.example/members/?" + "token=" + c.secret("Ghost member magic-link token", c.pick(gB64uAlpha, 43)) + "&action=signin&" + c.decoy("r=https%3A%2F%2Fblog.acme.example%2F"))
			c.get("https://blog.acme.example/p/" + c.decoy(c.uuid()) + "/")
		}},
		{cat, "unnamed-values-in-json-arrays", func(c *gcase) {
			c.get("https://acme.retool.com/api/pages/uuids/"+c.decoy(c.uuid())+"/query?queryName=creds").resp("application/json",
				`{"queryData":[["`+c.decoy("stripe")+`","`+c.secret("unnamed array value (sk_live_)", "sk_live_"+c.alnum(99))+`"],["`+c.decoy("sendgrid")+`","`+c.secret("unnamed array value (SG.)", "SG."+c.pick(gB64uAlpha, 22)+"."+c.pick(gB64uAlpha, 43))+`"]],"rowsAffected":2}`)
		}},
		{cat, "tcf-consent-and-gclid-decoys-beside-session", func(c *gcase) {
			tc := "CQ" + c.pick(gB64uAlpha, 160) + ".YAAAAAAAAAAA"
			c.get("https://googleads.g.doubleclick.net/pagead/viewthroughconversion/" + c.decoy("987654321") + "/?" + c.decoy("gclid=Cj0KCQiA"+c.pick(gB64uAlpha, 80)) + "&" + c.decoy("gdpr=1") + "&" + c.decoy("gdpr_consent="+tc) + "&" + c.decoy("random=1700000000123") + "&cv=11&fst=1700000000123")
			c.get("https://acme-shop.example/cart.js?"+c.decoy("_="+"1700000000456")).rh("X-Shopify-Storefront-Session", c.secret("storefront session header unnamed shape", c.b64u(32)))
		}},
	}
}

// 4. Carriers and stacked encodings.
func h7Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "wordpress-wpapisettings-inline-script", func(c *gcase) {
			c.get("https://blog.acme.example/wp-admin/post.php?post="+c.decoy("4711")+"&action=edit").resp("text/html; charset=UTF-8",
				`<script id="wp-api-request-js-extra">var wpApiSettings = {"root":"https:\/\/blog.acme.example\/wp-json\/","nonce":"`+c.secret("wpApiSettings.nonce in inline script", c.hexs(10))+`","versionString":"`+c.decoy(`wp\/v2\/`)+`"};</script><script>var _wpUtilSettings = {"ajax":{"url":"\/wp-admin\/admin-ajax.php"}};var heartbeatSettings = {"nonce":"`+c.secret("heartbeatSettings.nonce", c.hexs(10))+`",`+c.decoy(`"interval":60`)+`};</script>`)
		}},
		{cat, "shopify-checkout-authenticity-token-html", func(c *gcase) {
			c.get("https://acme-shop.example/account/login").resp("text/html",
				`<form method="post" action="/account/login" id="customer_login" accept-charset="UTF-8"><input type="hidden" name="form_type" value="`+c.decoy("customer_login")+`" /><input type="hidden" name="utf8" value="✓" /><input type="hidden" name="authenticity_token" value="`+c.secret("authenticity_token hidden input", c.pick(gB64uAlpha, 86))+`" /><meta name="csrf-token" content="`+c.secret("csrf-token meta content", c.b64s(64))+`"></form>`)
		}},
		{cat, "vue-storefront-nuxt-state-js-escaped", func(c *gcase) {
			tok := c.secret("customerToken in window.__NUXT__ (\\u002F escaped)", c.pick(gLower+gDigits, 32))
			c.get("https://shop.acme.example/pl/my-account").resp("text/html",
				`<script>window.__NUXT__=(function(a,b){return {state:{vsf:{"vsf-customer":a,"vsf-cart":"`+c.decoy("c0ffee12-cart")+`","vsf-store":"https:\u002F\u002Fshop.acme.example\u002Fpl"},cookies:{"vsf-customer":"`+tok+`"}}}}("`+tok+`",null));</script>`)
		}},
		{cat, "bigcommerce-signed-payload-jwt-base64-json", func(c *gcase) {
			pl := `{"user":{"id":9128,"email":"` + c.secret("email inside BigCommerce signed_payload base64", "oskar.lindqvist@acme-corp.example") + `","locale":"en"},"owner":{"id":9128},"context":"stores/x7k2m9q4ab","store_hash":"x7k2m9q4ab","timestamp":1700000000.123}`
			c.get("https://app.acme.example/bc/load?signed_payload=" + url.QueryEscape(gB64(pl)+"."+gB64(c.secret("signed_payload HMAC part", c.hexs(64)))) + "&" + c.decoy("store_hash=x7k2m9q4ab"))
		}},
		{cat, "meta-capi-form-data-json-and-access-token", func(c *gcase) {
			data := `[{"event_name":"Purchase","event_time":1700000000,"action_source":"website","event_id":"` + c.decoy("ord_1042") + `","user_data":{"em":["` + c.decoy(c.hexs(64)) + `"],"client_ip_address":"` + c.secret("CAPI user_data.client_ip_address (user IP)", "203.0.113.58") + `","client_user_agent":"Mozilla/5.0","fbc":"fb.1.1700000000123.` + c.pick(gB64uAlpha, 20) + `"},"custom_data":{"currency":"EUR","value":129.9}}]`
			c.post("https://graph.facebook.com/v19.0/"+c.decoy("1234567890123")+"/events", "application/x-www-form-urlencoded", "data="+url.QueryEscape(data)+"&access_token="+c.secret("CAPI access_token (EAA...)", "EAAG"+c.alnum(180))+"&"+c.decoy("test_event_code=TEST4821"))
		}},
		{cat, "twitch-irc-over-websocket-pass", func(c *gcase) {
			c.get("wss://irc-ws.chat.twitch.tv/").code(101).
				wsMsg("send", 1, "CAP REQ :twitch.tv/tags twitch.tv/commands").
				wsMsg("send", 1, "PASS oauth:"+c.secret("Twitch IRC PASS oauth:X frame", c.pick(gLower+gDigits, 30))).
				wsMsg("send", 1, "NICK acmebot").
				wsMsg("receive", 1, ":tmi.twitch.tv 001 acmebot :"+c.decoy("Welcome, GLHF!"))
		}},
		{cat, "twilio-conversations-twilsock-init-frame", func(c *gcase) {
			jwt := c.secret("Twilio Conversations access token in twilsock init frame", gB64u(`{"typ":"JWT","alg":"HS256","cty":"twilio-fpa;v=1"}`)+"."+gB64u(`{"jti":"SK`+c.hexs(32)+`-1700000000","grants":{"identity":"agent-7","chat":{"service_sid":"IS`+c.hexs(32)+`"}},"iss":"SK`+c.hexs(32)+`","exp":1700003600}`)+"."+c.b64u(32))
			body := `{"method":"init","id":"` + c.decoy("TM"+c.hexs(32)) + `","token":"` + jwt + `","continuation_token":"` + c.secret("twilsock continuation_token", c.b64s(96)) + `","registrations":null,"tweaks":null}`
			c.get("wss://tsock.us1.twilio.com/v3/wsconnect").code(101).wsMsg("send", 1, "TWILSOCK V3.0 "+c.decoy("1")+"\r\n"+body)
		}},
		{cat, "n8n-push-event-stream-split-data", func(c *gcase) {
			c.get("https://n8n.acme.example/rest/push?"+c.decoy("pushRef=k3m9x2p7q1")).resp("text/event-stream",
				"event: message\ndata: {\"type\":\"nodeExecuteAfter\",\"data\":{\"executionId\":\""+c.decoy("4821")+"\",\"nodeName\":\"Login\",\n"+
					"data: \"data\":{\"main\":[[{\"json\":{\"session\":{\"refreshToken\":\""+c.secret("refreshToken in SSE event split across data: lines", c.pick(gB64uAlpha, 64))+"\"}}}]]}}}\n\n"+
					"event: ping\ndata: {\"type\":\"heartbeat\"}\n\n")
		}},
		{cat, "moodle-multipart-base64-part-env-file", func(c *gcase) {
			b := "----WebKitFormBoundary" + c.pick(gAlnum, 16)
			env := "APP_ENV=production\nDB_HOST=db01\nDB_PASSWORD=" + c.secret("DB_PASSWORD inside base64 multipart part", c.h7Pw()) + "\nMAIL_FROM=noreply@acme.example\n"
			body := "--" + b + "\r\nContent-Disposition: form-data; name=\"repo_upload_file\"; filename=\"env.txt\"\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString([]byte(env)) + "\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"itemid\"\r\n\r\n" + c.decoy("718293") + "\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"sesskey\"\r\n\r\n" + c.secret("Moodle sesskey multipart part", c.alnum(10)) + "\r\n--" + b + "--\r\n"
			c.post("https://moodle.acme.edu/repository/repository_ajax.php?action=upload", "multipart/form-data; boundary="+b, body)
		}},
		{cat, "salesforce-commerce-double-encoded-return-url", func(c *gcase) {
			inner := "/on/demandware.store/Sites-Acme-Site/en_GB/Account-SetNewPassword?Token=" + c.secret("SFCC SetNewPassword Token in double-encoded returnUrl", c.pick(gB64uAlpha, 40))
			c.get("https://www.acme-shop.example/on/demandware.store/Sites-Acme-Site/en_GB/Login-Show?returnUrl=" + url.QueryEscape(url.QueryEscape(inner)) + "&" + c.decoy("lang=en_GB"))
		}},
		{cat, "chrome-service-worker-cache-storage-dump", func(c *gcase) {
			dump := `{"cacheName":"workbox-runtime-https://app.acme.example/","entries":[{"requestURL":"https://api.acme.example/v1/me","requestHeaders":{"authorization":"Bearer ` + c.secret("authorization in pasted Cache Storage dump", c.alnum(48)) + `"},"responseType":"cors","responseHeaders":{"content-type":"application/json","x-build":"` + c.decoy("2026.11.3-41a9c") + `"}}]}`
			c.post("https://support.acme.example/api/tickets/8813/comments", "application/json", `{"body":{"html":"<pre>`+strings.ReplaceAll(strings.ReplaceAll(dump, "&", "&amp;"), `"`, "&quot;")+`</pre>"}}`)
		}},
		{cat, "indexeddb-dump-keyvaluepairs-nested-json-string", func(c *gcase) {
			val := `{"authState":{"accessToken":"` + c.secret("accessToken inside JSON string inside IndexedDB value", c.qJWT(`{"sub":"u_1042","scope":"read write","exp":1700003600}`)) + `","expiresAt":1700003600}}`
			c.post("https://support.acme.example/api/tickets/8814/attachments", "application/json", `{"filename":"idb.json","content":`+gJS(gJS(map[string]any{"database": "localforage", "store": "keyvaluepairs", "records": []any{map[string]any{"key": "persist:root", "value": val}, map[string]any{"key": c.decoy("schemaVersion"), "value": "7"}}}))+`}`)
		}},
	}
}

// 5. Exporter quirks.
func h7Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "charles-bigcommerce-login-form-as-param-name", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "5.0"}
			body := "login_email=" + url.QueryEscape("buyer@acme-corp.example") + "&login_pass=" + url.QueryEscape(c.secret("BigCommerce login_pass in params[0].name", c.h7Pw())) + "&authenticity_token=" + url.QueryEscape(c.secret("authenticity_token in params[0].name", c.b64s(32)))
			e := c.post("https://store-x7k2m9q4ab.mybigcommerce.com/login.php?action=check_login", "application/x-www-form-urlencoded", body)
			e.post.params = []any{map[string]any{"name": body, "value": ""}}
			e.sh("X-BC-Store-Version", c.decoy("7.6.0"))
		}},
		{cat, "proxyman-empty-mime-tuya-token-json", func(c *gcase) {
			c.creator = [2]string{"Proxyman", "5.8.0"}
			c.get("https://openapi.tuyaeu.com/v1.0/token?grant_type=1").resp("",
				`{"result":{"access_token":"`+c.secret("Tuya access_token in response with empty mime", c.hexs(32))+`","expire_time":7200,"refresh_token":"`+c.secret("Tuya refresh_token", c.hexs(32))+`","uid":"`+c.decoy("bay1700000000abcd")+`"},"success":true,`+c.decoy(`"t":1700000000123`)+`,"tid":"`+c.decoy(c.hexs(32))+`"}`)
		}},
		{cat, "http-toolkit-base64-octet-stream-form-body", func(c *gcase) {
			c.creator = [2]string{"HTTP Toolkit", "1.19.0"}
			form := "grant_type=password&username=svc-import&password=" + url.QueryEscape(c.secret("password in base64 octet-stream request body", c.h7Pw())) + "&client_id=greenhouse-importer"
			e := c.post("https://auth.acme.example/oauth/token", "application/octet-stream", base64.StdEncoding.EncodeToString([]byte(form)))
			e.post.encoding = "base64"
			e.set("_requestBodyStatus", c.decoy("available"))
		}},
		{cat, "charles-base64-json-response-wrong-mime", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "5.0"}
			e := c.post("https://api.vonage.com/v1/applications", "application/json", `{"name":"ivr","capabilities":{"voice":{}}}`).
				resp("text/plain", base64.StdEncoding.EncodeToString([]byte(`{"id":"`+c.uuid()+`","name":"ivr","keys":{"public_key":"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA`+c.b64s(24)+`\n-----END PUBLIC KEY-----\n","private_key":"-----BEGIN PRIVATE KEY-----\n`+c.secret("Vonage application private_key body (base64 response)", c.b64s(120))+`\n-----END PRIVATE KEY-----\n"}}`)))
			e.respEncoding = "base64"
		}},
		{cat, "chrome-net-export-json-attached", func(c *gcase) {
			c.creator = [2]string{"WebInspector", "537.36"}
			netlog := `{"constants":{"clientInfo":{"name":"Google Chrome","version":"131.0.6778.86"}},"events":[{"params":{"headers":[":method: GET",":path: /api/v1/me","cookie: _session_id=` + c.secret("cookie line in net-export headers list", c.hexs(32)) + `","authorization: Bearer ` + c.secret("authorization line in net-export headers list", c.alnum(40)) + `","` + c.decoy("accept-language: de-DE,de;q=0.9") + `"]},"phase":0,"source":{"id":` + c.decoy("418273") + `,"type":1},"time":"` + c.decoy("1184293812") + `","type":169}]}`
			c.post("https://support.acme.example/api/uploads?name=netlog.json", "application/json", netlog)
		}},
		{cat, "set-cookie-comma-joined-with-expires", func(c *gcase) {
			c.creator = [2]string{"Proxyman", "5.8.0"}
			c.get("https://www.acme-shop.example/on/demandware.store/Sites-Acme-Site/en_GB/Home-Show").
				sh("Set-Cookie", "dwsid="+c.secret("SFCC dwsid in comma-joined Set-Cookie", c.pick(gB64uAlpha, 86))+"; path=/; HttpOnly; Secure, dwsecuretoken_"+c.hexs(32)+"="+c.secret("SFCC dwsecuretoken after Expires comma", c.pick(gAlnum, 22))+"; Expires=Sun, 22-Nov-2026 10:45:00 GMT; path=/; Secure, "+c.decoy("dw_dnt")+"=0; path=/")
		}},
		{cat, "cookie-header-valueless-entries", func(c *gcase) {
			c.creator = [2]string{"HTTP Toolkit", "1.19.0"}
			c.get("https://acme.greenhouse.io/dashboard").rh("Cookie", c.secret("valueless cookie entry (bare token)", c.pick(gB64uAlpha, 40))+"; _session_id="+c.secret("Greenhouse _session_id", c.hexs(32))+"; _ga")
		}},
		{cat, "server-ip-and-connection-fields-decoys", func(c *gcase) {
			e := c.get("https://api.airtable.com/v0/"+c.decoy("appX9k2m4p6q8r0st")+"/Orders?"+c.decoy("maxRecords=3")).rh("Authorization", "Bearer "+c.secret("Airtable PAT pat...", "pat"+c.pick(gAlnum, 14)+"."+c.hexs(64)))
			e.set("serverIPAddress", c.decoy("104.18.12.33"))
			e.set("connection", c.decoy("417223"))
			e.set("_securityDetails", map[string]any{"protocol": "TLS 1.3", "subjectName": c.decoy("*.airtable.com")})
		}},
	}
}

// 6. One secret redacted everywhere.
func h7Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "drupal-session-token-plain-body-then-header-then-json", func(c *gcase) {
			tok := c.secret("Drupal /session/token plain text body reused", c.pick(gB64uAlpha, 43))
			c.get("https://cms.acme.example/session/token").resp("text/plain", tok)
			c.post("https://cms.acme.example/node?"+c.decoy("_format=json"), "application/json", `{"type":[{"target_id":"article"}],"title":[{"value":"Hello"}]}`).rh("X-CSRF-Token", tok)
			c.post("https://log.acme.example/collect", "application/json", `{"msg":"csrf refreshed","v":"`+tok+`",`+c.decoy(`"module":"rest"`)+`}`)
		}},
		{cat, "shopify-checkout-token-path-before-json", func(c *gcase) {
			tok := c.secret("Shopify checkout token in earlier path then JSON token", c.hexs(32))
			c.get("https://acme-shop.example/checkouts/cn/" + tok + "/information?" + c.decoy("_r=AQAB"+c.hexs(8)))
			c.post("https://acme-shop.example/wallets/checkouts.json", "application/json", `{"checkout":{"token":"`+tok+`","email":"jan.novak@posta-acme.example",`+c.decoy(`"currency":"CZK"`)+`}}`)
		}},
		{cat, "twitch-token-in-localstorage-before-oauth-header", func(c *gcase) {
			tok := c.secret("Twitch user token in earlier localStorage dump, later OAuth header", c.pick(gLower+gDigits, 30))
			c.post("https://support.acme.example/api/tickets/8815/comments", "text/plain", "localStorage:\n  twilight-user = {\"authToken\":\""+tok+"\",\"displayName\":\"acmegames\"}\n  "+c.decoy("twilight-lang=en")+"\n")
			c.post("https://gql.twitch.tv/gql", "application/json", `[{"operationName":"ChannelShell","variables":{"login":"acmegames"},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"`+c.decoy(c.hexs(64))+`"}}}]`).rh("Authorization", "OAuth "+tok, "Client-Id", c.decoy("kimne78kx3ncx6brgo4mv6wki5h1ko"))
		}},
		{cat, "home-assistant-token-ws-and-escaped-hasstokens", func(c *gcase) {
			at := c.secret("HA access_token in ws auth, Bearer and escaped hassTokens", c.qJWT(`{"iss":"`+c.hexs(32)+`","iat":1700000000,"exp":1700001800}`))
			c.get("wss://ha.acme.home/api/websocket").code(101).
				wsMsg("receive", 1, `{"type":"auth_required","ha_version":"`+c.decoy("2024.11.3")+`"}`).
				wsMsg("send", 1, `{"type":"auth","access_token":"`+at+`"}`)
			c.get("https://ha.acme.home/api/states").rh("Authorization", "Bearer "+at)
			c.post("https://support.acme.example/api/notes", "application/json", `{"note":"hassTokens = \"{\\\"access_token\\\":\\\"`+at+`\\\",\\\"token_type\\\":\\\"Bearer\\\"}\""}`)
		}},
		{cat, "notion-token-v2-cookie-echoed-in-sentry-breadcrumb-b64", func(c *gcase) {
			tv2 := c.secret("Notion token_v2 cookie echoed base64 in Sentry envelope", "v03%3A"+c.pick(gB64uAlpha, 180))
			c.post("https://www.notion.so/api/v3/loadUserContent", "application/json", `{}`).rh("Cookie", "token_v2="+tv2+"; notion_browser_id="+c.uuid(), "notion-client-version", c.decoy("23.13.0.1234"))
			c.post("https://o324374.ingest.sentry.io/api/5245132/envelope/", "text/plain;charset=UTF-8", `{"event_id":"`+c.decoy(c.hexs(32))+`","sent_at":"2026-11-22T10:15:03.123Z"}`+"\n"+`{"type":"event"}`+"\n"+`{"breadcrumbs":[{"category":"fetch","data":{"ctx":"`+gB64("token_v2="+tv2)+`"}}]}`)
		}},
		{cat, "canvas-token-header-then-percent-query-then-basic", func(c *gcase) {
			tok := c.secret("Canvas 7~ token in header, query and Basic", "7~"+c.alnum(64))
			c.get("https://canvas.acme.edu/api/v1/courses?"+c.decoy("enrollment_state=active")).rh("Authorization", "Bearer "+tok)
			c.get("https://canvas.acme.edu/files/" + c.decoy("81723") + "/download?" + c.decoy("download_frd=1") + "&access_token=" + url.QueryEscape(tok))
			c.post("https://grader.acme.example/sync", "application/json", `{"canvas":"`+gB64("api:"+tok)+`"}`)
		}},
		{cat, "ghost-session-cookie-json-escaped-echo", func(c *gcase) {
			sess := c.secret("ghost-admin-api-session cookie echoed in diagnostic JSON", "s%3A"+c.pick(gB64uAlpha, 32)+"."+c.pick(gAlnum+"%", 43))
			c.get("https://blog.acme.example/ghost/api/admin/users/me/").rh("Cookie", "ghost-admin-api-session="+sess)
			c.post("https://support.acme.example/api/notes", "application/json", `{"note":"request had Cookie: ghost-admin-api-session=`+sess+`",`+c.decoy(`"ghostVersion":"5.101.2"`)+`}`)
		}},
	}
}

// 7. GraphQL.
func h7GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "shopify-customer-activate-variables", func(c *gcase) {
			c.post("https://acme-shop.myshopify.com/api/2024-10/graphql.json", "application/json",
				`{"query":"mutation customerActivate($id: ID!, $input: CustomerActivateInput!) { customerActivate(id: $id, input: $input) { customerAccessToken { accessToken } customerUserErrors { code } } }","variables":{"id":"`+c.decoy("gid://shopify/Customer/7012345678901")+`","input":{"activationToken":"`+c.secret("Shopify input.activationToken variable", c.hexs(32))+`","password":"`+c.secret("Shopify input.password variable", c.h7Pw())+`"}}}`).
				rh("X-Shopify-Storefront-Access-Token", c.hexs(32))
		}},
		{cat, "bigcommerce-login-variable-name-mismatch", func(c *gcase) {
			c.post("https://store-x7k2m9q4ab.mybigcommerce.com/graphql", "application/json",
				`{"query":"mutation Login($e: String!, $p: String!) { login(email: $e, password: $p) { result customer { entityId } } }","variables":{"e":"buyer@acme-corp.example","p":"`+c.secret("variable $p bound to password argument", c.h7Pw())+`"}}`).
				rh("Authorization", "Bearer "+c.secret("BigCommerce storefront token (JWT)", c.qJWT(`{"cid":[1],"cors":["https://shop.acme.example"],"eat":1800000000,"iat":1700000000,"iss":"BC","sid":1001234567,"sub":"acme","sub_type":0,"token_type":1}`)))
		}},
		{cat, "magento-generate-customer-token-inline-literals", func(c *gcase) {
			c.post("https://store.acme.example/graphql", "application/json", `{"query":"mutation { generateCustomerToken(email: \"buyer@acme-corp.example\", password: \"`+c.secret("inline literal password: in generateCustomerToken", c.h7Pw())+`\") { token } }"}`).
				resp("application/json", `{"data":{"generateCustomerToken":{"token":"`+c.secret("Magento customer token in GraphQL response", c.pick(gLower+gDigits, 32))+`"}}}`)
		}},
		{cat, "saleor-token-create-response-triplet", func(c *gcase) {
			c.post("https://api.saleor.acme.example/graphql/", "application/json", `{"operationName":"TokenCreate","variables":{"email":"ops@acme-corp.example","password":"`+c.secret("Saleor tokenCreate password variable", c.h7Pw())+`"},"query":"mutation TokenCreate($email: String!, $password: String!) { tokenCreate(email: $email, password: $password) { token refreshToken csrfToken errors { field } } }"}`).
				resp("application/json", `{"data":{"tokenCreate":{"token":"`+c.secret("Saleor token", c.qJWT(`{"iat":1700000000,"owner":"saleor","iss":"https://api.saleor.acme.example/graphql/","exp":1700000300,"token":"`+c.alnum(12)+`","email":"ops@acme-corp.example","type":"access"}`))+`","refreshToken":"`+c.secret("Saleor refreshToken", c.qJWT(`{"type":"refresh","exp":1702592000}`))+`","csrfToken":"`+c.secret("Saleor csrfToken (64 alnum)", c.alnum(64))+`",`+c.decoy(`"errors":[]`)+`}}}`)
		}},
		{cat, "twitch-gql-batch-playback-access-token", func(c *gcase) {
			c.post("https://gql.twitch.tv/gql", "text/plain;charset=UTF-8", `[{"operationName":"PlaybackAccessToken","variables":{"isLive":true,"login":"acmegames","isVod":false,"vodID":"","playerType":"site"},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"`+c.decoy(c.hexs(64))+`"}}}]`).
				rh("Client-Integrity", c.secret("Twitch Client-Integrity header", "v4.public."+c.pick(gB64uAlpha, 300)), "Device-ID", c.decoy(c.pick(gAlnum, 32))).
				resp("application/json", `[{"data":{"streamPlaybackAccessToken":{"value":"{\"adblock\":false,\"channel\":\"acmegames\",\"channel_id\":123456789,\"expires\":1700001200}","signature":"`+c.secret("Twitch playback token signature (40 hex)", c.hexs(40))+`","__typename":"PlaybackAccessToken"}},"extensions":{"durationMilliseconds":37,`+c.decoy(`"operationName":"PlaybackAccessToken"`)+`}}]`)
		}},
		{cat, "directus-system-auth-login-persisted-get", func(c *gcase) {
			v := `{"email":"admin@acme-corp.example","password":"` + c.secret("Directus auth_login variables.password in GET", c.h7Pw()) + `","otp":"` + c.secret("Directus auth_login variables.otp", c.digits(8)) + `"}`
			c.get("https://directus.acme.example/graphql/system?query=" + url.QueryEscape(`mutation Login($email: String!, $password: String!, $otp: String) { auth_login(email: $email, password: $password, otp: $otp) { access_token refresh_token expires } }`) + "&variables=" + url.QueryEscape(v) + "&" + c.decoy("operationName=Login"))
		}},
		{cat, "commercetools-me-signin-graphql-ws", func(c *gcase) {
			c.get("wss://api.acme-shop.example/graphql").rh("Sec-WebSocket-Protocol", "graphql-transport-ws").code(101).
				wsMsg("send", 1, `{"type":"connection_init","payload":{"Authorization":"Bearer `+c.secret("graphql-ws connection_init payload.Authorization", c.pick(gB64uAlpha, 32))+`"}}`).
				wsMsg("send", 1, `{"id":"1","type":"subscribe","payload":{"query":"mutation($draft: CustomerSignMeInDraft!) { customerSignMeIn(draft: $draft) { customer { id } } }","variables":{"draft":{"email":"buyer@acme-corp.example","password":"`+c.secret("commercetools draft.password over graphql-ws", c.h7Pw())+`"}}}}`).
				wsMsg("receive", 1, `{"id":"1","type":"next","payload":{"data":{"customerSignMeIn":{"customer":{"id":"`+c.decoy(c.uuid())+`"}}}}}`)
		}},
	}
}

// 8. Vendor token formats.
func h7Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "shopify-shared-secret-and-custom-app-tokens-in-env-paste", func(c *gcase) {
			c.post("https://support.acme.example/api/tickets", "application/json", `{"body":"app env:\nSHOPIFY_API_KEY=`+c.hexs(32)+`\nSHOPIFY_SECRET=`+c.secret("Shopify shpss_ shared secret", "shpss_"+c.hexs(32))+`\nCUSTOM=`+c.secret("Shopify shpca_ custom app token", "shpca_"+c.hexs(32))+`\nPRIVATE=`+c.secret("Shopify shppa_ private app token", "shppa_"+c.hexs(32))+`\n"}`)
		}},
		{cat, "twilio-api-key-sid-and-secret-basic", func(c *gcase) {
			sk := "SK" + c.hexs(32)
			c.post("https://conversations.twilio.com/v1/Conversations/"+c.decoy("CH"+c.hexs(32))+"/Messages", "application/x-www-form-urlencoded", "Author=agent-7&Body="+url.QueryEscape("Your order shipped")).
				rh("Authorization", "Basic "+gB64(sk+":"+c.secret("Twilio API key secret in Basic", c.alnum(32))))
			c.post("https://paste.acme.example/api", "text/plain", "TWILIO_API_KEY="+c.secret("Twilio SK API key in paste", "SK"+c.hexs(32))+"\nTWILIO_ACCOUNT_SID="+c.decoy("AC"+c.hexs(32))+"\n")
		}},
		{cat, "messagebird-accesskey-and-vonage-query", func(c *gcase) {
			c.post("https://rest.messagebird.com/messages", "application/json", `{"recipients":["31612345678"],"originator":"`+c.decoy("AcmeShop")+`","body":"Your code"}`).
				rh("Authorization", "AccessKey "+c.secret("MessageBird AccessKey scheme (25 alnum)", c.alnum(25)))
			c.get("https://rest.nexmo.com/account/get-balance?api_key=" + c.hexs(8) + "&api_secret=" + c.secret("Vonage api_secret (16 alnum)", c.alnum(16)))
		}},
		{cat, "whatsapp-cloud-api-system-user-token", func(c *gcase) {
			c.post("https://graph.facebook.com/v20.0/"+c.decoy("106540352242922")+"/messages", "application/json", `{"messaging_product":"whatsapp","to":"4915112345678","type":"template","template":{"name":"`+c.decoy("order_update")+`","language":{"code":"de"}}}`).
				rh("Authorization", "Bearer "+c.secret("WhatsApp Cloud API EAA token", "EAAJ"+c.alnum(200)))
		}},
		{cat, "grafana-service-account-and-cloud-tokens", func(c *gcase) {
			c.get("https://grafana.acme.example/api/live/ws").code(101).rh("Authorization", "Bearer "+c.secret("Grafana glsa_ service account token", "glsa_"+c.alnum(32)+"_"+c.hexs(8)))
			c.post("https://paste.acme.example/api", "text/plain", "grafana_cloud:\n  token: "+c.secret("Grafana Cloud glc_ token", "glc_"+c.pick(gAlnum+"+/", 80)+"==")+"\n  "+c.decoy("stack: acme-prod")+"\n")
		}},
		{cat, "square-access-token-and-app-secret", func(c *gcase) {
			c.post("https://connect.squareup.com/v2/payments", "application/json", `{"idempotency_key":"`+c.decoy(c.uuid())+`","source_id":"`+c.decoy("cnon:card-nonce-ok")+`","amount_money":{"amount":1299,"currency":"USD"}}`).
				rh("Authorization", "Bearer "+c.secret("Square EAAA access token", "EAAA"+c.pick(gAlnum+"-_", 60)), "Square-Version", c.decoy("2024-10-17"))
			c.post("https://paste.acme.example/api", "text/plain", "square:\n  app_id: "+c.decoy("sq0idp-"+c.pick(gB64uAlpha, 22))+"\n  app_secret: "+c.secret("Square sq0csp- app secret", "sq0csp-"+c.pick(gB64uAlpha, 43))+"\n")
		}},
		{cat, "mailchimp-and-klaviyo-keys", func(c *gcase) {
			c.get("https://us21.api.mailchimp.com/3.0/lists?"+c.decoy("count=10")).rh("Authorization", "apikey "+c.secret("Mailchimp API key (32 hex-us21)", c.hexs(32)+"-us21"))
			c.get("https://a.klaviyo.com/api/profiles/?"+c.decoy("page%5Bsize%5D=20")).rh("Authorization", "Klaviyo-API-Key "+c.secret("Klaviyo private key pk_ (34 hex)", "pk_"+c.hexs(34)), "revision", c.decoy("2024-10-15"))
		}},
		{cat, "stripe-restricted-key-in-n8n-workflow-json", func(c *gcase) {
			c.post("https://n8n.acme.example/rest/workflows", "application/json", `{"name":"Refunds","nodes":[{"parameters":{"jsCode":"const stripe = require('stripe')('`+c.secret("Stripe rk_live_ in n8n Code node jsCode", "rk_live_"+c.alnum(99))+`');\nreturn items;"},"name":"Code","type":"n8n-nodes-base.code","typeVersion":2,"position":[460,300],"id":"`+c.decoy(c.uuid())+`"}],"connections":{},`+c.decoy(`"settings":{"executionOrder":"v1"}`)+`}`)
		}},
		{cat, "discord-oauth-client-secret-and-bot-token", func(c *gcase) {
			c.post("https://discord.com/api/oauth2/token", "application/x-www-form-urlencoded", "client_id="+c.decoy(c.h7Num("11", 19))+"&client_secret="+c.secret("Discord client_secret (32 b64u)", c.pick(gB64uAlpha, 32))+"&grant_type=authorization_code&code="+c.secret("Discord oauth code", c.alnum(30))+"&redirect_uri="+url.QueryEscape("https://app.acme.example/discord/cb"))
			c.get("https://discord.com/api/v10/users/@me/guilds").rh("Authorization", "Bot "+c.secret("Discord Bot token scheme", gB64u(c.digits(19))+"."+c.pick(gB64uAlpha, 6)+"."+c.pick(gB64uAlpha, 38)), "X-RateLimit-Precision", c.decoy("millisecond"))
		}},
		{cat, "airtable-and-segment-tokens-in-zapier-export", func(c *gcase) {
			c.post("https://zapier.com/api/v4/export", "application/json", `{"zaps":[{"id":`+c.decoy("248193558")+`,"steps":[{"app":"Airtable","auth":{"pat":"`+c.secret("Airtable pat in Zapier export", "pat"+c.pick(gAlnum, 14)+"."+c.hexs(64))+`"}},{"app":"Segment","auth":{"token":"`+c.secret("Segment sgp_ public API token", "sgp_"+c.pick(gAlnum, 64))+`"}}]}]}`)
		}},
		{cat, "contentful-delivery-token-and-notion-secret-in-next-config", func(c *gcase) {
			c.get("https://storefront.acme.example/_next/static/chunks/pages/_app-"+c.decoy(c.hexs(16))+".js").resp("application/javascript",
				`self.__NEXT_DATA__={env:{CONTENTFUL_SPACE:"`+c.decoy("x9k2m4p6q8r0")+`",CONTENTFUL_TOKEN:'`+c.secret("Contentful CDA token in single-quoted JS", c.pick(gB64uAlpha, 43))+`',NOTION:"`+c.secret("Notion secret_ token in JS", "secret_"+c.pick(gAlnum, 43))+`"}};`)
		}},
	}
}

// 9. Payment cards.
func h7Cards() []gdef {
	const cat = "9.cards"
	return []gdef{
		{cat, "shopify-card-vault-session-grouped", func(c *gcase) {
			p := c.card("4539", 16)
			c.secret("Shopify deposit session credit_card.number with spaces", gGroup4(p, " "))
			c.post("https://deposit.shopifycs.com/sessions", "application/json", `{"credit_card":{"number":"`+gGroup4(p, " ")+`","name":"`+c.secret("cardholder name credit_card.name", "Henrike Albers")+`","month":11,"year":2029,"verification_value":"418"},"payment_session_scope":"`+c.decoy("acme-shop.example")+`"}`).
				resp("application/json", `{"id":"`+c.decoy("east-"+c.hexs(32))+`"}`)
		}},
		{cat, "sfcc-sfra-billing-form-fields", func(c *gcase) {
			p := c.secret("SFRA dwfrm_billing_creditCardFields_cardNumber", c.card("5425", 16))
			c.post("https://www.acme-shop.example/on/demandware.store/Sites-Acme-Site/en_GB/CheckoutServices-SubmitPayment", "application/x-www-form-urlencoded",
				"dwfrm_billing_paymentMethod=CREDIT_CARD&dwfrm_billing_creditCardFields_cardType=Master+Card&dwfrm_billing_creditCardFields_cardNumber="+p+"&dwfrm_billing_creditCardFields_expirationMonth=3&dwfrm_billing_creditCardFields_expirationYear=2030&dwfrm_billing_creditCardFields_securityCode=512&csrf_token="+url.QueryEscape(c.secret("SFRA csrf_token", c.b64s(60)))+"&"+c.decoy("dwfrm_billing_addressFields_country=GB"))
		}},
		{cat, "bigcommerce-payments-instrument", func(c *gcase) {
			p := c.secret("BigCommerce payment instrument number", c.card("3714", 15))
			c.post("https://payments.bigcommerce.com/stores/x7k2m9q4ab/payments", "application/json", `{"payment":{"instrument":{"type":"card","number":"`+p+`","cardholder_name":"Liu Wen","verification_value":"1234","expiry_month":4,"expiry_year":2029},"payment_method_id":"`+c.decoy("stripe.card")+`"}}`).
				rh("Authorization", "PAT "+c.secret("BigCommerce payments PAT (JWT)", c.qJWT(`{"iss":"bc","sub":"x7k2m9q4ab","order_id":1042}`)))
		}},
		{cat, "whatsapp-webhook-customer-sends-card-in-chat", func(c *gcase) {
			p := c.card("4916", 16)
			c.secret("card sent in a WhatsApp text body (dashes)", gGroup4(p, "-"))
			c.post("https://hooks.acme.example/whatsapp", "application/json", `{"object":"whatsapp_business_account","entry":[{"id":"`+c.decoy(c.h7Num("1022", 15))+`","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"`+c.decoy("106540352242922")+`"},"messages":[{"from":"`+c.secret("WhatsApp messages[].from (customer phone)", "4917612345678")+`","id":"`+c.decoy("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=")+`","timestamp":"1700000000","text":{"body":"hier meine Karte `+gGroup4(p, "-")+` 03/29"},"type":"text"}]},"field":"messages"}]}]}`)
		}},
		{cat, "indexeddb-checkout-draft-card-and-ean-decoys", func(c *gcase) {
			p := c.card("6011", 16)
			c.secret("card in IndexedDB checkout draft (digits)", p)
			c.post("https://support.acme.example/api/tickets/8816/attachments", "application/json", `{"filename":"checkout-draft.json","content":{"draft":{"cardNumber":"`+p+`","items":[{"sku":"`+c.decoy("TSHIRT-BLK-M")+`","gtin":"`+c.decoy(c.h7Num("40", 13))+`"},{"variantId":"`+c.decoy(c.h7Num("4", 14))+`"}]}}}`)
		}},
		{cat, "commercetools-payment-interface-card-as-number", func(c *gcase) {
			p := c.card("2221", 16)
			c.secret("Mastercard 2-series as a JSON number in custom fields", p)
			c.post("https://api.europe-west1.gcp.commercetools.com/acme/payments", "application/json", `{"key":"`+c.decoy("pay-1042")+`","amountPlanned":{"currencyCode":"EUR","centAmount":12990},"custom":{"type":{"key":"adyen-payment"},"fields":{"pan":`+p+`,"orderNumber":"`+c.decoy(c.h7Num("10", 12))+`"}}}`)
		}},
	}
}

// 10. Free-text credential phrases.
func h7Phrases() []gdef {
	const cat = "10.phrases"
	return []gdef{
		{cat, "bamboohr-onboarding-email-temp-password", func(c *gcase) {
			c.post("https://acmecorp.bamboohr.com/api/gateway.php/acmecorp/v1/employees/418/onboarding/email", "application/json", `{"subject":"Welcome to Acme","body":"Hi Sam,\nyour laptop login is ready. Username: s.okafor\nTemporary password: `+c.secret("'Temporary password: X' in HR email body", c.h7Pw())+`\nPlease change it on first login. Start date `+c.decoy("2026-12-01")+`."}`)
		}},
		{cat, "greenhouse-candidate-note-password-is", func(c *gcase) {
			c.post("https://harvest.greenhouse.io/v1/candidates/"+c.decoy("51234871")+"/activity_feed/notes", "application/json", `{"user_id":`+c.decoy("4080123")+`,"body":"Take-home repo is private; the password is `+c.secret("'the password is X' in Greenhouse note", c.h7Pw())+` (expires Friday).","visibility":"admin_only"}`)
		}},
		{cat, "canvas-discussion-wifi-psk", func(c *gcase) {
			c.post("https://canvas.acme.edu/api/v1/courses/"+c.decoy("1187")+"/discussion_topics/"+c.decoy("90211")+"/entries", "application/x-www-form-urlencoded",
				"message="+url.QueryEscape("<p>Lab wifi: SSID "+c.decoy("ACME-LAB")+", psk="+c.secret("psk=X in Canvas discussion", c.h7Pw())+"</p>"))
		}},
		{cat, "azure-storage-connection-string-in-retool-notes", func(c *gcase) {
			c.put4("https://acme.retool.com/api/resources/blob-exports", "application/json", `{"displayName":"blob exports","notes":"conn: DefaultEndpointsProtocol=https;AccountName=`+c.decoy("acmeexports")+`;AccountKey=`+c.secret("AccountKey= in connection string", c.b64s(64))+`;EndpointSuffix=core.windows.net"}`)
		}},
		{cat, "npmrc-authtoken-in-moodle-forum-post", func(c *gcase) {
			c.post("https://moodle.acme.edu/mod/forum/post.php", "application/x-www-form-urlencoded", "reply=42&subject=npm+install+fails&message%5Btext%5D="+url.QueryEscape("my .npmrc:\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken="+c.secret(".npmrc _authToken", "npm_"+c.pick(gAlnum, 36))+"\n//npm.acme.example/:_auth="+c.secret(".npmrc _auth (base64 user:pass)", gB64("ci:"+c.h7Pw()))+"\n"+c.decoy("save-exact=true"))+"&sesskey="+c.secret("Moodle sesskey in forum post", c.alnum(10)))
		}},
		{cat, "home-assistant-secrets-yaml-paste", func(c *gcase) {
			c.post("https://community.acme.home/posts.json", "application/json", `{"raw":"my secrets.yaml:\n`+"```"+`\nwifi_ssid: `+c.decoy("HomeNet-5G")+`\nwifi_password: `+c.secret("wifi_password: X in secrets.yaml paste", c.h7Pw())+`\nmqtt_pass: `+c.secret("mqtt_pass: X in secrets.yaml paste", c.h7Pw())+`\nlatitude: `+c.decoy("52.5200")+`\n`+"```"+`","topic_id":`+c.decoy("718293")+`}`)
		}},
		{cat, "twilio-sms-body-with-reset-link-and-passphrase", func(c *gcase) {
			c.post("https://api.twilio.com/2010-04-01/Accounts/"+c.decoy("AC"+c.hexs(32))+"/Messages.json", "application/x-www-form-urlencoded",
				"To="+url.QueryEscape(c.secret("Twilio SMS To (recipient phone)", "+447700900318"))+"&From="+url.QueryEscape("+15005550006")+"&Body="+url.QueryEscape("Acme: reset your password at https://acme.example/r/"+c.secret("reset link path token in SMS body", c.pick(gB64uAlpha, 32))+" - vault passphrase: "+c.secret("'passphrase: X' in SMS body", c.h7Pw())))
		}},
	}
}

// 11. Personal data.
func h7Personal() []gdef {
	const cat = "11.personal"
	return []gdef{
		{cat, "shopify-admin-customer", func(c *gcase) {
			c.get("https://acme-shop.myshopify.com/admin/api/2024-10/customers/"+c.decoy("7012345678902")+".json").resp("application/json",
				`{"customer":{"id":7012345678902,"email":"`+c.secret("Shopify customer.email", "aiko.tanabe@mail-acme.example")+`","first_name":"`+c.secret("Shopify customer.first_name", "Aikaterini")+`","last_name":"`+c.secret("Shopify customer.last_name", "Tanabe-Moreau")+`","phone":"`+c.secret("Shopify customer.phone", "+33612345678")+`",`+c.decoy(`"state":"enabled"`)+`,`+c.decoy(`"currency":"EUR"`)+`,"tags":"`+c.decoy("vip, newsletter")+`"}}`)
		}},
		{cat, "bamboohr-directory-work-email-mobile", func(c *gcase) {
			c.get("https://api.bamboohr.com/api/gateway.php/acmecorp/v1/employees/directory").resp("application/json",
				`{"fields":[{"id":"displayName","type":"text","name":"Display name"}],"employees":[{"id":"`+c.decoy("418")+`","displayName":"`+c.secret("BambooHR displayName", "Samuel Okafor")+`","workEmail":"`+c.secret("BambooHR workEmail", "s.okafor@acme-corp.example")+`","mobilePhone":"`+c.secret("BambooHR mobilePhone", "+44 7700 900461")+`","jobTitle":"`+c.decoy("Platform Engineer")+`","department":"`+c.decoy("Infrastructure")+`"}]}`)
		}},
		{cat, "greenhouse-candidate-emails-phones-as-data", func(c *gcase) {
			c.get("https://harvest.greenhouse.io/v1/candidates/51234872").resp("application/json",
				`{"id":`+c.decoy("51234872")+`,"first_name":"`+c.secret("Greenhouse first_name", "Ifeanyichukwu")+`","last_name":"`+c.secret("Greenhouse last_name", "Adeyemi-Clarke")+`","email_addresses":[{"value":"`+c.secret("Greenhouse email_addresses[].value", "ifeoma.ac@mailbox-acme.example")+`","type":"personal"}],"phone_numbers":[{"value":"`+c.secret("Greenhouse phone_numbers[].value", "+1 646 555 0143")+`","type":"mobile"}],`+c.decoy(`"application_ids":[69103370]`)+`,"recruiter":{"id":4080123,"name":"Recruiting Team"}}`)
		}},
		{cat, "canvas-user-profile", func(c *gcase) {
			c.get("https://canvas.acme.edu/api/v1/users/self/profile").resp("application/json",
				`{"id":`+c.decoy("87123")+`,"name":"`+c.secret("Canvas profile name", "Lukas Brandauer")+`","short_name":"Lukas B.","sortable_name":"`+c.secret("Canvas sortable_name", "Brandauer, Lukas")+`","login_id":"`+c.secret("Canvas login_id", "lbrandauer")+`","primary_email":"`+c.secret("Canvas primary_email", "lukas.brandauer@students.acme.edu")+`","avatar_url":"https://canvas.acme.edu/images/messages/avatar-50.png",`+c.decoy(`"locale":"de-AT"`)+`,`+c.decoy(`"time_zone":"Europe/Vienna"`)+`}`)
		}},
		{cat, "discord-oauth-users-me", func(c *gcase) {
			c.get("https://discord.com/api/v10/users/@me").rh("Authorization", "Bearer "+c.secret("Discord OAuth access token", c.pick(gB64uAlpha, 30))).resp("application/json",
				`{"id":"`+c.decoy(c.h7Num("80", 18))+`","username":"`+c.secret("Discord username", "mira.kovac")+`","global_name":"`+c.secret("Discord global_name", "Mira Kovač")+`","avatar":"`+c.decoy(c.hexs(32))+`","email":"`+c.secret("Discord email", "mira.kovac@posta-acme.example")+`","verified":true,`+c.decoy(`"locale":"hr"`)+`,"mfa_enabled":true}`)
		}},
		{cat, "steam-player-summaries-realname", func(c *gcase) {
			sid := c.h7Num("7656119", 17)
			c.get("https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=DEMO&steamids="+sid).resp("application/json",
				`{"response":{"players":[{"steamid":"`+c.decoy(sid)+`","personaname":"`+c.decoy("xX_quarry_Xx")+`","realname":"`+c.secret("Steam realname", "Jonas Bergqvist")+`","loccountrycode":"`+c.decoy("SE")+`","avatarhash":"`+c.decoy(c.hexs(40))+`"}]}}`)
		}},
		{cat, "rudderstack-identify-context-ip-and-traits", func(c *gcase) {
			c.post("https://acmezrcn.dataplane.rudderstack.com/v1/identify", "application/json", `{"userId":"`+c.decoy("cus_7012345")+`","anonymousId":"`+c.decoy(c.uuid())+`","messageId":"`+c.decoy(c.uuid())+`","context":{"ip":"`+c.secret("RudderStack context.ip", "198.51.100.201")+`","library":{"name":"rudder-analytics-node","version":"`+c.decoy("2.1.1")+`"}},"traits":{"email":"`+c.secret("RudderStack traits.email", "noor.haddad@acme-corp.example")+`","phone":"`+c.secret("RudderStack traits.phone", "+971501234567")+`","firstName":"`+c.secret("RudderStack traits.firstName", "Noor-ul-Ain")+`","plan":"`+c.decoy("enterprise")+`"}}`).
				rh("Authorization", "Basic "+gB64(c.secret("RudderStack source write key (Basic user)", c.pick(gAlnum, 27))+":"))
		}},
		{cat, "storefront-client-ip-headers-and-server-ip", func(c *gcase) {
			e := c.get("https://acme-shop.example/cart").rh("CF-Connecting-IP", c.secret("CF-Connecting-IP (user IP)", "192.0.2.211"), "True-Client-IP", "192.0.2.211", "X-Forwarded-For", "192.0.2.211, "+c.decoy("172.70.33.4"), "X-Shopify-Client-IP", "192.0.2.211")
			e.set("serverIPAddress", c.decoy("23.227.38.74"))
		}},
		{cat, "whatsapp-webhook-contacts-profile-and-wa-id", func(c *gcase) {
			c.post("https://hooks.acme.example/whatsapp", "application/json", `{"object":"whatsapp_business_account","entry":[{"id":"102290129340399","changes":[{"value":{"messaging_product":"whatsapp","contacts":[{"profile":{"name":"`+c.secret("WhatsApp contacts[].profile.name", "Fatima Zahra Benali")+`"},"wa_id":"`+c.secret("WhatsApp contacts[].wa_id (phone)", "212612345678")+`"}],"messages":[{"from":"212612345678","id":"`+c.decoy("wamid.HBgMMjEyNjEyMzQ1Njc4FQIAEhggNEQ0")+`","type":"reaction"}]},"field":"messages"}]}]}`)
		}},
		{cat, "vonage-inbound-sms-msisdn-query", func(c *gcase) {
			c.get("https://hooks.acme.example/vonage/inbound?msisdn=" + c.secret("Vonage inbound msisdn (sender phone)", "447700900512") + "&to=" + c.decoy("447418310508") + "&" + c.decoy("messageId=1700000000ABCDEF") + "&text=STOP&type=text&" + c.decoy("message-timestamp=2026-11-22+10%3A15%3A00"))
		}},
	}
}

// heldout7Open lists the cases of this corpus the engine does not handle
// yet, each with the reason. They are reported, not failed; any other leak
// or lost decoy fails the test, and so does an entry here that no longer
// leaks (the list only shrinks).
var heldout7Open = map[string]string{
	// names: abbreviated compounds and nonces
	// carriers and layers
	"4.carriers/twilio-conversations-twilsock-init-frame: twilsock continuation_token":                     "a websocket text frame with a protocol header line before its JSON body (TWILSOCK V3.0 n\\r\\n{...}) is not parsed as JSON; only shape-recognised values inside it are caught",
	"5.exporters/http-toolkit-base64-octet-stream-form-body: password in base64 octet-stream request body": "a request postData with encoding base64 and an application/octet-stream mime is not decoded and sniffed as a form body",
	// pairs spelled as data
	"2.pairs/notion-database-property-named-api-key: Notion property \"Password\" rich_text content": "a secret-named object key (Notion property \"Password\") does not reach a value nested several levels below it (rich_text[].text.content)",
	// unnamed machine values
	"7.graphql/twitch-gql-batch-playback-access-token: Twitch Client-Integrity header": "a header without secret words carrying a long PASETO-shaped token (v4.public.<base64url>) is not judged by the value-shape rule",
	// personal data
	"11.personal/whatsapp-webhook-contacts-profile-and-wa-id: WhatsApp contacts[].wa_id (phone)":      "a phone number as bare E.164 digits without + under a non-phone name (wa_id) is not recognised",
	"9.cards/whatsapp-webhook-customer-sends-card-in-chat: WhatsApp messages[].from (customer phone)": "a phone number as bare E.164 digits without + under a non-phone name (from) is not recognised",
	// lost decoys: identity words applied to things, not people
	"lost 1.names/retool-postgres-resource-options: orders":                            "identity-field word displayName is applied to a resource's display name (orders-prod); the object is not a person",
	"lost 1.names/twitch-client-credentials-and-client-id-decoy: user_login=acmegames": "a query parameter naming the looked-up public channel (user_login) is pseudonymised as the user's own identity",
	// lost decoys: value-shape rule on identifiers
	"lost 2.pairs/contentful-webhook-headers-key-value-secret-flag: 5Kq8nVd2WxYz":                                  "value-shape rule on URL path segments: a 12-char mixed-case entity id is judged a generated credential",
	"lost 3.unnamed/decoys-only-storefront-assets-and-tracing: T7v9vveZm94TcZmEKn6pVC":                             "value-shape rule on URL path segments: a 22-char mixed-case asset id is judged a generated credential",
	"lost 3.unnamed/tcf-consent-and-gclid-decoys-beside-session: gclid=Cj0KCQiAFs9fvtHN9TylqWdo8K2tYXvw-NhVUXq...": "value-shape rule: ad click ids (gclid) are judged machine credentials; no exemption for known public tracking parameters",
	"lost 3.unnamed/tcf-consent-and-gclid-decoys-beside-session: gdpr_consent=CQcSzWyKj0eAaLI0AGcgh_Wm6BAdEsoN...": "value-shape rule: IAB TCF consent strings (gdpr_consent) are judged machine credentials; no exemption for known public consent parameters",
	// lost decoys: values that name things
	"lost 7.graphql/twitch-gql-batch-playback-access-token: " + `\"operationName\":\"PlaybackAccessToken\"`: "a value that names a thing (GraphQL operationName PlaybackAccessToken) is redacted because the value itself contains secret words",
}
