package sanitize

// An eleventh held-out corpus for "Detection that generalizes" (issue 10),
// written without reading the engine and kept distinct from the earlier
// corpora: consumer commerce and money. Storefront and checkout APIs
// (Shopify Storefront, Admin and checkout links, Magento/Adobe Commerce REST,
// SOAP and GraphQL, WooCommerce Store API and wp-admin, Salesforce Commerce
// Cloud SLAS/OCAPI, SAP Commerce, Saleor), payment gateways and wallets
// (Adyen Drop-in and notifications, Braintree, Stripe Elements,
// PaymentIntents and webhooks, PayPal NVP, Klarna Payments and HPP,
// Worldline/Ogone, Square, Checkout.com, Mollie, Razorpay, Apple Pay and
// Google Pay tokens, 3-D Secure 1 PaReq and 3-D Secure 2 challenge flows),
// open banking and fintech (Berlin Group PSD2 consents and embedded SCA,
// Plaid Link, TrueLayer, Tink, neo-bank web apps with TAN/OTP step-up,
// exchange websockets), loyalty and gift cards, ticketing (Eventbrite, Apple
// Wallet passes, e-ticket links), food delivery (order tracking streams,
// magic links), travel booking (Amadeus and Sabre GDS SOAP/REST, OTA hotel
// XML, airline check-in and APIS), and telco self-care portals (eSIM LPA
// activation codes, PUK retrieval, subscriber profiles), in the carriers
// these sites really use: SOAP with WS-Security, OTA XML with entity-escaped
// payloads, PHP arrays, deflated and base64 3-D Secure forms, Next.js page
// data, JSON.parse strings with \u escapes, server-sent events, Shopify bulk
// JSONL, Apollo multipart subscriptions and exporter quirks. It reuses the
// harness of generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"net/url"
	"strings"
	"testing"
)

func TestHeldout11Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 11", "heldout11Open", heldout11Cases(), heldout11Open)
}

func TestHeldout11CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout11Cases())
}

func heldout11Cases() []gdef {
	return gCollect(u11Names, u11Pairs, u11Unnamed, u11Carriers, u11Exporters, u11Everywhere, u11GraphQL, u11Vendors, u11CardsPhrases, u11Personal)
}

// u11ES is an ES256 JWT with a kid, the given claims and a random signature.
func (c *gcase) u11ES(kid, claims string) string {
	return gB64u(`{"alg":"ES256","kid":"`+kid+`","typ":"JWT"}`) + "." + gB64u(claims) + "." + c.b64u(64)
}

// u11Pw is a realistic shopper password: a word, digits, a symbol and a word.
func (c *gcase) u11Pw() string {
	words := []string{"Basket", "Voucher", "Harbour", "Pelican", "Saffron", "Biscuit", "Lantern", "Orchard", "Marmot", "Juniper", "Quokka", "Tangelo", "Cobalt", "Falafel", "Gondola", "Walrus"}
	syms := "!#$%&*+-=?@_~"
	return words[c.rng.IntN(len(words))] + c.digits(3) + string(syms[c.rng.IntN(len(syms))]) + strings.ToLower(words[c.rng.IntN(len(words))])
}

// u11Part is one multipart/form-data part.
func u11Part(b, name, extra, body string) string {
	return "--" + b + "\r\nContent-Disposition: form-data; name=\"" + name + "\"" + extra + "\r\n\r\n" + body + "\r\n"
}

// u11Zlib64 is base64 of the zlib stream of s (3-D Secure 1 PaReq/PaRes).
func u11Zlib64(s string) string {
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return base64.StdEncoding.EncodeToString(b.Bytes())
}

// 1. Compound, abbreviated and foreign-language names.
func u11Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "shopify-storefront-private-token-and-buyer-ip", func(c *gcase) {
			c.post("https://acme-outfitters.myshopify.com/api/"+c.decoy("2024-10")+"/graphql.json", "application/json", `{"query":"query Products { products(first: 12) { nodes { id handle } } }"}`).
				rh("Shopify-Storefront-Private-Token", c.secret("Shopify-Storefront-Private-Token header", c.hexs(32)),
					"Shopify-Storefront-Buyer-IP", c.secret("Shopify-Storefront-Buyer-IP (the shopper's IP)", "198.51.100.62"),
					"X-SDK-Variant", c.decoy("hydrogen-react")).
				sh("X-Request-Id", c.decoy(c.uuid()), "X-Shopify-Stage", c.decoy("production"))
		}},
		{cat, "magento-admin-session-cookie-and-form-key", func(c *gcase) {
			fk := c.secret("Magento form_key (form field and cookie)", c.alnum(16))
			c.post("https://shop.acme-outfitters.example/admin_7x2k/catalog/product/save/id/"+c.decoy("2048")+"/", "application/x-www-form-urlencoded",
				"form_key="+fk+"&product%5Bsku%5D="+c.decoy("MJ-TRAIL-42")+"&product%5Bprice%5D=129.00&product%5Bstatus%5D=1").
				rh("Cookie", "admin="+c.secret("Magento admin session cookie", c.pick(gLower+gDigits, 26))+"; form_key="+fk+"; mage-cache-sessid=true; X-Magento-Vary="+c.hexs(40)).
				code(302).sh("Location", "https://shop.acme-outfitters.example/admin_7x2k/catalog/product/edit/id/2048/")
		}},
		{cat, "woocommerce-store-api-nonce-and-cart-token", func(c *gcase) {
			site := c.hexs(32)
			login := url.QueryEscape("ana.moreau|1732443300|" + c.secret("wordpress_logged_in session token part", c.alnum(43)) + "|" + c.secret("wordpress_logged_in hmac part", c.hexs(64)))
			c.post("https://shop.acme-coffee.example/wp-json/wc/store/v1/cart/add-item", "application/json", `{"id":`+c.decoy("4711")+`,"quantity":2,"variation":[]}`).
				rh("Nonce", c.secret("WooCommerce Store API Nonce header", c.hexs(10)),
					"Cart-Token", c.secret("WooCommerce Cart-Token header (JWT)", c.hs256JWT(`{"user_id":"t_`+c.hexs(30)+`","exp":1732443300,"iss":"store-api","iat":1732270500}`)),
					"Cookie", "wordpress_logged_in_"+c.decoy(site)+"="+login+"; woocommerce_items_in_cart=1").
				sh("X-WC-Store-API-Nonce", c.secret("refreshed X-WC-Store-API-Nonce response header", c.hexs(10)), "X-WC-Store-API-Nonce-Timestamp", c.decoy("1732270500"))
		}},
		{cat, "sfcc-slas-pkce-token-and-dwsid", func(c *gcase) {
			usid := c.uuid()
			c.post("https://kv7kzm78.api.commercecloud.salesforce.com/shopper/auth/v1/organizations/"+c.decoy("f_ecom_zzrf_001")+"/oauth2/token", "application/x-www-form-urlencoded",
				"grant_type=authorization_code_pkce&code="+c.secret("SLAS authorization code", c.b64u(32))+"&usid="+usid+"&code_verifier="+c.secret("SLAS code_verifier", c.b64u(64))+"&channel_id="+c.decoy("RefArch")+"&client_id="+c.decoy(c.uuid())+"&redirect_uri=https%3A%2F%2Fwww.acme-outfitters.example%2Fcallback").
				rh("Cookie", "dwsid="+c.secret("SFCC dwsid session cookie", c.b64u(64)+"==")+"; __cq_dnt=1; dw_dnt=1").
				resp("application/json", `{"access_token":"`+c.secret("SLAS access_token (ES256 JWT)", c.u11ES("b4e0b5ae-1b8c-4a3a-8f4e-0d0c0c5c3f1f", `{"aut":"GUID","scp":"sfcc.shopper-myaccount.baskets sfcc.shopper-baskets-orders.rw","sub":"cc-slas::zzrf_001::scid:`+c.uuid()+`::usid:`+usid+`","ctx":"slas","iss":"slas/prod/zzrf_001","ist":1,"exp":1732272300}`))+
					`","refresh_token":"`+c.secret("SLAS refresh_token", c.b64u(32))+`","expires_in":1800,"refresh_token_expires_in":2592000,"token_type":"BEARER","usid":"`+usid+`","customer_id":"`+c.decoy("abmXc6lK8ZkbaRlrw2kGYYwHwB")+`",`+c.decoy(`"idp_access_token_expires_in":0`)+`}`)
		}},
		{cat, "klarna-payments-client-token-and-authorization-token", func(c *gcase) {
			c.post("https://api.klarna.com/payments/v1/sessions", "application/json", `{"purchase_country":"SE","purchase_currency":"SEK","locale":"sv-SE","order_amount":49900,"order_lines":[{"name":"`+c.decoy("Vandringskänga Trail 42")+`","quantity":1,"unit_price":49900,"total_amount":49900}]}`).
				resp("application/json", `{"session_id":"`+c.uuid()+`","client_token":"`+c.secret("Klarna client_token (ES256 JWT)", c.u11ES("82305ebb-b3c6-5f73-9dd5-4fc1e1f7c2b9", `{"session_id":"`+c.uuid()+`","base_url":"https://js.klarna.com/eu/kp/legacy/session","design":"klarna","language":"sv","purchase_country":"SE","environment":"production","merchant_name":"Acme Outfitters","session_type":"PAYMENTS"}`))+
					`","payment_method_categories":[{`+c.decoy(`"identifier":"pay_later"`)+`,"name":"Betala senare"}]}`)
			at := c.secret("Klarna authorization_token (uuid) in JSON and in the order path", c.uuid())
			c.post("https://app.acme-outfitters.example/api/klarna/authorized", "application/json", `{"approved":true,"show_form":true,"authorization_token":"`+at+`"}`)
			c.post("https://api.klarna.com/payments/v1/authorizations/"+at+"/order", "application/json", `{"merchant_reference1":"`+c.decoy("AO-2026-118273")+`","order_amount":49900}`).
				resp("application/json", `{"order_id":"`+c.decoy(c.uuid())+`","fraud_status":"ACCEPTED"}`)
		}},
		{cat, "neobank-login-german-dutch-polish-field-names", func(c *gcase) {
			c.post("https://banking.musterbank.example/de/login", "application/x-www-form-urlencoded",
				"benutzerkennung=ankemueller84&kennwort="+url.QueryEscape(c.secret("German kennwort form field", c.u11Pw()))+"&sicherheitscode="+c.secret("German sicherheitscode form field", c.alnum(8))+"&"+c.decoy("sprache=de"))
			c.post("https://mijn.voorbeeldbank.example/api/v2/aanmelden", "application/json", `{"gebruikersnaam":"pvdberg","wachtwoord":"`+c.secret("Dutch wachtwoord JSON member", c.u11Pw())+`","apparaatId":"`+c.decoy(c.uuid())+`"}`)
			c.post("https://online.przykladbank.example/api/logowanie", "application/json", `{"login":"kasia.w","haslo":"`+c.secret("Polish haslo JSON member", c.u11Pw())+`","jezyk":"`+c.decoy("pl-PL")+`"}`)
		}},
		{cat, "telco-puk-codes-and-french-mot-de-passe", func(c *gcase) {
			c.post("https://espace-client.telco-exemple.example/api/auth/login", "application/json", `{"identifiant":"claire.dubois","motDePasse":"`+c.secret("French motDePasse JSON member", c.u11Pw())+`","seSouvenir":true}`)
			c.get("https://espace-client.telco-exemple.example/api/v1/lignes/"+c.decoy("L-0048812")+"/codes-puk").
				resp("application/json", `{"ligne":"L-0048812","puk1":"`+c.secret("puk1 JSON member", c.digits(8))+`","puk2":"`+c.secret("puk2 JSON member", c.digits(8))+`","statutSim":"`+c.decoy("BLOQUEE_PIN")+`","tentativesRestantes":10}`)
		}},
		{cat, "ogone-ecommerce-shasign-form", func(c *gcase) {
			c.post("https://secure.ogone.com/ncol/prod/orderstandard_utf8.asp", "application/x-www-form-urlencoded",
				"PSPID="+c.decoy("acmeoutfitters")+"&"+c.decoy("ORDERID=AO118274")+"&AMOUNT=12900&CURRENCY=EUR&LANGUAGE=en_US&ACCEPTURL=https%3A%2F%2Fshop.acme-outfitters.example%2Fogone%2Faccept&SHASIGN="+c.secret("Ogone SHASIGN (SHA-512 over the fields and the SHA-IN passphrase)", strings.ToUpper(c.hexs(128))))
		}},
		{cat, "uber-eats-sid-csid-and-jwt-session-cookies", func(c *gcase) {
			c.post("https://www.ubereats.com/_p/api/getFeedV1?"+c.decoy("localeCode=gb"), "application/json", `{"cacheKey":"","feedSessionCount":{"announcementCount":0},"userQuery":"","date":"","startTime":0,"endTime":0,"carouselId":"","sortAndFilters":[]}`).
				rh("Cookie", "sid=QA.CAESE"+c.secret("Uber sid cookie body", c.b64u(90))+"; csid=1.1732357000000."+c.secret("Uber csid cookie body", c.b64u(33))+"; jwt-session="+c.secret("Uber jwt-session cookie", c.hs256JWT(`{"data":{"slate-expires-at":1732272300000},"iat":1732270500,"exp":1732356900}`))+"; uev2.diningMode=DELIVERY",
					"x-uber-client-gitref", c.decoy("9a0f3c12b7e44d0e8e1b2a7c5d6f8e9012345678"))
		}},
		{cat, "gift-card-balance-pin-and-ecode-names", func(c *gcase) {
			c.post("https://www.acme-coffee.example/bff/proxy/stored-value/balance", "application/json", `{"cardNumber":"`+c.secret("gift cardNumber (a bearer value)", "6061"+c.digits(12))+`","pin":"`+c.secret("gift card pin (8 digits)", c.digits(8))+`","locale":"en-US"}`).
				resp("application/json", `{"balance":{"amount":25.00,"currency":"USD"},"cardId":"`+c.decoy("SV-77120394")+`","lastUsed":"`+c.decoy("2026-11-18T08:12:44Z")+`"}`)
			c.post("https://www.acme-coffee.example/bff/proxy/stored-value/redeem", "application/x-www-form-urlencoded", "egiftRedemptionCode="+c.secret("egiftRedemptionCode form field", c.pick(gUpper+gDigits, 16))+"&gcpin="+c.secret("gcpin (abbreviated) form field", c.digits(8))+"&"+c.decoy("channel=web"))
		}},
		{cat, "eventbrite-csrftoken-and-ss-session", func(c *gcase) {
			csrf := c.secret("Eventbrite csrftoken cookie and X-CSRFToken header", c.alnum(32))
			c.post("https://www.eventbrite.com/api/v3/checkout/orders/?"+c.decoy("expand=attendees"), "application/json", `{"event_id":"`+c.decoy("884412031247")+`","ticket_class_quantities":{"1512230455":2}}`).
				rh("X-CSRFToken", csrf, "Cookie", "csrftoken="+csrf+"; SS="+c.secret("Eventbrite SS session cookie", "AE3D"+c.pick(gB64uAlpha, 140))+"; eblang=lo%3Den_US%26la%3Den-us; G=v%3D2%26i%3D"+c.uuid())
		}},
		{cat, "booking-bkng-session-cookies", func(c *gcase) {
			c.get("https://secure.booking.com/myreservations.html?"+c.decoy("aid=304142")+"&label=gen173nr").
				rh("Cookie", "bkng="+url.QueryEscape("11"+c.secret("Booking.com bkng session cookie", c.b64s(120)))+"; bkng_sso_session="+c.secret("Booking.com bkng_sso_session cookie", c.b64u(48))+"; bkng_sso_auth="+c.secret("Booking.com bkng_sso_auth cookie", c.b64u(60))+"; lastSeen=0",
					"X-Booking-Pageview-Id", c.decoy(c.hexs(16)))
		}},
		{cat, "berlin-group-psd2-headers-signature-and-psu-ip", func(c *gcase) {
			body := `{"access":{"balances":[],"transactions":[]},"recurringIndicator":true,"validUntil":"2027-02-20","frequencyPerDay":4,"combinedServiceIndicator":false}`
			c.post("https://psd2.api.musterbank.example/v1/consents", "application/json", body).
				rh("X-Request-ID", c.decoy(c.uuid()), "Digest", c.decoy("SHA-256="+c.b64s(32)),
					"Signature", `keyId="SN=5E4299BE,CA=CN=Acme QWAC CA",algorithm="rsa-sha256",headers="digest x-request-id psu-id tpp-redirect-uri date",signature="`+c.secret("Berlin Group Signature header signature=", c.b64s(256))+`"`,
					"PSU-ID", c.secret("PSU-ID header (the bank customer's login)", "ankemueller1984"),
					"PSU-IP-Address", c.secret("PSU-IP-Address header (the user's IP)", "203.0.113.58"),
					"TPP-Redirect-URI", c.decoy("https://tpp.acme-budget.example/psd2/callback")).
				code(201).resp("application/json", `{"consentStatus":"received","consentId":"`+c.decoy("VOR-"+c.pick(gUpper+gDigits, 12))+`","_links":{"scaRedirect":{"href":"https://psd2.musterbank.example/sca"}}}`)
		}},
	}
}

// 2. Name/value pairs spelled as data.
func u11Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "shopify-metafield-namespace-key-value", func(c *gcase) {
			c.post("https://acme-outfitters.myshopify.com/admin/api/2024-10/customers/"+c.decoy("7291036549301")+"/metafields.json", "application/json",
				`{"metafield":{"namespace":"erp","key":"portal_password","type":"single_line_text_field","value":"`+c.secret("metafield key=portal_password value", c.u11Pw())+`"}}`).
				rh("X-Shopify-Access-Token", c.secret("X-Shopify-Access-Token (shpat_)", "shpat_"+c.hexs(32)))
			c.post("https://acme-outfitters.myshopify.com/admin/api/2024-10/customers/7291036549301/metafields.json", "application/json",
				`{"metafield":{"namespace":"loyalty","key":"`+c.decoy("tier")+`","type":"single_line_text_field","value":"`+c.decoy("gold-2026")+`"}}`)
		}},
		{cat, "magento-system-config-groups-fields-value", func(c *gcase) {
			p := "groups%5Bbraintree_section%5D%5Bgroups%5D%5Bbraintree%5D%5Bgroups%5D%5Bbraintree_required%5D%5Bfields%5D%5B"
			body := "form_key=" + c.secret("Magento config form_key", c.alnum(16)) + "&" + p + "merchant_id%5D%5Bvalue%5D=" + c.decoy("k7m2x9q4v8r3z6t1") + "&" + p + "public_key%5D%5Bvalue%5D=" + c.decoy("w3p8n6c2y5h9j4b7") +
				"&" + p + "private_key%5D%5Bvalue%5D=" + c.secret("groups[...][fields][private_key][value]", c.hexs(32)) + "&" + p + "environment%5D%5Bvalue%5D=" + c.decoy("production")
			c.post("https://shop.acme-outfitters.example/admin_7x2k/admin/system_config/save/section/payment/", "application/x-www-form-urlencoded", body).code(302)
		}},
		{cat, "woocommerce-settings-batch-id-value", func(c *gcase) {
			c.post("https://shop.acme-coffee.example/wp-json/wc/v3/settings/advanced/batch", "application/json",
				`{"update":[{"id":"`+c.decoy("woocommerce_checkout_pay_endpoint")+`","value":"order-pay"},{"id":"woocommerce_sagepay_integration_password","value":"`+c.secret("settings batch id=..._integration_password value", c.u11Pw())+`"},{"id":"woocommerce_myparcel_api_key","value":"`+c.secret("settings batch id=..._api_key value", c.hexs(40))+`"}]}`).
				rh("Authorization", "Basic "+gB64("ck_"+c.hexs(40)+":"+c.secret("WooCommerce consumer secret cs_ in Basic", "cs_"+c.hexs(40))))
		}},
		{cat, "woocommerce-gateway-settings-descriptors", func(c *gcase) {
			c.get("https://shop.acme-coffee.example/wp-json/wc/v3/payment_gateways/paypal").resp("application/json",
				`{"id":"paypal","title":"PayPal","enabled":true,"settings":{"title":{"id":"title","label":"Title","type":"text","value":"`+c.decoy("PayPal Standard")+`","default":"PayPal"},`+
					`"api_username":{"id":"api_username","label":"Live API username","type":"text","value":"payments_api1.acme-coffee.example","default":""},`+
					`"api_password":{"id":"api_password","label":"Live API password","type":"password","value":"`+c.secret("descriptor id=api_password value", c.pick(gUpper+gDigits, 16))+`","default":""},`+
					`"api_signature":{"id":"api_signature","label":"Live API signature","type":"password","value":"`+c.secret("descriptor id=api_signature value", "A"+c.pick(gAlnum+"-.", 55))+`","default":""}}}`)
		}},
		{cat, "sfcc-preferences-xml-preference-id-attribute", func(c *gcase) {
			c.req("PUT", "https://zzrf-001.dx.commercecloud.salesforce.com/on/demandware.servlet/webdav/Sites/Impex/src/instance/site-prefs/sites/RefArch/preferences.xml", "application/xml",
				`<?xml version="1.0" encoding="UTF-8"?><preferences xmlns="http://www.demandware.com/xml/impex/preferences/2007-03-31"><custom-preferences><production>`+
					`<preference preference-id="Adyen_merchantAccount">`+c.decoy("AcmeOutfittersECOM")+`</preference>`+
					`<preference preference-id="Adyen_APIKey">`+c.secret("preference-id=Adyen_APIKey text", "AQE"+c.pick(gAlnum+"+/", 120))+`</preference>`+
					`<preference preference-id="Adyen_notification_hmacKey">`+c.secret("preference-id=Adyen_notification_hmacKey text", strings.ToUpper(c.hexs(64)))+`</preference>`+
					`<preference preference-id="`+c.decoy("Adyen_Mode")+`">LIVE</preference></production></custom-preferences></preferences>`).code(201).
				rh("Authorization", "Bearer "+c.secret("Account Manager bearer for WebDAV", c.rs256JWT("ams-1", `{"sub":"`+c.uuid()+`","scope":["SALESFORCE_COMMERCE_API"],"exp":1732272300}`)))
		}},
		{cat, "shopify-order-note-attributes", func(c *gcase) {
			c.get("https://acme-outfitters.myshopify.com/admin/api/2024-10/orders/"+c.decoy("5889021345893")+".json").resp("application/json",
				`{"order":{"id":5889021345893,"name":"`+c.decoy("#AO1182")+`","note_attributes":[{"name":"parcel_locker_code","value":"`+c.secret("note_attributes name=parcel_locker_code value", c.pick(gUpper+gDigits, 8))+`"},{"name":"door_pin","value":"`+c.secret("note_attributes name=door_pin value", c.digits(8))+`"},{"name":"`+c.decoy("delivery_window")+`","value":"`+c.decoy("2026-11-24 14:00-16:00")+`"}],"financial_status":"paid"}}`)
		}},
		{cat, "plaid-link-credentials-id-value-array", func(c *gcase) {
			c.post("https://production.plaid.com/link/workflow/credentials", "application/json",
				`{"link_session_id":"`+c.decoy(c.uuid())+`","institution_id":"`+c.decoy("ins_127989")+`","credentials":[{"id":"username","value":"marcus.t.wells"},{"id":"password","value":"`+c.secret("credentials id=password value", c.u11Pw())+`"},{"id":"pin","value":"`+c.secret("credentials id=pin value", c.digits(8))+`"}],"link_version":"`+c.decoy("2024.11.18")+`"}`)
		}},
		{cat, "tink-provider-fields-name-value-masked", func(c *gcase) {
			c.post("https://link.tink.com/api/v1/credentials", "application/json",
				`{"providerName":"`+c.decoy("se-handelsbanken-password")+`","fields":[{"name":"username","value":"199001011239","masked":false},{"name":"password","value":"`+c.secret("fields name=password masked=true value", c.u11Pw())+`","masked":true,"sensitive":true}],"appUri":"https://tpp.acme-budget.example/tink/callback"}`).
				rh("Authorization", "Bearer "+c.secret("Tink user access token", c.hs256JWT(`{"iss":"tink","sub":"`+c.hexs(32)+`","scopes":["credentials:write"],"exp":1732272300}`)))
		}},
		{cat, "sap-commerce-jaxb-map-entry-key-value", func(c *gcase) {
			c.post("https://api.acme-retail.example/occ/v2/electronics/paymentModes/adyen/configuration", "application/json",
				`{"parameters":{"entry":[{"key":"`+c.decoy("paymentProvider")+`","value":"Adyen"},{"key":"merchantSecret","value":"`+c.secret("entry key=merchantSecret value", c.b64s(32))+`"},{"key":"webhookPassword","value":"`+c.secret("entry key=webhookPassword value", c.u11Pw())+`"},{"key":"`+c.decoy("captureDelayHours")+`","value":"24"}]}}`)
		}},
		{cat, "hybris-hac-configstore-key-val-form", func(c *gcase) {
			c.post("https://backoffice.acme-retail.example/hac/platform/configstore", "application/x-www-form-urlencoded",
				"key="+c.decoy("adyen.api.password")+"&val="+url.QueryEscape(c.secret("form key=adyen.api.password val=", c.u11Pw()))+"&_csrf="+c.secret("HAC _csrf", c.uuid())).
				rh("Cookie", "JSESSIONID="+c.secret("HAC JSESSIONID", strings.ToUpper(c.hexs(32))+".node1"))
		}},
		{cat, "woocommerce-html-hidden-nonce-and-braintree-nonce", func(c *gcase) {
			c.get("https://shop.acme-coffee.example/my-account/").resp("text/html; charset=UTF-8",
				`<form class="woocommerce-form woocommerce-form-login login" method="post"><input type="text" name="username" id="username" autocomplete="username" value="" /><input type="hidden" id="woocommerce-login-nonce" name="woocommerce-login-nonce" value="`+c.secret("hidden input woocommerce-login-nonce", c.hexs(10))+`" />`+c.decoy(`<input type="hidden" name="_wp_http_referer" value="/my-account/" />`)+`</form>`)
			c.get("https://shop.acme-coffee.example/checkout/").resp("text/html; charset=UTF-8",
				`<form name="checkout"><input type="hidden" name="payment_method_nonce" value="`+c.secret("hidden input payment_method_nonce (Braintree)", "tokencc_bf_"+c.pick(gLower+gDigits, 6)+"_"+c.pick(gLower+gDigits, 6)+"_"+c.pick(gLower+gDigits, 6)+"_"+c.pick(gLower+gDigits, 6)+"_"+c.pick(gLower+gDigits, 3))+`"><input type="hidden" name="`+c.decoy("wc-braintree-credit-card-card-type")+`" value="visa"></form>`)
		}},
		{cat, "esim-profile-k-v-array", func(c *gcase) {
			c.get("https://selfcare.acme-mobile.example/api/esim/orders/"+c.decoy("ES-2026-88120")).resp("application/json",
				`{"status":"READY","profile":[{"k":"ICCID","v":"`+c.decoy("89440"+c.digits(15))+`"},{"k":"SMDP","v":"`+c.decoy("smdp.acme-mobile.example")+`"},{"k":"MatchingID","v":"`+c.secret("k=MatchingID v", c.pick(gUpper+gDigits, 5)+"-"+c.pick(gUpper+gDigits, 5)+"-"+c.pick(gUpper+gDigits, 5)+"-"+c.pick(gUpper+gDigits, 5))+`"},{"k":"ConfirmationCode","v":"`+c.secret("k=ConfirmationCode v", c.digits(8))+`"}]}`)
		}},
	}
}

// 3. Unnamed generated credentials: path segments, bare values, opaque headers.
func u11Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "shopify-checkout-and-order-status-links", func(c *gcase) {
			c.get("https://shop.acme-outfitters.example/" + c.decoy("59742380201") + "/checkouts/" + c.secret("Shopify checkout token in path", c.hexs(32)) + "?key=" + c.secret("Shopify checkout key query", c.hexs(32)) + "&" + c.decoy("locale=en-GB"))
			c.get("https://shop.acme-outfitters.example/59742380201/orders/" + c.secret("Shopify order status token in path", c.hexs(32)) + "/authenticate?key=" + c.secret("Shopify order status key", c.hexs(32)))
		}},
		{cat, "shopify-account-activate-and-reset-paths", func(c *gcase) {
			c.get("https://shop.acme-outfitters.example/account/activate/" + c.decoy("7291036549302") + "/" + c.secret("Shopify activation token in path", c.hexs(32)+"-1732270500"))
			c.post("https://shop.acme-outfitters.example/account/reset/7291036549302/"+c.secret("Shopify reset token in path", c.hexs(32)+"-1732271100"), "application/x-www-form-urlencoded",
				"form_type=reset_customer_password&utf8=%E2%9C%93&customer%5Bpassword%5D="+url.QueryEscape(c.secret("new customer[password]", c.u11Pw()))).code(302)
		}},
		{cat, "magento-customer-token-bare-json-string", func(c *gcase) {
			c.post("https://shop.acme-outfitters.example/rest/default/V1/integration/customer/token", "application/json", `{"username":"j.okafor@mailbox-shop.example","password":"`+c.secret("Magento customer token request password", c.u11Pw())+`"}`).
				resp("application/json", `"`+c.secret("Magento customer token as a bare JSON string response", c.pick(gLower+gDigits, 32))+`"`).sh("X-Frame-Options", "SAMEORIGIN", "X-Magento-Cache-Debug", c.decoy("MISS"))
		}},
		{cat, "klarna-hpp-session-redirect-path", func(c *gcase) {
			sid := c.uuid()
			c.post("https://api.klarna.com/hpp/v1/sessions", "application/json", `{"payment_session_url":"https://api.klarna.com/payments/v1/sessions/`+sid+`","merchant_urls":{"success":"https://shop.acme-outfitters.example/klarna/ok?sid={{session_id}}"}}`).
				resp("application/json", `{"session_id":"`+c.uuid()+`","redirect_url":"https://pay.klarna.com/eu/hpp/payments/`+c.secret("Klarna HPP redirect_url path token", c.b64u(21))+`","session_url":"https://api.klarna.com/hpp/v1/sessions/`+sid+`","expires_at":"`+c.decoy("2026-11-24T10:15:00.000Z")+`"}`)
		}},
		{cat, "food-delivery-magic-link-and-email-verify-paths", func(c *gcase) {
			c.get("https://deliveroo.co.uk/login/magic-link/"+c.secret("magic-link path segment", c.b64u(32))+"?"+c.decoy("utm_source=email")).code(302).sh("Location", "https://deliveroo.co.uk/")
			c.get("https://www.just-eat.example/account/verify-email/" + c.secret("e-mail verification JWT in path", c.hs256JWT(`{"sub":"4481290","email_verify":true,"exp":1732356900}`)))
		}},
		{cat, "mollie-webhook-url-with-path-secret", func(c *gcase) {
			hook := c.secret("webhook URL path secret", c.alnum(40))
			c.post("https://api.mollie.com/v2/payments", "application/json", `{"amount":{"currency":"EUR","value":"`+c.decoy("129.00")+`"},"description":"Order `+c.decoy("10482")+`","redirectUrl":"https://shop.acme-coffee.example/checkout/order-received/10482/","webhookUrl":"https://api.acme-coffee.example/hooks/mollie/`+hook+`"}`).
				rh("Authorization", "Bearer "+c.secret("Mollie live_ key", "live_"+c.alnum(30)))
		}},
		{cat, "apple-wallet-pass-web-service-scheme", func(c *gcase) {
			c.get("https://wallet.acme-arena.example/v1/passes/"+c.decoy("pass.com.acmearena.ticket")+"/"+c.decoy("AA-2026-SEC114-R12-S7")).
				rh("Authorization", "ApplePass "+c.secret("Authorization: ApplePass <authenticationToken>", c.alnum(32)), "If-Modified-Since", c.decoy("Sat, 22 Nov 2026 09:00:00 GMT"))
			c.post("https://wallet.acme-arena.example/v1/devices/"+c.decoy(c.hexs(32))+"/registrations/pass.com.acmearena.ticket/AA-2026-SEC114-R12-S7", "application/json", `{"pushToken":"`+c.secret("Apple Wallet pushToken", c.hexs(64))+`"}`).
				rh("Authorization", "ApplePass "+c.secret("second ApplePass token", c.alnum(32))).code(201)
		}},
		{cat, "airline-spa-opaque-context-headers", func(c *gcase) {
			c.get("https://www.acme-air.example/api/booking/v4/trips/"+c.decoy("ZX4K9P")+"?"+c.decoy("include=segments,ancillaries")).
				rh("x-aa-ctx", c.secret("opaque x-aa-ctx header (JWT)", c.rs256JWT("aa-ctx-2", `{"pnr":"ZX4K9P","pax":2,"exp":1732272300}`)),
					"x-aa-s", c.secret("opaque x-aa-s header (generated)", c.b64u(30)),
					"x-aa-device", c.decoy(c.uuid()), "x-correlation-id", c.decoy(c.uuid()))
		}},
		{cat, "woocommerce-order-key-links", func(c *gcase) {
			k := c.secret("WooCommerce wc_order_ key", "wc_order_"+c.alnum(13))
			c.get("https://shop.acme-coffee.example/checkout/order-pay/" + c.decoy("10483") + "/?pay_for_order=true&key=" + k)
			c.get("https://shop.acme-coffee.example/checkout/order-received/10483/?key=" + k + "&" + c.decoy("utm_nooverride=1"))
		}},
		{cat, "esim-lpa-activation-string-unnamed", func(c *gcase) {
			mid := c.secret("LPA activation string matching id", c.pick(gUpper+gDigits, 4)+"-"+c.pick(gUpper+gDigits, 6)+"-"+c.pick(gUpper+gDigits, 6))
			c.get("https://selfcare.acme-mobile.example/api/esim/qr?"+c.decoy("line=L-2231907")).resp("application/json",
				`{"qr":"LPA:1$`+c.decoy("rsp.acme-mobile.example")+`$`+mid+`","iccid":"`+c.decoy("8944120000"+c.digits(10))+`","eid":null}`)
		}},
		{cat, "decoys-only-order-confirmation", func(c *gcase) {
			c.get("https://shop.acme-outfitters.example/api/orders/"+c.decoy("AO-2026-118275")).
				sh("ETag", c.decoy(`W/"`+c.hexs(32)+`"`), "X-Request-Id", c.decoy(c.uuid()), "traceparent", c.decoy("00-"+c.hexs(32)+"-"+c.hexs(16)+"-01")).
				resp("application/json", `{"orderNumber":"AO-2026-118275","payment":{"provider":"stripe","paymentIntent":"`+c.decoy("pi_3Q"+c.alnum(22))+`","charge":"`+c.decoy("ch_3Q"+c.alnum(22))+`","last4":"4242","brand":"visa"},`+
					`"adyenPspReference":"`+c.decoy(c.pick(gUpper+gDigits, 16))+`","paypalOrderId":"`+c.decoy(c.pick(gUpper+gDigits, 17))+`","klarnaOrderId":"`+c.decoy(c.uuid())+`",`+
					`"shipping":{"carrier":"UPS","tracking":"`+c.decoy("1Z"+c.pick(gUpper+gDigits, 16))+`"},"assets":{"receipt.js":"`+c.decoy("sha384-"+c.b64s(48))+`"},"placedAt":"`+c.decoy("2026-11-22T10:14:02Z")+`","version":"`+c.decoy("checkout-api 3.18.2")+`"}`)
		}},
		{cat, "hotel-digital-key-short-link", func(c *gcase) {
			c.get("https://app.acme-hotels.example/api/stays/"+c.decoy("HX-88120431")+"/keys").resp("application/json",
				`{"room":"`+c.decoy("1214")+`","share":"https://keys.acme-hotels.example/k/`+c.secret("digital key share link path", c.alnum(22))+`","validFrom":"2026-11-24T15:00:00+01:00","validTo":"2026-11-27T11:00:00+01:00"}`)
		}},
	}
}

// 4. Carriers and stacked encodings.
func u11Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "amadeus-soap-wsse-and-session-security-token", func(c *gcase) {
			body := `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sec="http://xml.amadeus.com/2010/06/Security_v1" xmlns:link="http://wsdl.amadeus.com/2010/06/ws/Link_v1" xmlns:ses="http://xml.amadeus.com/2010/06/Session_v3"><soapenv:Header>` +
				`<add:MessageID xmlns:add="http://www.w3.org/2005/08/addressing">` + c.decoy("urn:uuid:"+c.uuid()) + `</add:MessageID><add:Action xmlns:add="http://www.w3.org/2005/08/addressing">` + c.decoy("http://webservices.amadeus.com/FMPTBQ_23_1_1A") + `</add:Action>` +
				`<oas:Security xmlns:oas="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><oas:UsernameToken><oas:Username>WSACMBOOK</oas:Username><oas:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">` + c.b64s(16) + `</oas:Nonce>` +
				`<oas:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">` + c.secret("WS-Security PasswordDigest", c.b64s(20)) + `</oas:Password><oas1:Created xmlns:oas1="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">` + c.decoy("2026-11-22T10:15:00Z") + `</oas1:Created></oas:UsernameToken></oas:Security>` +
				`<AMA_SecurityHostedUser xmlns="http://xml.amadeus.com/2010/06/Security_v1"><UserID AgentDutyCode="SU" RequestorType="U" PseudoCityCode="` + c.decoy("PARAC38AA") + `" POS_Type="1"/></AMA_SecurityHostedUser></soapenv:Header><soapenv:Body><Fare_MasterPricerTravelBoardSearch/></soapenv:Body></soapenv:Envelope>`
			c.post("https://nodeD1.production.webservices.amadeus.com/1ASIWACMAAA", "text/xml;charset=UTF-8", body).rh("SOAPAction", c.decoy("http://webservices.amadeus.com/FMPTBQ_23_1_1A")).
				resp("text/xml;charset=UTF-8", `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:awsse="http://xml.amadeus.com/2010/06/Session_v3"><soap:Header><awsse:Session TransactionStatusCode="InSeries"><awsse:SessionId>`+c.secret("Amadeus awsse:SessionId", c.pick(gUpper+gDigits, 10))+`</awsse:SessionId>`+c.decoy("<awsse:SequenceNumber>1</awsse:SequenceNumber>")+`<awsse:SecurityToken>`+c.secret("Amadeus awsse:SecurityToken", c.pick(gUpper+gDigits, 25))+`</awsse:SecurityToken></awsse:Session></soap:Header><soap:Body><Fare_MasterPricerTravelBoardSearchReply/></soap:Body></soap:Envelope>`)
		}},
		{cat, "3ds1-pareq-deflated-card-html-autopost", func(c *gcase) {
			pan := c.secret("card <pan> inside a deflated, base64 PaReq", c.card("4263", 16))
			pareq := `<?xml version="1.0" encoding="UTF-8"?><ThreeDSecure><Message id="` + c.hexs(20) + `"><PAReq><version>1.0.2</version><Merchant><acqBIN>412345</acqBIN><merID>acme-outfitters</merID><name>Acme Outfitters</name><country>826</country><url>https://shop.acme-outfitters.example</url></Merchant><Purchase><xid>` + c.b64s(20) + `</xid><date>20261122 10:15:00</date><amount>129.00</amount><purchAmount>12900</purchAmount><currency>826</currency><exponent>2</exponent></Purchase><CH><acctID>` + pan + `</acctID><expiry>2911</expiry></CH></PAReq></Message></ThreeDSecure>`
			c.post("https://checkout-test.adyen.com/v71/payments", "application/json", `{"amount":{"currency":"GBP","value":12900},"reference":"`+c.decoy("AO-2026-118276")+`","paymentMethod":{"type":"scheme","encryptedCardNumber":"adyenjs_0_1_25$`+c.b64s(180)+`"}}`).
				resp("application/json", `{"resultCode":"RedirectShopper","action":{"paymentMethodType":"scheme","url":"`+c.decoy("https://acs.issuer-bank.example/3ds1/challenge")+`","method":"POST","type":"redirect","data":{"MD":"`+c.b64s(60)+`","PaReq":"`+u11Zlib64(pareq)+`","TermUrl":"https://shop.acme-outfitters.example/adyen/3ds1/return"}}}`)
		}},
		{cat, "3ds2-challenge-form-session-data-base64-json", func(c *gcase) {
			creq := gB64u(`{"threeDSServerTransID":"` + c.uuid() + `","acsTransID":"` + c.uuid() + `","messageType":"CReq","messageVersion":"2.2.0","challengeWindowSize":"05"}`)
			sess := gB64(`{"orderRef":"AO-2026-118277","cartSession":"` + c.secret("cartSession inside base64 threeDSSessionData", c.b64u(32)) + `"}`)
			c.post("https://acs.issuer-bank.example/3ds2/challenge", "application/x-www-form-urlencoded", "creq="+creq+"&threeDSSessionData="+url.QueryEscape(sess)).
				resp("text/html; charset=utf-8", `<form method="post" action="/3ds2/challenge/submit"><p>`+c.decoy("Enter the code sent to your phone ending in 42")+`</p><input type="text" name="otp" autocomplete="one-time-code"/><input type="hidden" name="txn" value="`+c.decoy(c.hexs(24))+`"/></form>`)
			c.post("https://acs.issuer-bank.example/3ds2/challenge/submit", "application/x-www-form-urlencoded", "otp="+c.secret("3DS2 challenge otp (8 digits)", c.digits(8))+"&txn="+c.hexs(24))
		}},
		{cat, "magento-env-php-array-in-multipart", func(c *gcase) {
			b := "----WebKitFormBoundary" + c.pick(gAlnum, 16)
			php := "<?php\nreturn [\n    'backend' => [\n        'frontName' => '" + c.decoy("admin_7x2k") + "'\n    ],\n    'crypt' => [\n        'key' => '" + c.secret("env.php crypt key", c.hexs(32)) + "'\n    ],\n    'db' => [\n        'connection' => [\n            'default' => [\n                'host' => '" + c.decoy("db-primary.internal") + "',\n                'dbname' => 'magento',\n                'username' => 'magento',\n                'password' => '" + c.secret("env.php db password", c.u11Pw()) + "',\n            ]\n        ]\n    ],\n    'MAGE_MODE' => '" + c.decoy("production") + "',\n];\n"
			body := u11Part(b, "ticket[subject]", "", c.decoy("Checkout 500 after upgrade to 2.4.7-p3")) + u11Part(b, "ticket[attachment]", "; filename=\"env.php\"\r\nContent-Type: application/x-php", php) + "--" + b + "--\r\n"
			c.post("https://support.acme-agency.example/api/tickets", "multipart/form-data; boundary="+b, body)
		}},
		{cat, "food-delivery-order-tracking-event-stream", func(c *gcase) {
			sse := "event: status\ndata: {\"orderId\":\"" + c.decoy("FD-77120-4431") + "\",\"state\":\"COURIER_ASSIGNED\",\"eta\":\"" + c.decoy("2026-11-22T10:41:00Z") + "\"}\n\n" +
				"event: courier\ndata: {\"courier\":{\"firstName\":\"" + c.secret("courier firstName in an SSE event", "Constantin") + "\",\"phone\":\"" + c.secret("courier masked-relay phone in an SSE event", "+44 7700 900518") + "\",\"vehicle\":\"bicycle\"},\"handoffCode\":\"" + c.secret("handoffCode in an SSE event", c.digits(8)) + "\"}\n\n" +
				"event: session\ndata: {\"type\":\"token_refresh\",\"accessToken\":\"" + c.secret("accessToken in an SSE event", c.hs256JWT(`{"sub":"cust_88120","exp":1732274100}`)) + "\"}\n\n"
			c.get("https://api.acme-eats.example/v2/orders/FD-77120-4431/stream").rh("Accept", "text/event-stream").resp("text/event-stream", sse)
		}},
		{cat, "shopify-bulk-operation-jsonl-customers", func(c *gcase) {
			jl := `{"id":"` + c.decoy("gid://shopify/Customer/7291036549310") + `","email":"` + c.secret("JSONL customer email", "beatriz.quintela@correio-shop.example") + `","phone":"` + c.secret("JSONL customer phone", "+351 912 345 678") + `","firstName":"` + c.secret("JSONL customer firstName", "Margarida") + `","lastName":"` + c.secret("JSONL customer lastName", "Quintela") + `"}` + "\n" +
				`{"id":"gid://shopify/Metafield/3300112","namespace":"erp","key":"portal_pin","value":"` + c.secret("JSONL metafield key=portal_pin value", c.digits(8)) + `","__parentId":"gid://shopify/Customer/7291036549310"}` + "\n" +
				`{"id":"gid://shopify/Customer/7291036549311","email":null,"phone":null,"firstName":null,"lastName":null,` + c.decoy(`"state":"DISABLED"`) + `}` + "\n"
			c.get("https://storage.googleapis.com/shopify-tiers-assets-prod-us-east1/bulk-operation-outputs/"+c.decoy("x9k2m4p7q1z3")+"-final?"+c.decoy("GoogleAccessId=assets-us-prod%40shopify-tiers.iam.gserviceaccount.com")+"&Expires=1732875300&Signature="+url.QueryEscape(c.secret("GCS V2 signed URL Signature", c.b64s(256)))).
				resp("application/jsonl", jl)
		}},
		{cat, "exchange-websocket-subscribe-signature-passphrase", func(c *gcase) {
			e := c.get("wss://ws-feed.exchange.coinbase.com").code(101)
			e.wsMsg("send", 1, `{"type":"subscribe","product_ids":["`+c.decoy("BTC-EUR")+`"],"channels":["user","heartbeat"],"key":"`+c.hexs(32)+`","passphrase":"`+c.secret("ws subscribe passphrase", c.pick(gLower+gDigits, 11))+`","timestamp":"`+c.decoy("1732270500")+`","signature":"`+c.secret("ws subscribe signature (HMAC, base64)", c.b64s(32))+`"}`)
			e.wsMsg("receive", 1, `{"type":"subscriptions","channels":[{"name":"user","product_ids":["BTC-EUR"]}]}`)
			w := c.get("wss://advanced-trade-ws.coinbase.com").code(101)
			w.wsMsg("send", 1, `{"type":"subscribe","product_ids":["ETH-EUR"],"channel":"user","jwt":"`+c.secret("Advanced Trade ws subscribe jwt", c.u11ES("organizations/"+c.uuid()+"/apiKeys/"+c.uuid(), `{"iss":"cdp","nbf":1732270500,"exp":1732270620,"sub":"organizations/`+c.uuid()+`"}`))+`"}`)
		}},
		{cat, "nextjs-next-data-session-in-html", func(c *gcase) {
			nd := `{"props":{"pageProps":{"session":{"user":{"id":"` + c.decoy("usr_4481291") + `"},"accessToken":"` + c.secret("__NEXT_DATA__ session.accessToken", c.hs256JWT(`{"sub":"usr_4481291","scope":"orders:read","exp":1732274100}`)) + `","refreshToken":"` + c.secret("__NEXT_DATA__ session.refreshToken", c.b64u(48)) + `"},"restaurant":{"slug":"` + c.decoy("pho-saigon-shoreditch") + `"}}},"page":"/menu/[slug]","buildId":"` + c.decoy("Xq3v9k2mZp7rT1wY4bN8c") + `"}`
			c.get("https://www.acme-eats.example/menu/pho-saigon-shoreditch").resp("text/html; charset=utf-8",
				`<!DOCTYPE html><html><head><title>Pho Saigon</title></head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">`+nd+`</script></body></html>`)
		}},
		{cat, "sfcc-js-json-parse-unicode-escaped", func(c *gcase) {
			inner := `{\u0022paypalClientId\u0022:\u0022` + c.decoy("AZDxjDScFpQtjWTOUtWKbyN_bDt4OgqaF4eYXlewfBP4-8aqX3PiV8e1GWU6liB2CUXlkA59kJXE7M6R") + `\u0022,\u0022paypalClientSecret\u0022:\u0022` + c.secret("paypalClientSecret inside JSON.parse with \\u0022 escapes", "E"+c.pick(gAlnum+"-_", 79)) + `\u0022,\u0022mode\u0022:\u0022live\u0022}`
			c.get("https://www.acme-outfitters.example/on/demandware.static/Sites-RefArch-Site/-/en_GB/"+c.decoy("v1732270500")+"/js/checkout.js").resp("application/javascript",
				`(function(){window.SitePreferences=JSON.parse("`+inner+`");`+c.decoy(`window.CSRF_TOKEN_NAME="csrf_token";`)+`})();`)
		}},
		{cat, "psd2-redirect-state-base64-json-percent", func(c *gcase) {
			st := gB64u(`{"consentId":"` + c.decoy("VOR-8K2M4P7Q1Z3X") + `","codeVerifier":"` + c.secret("codeVerifier inside base64url state", c.b64u(43)) + `","nonce":"` + c.hexs(16) + `"}`)
			c.get("https://tpp.acme-budget.example/psd2/start?"+c.decoy("bank=musterbank")).code(302).
				sh("Location", "https://psd2.musterbank.example/authorize?response_type=code&client_id="+c.decoy("PSDDE-BAFIN-123456")+"&redirect_uri="+url.QueryEscape("https://tpp.acme-budget.example/psd2/callback?state="+st)+"&scope=AIS%3AVOR-8K2M4P7Q1Z3X&code_challenge_method=S256")
			c.get("https://tpp.acme-budget.example/psd2/callback?state=" + st + "&code=" + c.secret("PSD2 authorization code", c.b64u(32)))
		}},
		{cat, "ota-hotel-res-notif-entity-escaped-xml-payload", func(c *gcase) {
			inner := `<OTA_HotelResNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0"><POS><Source><RequestorID Type="22" ID="ACMEHOTELS" MessagePassword="` + c.secret("MessagePassword inside an entity-escaped OTA payload", c.u11Pw()) + `"/></Source></POS><HotelReservations><HotelReservation ResStatus="Commit"><UniqueID Type="14" ID="` + c.decoy("BKG-55102933") + `"/></HotelReservation></HotelReservations></OTA_HotelResNotifRQ>`
			esc := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(inner)
			c.post("https://cm.acme-channel.example/soap/Reservations", "text/xml; charset=utf-8",
				`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><ProcessMessage xmlns="http://acme-channel.example/"><hotelCode>`+c.decoy("LONKX01")+`</hotelCode><payload>`+esc+`</payload></ProcessMessage></soap:Body></soap:Envelope>`).rh("SOAPAction", `"http://acme-channel.example/ProcessMessage"`)
		}},
		{cat, "magento1-soap-v2-login-and-session-id", func(c *gcase) {
			sid := c.secret("Magento 1 SOAP loginReturn session id", c.hexs(32))
			c.post("https://legacy.acme-outfitters.example/index.php/api/v2_soap/index/", "text/xml; charset=utf-8",
				`<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:Magento"><soapenv:Body><urn:login soapenv:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><username xsi:type="xsd:string">erp_sync</username><apiKey xsi:type="xsd:string">`+c.secret("Magento 1 SOAP apiKey element", c.alnum(24))+`</apiKey></urn:login></soapenv:Body></soapenv:Envelope>`).
				resp("text/xml; charset=UTF-8", `<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="urn:Magento"><SOAP-ENV:Body><ns1:loginResponse><loginReturn xsi:type="xsd:string">`+sid+`</loginReturn></ns1:loginResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>`)
			c.post("https://legacy.acme-outfitters.example/index.php/api/v2_soap/index/", "text/xml; charset=utf-8",
				`<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:Magento"><soapenv:Body><urn:salesOrderInfo><sessionId xsi:type="xsd:string">`+sid+`</sessionId><orderIncrementId xsi:type="xsd:string">`+c.decoy("100004417")+`</orderIncrementId></urn:salesOrderInfo></soapenv:Body></soapenv:Envelope>`)
		}},
	}
}

// 5. Exporter quirks.
func u11Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "fiddler-ogone-directlink-body-in-param-name", func(c *gcase) {
			body := "PSPID=acmeoutfitters&USERID=api_acme&PSWD=" + url.QueryEscape(c.secret("DirectLink PSWD in a body stored as params[0].name", c.u11Pw())) + "&" + c.decoy("ORDERID=AO118278") + "&AMOUNT=12900&CURRENCY=EUR&CARDNO=" + c.secret("DirectLink CARDNO in params[0].name", c.card("5413", 16)) + "&ED=1129&" + c.decoy("OPERATION=SAL")
			e := c.post("https://secure.ogone.com/ncol/prod/orderdirect_utf8.asp", "application/x-www-form-urlencoded", body)
			e.post.params = []any{map[string]any{"name": body, "value": ""}}
			c.creator = [2]string{"Fiddler", "5.0.20245.10105"}
		}},
		{cat, "charles-multipart-params-klarna-merchant-credentials", func(c *gcase) {
			b := "----CharlesBoundary" + c.pick(gAlnum, 12)
			pw := c.secret("Klarna merchant shared secret in a multipart param value", c.alnum(16))
			body := u11Part(b, "merchant_id", "", c.decoy("PK112233_4f2a9c7e81d0")) + u11Part(b, "shared_secret", "", pw) + u11Part(b, "region", "", c.decoy("eu")) + "--" + b + "--\r\n"
			e := c.post("https://shop.acme-outfitters.example/admin_7x2k/klarna/settings/save", "multipart/form-data; boundary="+b, body)
			e.post.params = []any{map[string]any{"name": "merchant_id", "value": "PK112233_4f2a9c7e81d0"}, map[string]any{"name": "shared_secret", "value": pw}, map[string]any{"name": "region", "value": "eu"}}
			c.creator = [2]string{"Charles Proxy", "5.0.1"}
		}},
		{cat, "json-body-declared-as-form-mime", func(c *gcase) {
			c.post("https://shop.acme-outfitters.example/customer/ajax/login", "application/x-www-form-urlencoded; charset=UTF-8",
				`{"username":"l.farrow@inbox-shop.example","password":"`+c.secret("password in a JSON body declared form-urlencoded", c.u11Pw())+`",`+c.decoy(`"captcha_form_id":"user_login"`)+`,"context":"checkout"}`).
				resp("application/json", `{"errors":false,"message":"`+c.decoy("Login successful.")+`"}`)
		}},
		{cat, "wordpress-admin-ajax-json-as-text-html", func(c *gcase) {
			c.post("https://shop.acme-coffee.example/wp-admin/admin-ajax.php", "application/x-www-form-urlencoded", "action=wc_stripe_create_setup_intent&"+c.decoy("stripe_source_id=src_1Q8xYz2eZvKYlo2C")).
				resp("text/html; charset=UTF-8", `{"success":true,"data":{"status":"requires_payment_method","client_secret":"`+c.secret("SetupIntent client_secret in JSON served as text/html", "seti_1Q"+c.alnum(22)+"_secret_"+c.alnum(32))+`","_ajax_nonce":"`+c.secret("_ajax_nonce in JSON served as text/html", c.hexs(10))+`","id":"`+c.decoy("seti_1Q8xYz2eZvKYlo2CpL3mN4qR")+`"}}`)
		}},
		{cat, "safari-empty-cookie-arrays-header-only", func(c *gcase) {
			c.creator = [2]string{"WebKit Web Inspector", "18.1"}
			e := c.post("https://www.acme-eats.example/api/auth/otp/verify", "application/json", `{"phone":"+44 7700 900733","code":"`+c.secret("OTP code (8 digits) in a Safari export", c.digits(8))+`"}`).
				rh("Cookie", "ae_sess="+c.secret("request Cookie header only (cookies[] empty)", c.b64u(32))+"; ae_locale=en-GB").
				sh("Set-Cookie", "ae_sess="+c.secret("Set-Cookie header only (cookies[] empty)", c.b64u(32))+"; Path=/; Max-Age=2592000; Secure; HttpOnly; SameSite=Lax")
			e.reqCookies = []any{}
			e.respCookies = []any{}
		}},
		{cat, "mitmproxy-postdata-base64-encoding-field", func(c *gcase) {
			form := "grant_type=password&username=r.ilunga%40mailbox-shop.example&password=" + url.QueryEscape(c.secret("password in a base64 postData (encoding field)", c.u11Pw())) + "&client_id=acme-travel-web"
			e := c.post("https://auth.acme-travel.example/oauth/token", "application/x-www-form-urlencoded", base64.StdEncoding.EncodeToString([]byte(form)))
			e.post.encoding = "base64"
			e.post.params = []any{}
			c.creator = [2]string{"mitmproxy", "11.0.2"}
		}},
		{cat, "httptoolkit-gzip-base64-response", func(c *gcase) {
			js := `{"access_token":"` + c.secret("access_token inside a gzipped base64 response body", c.rs256JWT("acme-travel-1", `{"sub":"tr_99120","scope":"bookings","exp":1732274100}`)) + `","refresh_token":"` + c.secret("refresh_token inside a gzipped base64 response body", c.b64u(40)) + `","token_type":"Bearer","expires_in":3600}`
			e := c.post("https://auth.acme-travel.example/oauth/token", "application/x-www-form-urlencoded", "grant_type=refresh_token&refresh_token="+c.secret("refresh_token in the form", c.b64u(40))).
				sh("Content-Encoding", "gzip", "X-Request-Id", c.decoy(c.uuid())).resp("application/json", zGzipB64(js))
			e.respEncoding = "base64"
			c.creator = [2]string{"HTTP Toolkit", "1.19.0"}
		}},
		{cat, "burp-querystring-values-still-encoded", func(c *gcase) {
			tok := c.secret("access_token in a still-encoded queryString value", c.b64s(36))
			e := c.get("https://api.acme-rentals.example/v1/reservations?access_token=" + url.QueryEscape(tok) + "&" + c.decoy("pickup=LHR-T5"))
			e.query = []any{map[string]any{"name": "access_token", "value": url.QueryEscape(tok)}, map[string]any{"name": "pickup", "value": "LHR-T5"}}
			c.creator = [2]string{"Burp Suite Professional", "2024.10.1"}
		}},
		{cat, "redirect-url-without-location-header", func(c *gcase) {
			e := c.get("https://shop.acme-outfitters.example/paypal/return?" + c.decoy("paymentId=PAYID-M5XKQ2I1AB23456CD789012E"))
			e.set("response", map[string]any{"status": 302, "statusText": "Found", "httpVersion": "HTTP/1.1", "headers": []any{}, "cookies": []any{},
				"content":     map[string]any{"size": 0, "mimeType": "x-unknown"},
				"redirectURL": "https://shop.acme-outfitters.example/checkout/complete?order=" + c.decoy("AO-2026-118279") + "&auth=" + c.secret("capability in redirectURL only (no Location header)", c.b64u(32)),
				"headersSize": -1, "bodySize": 0})
			c.creator = [2]string{"Firefox", "133.0"}
		}},
		{cat, "chrome-http2-pseudo-header-path", func(c *gcase) {
			tok := c.secret("token in :path pseudo-header and URL", c.b64u(32))
			e := c.get("https://api.acme-tickets.example/v2/orders/"+c.decoy("TK-88120")+"/barcodes?sig="+tok).
				rh(":authority", c.decoy("api.acme-tickets.example"), ":method", "GET", ":path", "/v2/orders/TK-88120/barcodes?sig="+tok, ":scheme", "https", "x-device-key", c.secret("x-device-key header", c.hexs(40)))
			e.httpVersion = "h2"
		}},
		{cat, "http2-repeated-cookie-headers", func(c *gcase) {
			e := c.get("https://www.acme-tickets.example/account/orders").
				rh("cookie", "tk_session="+c.secret("first of repeated cookie headers", c.alnum(40)), "cookie", "tk_remember="+c.secret("second of repeated cookie headers", c.b64u(48)), "cookie", "tk_consent=analytics%3D0")
			e.httpVersion = "h2"
		}},
		{cat, "insomnia-multipart-params-filename-and-password", func(c *gcase) {
			b := "X-INSOMNIA-BOUNDARY"
			pw := c.secret("Apple Pay .p12 password param", c.u11Pw())
			body := u11Part(b, "certificate", "; filename=\"apple_pay.p12\"\r\nContent-Type: application/x-pkcs12", "0\x82\x0b\x1f...") + u11Part(b, "password", "", pw) + u11Part(b, "merchantIdentifier", "", c.decoy("merchant.com.acmeoutfitters")) + "--" + b + "--\r\n"
			e := c.post("https://api.acme-psp.example/v1/applepay/certificates", "multipart/form-data; boundary="+b, body)
			e.post.params = []any{map[string]any{"name": "certificate", "fileName": "apple_pay.p12", "contentType": "application/x-pkcs12"}, map[string]any{"name": "password", "value": pw}, map[string]any{"name": "merchantIdentifier", "value": "merchant.com.acmeoutfitters"}}
			c.creator = [2]string{"Insomnia", "10.1.1"}
		}},
	}
}

// 6. One secret, redacted everywhere it is echoed.
func u11Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "stripe-payment-intent-client-secret-echoes", func(c *gcase) {
			pi := "pi_3Q" + c.alnum(22)
			cs := c.secret("PaymentIntent client_secret (response, confirm form, return_url)", pi+"_secret_"+c.alnum(25))
			c.post("https://shop.acme-outfitters.example/api/checkout/intent", "application/json", `{"cartId":"`+c.decoy("cart_88120")+`"}`).resp("application/json", `{"id":"`+pi+`","clientSecret":"`+cs+`"}`)
			c.post("https://api.stripe.com/v1/payment_intents/"+pi+"/confirm", "application/x-www-form-urlencoded",
				"return_url="+url.QueryEscape("https://shop.acme-outfitters.example/checkout/complete")+"&payment_method="+c.decoy("pm_1Q"+c.alnum(22))+"&expected_payment_method_type=card&use_stripe_sdk=true&key="+c.decoy("pk_live_51H"+c.alnum(96))+"&client_secret="+cs)
			c.get("https://shop.acme-outfitters.example/checkout/complete?payment_intent=" + pi + "&payment_intent_client_secret=" + cs + "&" + c.decoy("redirect_status=succeeded"))
		}},
		{cat, "braintree-fingerprint-unnamed-then-base64-then-bearer", func(c *gcase) {
			fp := c.secret("Braintree authorizationFingerprint (telemetry, base64 client token, Bearer)", c.u11ES("2018042616-production", `{"iss":"https://api.braintreegateway.com","sub":"merchant:`+c.pick(gLower+gDigits, 16)+`","exp":1732356900,"scope":["Braintree:Vault"]}`))
			c.post("https://app.acme-coffee.example/api/telemetry", "application/json", `{"events":[["bt.init","`+fp+`",`+c.decoy("1732270500123")+`]]}`)
			ct := gB64(`{"version":2,"authorizationFingerprint":"` + fp + `","configUrl":"https://api.braintreegateway.com:443/merchants/` + c.pick(gLower+gDigits, 16) + `/client_api/v1/configuration","graphQL":{"url":"https://payments.braintree-api.com/graphql","date":"2018-05-10"},"environment":"production"}`)
			c.get("https://app.acme-coffee.example/api/braintree/client-token").resp("application/json", `{"clientToken":"`+ct+`"}`)
			c.post("https://payments.braintree-api.com/graphql", "application/json", `{"clientSdkMetadata":{"source":"client","integration":"dropin2","sessionId":"`+c.decoy(c.uuid())+`"},"query":"query ClientConfiguration { clientConfiguration { analyticsUrl } }","operationName":"ClientConfiguration"}`).
				rh("Authorization", "Bearer "+fp, "Braintree-Version", c.decoy("2018-05-10"))
		}},
		{cat, "plaid-access-token-echoed-percent-encoded", func(c *gcase) {
			at := c.secret("Plaid access token (exchange response, debug list, encoded URL)", "access-production-"+c.uuid())
			c.post("https://production.plaid.com/item/public_token/exchange", "application/json", `{"client_id":"`+c.decoy(c.hexs(24))+`","secret":"`+c.secret("Plaid secret (30 hex)", c.hexs(30))+`","public_token":"public-production-`+c.uuid()+`"}`).
				resp("application/json", `{"access_token":"`+at+`","item_id":"`+c.decoy(c.alnum(37))+`","request_id":"`+c.decoy(c.alnum(15))+`"}`)
			c.get("https://budget.acme-fin.example/admin/debug/items").resp("application/json", `{"items":[["`+c.decoy("ins_127989")+`","`+at+`"]]}`)
			c.get("https://budget.acme-fin.example/sync?next=" + url.QueryEscape("https://budget.acme-fin.example/api/plaid/refresh?item="+at))
		}},
		{cat, "get-form-password-leaks-into-referer-and-beacon", func(c *gcase) {
			pw := c.secret("password submitted by a GET form, echoed in Referer and a beacon dl=", c.u11Pw())
			u := "https://www.acme-rentals.example/login?email=" + url.QueryEscape("t.nakamura@mail-rent.example") + "&password=" + url.QueryEscape(pw)
			c.get(u).code(302).sh("Location", "/account")
			c.get("https://www.acme-rentals.example/account").rh("Referer", u)
			c.get("https://www.google-analytics.com/g/collect?v=2&" + c.decoy("tid=G-8KX2M4P7Q1") + "&dl=" + url.QueryEscape(u) + "&en=page_view")
		}},
		{cat, "tan-known-then-echoed-in-ws-frame", func(c *gcase) {
			tan := c.secret("TAN in the step-up form, echoed in a ws frame", c.digits(8))
			c.post("https://app.neobank-beispiel.example/api/v3/transfers/"+c.decoy("TRF-2026-4417")+"/authorize", "application/json", `{"challengeId":"`+c.decoy(c.uuid())+`","tan":"`+tan+`"}`)
			c.get("wss://app.neobank-beispiel.example/realtime").code(101).wsMsg("receive", 1, `{"evt":"transfer.sca","data":["TRF-2026-4417","`+tan+`","ok"]}`)
		}},
		{cat, "esim-matching-id-in-qr-image-url", func(c *gcase) {
			ac := "LPA:1$rsp.acme-mobile.example$" + c.secret("eSIM matching id in activationCode and a QR image URL", c.pick(gUpper+gDigits, 6)+"-"+c.pick(gUpper+gDigits, 6)+"-"+c.pick(gUpper+gDigits, 6))
			c.post("https://selfcare.acme-mobile.example/api/esim/activate", "application/json", `{"line":"`+c.decoy("L-2231908")+`","eid":"`+c.decoy("89049032"+c.digits(24))+`"}`).resp("application/json", `{"activationCode":"`+ac+`"}`)
			c.get("https://api.qrserver.com/v1/create-qr-code/?" + c.decoy("size=300x300") + "&data=" + url.QueryEscape(ac))
		}},
		{cat, "truelayer-access-token-base64-in-state", func(c *gcase) {
			tok := c.secret("TrueLayer access token (response, then base64 inside a state blob)", c.rs256JWT("D6F7E5A5", `{"iss":"https://auth.truelayer.com","nbf":1732270500,"exp":1732274100,"client_id":"acmebudget-4f2a9c","jti":"`+c.uuid()+`","sub":"`+c.b64u(24)+`","scope":["info","accounts","balance"]}`))
			c.post("https://auth.truelayer.com/connect/token", "application/x-www-form-urlencoded", "grant_type=authorization_code&client_id="+c.decoy("acmebudget-4f2a9c")+"&client_secret="+c.secret("TrueLayer client_secret", c.uuid())+"&code="+c.secret("TrueLayer code", c.b64u(32))+"&redirect_uri=https%3A%2F%2Fbudget.acme-fin.example%2Fcb").
				resp("application/json", `{"access_token":"`+tok+`","expires_in":3600,"token_type":"Bearer","scope":"info accounts balance"}`)
			c.post("https://budget.acme-fin.example/api/session/save", "application/json", `{"blob":"`+gB64(`{"provider":"truelayer","at":"`+tok+`"}`)+`",`+c.decoy(`"v":3`)+`}`)
		}},
		{cat, "klarna-client-token-in-iframe-fragment", func(c *gcase) {
			ct := c.secret("Klarna client_token echoed in an iframe src fragment", c.u11ES("82305ebb-b3c6-5f73-9dd5-4fc1e1f7c2b9", `{"session_id":"`+c.uuid()+`","base_url":"https://js.klarna.com/eu/kp/legacy/session","purchase_country":"DE","environment":"production","session_type":"PAYMENTS"}`))
			c.get("https://shop.acme-outfitters.example/api/klarna/session").resp("application/json", `{"client_token":"`+ct+`"}`)
			c.get("https://shop.acme-outfitters.example/checkout/payment").resp("text/html", `<iframe id="klarna-pay-later-main" src="https://js.klarna.com/kp/lib/v1/index.html#`+url.QueryEscape(`{"clientToken":"`+ct+`","purchaseCountry":"DE"}`)+`" title="`+c.decoy("Klarna Payments")+`"></iframe>`)
		}},
		{cat, "api-key-echoed-in-error-message", func(c *gcase) {
			k := c.secret("X-API-Key echoed in an error message", c.alnum(32))
			c.get("https://api.acme-rentals.example/v1/stations?"+c.decoy("near=51.4700,-0.4543")).rh("X-API-Key", k).code(401).
				resp("application/json", `{"error":{"code":"`+c.decoy("INVALID_KEY")+`","message":"API key `+k+` is not enabled for the stations product","requestId":"`+c.decoy(c.uuid())+`"}}`)
		}},
		{cat, "gift-card-code-in-cart-and-path", func(c *gcase) {
			gc := c.secret("gift card code (apply form, cart response, balance path)", c.pick(gUpper+gDigits, 4)+"-"+c.pick(gUpper+gDigits, 4)+"-"+c.pick(gUpper+gDigits, 4)+"-"+c.pick(gUpper+gDigits, 4))
			c.post("https://shop.acme-outfitters.example/cart/apply-gift-card", "application/x-www-form-urlencoded", "gift_card_code="+gc).
				resp("application/json", `{"cart":{"token":"Z2NwLWV1cm9wZS13ZXN0MTowMUhYWjRL","applied":[{"code":"`+gc+`","amount":"25.00","type":"gift_card"}],`+c.decoy(`"currency":"GBP"`)+`}}`)
			c.get("https://shop.acme-outfitters.example/api/gift_cards/" + gc + "/balance")
		}},
		{cat, "b64s-session-percent-and-entity-encoded", func(c *gcase) {
			s := c.secret("b64 session (JSON, then %2B-encoded URL, then &#43;-entity HTML)", c.b64s(33))
			c.post("https://www.acme-tickets.example/api/session", "application/json", `{"device":"`+c.decoy(c.uuid())+`"}`).resp("application/json", `{"sessionKey":"`+s+`"}`)
			c.get("https://www.acme-tickets.example/queue/enter?s=" + url.QueryEscape(s) + "&" + c.decoy("event=EV-2026-0412"))
			c.get("https://www.acme-tickets.example/queue/wait").resp("text/html", `<div data-s="`+strings.NewReplacer("+", "&#43;", "/", "&#x2F;", "=", "&#61;").Replace(s)+`" class="`+c.decoy("queue-position")+`">You are in line</div>`)
		}},
		{cat, "phpsessid-echoed-earlier-in-json", func(c *gcase) {
			sid := c.secret("PHPSESSID seen first unnamed in JSON, recognised later in Set-Cookie", c.pick(gLower+gDigits, 26))
			c.get("https://shop.acme-coffee.example/wp-json/acme/v1/diag").resp("application/json", `{"php":"`+c.decoy("8.3.13")+`","s":"`+sid+`","opcache":true}`)
			c.post("https://shop.acme-coffee.example/my-account/", "application/x-www-form-urlencoded", "username=p.adeyemi&password="+url.QueryEscape(c.secret("wp login password", c.u11Pw()))+"&login=Log+in").
				code(302).sh("Set-Cookie", "PHPSESSID="+sid+"; path=/; secure; HttpOnly", "Location", "https://shop.acme-coffee.example/my-account/")
		}},
	}
}

// 7. GraphQL.
func u11GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "shopify-customer-activate-by-url", func(c *gcase) {
			c.post("https://acme-outfitters.myshopify.com/api/2024-10/graphql.json", "application/json",
				`{"query":"mutation customerActivateByUrl($activationUrl: URL!, $password: String!) { customerActivateByUrl(activationUrl: $activationUrl, password: $password) { customerAccessToken { accessToken expiresAt } customerUserErrors { code } } }","variables":{"activationUrl":"https://shop.acme-outfitters.example/account/activate/`+c.decoy("7291036549320")+`/`+c.secret("activation token inside variables.activationUrl", c.hexs(32)+"-1732270800")+`","password":"`+c.secret("variables.password of customerActivateByUrl", c.u11Pw())+`"}}`).
				resp("application/json", `{"data":{"customerActivateByUrl":{"customerAccessToken":{"accessToken":"`+c.secret("response customerAccessToken.accessToken", c.hexs(32))+`","expiresAt":"`+c.decoy("2027-01-06T10:15:00Z")+`"},"customerUserErrors":[]}}}`)
		}},
		{cat, "shopify-cart-buyer-identity-access-token", func(c *gcase) {
			c.post("https://acme-outfitters.myshopify.com/api/2024-10/graphql.json", "application/json",
				`{"query":"mutation cartBuyerIdentityUpdate($cartId: ID!, $buyerIdentity: CartBuyerIdentityInput!) { cartBuyerIdentityUpdate(cartId: $cartId, buyerIdentity: $buyerIdentity) { cart { id } } }","variables":{"cartId":"gid://shopify/Cart/`+c.pick(gAlnum, 26)+`","buyerIdentity":{"customerAccessToken":"`+c.secret("buyerIdentity.customerAccessToken", c.hexs(32))+`","email":"`+c.secret("buyerIdentity.email", "henrike.solberg@post-shop.example")+`","phone":"`+c.secret("buyerIdentity.phone", "+47 412 34 567")+`","countryCode":"`+c.decoy("NO")+`"}}}`).
				rh("X-Shopify-Storefront-Access-Token", c.hexs(32))
		}},
		{cat, "magento-generate-customer-token-inline-literal", func(c *gcase) {
			c.post("https://shop.acme-outfitters.example/graphql", "application/json",
				`{"query":"mutation { generateCustomerToken(email: \"o.brennan@inbox-shop.example\", password: \"`+c.secret("inline password: \\\"S\\\" in generateCustomerToken", c.u11Pw())+`\") { token } }"}`).
				resp("application/json", `{"data":{"generateCustomerToken":{"token":"`+c.secret("response generateCustomerToken.token (JWT)", c.hs256JWT(`{"kid":"1","uid":4417,"utypid":3,"iat":1732270500,"exp":1732274100}`))+`"}}}`).sh("X-Magento-Cache-Id", c.decoy(c.hexs(64)))
		}},
		{cat, "magento-apply-gift-card-and-reward-variables", func(c *gcase) {
			c.post("https://shop.acme-outfitters.example/graphql", "application/json",
				`{"query":"mutation ApplyGiftCard($cartId: String!, $code: String!) { applyGiftCardToCart(input: {cart_id: $cartId, gift_card_code: $code}) { cart { prices { grand_total { value } } } } }","variables":{"cartId":"`+c.pick(gAlnum, 32)+`","code":"`+c.secret("variables.code bound to gift_card_code", c.pick(gUpper+gDigits, 12))+`"},"operationName":"`+c.decoy("ApplyGiftCard")+`"}`).
				rh("Authorization", "Bearer "+c.secret("Magento customer bearer", c.hs256JWT(`{"kid":"1","uid":4418,"utypid":3,"iat":1732270500,"exp":1732274100}`)), "Store", c.decoy("default"))
		}},
		{cat, "apq-get-phone-otp-variables", func(c *gcase) {
			v := `{"phone":"` + c.secret("persisted GET variables.phone", "+1 415 555 0186") + `","otpCode":"` + c.secret("persisted GET variables.otpCode", c.digits(8)) + `"}`
			ext := `{"persistedQuery":{"version":1,"sha256Hash":"` + c.decoy(c.hexs(64)) + `"}}`
			c.get("https://www.acme-eats.example/graphql?operationName=" + c.decoy("VerifyPhoneOtp") + "&variables=" + url.QueryEscape(v) + "&extensions=" + url.QueryEscape(ext))
		}},
		{cat, "braintree-tokenize-credit-card-variables", func(c *gcase) {
			c.post("https://payments.braintree-api.com/graphql", "application/json",
				`{"clientSdkMetadata":{"source":"client","integration":"custom","sessionId":"`+c.decoy(c.uuid())+`"},"query":"mutation TokenizeCreditCard($input: TokenizeCreditCardInput!) { tokenizeCreditCard(input: $input) { token creditCard { bin brandCode last4 } } }","variables":{"input":{"creditCard":{"number":"`+c.secret("variables.input.creditCard.number", c.card("4005", 16))+`","expirationMonth":"11","expirationYear":"2029","cvv":"`+c.digits(3)+`"},"options":{"validate":false}}},"operationName":"TokenizeCreditCard"}`).
				rh("Authorization", "Bearer "+"production_"+c.pick(gLower+gDigits, 8)+"_"+c.pick(gLower+gDigits, 16), "Braintree-Version", "2018-05-10").
				resp("application/json", `{"data":{"tokenizeCreditCard":{"token":"`+c.secret("response tokenizeCreditCard.token (nonce)", "tokencc_bh_"+c.pick(gLower+gDigits, 6)+"_"+c.pick(gLower+gDigits, 6)+"_"+c.pick(gLower+gDigits, 6)+"_"+c.pick(gLower+gDigits, 6)+"_"+c.pick(gLower+gDigits, 3))+`","creditCard":{"bin":"400555","brandCode":"VISA","last4":"`+c.decoy("0019")+`"}}},"extensions":{"requestId":"`+c.decoy(c.uuid())+`"}}`)
		}},
		{cat, "batched-add-card-with-me-query", func(c *gcase) {
			pan := c.card("5555", 16)
			c.secret("batched: variables.input.cardNumber", pan)
			c.post("https://www.acme-travel.example/graphql", "application/json",
				c.decoy(`[{"operationName":"Me","variables":{},"query":"query Me { me { id loyaltyTier } }"}`)+`,{"operationName":"AddPaymentCard","variables":{"input":{"holder":"Y Tanaka","cardNumber":"`+pan+`","expiry":"09/28","securityCode":"`+c.secret("batched: variables.input.securityCode", c.digits(4)+c.digits(4))+`"}},"query":"mutation AddPaymentCard($input: CardInput!) { addPaymentCard(input: $input) { id } }"}]`)
		}},
		{cat, "verify-tan-opaque-variable-names", func(c *gcase) {
			c.post("https://app.neobank-beispiel.example/graphql", "application/json",
				`{"operationName":"V","query":"mutation V($a: String!, $b: ID!) { verifyTan(tan: $a, challengeId: $b) { status } }","variables":{"a":"`+c.secret("variables.a bound to verifyTan(tan:)", c.digits(8))+`","b":"`+c.decoy(c.uuid())+`"}}`).
				resp("application/json", `{"data":{"verifyTan":{"status":"`+c.decoy("AUTHORISED")+`"}}}`)
		}},
		{cat, "relay-doc-id-form-variables-and-fb-dtsg", func(c *gcase) {
			vars := `{"input":{"payment_credential":{"cvv":"` + c.digits(3) + `","pin":"` + c.secret("form variables input.payment_credential.pin", c.digits(8)) + `"},"client_mutation_id":"1"}}`
			c.post("https://www.facebook.com/api/graphql/", "application/x-www-form-urlencoded",
				"av="+c.decoy("100089123456789")+"&__user=100089123456789&fb_dtsg="+url.QueryEscape(c.secret("fb_dtsg form field", "NAc"+c.pick(gAlnum+"-_", 40)+":"+c.digits(2)+":"+c.digits(10)))+"&fb_api_caller_class=RelayModern&fb_api_req_friendly_name="+c.decoy("MetaPayVerifyPinMutation")+"&variables="+url.QueryEscape(vars)+"&server_timestamps=true&doc_id="+c.decoy("7219384561029384"))
		}},
		{cat, "shopify-admin-delegate-access-token-response", func(c *gcase) {
			c.post("https://acme-outfitters.myshopify.com/admin/api/2024-10/graphql.json", "application/json",
				`{"query":"mutation { delegateAccessTokenCreate(input: {delegateAccessScope: [\"read_orders\"], expiresIn: 3600}) { delegateAccessToken { accessToken accessScopes createdAt } userErrors { field message } } }"}`).
				rh("X-Shopify-Access-Token", c.secret("admin X-Shopify-Access-Token", "shpat_"+c.hexs(32))).
				resp("application/json", `{"data":{"delegateAccessTokenCreate":{"delegateAccessToken":{"accessToken":"`+c.secret("response delegateAccessToken.accessToken", "shpat_"+c.hexs(32))+`","accessScopes":["read_orders"],"createdAt":"`+c.decoy("2026-11-22T10:15:03Z")+`"},"userErrors":[]}},"extensions":{"cost":{"requestedQueryCost":10,"actualQueryCost":10,`+c.decoy(`"throttleStatus":{"maximumAvailable":2000.0`)+`,"currentlyAvailable":1990,"restoreRate":100.0}}}}`)
		}},
		{cat, "saleor-token-create-response-fields", func(c *gcase) {
			c.post("https://api.acme-saleor.example/graphql/", "application/json",
				`{"operationName":"Login","variables":{"email":"f.lindqvist@post-shop.example","password":"`+c.secret("Saleor tokenCreate variables.password", c.u11Pw())+`"},"query":"mutation Login($email: String!, $password: String!) { tokenCreate(email: $email, password: $password) { token refreshToken csrfToken errors { field code } } }"}`).
				resp("application/json", `{"data":{"tokenCreate":{"token":"`+c.secret("Saleor response token", c.rs256JWT("1", `{"iat":1732270500,"owner":"saleor","iss":"https://api.acme-saleor.example/graphql/","exp":1732270800,"token":"`+c.alnum(12)+`","email":"f.lindqvist@post-shop.example","type":"access","user_id":"VXNlcjo0NDE5"}`))+`","refreshToken":"`+c.secret("Saleor response refreshToken", c.rs256JWT("1", `{"iat":1732270500,"owner":"saleor","exp":1734862500,"type":"refresh","csrf_token":"`+c.alnum(32)+`"}`))+`","csrfToken":"`+c.secret("Saleor response csrfToken", c.alnum(64))+`","errors":[]}}}`)
		}},
		{cat, "apollo-multipart-subscription-response", func(c *gcase) {
			body := "\r\n--graphql\r\ncontent-type: application/json\r\n\r\n{}\r\n--graphql\r\ncontent-type: application/json\r\n\r\n{\"payload\":{\"data\":{\"paymentStatus\":{\"orderId\":\"" + c.decoy("FD-77120-4432") + "\",\"status\":\"REQUIRES_ACTION\",\"stepUpOtp\":\"" + c.secret("stepUpOtp in a multipart subscription part", c.digits(8)) + "\",\"walletSessionToken\":\"" + c.secret("walletSessionToken in a multipart subscription part", c.b64u(32)) + "\"}}}}\r\n--graphql--\r\n"
			c.post("https://api.acme-eats.example/graphql", "application/json", `{"query":"subscription PaymentStatus($id: ID!) { paymentStatus(orderId: $id) { orderId status stepUpOtp walletSessionToken } }","variables":{"id":"FD-77120-4432"}}`).
				rh("Accept", c.decoy("multipart/mixed;subscriptionSpec=\"1.0\", application/json")).resp("multipart/mixed; boundary=\"graphql\"; subscriptionSpec=\"1.0\"", body)
		}},
	}
}

// 8. Vendor token formats of the domain.
func u11Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "stripe-webhook-secret-signature-and-restricted-key", func(c *gcase) {
			c.post("https://api.stripe.com/v1/webhook_endpoints", "application/x-www-form-urlencoded", "url=https%3A%2F%2Fapi.acme-outfitters.example%2Fhooks%2Fstripe&enabled_events%5B%5D=payment_intent.succeeded&"+c.decoy("api_version=2024-06-20")).
				rh("Authorization", "Bearer "+c.secret("Stripe restricted key rk_live_", "rk_live_51H"+c.alnum(96)), "Stripe-Version", c.decoy("2024-06-20")).
				resp("application/json", `{"id":"`+c.decoy("we_1Q"+c.alnum(22))+`","object":"webhook_endpoint","secret":"`+c.secret("Stripe whsec_ signing secret", "whsec_"+c.alnum(32))+`","status":"enabled"}`)
			c.post("https://api.acme-outfitters.example/hooks/stripe", "application/json", `{"id":"`+c.decoy("evt_3Q"+c.alnum(22))+`","type":"payment_intent.succeeded","livemode":true}`).
				rh("Stripe-Signature", "t=1732270500,v1="+c.secret("Stripe-Signature v1", c.hexs(64))+",v0="+c.secret("Stripe-Signature v0", c.hexs(64)))
		}},
		{cat, "braintree-dollar-access-token", func(c *gcase) {
			mid := c.pick(gLower+gDigits, 16)
			at := c.secret("Braintree access_token$production$...$... token", "access_token$production$"+mid+"$"+c.hexs(32))
			c.post("https://payments.braintree-api.com/graphql", "application/json", `{"query":"query { ping }"}`).rh("Authorization", "Bearer "+at, "Braintree-Version", c.decoy("2019-01-01"))
			c.get("https://app.acme-coffee.example/api/integrations/braintree").resp("application/json", `{`+c.decoy(`"merchantId":"`+mid+`"`)+`,"env":"production","v":"`+at+`"}`)
		}},
		{cat, "square-oauth-sq0-credentials", func(c *gcase) {
			c.post("https://connect.squareup.com/oauth2/token", "application/json",
				`{"client_id":"`+c.decoy("sq0idp-"+c.pick(gB64uAlpha, 22))+`","client_secret":"`+c.secret("Square sq0csp- application secret", "sq0csp-"+c.pick(gB64uAlpha, 43))+`","code":"`+c.secret("Square sq0cgp- authorization code", "sq0cgp-"+c.pick(gB64uAlpha, 22))+`","grant_type":"authorization_code"}`).
				resp("application/json", `{"access_token":"`+c.secret("Square EAAA access token", "EAAA"+c.pick(gB64uAlpha, 60))+`","token_type":"bearer","expires_at":"`+c.decoy("2026-12-22T10:15:00Z")+`","merchant_id":"`+c.decoy("ML8KQZ2X4P7Q1")+`","refresh_token":"`+c.secret("Square EQAA refresh token", "EQAA"+c.pick(gB64uAlpha, 60))+`"}`)
			c.get("https://app.acme-coffee.example/legacy/square.js").resp("application/javascript", `var SQ={appId:"sq0idp-`+c.pick(gB64uAlpha, 22)+`",k:"`+c.secret("Square legacy sq0atp- token in JS", "sq0atp-"+c.pick(gB64uAlpha, 22))+`"};`)
		}},
		{cat, "adyen-hmac-key-and-notification-signature", func(c *gcase) {
			c.post("https://management-live.adyen.com/v3/merchants/"+c.decoy("AcmeOutfittersECOM")+"/webhooks/"+c.decoy("WBHK42CLH22322975N3"+c.pick(gUpper+gDigits, 6))+"/generateHmac", "application/json", "{}").
				rh("X-API-Key", c.secret("Adyen X-API-Key AQE...", "AQE"+c.pick(gAlnum, 9)+"+"+c.pick(gAlnum+"+/", 140)+"="+c.hexs(6))).
				resp("application/json", `{"hmacKey":"`+c.secret("Adyen hmacKey (64 upper hex)", strings.ToUpper(c.hexs(64)))+`"}`)
			c.post("https://api.acme-outfitters.example/hooks/adyen", "application/json",
				`{"live":"true","notificationItems":[{"NotificationRequestItem":{"additionalData":{"hmacSignature":"`+c.secret("notification additionalData.hmacSignature", c.b64s(32))+`"},"amount":{"currency":"EUR","value":12900},"eventCode":"AUTHORISATION","eventDate":"`+c.decoy("2026-11-22T11:15:00+01:00")+`","merchantAccountCode":"AcmeOutfittersECOM","merchantReference":"`+c.decoy("AO-2026-118280")+`","pspReference":"`+c.decoy(c.pick(gUpper+gDigits, 16))+`","success":"true"}}]}`).
				rh("Authorization", "Basic "+gB64("adyen-hooks:"+c.secret("Adyen webhook Basic password", c.u11Pw())))
		}},
		{cat, "klarna-api-key-and-legacy-credentials", func(c *gcase) {
			c.get("https://api.klarna.com/ordermanagement/v1/orders/"+c.decoy(c.uuid())).rh("Authorization", "Basic "+gB64("K4409871_"+c.hexs(12)+":"+c.secret("Klarna legacy shared secret in Basic", c.alnum(16))))
			c.get("https://app.acme-outfitters.example/admin/klarna/config").resp("application/json", `{"clientId":"`+c.decoy("klarna_live_client_"+c.pick(gAlnum, 40))+`","apiKey":"`+c.secret("Klarna klarna_live_api_ key", "klarna_live_api_"+c.pick(gAlnum, 48))+`","region":"`+c.decoy("eu")+`"}`)
		}},
		{cat, "checkout-com-and-razorpay-keys", func(c *gcase) {
			c.post("https://api.checkout.com/payments", "application/json", `{"source":{"type":"token","token":"`+c.secret("Checkout.com card token tok_", "tok_"+c.pick(gLower+gDigits, 26))+`"},"amount":12900,"currency":"GBP","reference":"`+c.decoy("AO-2026-118281")+`"}`).
				rh("Authorization", "Bearer "+c.secret("Checkout.com sk_ secret key", "sk_"+c.pick(gLower+gDigits, 26)), "Cko-Idempotency-Key", c.decoy(c.uuid()))
			c.get("https://shop.acme-coffee.example/checkout/razorpay").resp("text/html", `<script>var options={`+c.decoy(`"key":"rzp_live_`+c.alnum(14)+`"`)+`,"amount":"49900","currency":"INR","order_id":"`+c.decoy("order_"+c.alnum(14))+`"};var cko={"publicKey":"`+c.decoy("pk_"+c.pick(gLower+gDigits, 26))+`"};</script>`)
			c.post("https://api.acme-coffee.example/hooks/razorpay", "application/json", `{"event":"payment.captured","payload":{"payment":{"entity":{"id":"`+c.decoy("pay_"+c.alnum(14))+`"}}}}`).
				rh("X-Razorpay-Signature", c.secret("X-Razorpay-Signature (HMAC hex)", c.hexs(64)), "X-Razorpay-Event-Id", c.decoy(c.alnum(14)))
		}},
		{cat, "shopify-shpss-shpca-shppa-in-app-env", func(c *gcase) {
			env := "SHOPIFY_API_KEY=" + c.hexs(32) + "\nSHOPIFY_API_SECRET=" + c.secret("Shopify shpss_ app secret", "shpss_"+c.hexs(32)) + "\nCUSTOM_APP_TOKEN=" + c.secret("Shopify shpca_ custom app token", "shpca_"+c.hexs(32)) + "\nLEGACY_PRIVATE_APP=" + c.secret("Shopify shppa_ private app password", "shppa_"+c.hexs(32)) + "\n" + c.decoy("SCOPES=read_orders,write_products") + "\n"
			c.req("PUT", "https://api.acme-hosting.example/v1/apps/acme-shopify-app/config", "text/plain", env)
		}},
		{cat, "sabre-nested-base64-basic-and-t1rlaq-token", func(c *gcase) {
			pw := c.secret("Sabre password inside nested base64 Basic", c.u11Pw())
			cred := gB64(gB64("V1:7971:X7KQ:AA") + ":" + gB64(pw))
			tok := c.secret("Sabre T1RLAQ session token", "T1RLAQ"+c.pick(gAlnum+"+/", 180)+"*")
			c.post("https://api.platform.sabre.com/v2/auth/token", "application/x-www-form-urlencoded", "grant_type=client_credentials").rh("Authorization", "Basic "+cred).
				resp("application/json", `{"access_token":"`+tok+`","token_type":"bearer",`+c.decoy(`"expires_in":604800`)+`}`)
			c.get("https://api.platform.sabre.com/v4/offers/shop?"+c.decoy("origin=LHR&destination=JFK")).rh("Authorization", "Bearer "+tok)
		}},
		{cat, "mollie-gocardless-adyen-live-prefix-collisions", func(c *gcase) {
			c.get("https://app.acme-coffee.example/api/integrations").resp("application/json",
				`{"items":[{"provider":"mollie","value":"`+c.secret("Mollie live_ API key under value", "live_"+c.alnum(30))+`","profile":"`+c.decoy("pfl_"+c.alnum(10))+`"},{"provider":"mollie-oauth","value":"`+c.secret("Mollie access_ organisation token under value", "access_"+c.alnum(40))+`"},`+
					`{"provider":"gocardless","value":"`+c.secret("GoCardless live_ access token under value", "live_"+c.pick(gAlnum+"-_", 40))+`"},{"provider":"adyen-client-key","value":"`+c.decoy("live_"+c.pick(gUpper+gDigits, 32))+`"}]}`)
		}},
		{cat, "apple-pay-payment-token", func(c *gcase) {
			tok := `{"paymentData":{"version":"EC_v1","data":"` + c.secret("Apple Pay paymentData.data (encrypted DPAN and cryptogram)", c.b64s(240)) + `","signature":"` + c.secret("Apple Pay paymentData.signature (PKCS7)", c.b64s(600)) + `","header":{"ephemeralPublicKey":"` + c.decoy("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE"+c.b64s(63)) + `","publicKeyHash":"` + c.decoy(c.b64s(32)) + `","transactionId":"` + c.decoy(c.hexs(64)) + `"}},"paymentMethod":{"displayName":"Visa 0492","network":"Visa","type":"debit"},"transactionIdentifier":"` + strings.ToUpper(c.hexs(64)) + `"}`
			c.post("https://api.checkout.com/tokens", "application/json", `{"type":"applepay","token_data":`+tok+`}`).rh("Authorization", "pk_"+c.pick(gLower+gDigits, 26)).
				resp("application/json", `{"type":"applepay","token":"`+c.secret("Checkout.com wallet token tok_", "tok_"+c.pick(gLower+gDigits, 26))+`","expires_on":"`+c.decoy("2026-11-22T10:30:00.000Z")+`","bin":"`+c.decoy("492181")+`"}`)
			c.post("https://shop.acme-outfitters.example/applepay/validate-merchant", "application/json", `{"validationURL":"`+c.decoy("https://apple-pay-gateway.apple.com/paymentservices/startSession")+`"}`).
				resp("application/json", `{"epochTimestamp":1732270500123,"expiresAt":1732274100123,"merchantSessionIdentifier":"`+c.secret("Apple Pay merchantSessionIdentifier", "SSH"+strings.ToUpper(c.hexs(32))+"_"+strings.ToUpper(c.hexs(64)))+`","nonce":"`+c.hexs(8)+`","merchantIdentifier":"`+c.decoy(strings.ToUpper(c.hexs(64)))+`","domainName":"shop.acme-outfitters.example","displayName":"Acme Outfitters","signature":"`+c.secret("Apple Pay merchant session signature", c.hexs(800))+`"}`)
		}},
		{cat, "google-pay-tokenization-data-string", func(c *gcase) {
			signed := `{"encryptedMessage":"` + c.secret("Google Pay signedMessage.encryptedMessage", c.b64s(300)) + `","ephemeralPublicKey":"` + c.b64s(65) + `","tag":"` + c.secret("Google Pay signedMessage.tag", c.b64s(32)) + `"}`
			token := gJS(map[string]any{"signature": c.secret("Google Pay token signature", c.b64s(71)), "intermediateSigningKey": map[string]any{"signedKey": `{"keyValue":"` + c.b64s(91) + `","keyExpiration":"1733480100000"}`, "signatures": []any{c.b64s(70)}}, "protocolVersion": "ECv2", "signedMessage": signed})
			pd := gJS(map[string]any{"apiVersionMinor": 0, "apiVersion": 2, "paymentMethodData": map[string]any{"description": "Mastercard •••• 5217", "tokenizationData": map[string]any{"type": "PAYMENT_GATEWAY", "token": token}, "type": "CARD", "info": map[string]any{"cardNetwork": "MASTERCARD", "cardDetails": "5217"}}})
			c.post("https://shop.acme-outfitters.example/api/checkout/googlepay", "application/json", `{"paymentData":`+pd+`,`+c.decoy(`"gateway":"checkoutltd"`)+`}`)
		}},
		{cat, "paypal-nvp-api-signature-credentials", func(c *gcase) {
			c.post("https://api-3t.paypal.com/nvp", "application/x-www-form-urlencoded",
				"USER="+url.QueryEscape("payments_api1.acme-outfitters.example")+"&PWD="+c.secret("PayPal NVP PWD", c.pick(gUpper+gDigits, 16))+"&SIGNATURE="+c.secret("PayPal NVP SIGNATURE", "A"+c.pick(gAlnum, 20)+"-"+c.pick(gAlnum, 34))+"&METHOD=SetExpressCheckout&"+c.decoy("VERSION=204.0")+"&PAYMENTREQUEST_0_AMT=129.00&PAYMENTREQUEST_0_CURRENCYCODE=EUR&RETURNURL=https%3A%2F%2Fshop.acme-outfitters.example%2Fpaypal%2Freturn").
				resp("text/plain", "TOKEN=EC%2d"+c.pick(gUpper+gDigits, 17)+"&TIMESTAMP=2026%2d11%2d22T10%3a15%3a00Z&"+c.decoy("CORRELATIONID="+c.hexs(13))+"&ACK=Success&VERSION=204%2e0&BUILD=58807128")
		}},
	}
}

// 9. Payment cards, free-text credential phrases and config snippets.
func u11CardsPhrases() []gdef {
	const cat = "9.cards-phrases"
	return []gdef{
		{cat, "stripe-v1-tokens-card-number-plus-spaced", func(c *gcase) {
			p := c.card("4000", 16)
			c.secret("card[number] grouped with + (form-encoded spaces)", gGroup4(p, " "))
			c.post("https://api.stripe.com/v1/tokens", "application/x-www-form-urlencoded",
				"card[number]="+gGroup4(p, "+")+"&card[cvc]="+c.digits(3)+"&card[exp_month]=11&card[exp_year]=29&card[address_zip]=SW1A+1AA&"+c.decoy("guid="+c.uuid())+"&"+c.decoy("muid="+c.uuid())+"&payment_user_agent=stripe.js%2F"+c.decoy("a4f3b1c2")+"&key=pk_live_51H"+c.alnum(96)).
				resp("application/json", `{"id":"`+c.decoy("tok_1Q"+c.alnum(22))+`","card":{"brand":"Visa","last4":"`+p[12:]+`","funding":"credit"}}`)
		}},
		{cat, "ota-paymentcard-attributes", func(c *gcase) {
			pan := c.secret("OTA PaymentCard CardNumber attribute", c.card("5196", 16))
			c.post("https://cm.acme-channel.example/ota/2003/05/HotelRes", "application/xml",
				`<OTA_HotelResRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="`+c.decoy("4.000")+`"><HotelReservations><HotelReservation><ResGlobalInfo><Guarantee><GuaranteesAccepted><GuaranteeAccepted><PaymentCard CardCode="MC" CardNumber="`+pan+`" SeriesCode="`+c.digits(3)+`" ExpireDate="0829"><CardHolderName>S Achebe</CardHolderName></PaymentCard></GuaranteeAccepted></GuaranteesAccepted></Guarantee><HotelReservationIDs><HotelReservationID ResID_Type="14" ResID_Value="`+c.decoy("HX-88120432")+`"/></HotelReservationIDs></ResGlobalInfo></HotelReservation></HotelReservations></OTA_HotelResRQ>`)
		}},
		{cat, "hotel-guarantee-card-with-masked-decoy", func(c *gcase) {
			pan := c.card("3714", 15)
			c.secret("Amex cardNumber in a booking guarantee", pan)
			c.post("https://www.acme-hotels.example/api/bookings/guarantee", "application/json",
				`{"bookingId":"`+c.decoy("HX-88120433")+`","card":{"cardNumber":"`+pan+`","expiry":"2028-06"},"display":"`+c.decoy(pan[:6]+"*****"+pan[11:])+`","loyalty":"`+c.decoy("ACM-GOLD")+`"}`)
		}},
		{cat, "magento-order-comment-card-in-free-text", func(c *gcase) {
			p := c.card("4539", 16)
			c.secret("card in an order comment (spaces)", gGroup4(p, " "))
			c.post("https://shop.acme-outfitters.example/rest/V1/orders/"+c.decoy("4417")+"/comments", "application/json",
				`{"statusHistory":{"comment":"Customer phoned: please re-try with card `+gGroup4(p, " ")+` exp 07/29, order `+c.decoy("000004417")+`, ref `+c.decoy("1000 2000 3000 4001")+`","is_customer_notified":0,"status":"pending"}}`)
		}},
		{cat, "telco-chat-puk-phrase", func(c *gcase) {
			c.post("https://selfcare.acme-mobile.example/api/chat/messages", "application/json",
				`{"conversationId":"`+c.decoy("CNV-2026-77120")+`","from":"agent","text":"Thanks for verifying. Your PUK code is `+c.secret("'PUK code is X' in a chat message", c.digits(8))+`. Enter it when the phone asks, then choose a new PIN. Ticket `+c.decoy("INC0048812")+`."}`)
		}},
		{cat, "french-italian-portuguese-code-phrases", func(c *gcase) {
			c.post("https://notifications.acme-fin.example/api/v1/sms/log", "application/json",
				`{"messages":[{"lang":"fr","text":"Votre code de vérification est `+c.secret("French 'code de vérification est X'", c.digits(8))+`. Ne le communiquez jamais."},{"lang":"it","text":"La tua password temporanea è `+c.secret("Italian 'password temporanea è X'", c.u11Pw())+`"},{"lang":"pt","text":"A sua senha é `+c.secret("Portuguese 'senha é X'", c.u11Pw())+`"},`+c.decoy(`{"lang":"en","text":"Your PIN must be 4 to 6 digits."}`)+`]}`)
		}},
		{cat, "laravel-env-paste-in-ticket", func(c *gcase) {
			env := c.decoy("APP_ENV=production") + "\nAPP_KEY=base64:" + c.secret("Laravel APP_KEY", c.b64s(32)) + "\nDB_PASSWORD=" + c.secret("DB_PASSWORD line", c.u11Pw()) + "\nSTRIPE_KEY=" + c.decoy("pk_live_51H"+c.alnum(96)) + "\nSTRIPE_SECRET=" + c.secret("STRIPE_SECRET line", "sk_live_51H"+c.alnum(96)) + "\nPAYPAL_LIVE_CLIENT_SECRET=" + c.secret("PAYPAL_LIVE_CLIENT_SECRET line", "E"+c.pick(gAlnum+"-_", 79)) + "\n" + c.decoy("CASHIER_CURRENCY=eur") + "\n"
			c.post("https://support.acme-agency.example/api/tickets/8812/comments", "application/json", gJS(map[string]any{"body": "checkout broken since deploy, our .env:\n" + env, "public": false}))
		}},
		{cat, "spring-application-yml-in-jira-comment", func(c *gcase) {
			yml := "adyen:\n  merchant-account: " + c.decoy("AcmeRetailECOM") + "\n  api-key: " + c.secret("application.yml adyen.api-key", "AQE"+c.pick(gAlnum+"+/", 100)) + "\n  hmac-key: " + c.secret("application.yml adyen.hmac-key", strings.ToUpper(c.hexs(64))) + "\nspring:\n  datasource:\n    url: " + c.decoy("jdbc:postgresql://pay-db.internal:5432/payments") + "\n    password: " + c.secret("application.yml datasource password", c.u11Pw()) + "\n"
			c.post("https://acme-retail.atlassian.net/rest/api/3/issue/"+c.decoy("PAY-2231")+"/comment", "application/json", gJS(map[string]any{"body": map[string]any{"type": "doc", "version": 1, "content": []any{map[string]any{"type": "codeBlock", "attrs": map[string]any{"language": "yaml"}, "content": []any{map[string]any{"type": "text", "text": yml}}}}}}))
		}},
		{cat, "gift-card-code-is-phrase-in-email", func(c *gcase) {
			c.post("https://api.acme-mailer.example/v3/mail/send", "application/json",
				`{"personalizations":[{"to":[{"email":"gifts@acme-outfitters.example"}]}],"subject":"`+c.decoy("Your Acme Outfitters e-gift card")+`","content":[{"type":"text/html","value":"<p>Happy birthday!</p><p>Your gift card code is <b>`+c.secret("'gift card code is X' in an HTML mail", c.pick(gUpper+gDigits, 4)+"-"+c.pick(gUpper+gDigits, 6)+"-"+c.pick(gUpper+gDigits, 5))+`</b> and the PIN is `+c.secret("'the PIN is X' in an HTML mail", c.digits(8))+`.</p><p>Value: `+c.decoy("£50.00")+`</p>"}]}`)
		}},
		{cat, "hotel-confirmation-wifi-password", func(c *gcase) {
			c.get("https://www.acme-hotels.example/api/stays/HX-88120434/confirmation").resp("application/json",
				`{"stay":"`+c.decoy("HX-88120434")+`","checkIn":"2026-11-24","notes":["Wi-Fi network `+c.decoy("AcmeHotels-Guest")+`, password: `+c.secret("'password: X' in a booking confirmation note", c.u11Pw())+`","Door code for the side entrance is `+c.secret("'door code ... is X' in a note", c.digits(8))+`"]}`)
		}},
		{cat, "cards-in-spanish-chat-no-separators", func(c *gcase) {
			v := c.card("4915", 16)
			d := c.card("6011", 16)
			c.secret("Visa without separators in a Spanish chat", v)
			c.secret("Discover without separators in a Spanish chat", d)
			c.post("https://chat.acme-travel.example/api/v1/conversations/"+c.decoy("CV-88120")+"/messages", "application/json",
				`{"text":"hola, mi tarjeta es `+v+` y caduca 04/29, la otra es `+d+`. Reserva `+c.decoy("ZX4K9Q")+`, vuelo `+c.decoy("IB3166")+`, teléfono de la agencia `+c.decoy("900 100 200")+`"}`)
		}},
		{cat, "sfcc-dw-json-paste", func(c *gcase) {
			dw := `{"hostname":"` + c.decoy("zzrf-001.dx.commercecloud.salesforce.com") + `","username":"ci-deployer@acme-outfitters.example","password":"` + c.secret("dw.json password", c.u11Pw()) + `","client-id":"` + c.decoy(c.uuid()) + `","client-secret":"` + c.secret("dw.json client-secret", c.alnum(24)) + `","code-version":"` + c.decoy("release_2026_11_22") + `"}`
			c.post("https://chat.acme-agency.example/api/messages", "application/json", gJS(map[string]any{"channel": "sfcc-dev", "text": "use this dw.json for the sandbox:\n```\n" + dw + "\n```"}))
		}},
	}
}

// 10. Personal data.
func u11Personal() []gdef {
	const cat = "10.personal"
	return []gdef{
		{cat, "shopify-order-customer-and-browser-ip", func(c *gcase) {
			c.get("https://acme-outfitters.myshopify.com/admin/api/2024-10/orders/"+c.decoy("5889021345894")+".json").resp("application/json",
				`{"order":{"id":5889021345894,"browser_ip":"`+c.secret("Shopify order browser_ip", "198.51.100.177")+`","contact_email":"`+c.secret("Shopify contact_email", "ingrid.halvorsen@post-shop.example")+`","customer":{"id":`+c.decoy("7291036549330")+`,"first_name":"`+c.secret("Shopify customer first_name", "Ingrid-Marie")+`","last_name":"`+c.secret("Shopify customer last_name", "Halvorsen-Lie")+`","phone":"`+c.secret("Shopify customer phone", "+47 926 51 834")+`"},"shipping_address":{"name":"`+c.secret("shipping_address.name", "Ingrid Halvorsen-Lie")+`","city":"Bergen",`+c.decoy(`"country_code":"NO"`)+`},"currency":"`+c.decoy("NOK")+`"}}`)
		}},
		{cat, "magento-shipping-information-address", func(c *gcase) {
			c.post("https://shop.acme-outfitters.example/rest/default/V1/guest-carts/"+c.pick(gAlnum, 32)+"/shipping-information", "application/json",
				`{"addressInformation":{"shipping_address":{"countryId":"DE","regionId":"82","postcode":"10115","city":"Berlin","firstname":"`+c.secret("Magento shipping firstname", "Waltraud")+`","lastname":"`+c.secret("Magento shipping lastname", "Oberländer")+`","telephone":"`+c.secret("Magento shipping telephone", "+49 170 4481290")+`","email":"`+c.secret("Magento shipping email", "w.oberlaender@web-shop.example")+`"},"shipping_method_code":"`+c.decoy("flatrate")+`","shipping_carrier_code":"flatrate"}}`)
		}},
		{cat, "klarna-billing-address-given-family-name", func(c *gcase) {
			c.post("https://api.klarna.com/payments/v1/authorizations/"+c.secret("Klarna authorization_token in path", c.uuid())+"/order", "application/json",
				`{"purchase_country":"FI","purchase_currency":"EUR","billing_address":{"given_name":"`+c.secret("Klarna billing given_name", "Aino-Kaarina")+`","family_name":"`+c.secret("Klarna billing family_name", "Väisänen")+`","email":"`+c.secret("Klarna billing email", "aino.vaisanen@posti-shop.example")+`","phone":"`+c.secret("Klarna billing phone", "+358 40 1234567")+`","country":"`+c.decoy("FI")+`"},"order_amount":8990,"merchant_reference1":"`+c.decoy("AO-2026-118283")+`"}`)
		}},
		{cat, "airline-apis-passenger-documents", func(c *gcase) {
			c.req("PUT", "https://www.acme-air.example/api/checkin/v2/journeys/"+c.decoy("JRN-ZX4K9R")+"/passengers/"+c.decoy("PAX-1")+"/apis", "application/json",
				`{"firstName":"`+c.secret("APIS firstName", "Oluwadamilare")+`","lastName":"`+c.secret("APIS lastName", "Adebayo-Cole")+`","dateOfBirth":"`+c.secret("APIS dateOfBirth", "1987-03-14")+`","document":{"type":"PASSPORT","number":"`+c.secret("APIS passport number", "A"+c.digits(8))+`","issuingCountry":"NG","expiry":"2031-08-01"},"contact":{"email":"`+c.secret("APIS contact email", "dami.adebayo@mail-air.example")+`"},"seat":"`+c.decoy("14C")+`"}`)
		}},
		{cat, "ota-hotel-person-name-xml", func(c *gcase) {
			c.get("https://cm.acme-channel.example/ota/reservations/BKG-55102934").resp("application/xml",
				`<OTA_ResRetrieveRS xmlns="http://www.opentravel.org/OTA/2003/05"><ReservationsList><HotelReservation><ResGuests><ResGuest><Profiles><ProfileInfo><Profile><Customer><PersonName><NamePrefix>Mr</NamePrefix><GivenName>`+c.secret("OTA GivenName", "Jonas-Henrik")+`</GivenName><Surname>`+c.secret("OTA Surname", "Ekström-Björk")+`</Surname></PersonName><Telephone PhoneNumber="`+c.secret("OTA Telephone PhoneNumber attribute", "+46 70 123 45 67")+`"/><Email>`+c.secret("OTA Email", "jonas.ekstrom@telia-mail.example")+`</Email></Customer></Profile></ProfileInfo></Profiles></ResGuest></ResGuests>`+c.decoy(`<UniqueID Type="14" ID="BKG-55102934"/>`)+`</HotelReservation></ReservationsList></OTA_ResRetrieveRS>`)
		}},
		{cat, "food-delivery-courier-and-recipient", func(c *gcase) {
			c.get("https://api.acme-eats.example/v2/orders/"+c.decoy("FD-77120-4433")).resp("application/json",
				`{"id":"FD-77120-4433","recipient":{"name":"`+c.secret("recipient name", "Priyanka Raghunathan")+`","phone":"`+c.secret("recipient phone", "+44 7700 900264")+`","instructions":"ring twice, or call my partner on `+c.secret("phone in delivery instructions", "07700 900871")+`"},"courier":{"displayName":"`+c.secret("courier displayName", "Tomasz K.")+`"},"restaurant":"`+c.decoy("Pho Saigon Shoreditch")+`","total":{"amount":2450,"currency":"GBP"}}`)
		}},
		{cat, "ticketing-attendee-list", func(c *gcase) {
			c.get("https://www.eventbriteapi.com/v3/events/"+c.decoy("884412031248")+"/attendees/?"+c.decoy("status=attending")).resp("application/json",
				`{"pagination":{"object_count":2},"attendees":[{"id":"`+c.decoy("3391028844")+`","profile":{"first_name":"`+c.secret("attendee first_name", "Leilani-Rose")+`","last_name":"`+c.secret("attendee last_name", "Kahananui")+`","email":"`+c.secret("attendee email", "leilani.k@hawaii-mail.example")+`","cell_phone":"`+c.secret("attendee cell_phone", "+1 808 555 0139")+`"},"ticket_class_name":"`+c.decoy("General Admission")+`","barcodes":[{"barcode":"`+c.secret("attendee ticket barcode (a bearer value)", c.digits(18))+`","status":"unused"}]}]}`)
		}},
		{cat, "telco-subscriber-msisdn-and-holder", func(c *gcase) {
			c.get("https://selfcare.acme-mobile.example/api/v1/subscriptions/"+c.decoy("SUB-4481292")).resp("application/json",
				`{"msisdn":"`+c.secret("subscriber msisdn (no plus)", "447700900415")+`","holder":{"fullName":"`+c.secret("subscription holder fullName", "Eilidh MacPherson")+`","email":"`+c.secret("subscription holder email", "eilidh.mp@scot-mail.example")+`"},"tariff":"`+c.decoy("Unlimited 5G 24m")+`","simType":"eSIM","imeisv":"`+c.decoy("35"+c.digits(14))+`"}`)
		}},
		{cat, "adyen-payments-shopper-fields-and-ip", func(c *gcase) {
			c.post("https://checkout-live.adyen.com/v71/payments", "application/json",
				`{"amount":{"currency":"EUR","value":12900},"reference":"`+c.decoy("AO-2026-118284")+`","shopperReference":"`+c.decoy("cust-4419")+`","shopperEmail":"`+c.secret("Adyen shopperEmail", "massimiliano.rinaldi@posta-shop.example")+`","shopperIP":"`+c.secret("Adyen shopperIP", "203.0.113.196")+`","shopperName":{"firstName":"`+c.secret("Adyen shopperName.firstName", "Massimiliano")+`","lastName":"`+c.secret("Adyen shopperName.lastName", "Rinaldi-Sforza")+`"},"telephoneNumber":"`+c.secret("Adyen telephoneNumber", "+39 347 123 4567")+`","browserInfo":{"userAgent":"Mozilla/5.0","acceptHeader":"*/*",`+c.decoy(`"colorDepth":24`)+`,"screenHeight":900,"screenWidth":1440,"timeZoneOffset":-60,"javaEnabled":false},"channel":"Web"}`).
				rh("X-API-Key", c.secret("Adyen live API key", "AQE"+c.pick(gAlnum+"+/", 120)), "Idempotency-Key", c.decoy(c.uuid()))
		}},
		{cat, "stripe-billing-details-form", func(c *gcase) {
			c.post("https://api.stripe.com/v1/payment_methods", "application/x-www-form-urlencoded",
				"type=card&billing_details%5Bname%5D="+url.QueryEscape(c.secret("billing_details[name]", "Siddharth Venkataraman"))+"&billing_details%5Bemail%5D="+url.QueryEscape(c.secret("billing_details[email]", "sid.venkat@mail-pay.example"))+"&billing_details%5Bphone%5D="+url.QueryEscape(c.secret("billing_details[phone]", "+1 646 555 0172"))+"&billing_details%5Baddress%5D%5Bcountry%5D=US&card%5Btoken%5D="+c.secret("card[token] from Elements", "tok_1Q"+c.alnum(22))+"&"+c.decoy("payment_user_agent=stripe.js%2Fa4f3b1c2%3B+stripe-js-v3%2Fa4f3b1c2"))
		}},
		{cat, "psd2-account-owner-name-and-iban", func(c *gcase) {
			c.get("https://psd2.api.musterbank.example/v1/accounts?"+c.decoy("withBalance=true")).rh("Consent-ID", "VOR-"+c.pick(gUpper+gDigits, 12), "X-Request-ID", c.decoy(c.uuid())).
				resp("application/json", `{"accounts":[{"resourceId":"`+c.decoy("3dc3d5b3-7023-4848-9853-f5400a64e80f")+`","iban":"`+c.secret("account iban", "DE89370400440532013000")+`","currency":"EUR","ownerName":"`+c.secret("account ownerName", "Friederike Aschenbrenner")+`","product":"`+c.decoy("Girokonto Plus")+`","cashAccountType":"CACC","status":"enabled"}]}`)
		}},
		{cat, "woocommerce-order-customer-ip-and-fastly-header", func(c *gcase) {
			c.get("https://shop.acme-coffee.example/wp-json/wc/v3/orders/"+c.decoy("10484")).rh("Fastly-Client-IP", c.secret("Fastly-Client-IP (user's IP)", "192.0.2.147"), "X-Forwarded-For", c.secret("X-Forwarded-For first hop", "192.0.2.148")+", "+c.decoy("10.20.0.7")).
				resp("application/json", `{"id":10484,"status":"processing","customer_ip_address":"`+c.secret("WooCommerce customer_ip_address", "2001:db8:4f2a::9c7e")+`","customer_user_agent":"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)","billing":{"first_name":"`+c.secret("WooCommerce billing.first_name", "Chinonyelum")+`","last_name":"`+c.secret("WooCommerce billing.last_name", "Eze-Okonkwo")+`","email":"`+c.secret("WooCommerce billing.email", "ngozi.eo@mail-coffee.example")+`","phone":"`+c.secret("WooCommerce billing.phone", "+234 803 123 4567")+`"},"version":"`+c.decoy("9.4.2")+`"}`).
				set("serverIPAddress", c.decoy("203.0.113.80"))
		}},
		{cat, "paypal-order-payer-info", func(c *gcase) {
			c.get("https://api-m.paypal.com/v2/checkout/orders/"+c.decoy("5O190127TN364715T")).rh("Authorization", "Bearer "+c.secret("PayPal access token A21AA", "A21AA"+c.pick(gAlnum+"-_", 92)), "PayPal-Request-Id", c.decoy(c.uuid())).
				resp("application/json", `{"id":"5O190127TN364715T","status":"APPROVED","payer":{"name":{"given_name":"`+c.secret("payer.name.given_name", "Rosalind")+`","surname":"`+c.secret("payer.name.surname", "Featherstonehaugh")+`"},"email_address":"`+c.secret("payer.email_address", "r.featherstone@mail-pal.example")+`","payer_id":"`+c.decoy("QYR5Z8XDVJNXQ")+`","address":{"country_code":"GB"}}}`)
		}},
	}
}

// heldout11Open lists the cases of this corpus the engine does not handle
// yet, each with the reason. They are reported, not failed; any other leak
// or lost decoy fails the test, and so does an entry here that no longer
// leaks (the list only shrinks).
var heldout11Open = map[string]string{
	"1.names/gift-card-balance-pin-and-ecode-names: gcpin (abbreviated) form field":                                           "abbreviated compound name not split: gcpin (gift-card PIN) is not read as containing the word pin",
	"1.names/berlin-group-psd2-headers-signature-and-psu-ip: PSU-ID header (the bank customer's login)":                       "personal data by name not recognised: the Berlin Group PSU-ID header carries the bank customer's online-banking login",
	"10.personal/food-delivery-courier-and-recipient: phone in delivery instructions":                                         "free-text phone detection misses national formats without a country code (UK 07700 900871)",
	"10.personal/ticketing-attendee-list: attendee ticket barcode (a bearer value)":                                           "name word not recognised: an e-ticket barcode (a bearer capability, 18 digits) is not a credential name",
	"10.personal/stripe-billing-details-form: billing_details[name]":                                                          "identity field in a bracketed form key not recognised: billing_details[name] is not read as a person's name (its [email] and [phone] siblings are caught)",
	"2.pairs/sfcc-preferences-xml-preference-id-attribute: preference-id=Adyen_notification_hmacKey text":                     "pairs as data in XML: an element's text is not named by its own preference-id attribute; the 64-hex value is then exempt as a digest",
	"2.pairs/shopify-order-note-attributes: note_attributes name=parcel_locker_code value":                                    "name word not recognised in a pair: code (parcel_locker_code, an access code) is not a credential word",
	"lost 2.pairs/hybris-hac-configstore-key-val-form: adyen.api.password":                                                    "pairs as data in a form: a field whose value is a setting name containing a secret word (key=adyen.api.password) is redacted as if it were the secret",
	"2.pairs/esim-profile-k-v-array: k=MatchingID v":                                                                          "pairs as data with abbreviated members (k/v) not read, and MatchingID (eSIM activation secret) is not a credential word",
	"3.unnamed/shopify-checkout-and-order-status-links: Shopify order status token in path":                                   "value-shape rule exempts 32-hex URL path segments as digests, even before /authenticate (/orders/<token>/authenticate)",
	"3.unnamed/klarna-hpp-session-redirect-path: Klarna HPP redirect_url path token":                                          "unnamed path segment: a 28-char base64url payment-page token after /hpp/payments/ inside a JSON url is not judged generated",
	"lost 3.unnamed/apple-wallet-pass-web-service-scheme: AA-2026-SEC114-R12-S7":                                              "path rule after a pass type id (/passes/<passTypeId>/<serial>) judges the public pass serial number a token",
	"4.carriers/magento-env-php-array-in-multipart: env.php crypt key":                                                        "carrier not parsed: PHP array syntax ('key' => 'value') in an uploaded file part is not read as name/value pairs",
	"4.carriers/magento-env-php-array-in-multipart: env.php db password":                                                      "carrier not parsed: PHP array syntax ('password' => '...') in an uploaded file part is not read as name/value pairs",
	"4.carriers/food-delivery-order-tracking-event-stream: handoffCode in an SSE event":                                       "name word not recognised: handoffCode (a delivery PIN) - code is not a credential word, 8 digits too short for the value-shape rule",
	"lost 4.carriers/shopify-bulk-operation-jsonl-customers: GoogleAccessId=assets-us-prod%40shopify-tiers...":                "personal data: a service-account address (GoogleAccessId of a GCS signed URL) is pseudonymised as a person's e-mail",
	"lost 4.carriers/sfcc-js-json-parse-unicode-escaped: AZDxjDScFpQtjWTOUtWKbyN_bDt4OgqaF4eYXlewfBP4-...":                    "public-by-design PayPal client-id is redacted; the replacement span also starts inside the \\u0022 escape, leaving \\safehar-... and corrupting the JS string",
	"5.exporters/safari-empty-cookie-arrays-header-only: OTP code (8 digits) in a Safari export":                              "weak name code with 8 digits on an /otp/verify endpoint: the URL context (otp) does not promote the code member to a credential",
	"lost 6.everywhere/braintree-fingerprint-unnamed-then-base64-then-bearer: f998dcbf-a219-4367-a473-25e6930c93ad":           "weak word session with a UUID (Braintree clientSdkMetadata.sessionId, an analytics id) is judged a credential",
	"6.everywhere/plaid-access-token-echoed-percent-encoded: Plaid access token (exchange response, debug list, encoded URL)": "known secret replaced in the decoded queryString value but not in the percent-encoded request.url it came from (next=https%3A...%3Fitem%3D<token>)",
	"6.everywhere/gift-card-code-in-cart-and-path: gift card code (apply form, cart response, balance path)":                  "name word not recognised: gift_card_code (a bearer value) - code is not a credential word, so the code and its echoes in a cart and a path stay",
	"6.everywhere/b64s-session-percent-and-entity-encoded: b64 session (JSON, then %2B-encoded URL, then &#43;-entity HTML)":  "encoding layer not decoded for echoes: a known secret written with HTML character references (&#43; &#x2F;) in an attribute is not matched",
	"lost 7.graphql/braintree-tokenize-credit-card-variables: 29160eef-a3a5-48da-a446-e548da5a6b20":                           "weak word session with a UUID (Braintree clientSdkMetadata.sessionId, an analytics id) is judged a credential",
	"7.graphql/relay-doc-id-form-variables-and-fb-dtsg: fb_dtsg form field":                                                   "name not recognised: fb_dtsg (Meta's CSRF/session-bound token) is an opaque abbreviation, and its NAc...:NN:NNNNNNNNNN shape is not judged generated",
	"lost 8.vendors/adyen-hmac-key-and-notification-signature: WBHK42CLH22322975N3ZFM2AT":                                     "value-shape rule on URL path segments: an Adyen webhook id (WBHK + 21 upper alnum) is judged a generated credential",
	"lost 8.vendors/checkout-com-and-razorpay-keys: e1178323-055b-4222-ab94-79f5e6655629":                                     "strong word key in a vendor idempotency header (Cko-Idempotency-Key): only the plain Idempotency-Key name is exempt",
	"lost 8.vendors/checkout-com-and-razorpay-keys: " + `\"key\":\"rzp_live_HtKzNGq7wc8RHz\"`:                                 "public-by-design key ids: a Razorpay key_id (rzp_live_, embedded in checkout.js options) is redacted under key",
	"9.cards-phrases/gift-card-code-is-phrase-in-email: 'gift card code is X' in an HTML mail":                                "free-text phrase word not recognised: 'code is X' (gift card code) is not a credential phrase; 'the PIN is X' is",
}
