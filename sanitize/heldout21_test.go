package sanitize

// A twenty-first held-out corpus for "Detection that generalizes", written
// without reading the engine and kept distinct from the earlier corpora:
// travel, logistics, hospitality and field operations. Airline and travel
// booking (Amadeus Self-Service and Enterprise SOAP, NDC OrderCreate and
// OrderView, Sabre SessionCreate and REST, Travelport uAPI, OTA_ hotel and
// vehicle messages, web check-in with BCBP boarding pass strings, seat maps
// and frequent-flyer logins), hotels and short-term rentals (Oracle OPERA
// Cloud/OHIP, Mews Connector and Channel Manager APIs, Cloudbeds, Airbnb
// host messaging with door codes, igloohome and Nuki guest access), car
// rental and mobility (rental counter kiosks, scooter and bike share unlock
// tokens), shipping and parcels (UPS, FedEx, DHL, EasyPost, Shippo and
// Sendcloud with base64 label PDFs, tracking pages with signed links,
// parcel lockers), warehouse, ERP and field service (SAP Fiori OData with
// x-csrf-token, $batch and SAP passports, Odoo JSON-RPC, Dynamics 365
// Business Central, ServiceTitan, Salesforce Field Service, route
// planners), point of sale and restaurants (Toast, Square POS and Web
// Payments, Lightspeed, Deliveroo and Uber Eats merchant portals, kitchen
// display websockets), events and ticketing (Ticketmaster, dice.fm QR
// payloads, venue scanners), parking and tolls, and utility customer
// portals, in the carriers these products use: SOAP/XML (OTA, NDC, SAP),
// OData JSON with $batch multipart bodies, JSON-RPC, HTML with inline
// state, label PDFs as base64, barcode and QR payloads, SSE and websockets,
// CSV exports and e-mail confirmations quoted in tickets. It reuses the
// harness of generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"encoding/base64"
	"net/url"
	"strings"
	"testing"
)

func TestHeldout21Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 21", "heldout21Open", heldout21Cases(), heldout21Open)
}

func TestHeldout21CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout21Cases())
}

func heldout21Cases() []gdef {
	return gCollect(u21Names, u21Pairs, u21Unnamed, u21Carriers, u21Exporters, u21Everywhere, u21GraphQL, u21Vendors, u21Cards, u21Personal)
}

// heldout21Open lists what the engine misses in this corpus, each with the
// mechanism it lacks (reported, not failed; the list only shrinks).
var heldout21Open = map[string]string{
	// names in identity fields and identity documents
	"10.personal/web-checkin-bcbp-boarding-pass: BCBP passenger name element": "the name element of an IATA BCBP barcode string (M1SURNAME/GIVEN...) is not parsed; personal names are found by field name only",
	"10.personal/servicetitan-customer-and-technician: customer name":         "a bare \"name\" member of a customer record (type Residential, contacts[]) is not judged a person's name",
	// pairs spelled as data
	"2.pairs/business-central-webclient-control-changes: SaveValue newValue of control captioned Password": "a value in a JSON-in-string namedParameters whose sibling controlCaption/controlType says Password is not tied to that caption",
	// unnamed credentials
	"3.unnamed/airbnb-host-message-door-and-wifi-in-prose: igloohome PIN in message prose":              "a 9-digit door PIN in chat prose (\"the smart lock ... opens with N\") is not recognised",
	"3.unnamed/scooter-unlock-ble-payloads-array: BLE unlock frame 1 (array element)":                   "32-hex elements of an unnamed array (vehicle.ble[]) are judged hashes, not one-time unlock payloads",
	"3.unnamed/scooter-unlock-ble-payloads-array: BLE unlock frame 2 (array element)":                   "32-hex elements of an unnamed array (vehicle.ble[]) are judged hashes, not one-time unlock payloads",
	"3.unnamed/venue-scanner-offline-barcode-list: ticket barcode 1 in bare array":                      "upper-case alphanumeric ticket barcodes in a bare \"valid\" array are not recognised as bearer credentials",
	"3.unnamed/venue-scanner-offline-barcode-list: ticket barcode 2 in bare array":                      "upper-case alphanumeric ticket barcodes in a bare \"valid\" array are not recognised as bearer credentials",
	"3.unnamed/servicetitan-job-summary-prose: garage keypad code in job summary":                       "an 8-digit keypad code after \"garage keypad\" in free-text notes is not recognised",
	"3.unnamed/parcel-locker-qr-and-signed-tracking-link: locker collection QR payload (array element)": "a QR payload PREFIX|token in an unnamed qr[] array is not split to find the token",
	"3.unnamed/parcel-locker-qr-and-signed-tracking-link: signed tracking link HMAC path segment":       "a 40-hex HMAC as the last path segment of a tracking link is judged a git/content hash",
	// carriers
	"4.carriers/return-label-pdf-base64-link-annotation: return portal token in a PDF link annotation":     "a base64 application/pdf response is not decoded to scan /URI link annotations",
	"4.carriers/channel-manager-log-entity-escaped-ota: MessagePassword inside entity-escaped OTA in JSON": "XML that is HTML-entity escaped inside a JSON string (&lt;...MessagePassword=&quot;S&quot;) is not unescaped and parsed",
	"4.carriers/hotel-wifi-voucher-csv-export: voucher code row 1":                                         "CSV bodies are not read by column: a voucher column of access codes is not recognised",
	"4.carriers/hotel-wifi-voucher-csv-export: voucher code row 2":                                         "CSV bodies are not read by column: a voucher column of access codes is not recognised",
	"5.exporters/flespi-mqtt-over-ws-token-as-username: flespi token as MQTT user name":                    "the user name field of an MQTT CONNECT frame is not redacted when it carries the token (flespi), only the password field",
	// everywhere
	"6.everywhere/lightspeed-refresh-token-js-escaped-in-boot-script: Lightspeed refresh_token (JSON, form, JS-escaped script)": "a known secret is not replaced where it reappears fully \\xNN-escaped inside a JS string literal",
	"6.everywhere/igloohome-pin-api-message-and-template-preview: igloohome hourly PIN (API, message prose, template HTML)":     "a known all-digit secret (9-digit PIN) is not echoed into prose and HTML where it reappears",
	// graphql
	"7.graphql/voucher-redeem-argument-echoed-in-error: voucher code (variable bound to code argument, echoed in error)": "a variable bound to a code: argument is not judged secret, and nothing echoes it into errors[].message",
	// cards and money flow
	"9.cards/square-web-payments-nonce-and-verification: card nonce source_id (cnon:)":    "a Square card nonce (cnon:...) under source_id is not a known format",
	"9.cards/amadeus-cryptic-form-of-payment: card in an Amadeus cryptic FP entry (Amex)": "a PAN glued to letters in a GDS cryptic entry (FPCCAX<pan>/MMYY) is not found: card search needs a word boundary",
	// lost decoys
	"lost 6.everywhere/shippo-label-signature-raw-and-percent-encoded: 7c5fac436d589999c5e02eed2fda6617": "a twice percent-encoded URL in a next= parameter is redacted whole, losing its non-secret path",
}

// u21Pw is a realistic human password: a word, digits, a symbol, a word.
func (c *gcase) u21Pw() string {
	words := []string{"Harbour", "Runway", "Compass", "Lagoon", "Pallet", "Dockside", "Meridian", "Saltash", "Tundra", "Voyager", "Cypress", "Airship", "Lantana", "Skerry", "Fjordur", "Pelican"}
	syms := "!#$*+-=?@_~%"
	return words[c.rng.IntN(len(words))] + c.digits(2+c.rng.IntN(3)) + string(syms[c.rng.IntN(len(syms))]) + strings.ToLower(words[c.rng.IntN(len(words))])
}

// u21Upper is n upper-case letters and digits (booking references, PCCs).
func (c *gcase) u21Upper(n int) string { return c.pick(gUpper+gDigits, n) }

// u21HexU is n upper-case hex digits (Mews tokens, SAP passports).
func (c *gcase) u21HexU(n int) string { return strings.ToUpper(c.hexs(n)) }

// u21GrpcWeb frames msg as a gRPC-web data frame (binary).
func u21GrpcWeb(msg []byte) []byte {
	n := len(msg)
	return append([]byte{0, byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}, msg...)
}

// u21Basic is the value of a Basic Authorization header.
func u21Basic(user, pass string) string { return "Basic " + gB64(user+":"+pass) }

// 1. Names spelled the way these products spell them.
func u21Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "amadeus-self-service-client-credentials", func(c *gcase) {
			tok := c.secret("amadeusOAuth2Token access_token", c.alnum(28))
			c.post("https://test.api.amadeus.com/v1/security/oauth2/token", "application/x-www-form-urlencoded",
				"grant_type=client_credentials&client_id="+c.alnum(32)+"&client_secret="+c.secret("client_secret form field", c.alnum(16))).
				resp("application/json", `{`+c.decoy(`"type":"amadeusOAuth2Token"`)+`,"username":"ops@fare-watch.example",`+c.decoy(`"application_name":"fare-watch"`)+`,"token_type":"Bearer","access_token":"`+tok+`",`+c.decoy(`"expires_in":1799`)+`,"state":"approved","scope":""}`)
			c.get("https://test.api.amadeus.com/v2/shopping/flight-offers?"+c.decoy("originLocationCode=MAD&destinationLocationCode=LIS&departureDate=2026-12-14")+"&adults=1&max=5").
				rh("Authorization", "Bearer "+tok, "ama-client-ref", c.decoy(c.uuid())).
				resp("application/vnd.amadeus+json", `{"meta":{"count":5},"data":[{"type":"flight-offer","id":"1","source":"GDS",`+c.decoy(`"lastTicketingDate":"2026-12-10"`)+`,"price":{"currency":"EUR","total":"118.40"}}]}`)
		}},
		{cat, "mews-connector-client-and-access-token", func(c *gcase) {
			ct := c.secret("Mews ClientToken (body member)", c.u21HexU(32)+"-"+c.u21HexU(31))
			at := c.secret("Mews AccessToken (body member)", c.u21HexU(32)+"-"+c.u21HexU(31))
			ent := c.decoy(c.uuid())
			c.post("https://api.mews.com/api/connector/v1/reservations/getAll/2023-06-06", "application/json",
				`{"ClientToken":"`+ct+`","AccessToken":"`+at+`",`+c.decoy(`"Client":"Harbourline Revenue Sync 2.4.1"`)+`,"EnterpriseIds":["`+ent+`"],"ScheduledStartUtc":{"StartUtc":"2026-11-22T00:00:00Z","EndUtc":"2026-11-29T00:00:00Z"},"Limitation":{"Count":100}}`).
				resp("application/json", `{"Reservations":[{"Id":"`+c.decoy(c.uuid())+`","EnterpriseId":"`+ent+`",`+c.decoy(`"Number":"58213"`)+`,"State":"Confirmed","Origin":"ChannelManager"}],"Cursor":"`+c.decoy(c.uuid())+`"}`)
		}},
		{cat, "opera-cloud-ohip-app-key-and-password-grant", func(c *gcase) {
			appKey := c.secret("x-app-key header (OHIP application key)", c.uuid())
			tok := c.rs256JWT("ohip-"+c.hexs(8), `{"sub":"INTEG_RSV","iss":"www.oracle.com","oracle.oauth.scope":"urn:opc:hgbu:ws:__myscopes__","exp":1795345200}`)
			c.post("https://mtce4.hospitality-api.eu-frankfurt-1.ocs.oraclecloud.com/oauth/v1/tokens", "application/x-www-form-urlencoded",
				"username=INTEG_RSV&password="+url.QueryEscape(c.secret("password grant form password", c.u21Pw()))+"&grant_type=password").
				rh("x-app-key", appKey, "Authorization", u21Basic("HARBOURLINE_Client", c.secret("Basic client secret of the OHIP integration user", c.b64u(24))), "enterpriseId", c.decoy("HLSCHAIN")).
				resp("application/json", `{"access_token":"`+c.secret("OHIP access_token", tok)+`",`+c.decoy(`"expires_in":3600`)+`,"token_type":"Bearer"}`)
			c.get("https://mtce4.hospitality-api.eu-frankfurt-1.ocs.oraclecloud.com/rsv/v1/hotels/HLS01/reservations?"+c.decoy("arrivalStartDate=2026-11-22&arrivalEndDate=2026-11-23")+"&limit=20").
				rh("x-app-key", appKey, "x-hotelid", c.decoy("HLS01"), "Authorization", "Bearer "+tok, "x-request-id", c.decoy(c.uuid()))
		}},
		{cat, "sabre-session-create-soap", func(c *gcase) {
			conv := c.decoy("HLX-" + c.uuid())
			env := `<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:eb="http://www.ebxml.org/namespaces/messageHeader" xmlns:wsse="http://schemas.xmlsoap.org/ws/2002/12/secext"><SOAP-ENV:Header><eb:MessageHeader SOAP-ENV:mustUnderstand="1" eb:version="1.0"><eb:From><eb:PartyId>agency</eb:PartyId></eb:From><eb:To><eb:PartyId>SWS</eb:PartyId></eb:To>` +
				c.decoy(`<eb:CPAId>K7QA</eb:CPAId>`) + `<eb:ConversationId>` + conv + `</eb:ConversationId><eb:Service>SessionCreateRQ</eb:Service><eb:Action>SessionCreateRQ</eb:Action><eb:MessageData><eb:MessageId>` + c.decoy("mid:20261122-101500-"+c.digits(6)+"@harbourline.example") + `</eb:MessageId><eb:Timestamp>2026-11-22T10:15:00Z</eb:Timestamp></eb:MessageData></eb:MessageHeader>` +
				`<wsse:Security><wsse:UsernameToken><wsse:Username>` + c.digits(6) + `</wsse:Username><wsse:Password>` + c.secret("wsse:Password of SessionCreateRQ", c.u21Pw()) + `</wsse:Password><Organization>K7QA</Organization><Domain>DEFAULT</Domain></wsse:UsernameToken></wsse:Security></SOAP-ENV:Header><SOAP-ENV:Body><SessionCreateRQ returnContextID="true"><POS><Source PseudoCityCode="K7QA"/></POS></SessionCreateRQ></SOAP-ENV:Body></SOAP-ENV:Envelope>`
			bst := "Shared/IDL:IceSess\\/SessMgr:1\\.0.IDL/Common/!ICESMS\\/RESF!ICESMSLB\\/RES.LB!" + c.digits(13) + "!" + c.digits(4) + "!" + c.b64u(9)
			c.post("https://webservices.platform.sabre.com/", "text/xml;charset=UTF-8", env).rh("SOAPAction", c.decoy("SessionCreateRQ")).
				resp("text/xml;charset=UTF-8", `<soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/"><soap-env:Header><wsse:Security xmlns:wsse="http://schemas.xmlsoap.org/ws/2002/12/secext"><wsse:BinarySecurityToken valueType="String" EncodingType="wsse:Base64Binary">`+
					c.secret("wsse:BinarySecurityToken (Sabre session token)", bst)+`</wsse:BinarySecurityToken></wsse:Security></soap-env:Header><soap-env:Body><SessionCreateRS xmlns="http://www.opentravel.org/OTA/2002/11" version="1" status="Approved"><ConversationId>`+conv+`</ConversationId></SessionCreateRS></soap-env:Body></soap-env:Envelope>`)
		}},
		{cat, "ups-oauth-client-credentials-and-ship", func(c *gcase) {
			cid := c.alnum(48)
			tok := c.rs256JWT("ups-"+c.hexs(6), `{"sub":"`+cid[:12]+`","iss":"https://onlinetools.ups.com","clientid":"`+cid+`","exp":1795345200}`)
			c.post("https://onlinetools.ups.com/security/v1/oauth/token", "application/x-www-form-urlencoded", "grant_type=client_credentials").
				rh("Authorization", u21Basic(cid, c.secret("UPS client secret inside Basic", c.alnum(64))), "x-merchant-id", c.decoy("8W4V67")).
				resp("application/json", `{"token_type":"Bearer",`+c.decoy(`"issued_at":"1732270500123"`)+`,"client_id":"`+cid+`","access_token":"`+c.secret("UPS access_token", tok)+`",`+c.decoy(`"expires_in":"14399"`)+`,"refresh_count":"0","status":"approved"}`)
			c.post("https://onlinetools.ups.com/api/shipments/v2409/ship?additionaladdressvalidation=city", "application/json", `{"ShipmentRequest":{"Request":{"RequestOption":"nonvalidate"},"Shipment":{"Description":"Spare parts","Shipper":{"ShipperNumber":"8W4V67"}}}}`).
				rh("Authorization", "Bearer "+tok, "transId", c.decoy(c.hexs(24)), "transactionSrc", c.decoy("harbourline-wms"))
		}},
		{cat, "fedex-oauth-form-and-child-credentials", func(c *gcase) {
			c.post("https://apis.fedex.com/oauth/token", "application/x-www-form-urlencoded",
				"grant_type=csp_credentials&client_id=l7"+c.hexs(32)+"&client_secret="+c.secret("client_secret (FedEx project secret key)", c.hexs(32))+"&child_Key="+c.alnum(16)+"&child_secret="+c.secret("child_secret form field", c.alnum(25))).
				resp("application/json", `{"access_token":"`+c.secret("FedEx access_token", c.rs256JWT("fedex", `{"scope":["CXS-TP"],"Payload":{"clientIdentity":{"clientKey":"l7xx"}},"exp":1795345200}`))+`","token_type":"bearer",`+c.decoy(`"expires_in":3599`)+`,`+c.decoy(`"scope":"CXS-TP"`)+`}`).
				sh("x-customer-transaction-id", c.decoy(c.uuid()))
		}},
		{cat, "dhl-api-key-header-and-parcel-de-basic", func(c *gcase) {
			trk := c.decoy("00340434" + c.nonLuhn(12))
			c.get("https://api-eu.dhl.com/track/shipments?trackingNumber="+trk+"&service=parcel-de&language=de").rh("DHL-API-Key", c.secret("DHL-API-Key header", c.alnum(32)), "Accept", "application/json").
				resp("application/json", `{"shipments":[{"id":"`+trk+`","service":"parcel-de","status":{"statusCode":"transit",`+c.decoy(`"timestamp":"2026-11-22T09:41:00+01:00"`)+`,"description":"Die Sendung wurde im Start-Paketzentrum bearbeitet."}}]}`)
			c.post("https://api-eu.dhl.com/parcel/de/shipping/v2/orders?validate=false&mustEncode=true", "application/json", `{"profile":"STANDARD_GRUPPENPROFIL","shipments":[{"product":"V01PAK","billingNumber":"`+c.decoy("33333333330102")+`","refNo":"Auftrag 4471"}]}`).
				rh("dhl-api-key", c.secret("dhl-api-key header (lower case)", c.alnum(32)), "Authorization", u21Basic("lager-versand", c.secret("Parcel DE Geschäftskunden password in Basic", c.u21Pw())))
		}},
		{cat, "sap-fiori-logon-form-and-csrf-fetch", func(c *gcase) {
			xsrf := c.secret("sap-login-XSRF hidden field", c.b64u(32)+"=")
			c.post("https://fiori.harbourline-logistik.example/sap/bc/ui2/flp?sap-client=100&sap-language=DE", "application/x-www-form-urlencoded",
				"sap-system-login-oninputprocessing=onLogin&sap-urlscheme=&sap-system-login=onLogin&sap-system-login-basic_auth=&"+c.decoy("sap-client=100")+"&sap-language=DE&sap-accessibility=&sap-login-XSRF="+url.QueryEscape(xsrf)+"&sap-system-login-cookie_disabled=&sap-user=LAGER01&sap-password="+url.QueryEscape(c.secret("sap-password form field", c.u21Pw()))).
				sh("Set-Cookie", "MYSAPSSO2="+c.secret("MYSAPSSO2 cookie", "AjQxMDMBABhMAEEARwBFAFIAMAAxACAAIAAgACAAIAACAAYxADAAMAADABBTADQAUAAgACAAIAAgACAABAAYMgAwADIANgAxADEAMgAyADEAMAAxADUABQAEAAAACAoAFExBR0VSMDEgICAgICAgIP8BBjCCAQIGCSqGSIb3DQEHAqCB9DCB8QIBATELMAkGBSsOAwIaBQAwCwYJKoZIhvcNAQcBMYHRMIHOAgEB"+c.pick(gAlnum+"+/", 120)+"%3d")+"; path=/; domain=.harbourline-logistik.example; secure; HttpOnly\nSAP_SESSIONID_S4P_100="+c.secret("SAP_SESSIONID_S4P_100 cookie", c.pick(gAlnum+"_-", 40)+"%3d")+"; path=/; secure; HttpOnly").code(302).
				sh("Location", "/sap/bc/ui2/flp?sap-client=100")
			c.get("https://fiori.harbourline-logistik.example/sap/opu/odata/sap/API_OUTBOUND_DELIVERY_SRV;v=0002/$metadata").rh("x-csrf-token", "Fetch", "DataServiceVersion", c.decoy("2.0"), "sap-contextid-accept", c.decoy("header")).
				sh("x-csrf-token", c.secret("x-csrf-token response header", c.b64s(16)), "sap-server", "true", "sap-perf-fesrec", c.decoy("148203.000000")).resp("application/xml", `<edmx:Edmx Version="1.0"/>`)
		}},
		{cat, "cloudbeds-oauth-code-exchange-and-x-api-key", func(c *gcase) {
			c.post("https://hotels.cloudbeds.com/api/v1.2/access_token", "application/x-www-form-urlencoded",
				"grant_type=authorization_code&client_id=live1_"+c.digits(6)+"_"+c.alnum(12)+"&client_secret="+c.secret("client_secret form field", c.alnum(32))+"&redirect_uri=https%3A%2F%2Fapp.harbourline.example%2Fcloudbeds%2Fcallback&code="+c.secret("authorization code form field", c.alnum(40))).
				resp("application/json", `{"access_token":"`+c.secret("Cloudbeds access_token", c.b64u(96))+`","token_type":"Bearer",`+c.decoy(`"expires_in":3600`)+`,"refresh_token":"`+c.secret("Cloudbeds refresh_token", c.alnum(40))+`"}`)
			c.get("https://api.cloudbeds.com/api/v1.2/getReservations?"+c.decoy("propertyID=318842")+"&status=confirmed&pageNumber=1").rh("x-api-key", c.secret("x-api-key header (cbat_ key)", "cbat_"+c.alnum(32))).
				resp("application/json", `{"success":true,"data":[{"propertyID":"318842",`+c.decoy(`"reservationID":"9047721638155"`)+`,"status":"confirmed","startDate":"2026-12-01","endDate":"2026-12-04"}],"count":1,"total":1}`)
		}},
		{cat, "flying-blue-french-and-iberia-spanish-login", func(c *gcase) {
			c.post("https://wwws.airfrance.fr/api/identite/v1/connexion", "application/json",
				`{"identifiant":"4127739904","motDePasse":"`+c.secret("motDePasse (French: password)", c.u21Pw())+`","resterConnecte":true,`+c.decoy(`"canal":"WEB_FR"`)+`}`).
				resp("application/json", `{"jetonSession":"`+c.secret("jetonSession (French: session token)", c.b64u(48))+`",`+c.decoy(`"dureeValidite":1800`)+`,"niveau":"IVORY"}`)
			c.post("https://www.iberia.com/api/iberiaplus/v2/acceso", "application/json",
				`{"usuario":"IB77120045","contrasena":"`+c.secret("contrasena (Spanish: password)", c.u21Pw())+`","claveTemporal":"`+c.secret("claveTemporal (Spanish: one-time key)", c.alnum(12))+`",`+c.decoy(`"idioma":"es_ES"`)+`}`)
		}},
		{cat, "toast-machine-client-login-and-orders", func(c *gcase) {
			rest := c.decoy(c.uuid())
			tok := c.rs256JWT("toast-"+c.hexs(6), `{"https://toasttab.com/client_name":"harbourline-kds","https://toasttab.com/access_type":"TOAST_MACHINE_CLIENT","exp":1795345200}`)
			c.post("https://ws-api.toasttab.com/authentication/v1/authentication/login", "application/json",
				`{"clientId":"`+c.alnum(32)+`","clientSecret":"`+c.secret("clientSecret member", c.b64u(48))+`","userAccessType":"TOAST_MACHINE_CLIENT"}`).
				resp("application/json", `{"@class":".SuccessfulResponse","token":{"tokenType":"Bearer","scope":null,`+c.decoy(`"expiresIn":86400`)+`,"accessToken":"`+c.secret("token.accessToken", tok)+`","idToken":null,"refreshToken":null},"status":"SUCCESS"}`)
			c.get("https://ws-api.toasttab.com/orders/v2/ordersBulk?"+c.decoy("startDate=2026-11-22T00:00:00.000-0500")+"&pageSize=100").rh("Authorization", "Bearer "+tok, "Toast-Restaurant-External-ID", rest)
		}},
	}
}

// 2. Name/value pairs spelled as data.
func u21Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "ota-hotel-res-notif-requestor-and-parameters", func(c *gcase) {
			body := `<OTA_HotelResNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" EchoToken="` + c.decoy(c.uuid()) + `" TimeStamp="2026-11-22T10:15:00Z" Version="1.003"><POS><Source><RequestorID Type="22" ID="HARBOURCM" MessagePassword="` +
				c.secret("RequestorID MessagePassword attribute", c.u21Pw()) + `"/></Source></POS><TPA_Extensions><Parameter Name="HotelierPassword" Value="` + c.secret("<Parameter Name=HotelierPassword Value=S>", c.alnum(14)) + `"/>` +
				c.decoy(`<Parameter Name="RatePlanMapping" Value="BAR-FLEX"/>`) + `</TPA_Extensions><HotelReservations><HotelReservation CreateDateTime="2026-11-22T10:14:51Z" ResStatus="Commit"><UniqueID Type="14" ` + c.decoy(`ID="BDC-4471903385"`) + `/>` +
				`<RoomStays><RoomStay><BasicPropertyInfo ` + c.decoy(`HotelCode="LISBAI"`) + `/></RoomStay></RoomStays></HotelReservation></HotelReservations></OTA_HotelResNotifRQ>`
			c.post("https://cm.harbourline.example/ota/2003/05/HotelResNotif", "text/xml", body).
				resp("text/xml", `<OTA_HotelResNotifRS xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.003"><Success/></OTA_HotelResNotifRS>`)
		}},
		{cat, "odoo-ir-config-parameter-key-value-rows", func(c *gcase) {
			c.post("https://erp.harbourline.example/web/dataset/call_kw/ir.config_parameter/web_search_read", "application/json",
				`{"id":14,"jsonrpc":"2.0","method":"call","params":{"model":"ir.config_parameter","method":"web_search_read","args":[],"kwargs":{"specification":{"key":{},"value":{}},"limit":80}}}`).
				resp("application/json", `{"jsonrpc":"2.0","id":14,"result":{"length":4,"records":[{"id":1,"key":"database.secret","value":"`+c.secret("{key: database.secret, value}", c.uuid())+`"},`+
					c.decoy(`{"id":2,"key":"web.base.url","value":"https://erp.harbourline.example"}`)+`,{"id":7,"key":"delivery_dhl.api_password","value":"`+c.secret("{key: delivery_dhl.api_password, value}", c.u21Pw())+`"},`+
					c.decoy(`{"id":9,"key":"database.create_date","value":"2024-03-11 08:02:17"}`)+`]}}`)
		}},
		{cat, "channel-manager-ota-connection-form-descriptors", func(c *gcase) {
			c.get("https://app.harbourline.example/api/channels/expedia/connection").resp("application/json",
				`{"channel":"expedia","fields":[{"name":"eqc_username","label":"EQC user","type":"text","value":"EQC_harbour_lis"},{"name":"eqc_password","label":"EQC password","type":"password","value":"`+
					c.secret("field descriptor {name: eqc_password, type: password, value}", c.u21Pw())+`"},`+c.decoy(`{"name":"hotel_id","label":"Expedia hotel ID","type":"text","value":"17720931"}`)+`]}`)
			c.post("https://app.harbourline.example/api/channels/booking/connection", "application/json",
				`{"settings":[{"field":"hotel_id","value":"`+c.decoy("4471903")+`"},{"field":"xml_password","value":"`+c.secret("settings {field: xml_password, value}", c.alnum(20))+`"},{"field":"sync_interval","value":"300"}]}`)
		}},
		{cat, "servicetitan-job-custom-fields", func(c *gcase) {
			c.req("PATCH", "https://api.servicetitan.io/jpm/v2/tenant/"+c.decoy("1188204573")+"/jobs/"+c.decoy("58120442"), "application/json",
				`{"customFields":[{"typeId":7712,"name":"Customer Wi-Fi password","value":"`+c.secret("customFields {name: Customer Wi-Fi password, value}", c.u21Pw())+`"},`+c.decoy(`{"typeId":7713,"name":"Filter size","value":"20x25x1"}`)+
					`,{"typeId":7716,"name":"Thermostat installer passcode","value":"`+c.secret("customFields {name: Thermostat installer passcode, value}", c.digits(10))+`"}]}`).
				rh("ST-App-Key", c.secret("ST-App-Key header", "ak1."+c.pick(gLower+gDigits, 25)), "Authorization", "Bearer "+c.secret("ServiceTitan bearer", c.rs256JWT("st-"+c.hexs(6), `{"tenant":"1188204573","client_id":"cid.`+c.pick(gLower+gDigits, 25)+`"}`)))
		}},
		{cat, "business-central-webclient-control-changes", func(c *gcase) {
			c.post("https://businesscentral.dynamics.com/"+c.decoy(c.uuid())+"/Production/client/Invoke?"+c.decoy("tenant=harbourline")+"&company=CRONUS", "application/json",
				`{"jsonrpc":"2.0","method":"Invoke","params":[{"openFormIds":["1F3"],"interactionsToInvoke":[{"interactionName":"SaveValue","namedParameters":"{\"key\":null,\"newValue\":\"`+
					c.secret("SaveValue newValue of control captioned Password", c.u21Pw())+`\",\"alwaysCommitChange\":true}","controlPath":"server:c[1]/c[4]","formId":"1F3","callbackId":"9"}],"controlCaption":"Password","controlType":"PasswordEdit"}]}`).
				rh("x-ms-correlation-id", c.decoy(c.uuid()))
			c.get("https://api.businesscentral.dynamics.com/v2.0/Production/api/v2.0/companies("+c.decoy(c.uuid())+")/shipmentMethods").
				rh("Authorization", u21Basic("WMS-SYNC", c.secret("Web Service Access Key in Basic", c.b64s(33)))).
				resp("application/json", `{"@odata.context":"https://api.businesscentral.dynamics.com/v2.0/Production/api/v2.0/$metadata#companies(...)/shipmentMethods","value":[{`+c.decoy(`"code":"EXW"`)+`,"displayName":"Ex Warehouse",`+c.decoy(`"@odata.etag":"W/\"JzE5OzE0NTUyMDg4NTk0MTE3NzQ0NjExOzAwOyc=\""`)+`}]}`)
		}},
		{cat, "kitchen-display-device-settings-list", func(c *gcase) {
			c.get("https://api.kds.harbourline.example/v1/devices/"+c.decoy("KDS-LIS-04")+"/settings").resp("application/json",
				`{"device":"KDS-LIS-04","settings":[{"setting":"posIntegrationKey","value":"`+c.secret("settings {setting: posIntegrationKey, value}", c.b64u(30))+`"},`+c.decoy(`{"setting":"bumpTimeoutSeconds","value":"300"}`)+
					`,{"setting":"printerSharedSecret","value":"`+c.secret("settings {setting: printerSharedSecret, value}", c.hexs(32))+`"},`+c.decoy(`{"setting":"station","value":"Grill"}`)+`],`+c.decoy(`"firmware":"4.18.2"`)+`}`)
		}},
		{cat, "rental-counter-kiosk-config-html-table", func(c *gcase) {
			html := `<html><body><h2>Kiosk LIS-T1-03 configuration</h2><table class="cfg"><tr><th>Station</th><td>` + c.decoy("LIST1") + `</td></tr><tr><th>Payment terminal IP</th><td>` + c.decoy("10.40.12.77") +
				`</td></tr><tr><th>Terminal admin password</th><td>` + c.secret("table row Terminal admin password", c.u21Pw()) + `</td></tr><tr><th>Key cabinet API secret</th><td>` + c.secret("table row Key cabinet API secret", c.b64s(24)) +
				`</td></tr><tr><th>Software</th><td>` + c.decoy("kiosk-ui 7.3.0 (build 20261104)") + `</td></tr></table></body></html>`
			c.get("https://kiosk-admin.harbourline.example/kiosks/LIS-T1-03/config").resp("text/html; charset=utf-8", html)
		}},
		{cat, "warehouse-scanner-profile-k-v", func(c *gcase) {
			c.post("https://mdm.harbourline.example/api/profiles/scanner-wh2/publish", "application/json",
				`{"profile":"scanner-wh2","properties":[{"k":"wlan.ssid","v":"`+c.decoy("WH2-SCAN")+`"},{"k":"wlan.psk","v":"`+c.secret("{k: wlan.psk, v}", c.u21Pw())+`"},{"k":"wms.api.token","v":"`+c.secret("{k: wms.api.token, v}", c.alnum(40))+`"},`+
					c.decoy(`{"k":"scanner.symbologies","v":"GS1-128,DataMatrix,QR"}`)+`],`+c.decoy(`"revision":42`)+`}`)
		}},
		{cat, "lightspeed-payment-integration-settings", func(c *gcase) {
			c.req("PUT", "https://api.lightspeedapp.com/API/V3/Account/"+c.decoy("288104")+"/PaymentType/12.json", "application/json",
				`{"PaymentType":{"name":"Adyen terminal","integrationSettings":[{"key":"adyen_api_key","val":"`+c.secret("integrationSettings {key: adyen_api_key, val}", "AQE"+c.pick(gAlnum, 20)+"+"+c.pick(gAlnum, 60)+"=")+`"},`+
					`{"key":"terminal_pin","val":"`+c.secret("integrationSettings {key: terminal_pin, val}", c.digits(8))+`"},`+c.decoy(`{"key":"merchant_account","val":"HarbourlinePOS"}`)+`]}}`)
		}},
		{cat, "easypost-carrier-account-credential-fields", func(c *gcase) {
			c.post("https://api.easypost.com/v2/carrier_accounts", "application/json",
				`{"carrier_account":{"type":"DhlEcsAccount","description":"DHL eCommerce EU","credentials":{"client_id":"`+c.decoy("harbourline_dhlecs")+`","client_secret":{"visibility":"password","label":"Client Secret","value":"`+
					c.secret("credentials.client_secret descriptor value", c.alnum(32))+`"},"pickup_id":{"visibility":"visible","label":"Pickup ID","value":"`+c.decoy("5351244")+`"}}}}`).
				resp("application/json", `{"id":"`+c.decoy("ca_"+c.hexs(32))+`","object":"CarrierAccount","type":"DhlEcsAccount","fields":{"credentials":{"client_secret":{"visibility":"password","label":"Client Secret","value":"********"}}}}`).code(201)
		}},
	}
}

// 3. Credentials with no telling name.
func u21Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "airbnb-host-message-door-and-wifi-in-prose", func(c *gcase) {
			pin := c.secret("igloohome PIN in message prose", c.digits(9))
			wifi := c.secret("Wi-Fi password in message prose", c.u21Pw())
			msg := "Hi! Self check-in from 15:00. The smart lock on the blue door opens with " + pin + " then press the lock button. Wi-Fi network HarbourLoft_5G, the password is " + wifi + " . Parking is in bay 14."
			c.post("https://www.airbnb.com/api/v3/CreateMessage?operationName=CreateMessage&locale=en&currency=EUR", "application/json",
				`{"operationName":"CreateMessage","variables":{"threadId":"`+c.decoy("1988213407")+`","content":{"text":`+gJS(msg)+`},`+c.decoy(`"clientMessageId":"`+c.uuid()+`"`)+`}}`).
				resp("application/json", `{"data":{"messaging":{"createMessage":{"message":{"id":"`+c.decoy("MSG-"+c.digits(12))+`","createdAtMs":"1732270503112"}}}}}`)
		}},
		{cat, "guest-portal-capability-link-in-path", func(c *gcase) {
			tok := c.secret("guest portal token path segment", c.b64u(24))
			c.get("https://guest.harbourline.example/stay/"+tok+"/checkin").resp("text/html", `<html><head><title>Online check-in</title></head><body><a href="/stay/`+tok+`/key">Mobile key</a> <p>Reservation `+c.decoy("HL-58213-LIS")+`</p></body></html>`)
			c.get("https://guest.harbourline.example/api/stay/"+tok+"/summary").resp("application/json", `{"arrival":"2026-12-01",`+c.decoy(`"roomType":"Deluxe Double (DBL-DLX)"`)+`,"checkinOpen":true}`)
		}},
		{cat, "make-and-discord-webhook-urls-in-settings", func(c *gcase) {
			mk := c.secret("Make.com hook path", c.pick(gLower+gDigits, 32))
			dtok := c.secret("Discord webhook token path segment", c.b64u(51))
			c.req("PUT", "https://routes.harbourline.example/api/v2/notifications", "application/json",
				`{"channels":[{"kind":"http","url":"https://hook.eu1.make.com/`+mk+`","events":["route.completed"]},{"kind":"discord","url":"https://discord.com/api/webhooks/`+c.decoy("1174422908833014310")+`/`+dtok+`","events":["stop.failed"]}],`+c.decoy(`"timezone":"Europe/Lisbon"`)+`}`)
		}},
		{cat, "shared-itinerary-link", func(c *gcase) {
			sh := c.secret("itinerary share link slug", c.b64u(16))
			c.post("https://travel.harbourline.example/api/trips/"+c.decoy("TRP-77120")+"/share", "application/json", `{"audience":"anyone_with_link"}`).
				resp("application/json", `{"url":"https://travel.harbourline.example/t/`+sh+`",`+c.decoy(`"createdAt":"2026-11-22T10:15:04Z"`)+`}`).code(201)
		}},
		{cat, "scooter-unlock-ble-payloads-array", func(c *gcase) {
			c.post("https://api.ride.harbourline.example/v3/rides", "application/json", `{"vehicleCode":"`+c.decoy("XK42QP")+`","lat":38.7101,"lng":-9.1385}`).
				resp("application/json", `{"ride":{"id":"`+c.decoy("rd_"+c.hexs(20))+`","state":"UNLOCKING"},"vehicle":{"mac":"`+c.decoy("C8:2E:94:1A:7F:03")+`","model":"ES4-2026","ble":["`+
					c.secret("BLE unlock frame 1 (array element)", c.hexs(32))+`","`+c.secret("BLE unlock frame 2 (array element)", c.hexs(32))+`"]}}`).code(201)
		}},
		{cat, "venue-scanner-offline-barcode-list", func(c *gcase) {
			b1 := c.secret("ticket barcode 1 in bare array", c.u21Upper(16))
			b2 := c.secret("ticket barcode 2 in bare array", c.u21Upper(16))
			c.get("https://scan.harbourline-events.example/api/events/"+c.decoy("ev_9921")+"/valid?since=0").
				resp("application/json", `{"event":"ev_9921","gate":"North",`+c.decoy(`"generatedAt":"2026-11-22T10:00:00Z"`)+`,"valid":["`+b1+`","`+b2+`"],"count":2}`)
		}},
		{cat, "rental-account-reset-link-path", func(c *gcase) {
			rt := c.secret("password reset path segment", c.b64u(32))
			c.get("https://www.harbourline-rent.example/account/reset/"+rt).resp("text/html", `<form method="post" action="/account/reset/`+rt+`"><input type="password" name="pw1"><input type="password" name="pw2"><input type="hidden" name="locale" value="`+c.decoy("pt-PT")+`"></form>`)
		}},
		{cat, "servicetitan-job-summary-prose", func(c *gcase) {
			code := c.secret("garage keypad code in job summary", c.digits(8))
			c.post("https://go.servicetitan.com/app/api/jobs/"+c.decoy("58120447")+"/notes", "application/json",
				`{"text":"Customer away. Side gate unlocked, garage keypad `+code+`, unit in attic. Bring 20x25x1 filter.","pinToTop":true,`+c.decoy(`"createdById":41120`)+`}`)
		}},
		{cat, "kds-pairing-bare-text-token", func(c *gcase) {
			c.post("https://kds.harbourline.example/pair", "application/json", `{"code":"`+c.decoy("LIS-GRILL")+`","model":"Elo I-Series 4"}`).
				resp("text/plain", c.secret("bare pairing token response body", c.b64u(40)))
		}},
		{cat, "odoo-execute-kw-positional-api-key", func(c *gcase) {
			c.post("https://erp.harbourline.example/jsonrpc", "application/json",
				`{"jsonrpc":"2.0","method":"call","params":{"service":"object","method":"execute_kw","args":[`+c.decoy(`"harbourline-prod",7`)+`,"`+c.secret("execute_kw args[2] (API key, positional)", c.hexs(40))+`","stock.picking","search_read",[[["state","=","assigned"]]],{"fields":["name","scheduled_date"],"limit":20}]},"id":`+c.decoy("881204")+`}`).
				resp("application/json", `{"jsonrpc":"2.0","id":881204,"result":[{"id":4412,`+c.decoy(`"name":"WH/OUT/04412"`)+`,"scheduled_date":"2026-11-22 14:00:00"}]}`)
		}},
		{cat, "email-confirm-action-href", func(c *gcase) {
			ct := c.secret("confirm link path segment in action href", c.alnum(40))
			c.get("https://parking.harbourline.example/api/inbox").resp("application/json",
				`{"items":[{"id":"`+c.decoy(c.uuid())+`","title":"Confirm your e-mail","actions":[{"label":"Confirm","href":"https://parking.harbourline.example/c/`+ct+`"}]},{"id":"`+c.decoy(c.uuid())+`","title":"Permit renewed","actions":[{"label":"View","href":"`+c.decoy("https://parking.harbourline.example/permits/PRM-20931")+`"}]}]}`)
		}},
		{cat, "parcel-locker-qr-and-signed-tracking-link", func(c *gcase) {
			trk := c.decoy("HLX" + c.nonLuhn(11) + "PT")
			c.get("https://lockers.harbourline.example/api/shipments/"+trk+"/collection").resp("application/json",
				`{"locker":"`+c.decoy("LIS-ORIENTE-07")+`","compartment":"B14","qr":["HLXLOCK|`+c.secret("locker collection QR payload (array element)", c.b64u(24))+`"],`+c.decoy(`"availableUntil":"2026-11-25T23:59:00Z"`)+`}`)
			c.get("https://track.harbourline.example/t/" + trk + "/" + c.secret("signed tracking link HMAC path segment", c.hexs(40)))
		}},
		{cat, "smart-lock-guest-key-share-fragment", func(c *gcase) {
			k := c.secret("guest key share link fragment", c.b64u(32))
			c.post("https://hosts.harbourline.example/api/locks/"+c.decoy("nuki-3F2A91C4")+"/shares", "application/json", `{"validFrom":"2026-12-01T15:00:00Z","validTo":"2026-12-04T11:00:00Z","name":"Booking 58213"}`).
				resp("application/json", `{"id":"`+c.decoy(c.uuid())+`","url":"https://keys.harbourline.example/k#`+k+`"}`).code(201)
		}},
	}
}

// 4. Secrets inside carriers.
func u21Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "amadeus-soap4-digest-and-stateful-session", func(c *gcase) {
			wsse := "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-"
			head := func(session string) string {
				return `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:add="http://www.w3.org/2005/08/addressing"><soapenv:Header><add:MessageID>` + c.decoy(c.uuid()) + `</add:MessageID><add:Action>` + c.decoy("http://webservices.amadeus.com/FMPTBQ_23_1_1A") +
					`</add:Action><add:To>https://nodeD1.production.webservices.amadeus.com/1ASIWHLXHLX</add:To>` + session + `</soapenv:Header><soapenv:Body><Fare_MasterPricerTravelBoardSearch><numberOfUnit><unitNumberDetail><numberOfUnits>1</numberOfUnits><typeOfUnit>PX</typeOfUnit></unitNumberDetail></numberOfUnit></Fare_MasterPricerTravelBoardSearch></soapenv:Body></soapenv:Envelope>`
			}
			sec := `<oas:Security xmlns:oas="` + wsse + `wssecurity-secext-1.0.xsd"><oas:UsernameToken><oas:Username>WSHLXHLX</oas:Username><oas:Nonce EncodingType="` + wsse + `soap-message-security-1.0#Base64Binary">` + c.b64s(12) + `</oas:Nonce><oas:Password Type="` + wsse + `username-token-profile-1.0#PasswordDigest">` +
				c.secret("oas:Password PasswordDigest", c.b64s(20)) + `</oas:Password><oas1:Created xmlns:oas1="` + wsse + `wssecurity-utility-1.0.xsd">2026-11-22T10:15:00Z</oas1:Created></oas:UsernameToken></oas:Security><AMA_SecurityHostedUser xmlns="http://xml.amadeus.com/2010/06/Security_v1"><UserID AgentDutyCode="SU" RequestorType="U" ` +
				c.decoy(`PseudoCityCode="LISHL28AA"`) + ` POS_Type="1"/></AMA_SecurityHostedUser><awsse:Session TransactionStatusCode="Start" xmlns:awsse="http://xml.amadeus.com/2010/06/Session_v3"/>`
			sid := c.secret("awsse:SessionId", c.u21Upper(10))
			stok := c.secret("awsse:SecurityToken", c.u21Upper(3)+c.alnum(22))
			sess := func(n string) string {
				return `<awsse:Session TransactionStatusCode="InSeries" xmlns:awsse="http://xml.amadeus.com/2010/06/Session_v3"><awsse:SessionId>` + sid + `</awsse:SessionId><awsse:SequenceNumber>` + n + `</awsse:SequenceNumber><awsse:SecurityToken>` + stok + `</awsse:SecurityToken></awsse:Session>`
			}
			c.post("https://nodeD1.production.webservices.amadeus.com/1ASIWHLXHLX", "text/xml;charset=UTF-8", head(sec)).rh("SOAPAction", "http://webservices.amadeus.com/FMPTBQ_23_1_1A").
				resp("text/xml;charset=UTF-8", `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header>`+sess("1")+`</soap:Header><soap:Body><Fare_MasterPricerTravelBoardSearchReply/></soap:Body></soap:Envelope>`)
			c.post("https://nodeD1.production.webservices.amadeus.com/1ASIWHLXHLX", "text/xml;charset=UTF-8", head(sess("2")))
		}},
		{cat, "sap-odata-batch-changeset-password", func(c *gcase) {
			b, cs := "batch_"+c.decoy(c.uuid()), "changeset_"+c.hexs(12)
			inner := `{"Password":"` + c.secret("Password inside a $batch changeset MERGE", c.u21Pw()) + `","Description":"DHL tracking inbound"}`
			body := "--" + b + "\r\nContent-Type: multipart/mixed; boundary=" + cs + "\r\n\r\n--" + cs + "\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nMERGE CommunicationUserSet('CU_DHL_TRACK') HTTP/1.1\r\nsap-contextid-accept: header\r\nAccept: application/json\r\nContent-Type: application/json\r\n\r\n" +
				inner + "\r\n--" + cs + "--\r\n\r\n--" + b + "\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nGET CommunicationUserSet?$top=20 HTTP/1.1\r\nAccept: application/json\r\n\r\n\r\n--" + b + "--\r\n"
			c.post("https://fiori.harbourline-logistik.example/sap/opu/odata/sap/APS_COM_USER_SRV/$batch?sap-client=100", "multipart/mixed; boundary="+b, body).
				rh("x-csrf-token", c.secret("x-csrf-token on $batch", c.b64s(16)), "SAP-PASSPORT", c.decoy("2A54482A0300E60000"+c.u21HexU(120)+"2A54482A"), "MaxDataServiceVersion", "2.0").code(202).
				resp("multipart/mixed; boundary=rspbatch_1", "--rspbatch_1\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n--rspbatch_1--\r\n")
		}},
		{cat, "checkin-page-inline-state-meta-and-data-attributes", func(c *gcase) {
			csrf := c.secret("csrf-token meta and hidden _csrf", c.b64u(32))
			bt := c.secret("bookingToken in inline state (JWT)", c.hs256JWT(`{"pnr":"`+c.u21Upper(6)+`","scope":"checkin","exp":1795345200}`))
			page := `<!doctype html><html><head><meta name="csrf-token" content="` + csrf + `"><script src="/assets/checkin.` + c.decoy(c.hexs(8)) + `.js" integrity="` + c.decoy("sha384-"+c.b64s(48)) + `" crossorigin="anonymous"></script></head>` +
				`<body><div id="app" data-api-key="` + c.secret("data-api-key attribute", c.alnum(32)) + `" ` + c.decoy(`data-release="2026.47.2"`) + `></div><form method="post" action="/checkin/passengers"><input type="hidden" name="_csrf" value="` + csrf + `"></form>` +
				`<script>window.__CHECKIN_STATE__ = {"session":{"bookingToken":"` + bt + `"},"flight":{` + c.decoy(`"number":"TP1347"`) + `,"dep":"LIS","arr":"FNC","std":"2026-12-14T07:35"},"seatMap":{"cabin":"Y",` + c.decoy(`"layout":"ABC DEF"`) + `}};</script></body></html>`
			c.get("https://checkin.harbourline-air.example/checkin?lang=en").resp("text/html; charset=utf-8", page)
		}},
		{cat, "return-label-pdf-base64-link-annotation", func(c *gcase) {
			rt := c.secret("return portal token in a PDF link annotation", c.b64u(24))
			pdf := "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 288 432]/Annots[4 0 R]/Contents 5 0 R>>endobj\n" +
				"4 0 obj<</Type/Annot/Subtype/Link/Rect[20 20 268 60]/A<</S/URI/URI(https://returns.harbourline.example/r/" + rt + ")>>>>endobj\n5 0 obj<</Length 64>>stream\nBT /F1 10 Tf 20 400 Td (DHL Retoure 00340434161094042557) Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
			e := c.get("https://panel.sendcloud.sc/api/v2/labels/label_printer/"+c.decoy("228810044")+"?returns=true").resp("application/pdf", base64.StdEncoding.EncodeToString([]byte(pdf)))
			e.respEncoding = "base64"
			e.sh("Content-Disposition", c.decoy(`attachment; filename="label-228810044.pdf"`))
		}},
		{cat, "merchant-order-stream-sse-session-refresh", func(c *gcase) {
			at := c.secret("accessToken in an SSE session.refresh event", c.b64u(64))
			sse := "id: " + c.decoy("1732270504-12") + "\nevent: order.created\ndata: {\"orderId\":\"" + c.decoy("gb:"+c.hexs(16)) + "\",\"status\":\"PLACED\",\"items\":2,\"prepTimeMinutes\":12}\n\n" +
				"id: 1732270504-13\nevent: session.refresh\ndata: {\"accessToken\":\"" + at + "\",\"expiresIn\":900}\n\n"
			c.get("https://restaurant-hub.harbourline-eats.example/api/orders/stream?site="+c.decoy("LIS-0412")).rh("Accept", "text/event-stream").resp("text/event-stream", sse)
			c.get("https://restaurant-hub.harbourline-eats.example/api/orders?status=PLACED").rh("Authorization", "Bearer "+at)
		}},
		{cat, "kds-websocket-json-and-protobuf-frames", func(c *gcase) {
			dev := c.secret("device secret in a protobuf binary frame", c.b64u(32))
			hello := c.secret("hello frame credential", c.hexs(48))
			c.get("wss://kds.harbourline.example/socket/v2").code(101).
				wsMsg("send", 1, `{"op":"hello","station":"`+c.decoy("GRILL-2")+`","credential":"`+hello+`"}`).
				wsMsg("send", 2, base64.StdEncoding.EncodeToString(gProto("GRILL-2", dev, "kds-android/5.12.0"))).
				wsMsg("receive", 1, `{"op":"ticket","id":"`+c.decoy("T-1184")+`","items":[{"name":"Bitoque","qty":2}],`+c.decoy(`"firedAt":"2026-11-22T10:15:06Z"`)+`}`)
		}},
		{cat, "route-planner-ndjson-presigned-pod-uploads", func(c *gcase) {
			akid := c.secret("X-Amz-Credential key id in NDJSON URLs", "ASIA"+c.pick(gUpper+"234567", 16))
			st := c.secret("X-Amz-Security-Token in NDJSON URLs", "IQoJb3JpZ2luX2VjE"+c.pick(gAlnum+"+/", 300)+"=")
			line := func(stop string) string {
				u := "https://pod-uploads.s3.eu-west-1.amazonaws.com/2026/11/22/" + stop + ".jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + akid + "%2F20261122%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261122T101500Z&X-Amz-Expires=900&X-Amz-Security-Token=" + url.QueryEscape(st) +
					"&X-Amz-SignedHeaders=host&X-Amz-Signature=" + c.secret("X-Amz-Signature of "+stop, c.hexs(64))
				return `{"stop":"` + c.decoy(stop) + `","eta":"2026-11-22T11:40:00Z","podUploadUrl":"` + u + `"}`
			}
			c.get("https://api.routes.harbourline.example/v1/routes/"+c.decoy("R-20261122-07")+"/stops?format=ndjson").resp("application/x-ndjson", line("STP-88120")+"\n"+line("STP-88121")+"\n")
		}},
		{cat, "on-prem-agent-yaml-and-env-bodies", func(c *gcase) {
			yaml := "agent:\n  site: WH2-Setubal\n  " + c.decoy("version: 3.9.1") + "\ncarriers:\n  fedex:\n    " + c.decoy(`account_number: "510087020"`) + "\n    api_key: l7" + c.hexs(32) + "\n    secret_key: " + c.secret("yaml carriers.fedex.secret_key", c.hexs(32)) +
				"\n  ups:\n    client_secret: " + c.secret("yaml carriers.ups.client_secret", c.alnum(64)) + "\ndatabase:\n  url: postgres://wms:" + c.secret("password in a postgres URL in yaml", c.alnum(18)) + "@10.40.0.12:5432/wms\n  " + c.decoy("pool_size: 12") + "\n"
			c.req("PUT", "https://agents.harbourline.example/api/agents/wh2/config", "application/yaml", yaml)
			env := c.decoy("LABEL_PRINTER_HOST=10.40.12.90") + "\nSMTP_USER=notify\nSMTP_PASS=" + c.secret(".env SMTP_PASS", c.u21Pw()) + "\nROUTING_SIGNING=" + c.secret(".env ROUTING_SIGNING", c.b64s(32)) + "\n" + c.decoy("TZ=Europe/Lisbon") + "\n"
			c.req("PUT", "https://agents.harbourline.example/api/agents/wh2/env", "text/plain", env)
		}},
		{cat, "channel-manager-log-entity-escaped-ota", func(c *gcase) {
			xml := `<OTA_HotelAvailNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0"><POS><Source><RequestorID ID="HLXCM" MessagePassword="` + c.secret("MessagePassword inside entity-escaped OTA in JSON", c.u21Pw()) + `"/></Source></POS><AvailStatusMessages HotelCode="LISBAI"/></OTA_HotelAvailNotifRQ>`
			esc := strings.NewReplacer("<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(xml)
			c.get("https://cm.harbourline.example/api/logs?hotel=LISBAI&limit=1").resp("application/json",
				`{"entries":[{"id":"`+c.decoy(c.uuid())+`","direction":"out","channel":"booking.com","payload":`+gJS(esc)+`,`+c.decoy(`"durationMs":412`)+`}]}`)
		}},
		{cat, "fleet-ops-grpc-web-text-command", func(c *gcase) {
			cmd := c.secret("vehicle command token in grpc-web-text protobuf", c.b64u(30))
			frame := func(msg []byte) string { return base64.StdEncoding.EncodeToString(u21GrpcWeb(msg)) }
			c.post("https://ops.ride.harbourline.example/fleet.v1.VehicleService/SendCommand", "application/grpc-web-text", frame(gProto("XK42QP", cmd, "UNLOCK"))).
				rh("x-grpc-web", "1", "x-user-agent", c.decoy("grpc-web-javascript/0.1")).
				resp("application/grpc-web-text", frame(gProto("ACCEPTED", "cmd-"+c.hexs(12))))
		}},
		{cat, "hotel-wifi-voucher-csv-export", func(c *gcase) {
			csv := c.decoy("voucher,room,valid_from,valid_until,bandwidth_mbps") + "\n" + c.secret("voucher code row 1", c.u21Upper(10)) + ",204,2026-11-22 14:00,2026-11-25 12:00,50\n" + c.secret("voucher code row 2", c.u21Upper(10)) + ",311,2026-11-22 15:30,2026-11-24 12:00,50\n"
			c.get("https://wifi.harbourline.example/admin/vouchers/export.csv?"+c.decoy("batch=B-20261122")).resp("text/csv; charset=utf-8", csv).
				sh("Content-Disposition", `attachment; filename="vouchers-B-20261122.csv"`)
		}},
		{cat, "confirmation-email-mime-quoted-in-ticket", func(c *gcase) {
			tok := c.secret("guest portal link token in a base64 MIME part", c.b64u(24))
			part := "Dear guest,\r\n\r\nYour booking HL-58213 is confirmed. Check in online: https://guest.harbourline.example/stay/" + tok + "/checkin\r\n\r\nHarbourline Lisboa\r\n"
			var b64 strings.Builder
			enc := base64.StdEncoding.EncodeToString([]byte(part))
			for len(enc) > 76 {
				b64.WriteString(enc[:76] + "\r\n")
				enc = enc[76:]
			}
			b64.WriteString(enc)
			eml := "From: Harbourline Lisboa <reservations@harbourline.example>\r\nTo: " + c.secret("To: address of the forwarded confirmation", "c.pemberton"+c.digits(2)+"@btinternet.example") + "\r\nSubject: Booking confirmed\r\n" + c.decoy("Message-ID: <20261122101500.4412@mail.harbourline.example>") +
				"\r\nMIME-Version: 1.0\r\nContent-Transfer-Encoding: base64\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n\r\n" + b64.String() + "\r\n"
			c.post("https://harbourline.zendesk.com/api/v2/tickets/88120/comments", "application/json", `{"comment":{"body":"Guest forwarded the original e-mail:\n\n`+strings.ReplaceAll(strings.ReplaceAll(eml, "\r", `\r`), "\n", `\n`)+`","public":false},`+c.decoy(`"via":"web"`)+`}`)
		}},
	}
}

// 5. Exporters' quirks.
func u21Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "firefox-text-plain-json-token-response", func(c *gcase) {
			c.creator = [2]string{"Firefox", "133.0"}
			c.post("https://www.harbourline-rent.example/api/auth/login", "application/json", `{"email":"k.andrade@correio.example","password":"`+c.secret("login password", c.u21Pw())+`","remember":true}`).
				resp("text/plain; charset=utf-8", `{"access_token":"`+c.secret("access_token under a text/plain mimeType", c.rs256JWT("hr-"+c.hexs(6), `{"sub":"cust_`+c.hexs(10)+`","exp":1795345200}`))+`","refresh_token":"`+c.secret("refresh_token under text/plain", c.b64u(48))+`",`+c.decoy(`"expires_in":900`)+`,"token_type":"Bearer"}`)
		}},
		{cat, "charles-params-only-locker-admin-login", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "5.0"}
			e := c.post("https://lockers-admin.harbourline.example/login", "application/x-www-form-urlencoded", "")
			e.post.params = []any{map[string]any{"name": "operator", "value": "op-lis-11"}, map[string]any{"name": "password", "value": c.secret("password in postData.params only", c.u21Pw())},
				map[string]any{"name": "totp", "value": c.secret("totp in postData.params only", c.digits(8))}, map[string]any{"name": "site", "value": c.decoy("LIS-ORIENTE")}}
			e.code(302).sh("Location", "/dashboard")
		}},
		{cat, "fiddler-set-cookie-joined-with-commas", func(c *gcase) {
			c.creator = [2]string{"Fiddler", "5.0.20253.3311"}
			c.post("https://dispatch.harbourline.example/account/login", "application/x-www-form-urlencoded", "user=dispatcher7&pass="+url.QueryEscape(c.secret("pass form field", c.u21Pw()))).code(302).
				sh("Set-Cookie", "sessionid="+c.secret("sessionid cookie (joined header)", c.pick(gLower+gDigits, 32))+"; expires=Sun, 23 Nov 2026 10:15:00 GMT; path=/; HttpOnly, csrftoken="+c.secret("csrftoken cookie (joined header)", c.alnum(32))+"; path=/; SameSite=Lax", "Location", c.decoy("/board/today"))
		}},
		{cat, "base64-encoded-token-response-content", func(c *gcase) {
			body := `{"token":"` + c.secret("token inside base64 content.text", c.b64u(40)) + `","refreshToken":"` + c.secret("refreshToken inside base64 content.text", c.b64u(40)) + `","zoneId":"PT-LIS-4172","sessionTimeout":1800}`
			e := c.post("https://api.harbourline-parking.example/v4/auth", "application/json", `{"username":"driver@harbourline-parking.example","password":"`+c.secret("parking app password", c.u21Pw())+`"}`).resp("application/json", gB64(body))
			e.respEncoding = "base64"
		}},
		{cat, "truncated-route-response-body", func(c *gcase) {
			full := `{"session":{"driverToken":"` + c.secret("driverToken in a truncated body", c.b64u(36)) + `","expires":"2026-11-22T20:00:00Z"},"route":{"id":"` + c.decoy("R-20261122-11") + `","stops":[{"id":"STP-9","eta":"11:40","notes":"Loading dock B, ring twice"},{"id":"STP-10","eta":"12:05","not`
			c.get("https://driver.routes.harbourline.example/api/me/route/today").resp("application/json", full).set("_error", "net::ERR_CONTENT_LENGTH_MISMATCH")
		}},
		{cat, "flespi-mqtt-over-ws-token-as-username", func(c *gcase) {
			tok := c.secret("flespi token as MQTT user name", c.alnum(64))
			c.get("wss://mqtt.flespi.io/").code(101).rh("Sec-WebSocket-Protocol", "mqtt").
				wsMsg("send", 2, base64.StdEncoding.EncodeToString(gMQTTConnect("fleet-dash-"+c.hexs(6), "FlespiToken "+tok, ""))).
				wsMsg("receive", 2, base64.StdEncoding.EncodeToString([]byte{0x20, 0x02, 0x00, 0x00})).
				wsMsg("receive", 1, c.decoy(`{"ident":"352093089212345","position.latitude":38.71,"position.longitude":-9.13,"timestamp":1732270506}`))
		}},
		{cat, "chrome-h2-pseudo-header-path-mobile-key", func(c *gcase) {
			sig := c.secret("sig query in :path and URL", c.b64u(32))
			u := "https://keys.harbourline.example/api/mobilekey/issue?room=" + c.decoy("412") + "&expires=1732356900&sig=" + sig
			e := c.get(u).rh(":authority", "keys.harbourline.example", ":method", "GET", ":path", "/api/mobilekey/issue?room=412&expires=1732356900&sig="+sig, ":scheme", "https").
				resp("application/json", `{"keyId":"`+c.decoy("mk_"+c.hexs(16))+`","lockVendor":"ASSA ABLOY Vostio","bleKey":"`+c.secret("bleKey in response", c.b64s(32))+`"}`)
			e.httpVersion = "http/2.0"
		}},
		{cat, "initiator-stack-url-with-maps-key", func(c *gcase) {
			key := c.secret("Google Maps key in an _initiator script URL", "AIza"+c.pick(gAlnum+"-_", 35))
			c.get("https://maps.googleapis.com/maps/api/directions/json?origin=38.71,-9.13&destination=38.52,-8.89&mode=driving").
				set("_initiator", map[string]any{"type": "script", "stack": map[string]any{"callFrames": []any{map[string]any{"functionName": "loadRoute", "scriptId": "41", "url": "https://maps.googleapis.com/maps/api/js?key=" + key + "&libraries=places&callback=initMap", "lineNumber": 118, "columnNumber": 22}}}}).
				set("_priority", c.decoy("High"))
		}},
		{cat, "safari-empty-mimetype-json-login", func(c *gcase) {
			c.creator = [2]string{"WebKit Web Inspector", "19.4"}
			c.req("POST", "https://tickets.harbourline-events.example/api/session", "", `{"login":"rui.matos77","password":"`+c.secret("password in a postData without mimeType", c.u21Pw())+`","device":"`+c.decoy("Safari 19.4 macOS")+`"}`).
				resp("", `{"sessionKey":"`+c.secret("sessionKey in a response without mimeType", c.alnum(40))+`"}`)
		}},
		{cat, "insomnia-octet-stream-json", func(c *gcase) {
			c.creator = [2]string{"Insomnia", "2023.5.8"}
			c.post("https://api.harbourline-parking.example/v4/integrations", "application/json", `{"name":"toll-sync","scopes":["sessions:read"]}`).
				resp("application/octet-stream", `{"id":"`+c.decoy("int_"+c.hexs(12))+`","apiKey":"`+c.secret("apiKey under application/octet-stream", "hpk_live_"+c.alnum(32))+`","webhookSigningSecret":"`+c.secret("webhookSigningSecret under octet-stream", "whs_"+c.alnum(32))+`"}`).code(201)
		}},
		{cat, "page-title-magic-link", func(c *gcase) {
			ml := c.secret("magic link token in the page title and URL", c.b64u(32))
			u := "https://my.harbourline-rent.example/auth/magic?t=" + ml + "&redirect=%2Fbookings"
			c.extraLog = map[string]any{"pages": []any{map[string]any{"startedDateTime": "2026-11-22T10:15:00.000Z", "id": "page_1", "title": u, "pageTimings": map[string]any{"onContentLoad": 120.5, "onLoad": 340.2}}}}
			c.get(u).code(302).sh("Location", c.decoy("https://my.harbourline-rent.example/bookings"))
		}},
	}
}

// 6. One secret in several places.
func u21Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "sabre-rest-token-double-base64-and-log-array", func(c *gcase) {
			pw := c.secret("Sabre password (base64 inside base64 Basic)", c.u21Pw())
			atk := c.secret("Sabre ATK access_token (response, Bearer, log array)", "T1RLAQ"+c.pick(gAlnum+"+/", 150)+"*")
			c.post("https://api.platform.sabre.com/v2/auth/token", "application/x-www-form-urlencoded", "grant_type=client_credentials").
				rh("Authorization", "Basic "+gB64(gB64("V1:"+c.digits(6)+":K7QA:AA")+":"+gB64(pw))).
				resp("application/json", `{"access_token":"`+atk+`","token_type":"bearer",`+c.decoy(`"expires_in":604800`)+`}`)
			c.post("https://api.platform.sabre.com/v4/offers/shop", "application/json", `{"OTA_AirLowFareSearchRQ":{"Version":"4","POS":{"Source":[{"PseudoCityCode":"K7QA"}]}}}`).rh("Authorization", "Bearer "+atk).code(401)
			c.post("https://app.harbourline-travel.example/api/clientlog", "application/json", `{"level":"warn","msg":"shop retry","ctx":["`+atk+`","/v4/offers/shop",401],`+c.decoy(`"build":"web-2026.47.1"`)+`}`)
		}},
		{cat, "hotel-wifi-password-json-and-wifi-qr", func(c *gcase) {
			pw := c.secret("guest Wi-Fi password (JSON, WIFI: QR payload, HTML)", c.u21Pw())
			c.get("https://guest.harbourline.example/api/stay/amenities").resp("application/json",
				`{"wifi":{"ssid":"`+c.decoy("HarbourGuest")+`","password":"`+pw+`","qr":"WIFI:T:WPA;S:HarbourGuest;P:`+pw+`;;"},`+c.decoy(`"breakfast":"07:00-10:30"`)+`}`)
			c.get("https://guest.harbourline.example/stay/welcome").resp("text/html", `<section class="wifi"><h3>Wi-Fi</h3><p>Network <b>HarbourGuest</b>, code <b>`+pw+`</b></p></section>`)
		}},
		{cat, "mews-access-token-earlier-in-webhook-path", func(c *gcase) {
			at := c.secret("Mews AccessToken (webhook path first, body later)", c.u21HexU(32)+"-"+c.u21HexU(31))
			c.get("https://integrations.harbourline.example/api/connections/mews").resp("application/json", `{"enterprise":"`+c.decoy(c.uuid())+`","webhook":"https://integrations.harbourline.example/hooks/mews/`+at+`",`+c.decoy(`"status":"active"`)+`}`)
			c.post("https://api.mews.com/api/connector/v1/customers/getAll", "application/json", `{"ClientToken":"`+c.secret("Mews ClientToken", c.u21HexU(32)+"-"+c.u21HexU(31))+`","AccessToken":"`+at+`","Client":"Harbourline CRM 1.2","Limitation":{"Count":50}}`)
		}},
		{cat, "toast-token-in-localstorage-dump-then-bearer", func(c *gcase) {
			tok := c.secret("Toast accessToken (base64 storage dump, then Bearer)", c.rs256JWT("toast-"+c.hexs(6), `{"https://toasttab.com/access_type":"TOAST_MACHINE_CLIENT","exp":1795345200}`))
			dump := `{"toast.auth":"` + gB64(`{"accessToken":"`+tok+`","expiresAt":1795345200}`) + `","toast.ui.theme":"dark"}`
			c.post("https://support.harbourline.example/api/diagnostics", "application/json", `{"kind":"localStorage","data":`+gJS(dump)+`,`+c.decoy(`"appVersion":"kds-web 3.4.7"`)+`}`)
			c.get("https://ws-api.toasttab.com/menus/v2/menus").rh("Authorization", "Bearer "+tok, "Toast-Restaurant-External-ID", c.decoy(c.uuid()))
		}},
		{cat, "servicetitan-client-secret-then-pasted-in-ticket", func(c *gcase) {
			cs := c.secret("ServiceTitan client secret (form, then ticket prose)", "cs1."+c.pick(gLower+gDigits, 60))
			cid := "cid." + c.pick(gLower+gDigits, 25)
			c.post("https://auth.servicetitan.io/connect/token", "application/x-www-form-urlencoded", "grant_type=client_credentials&client_id="+cid+"&client_secret="+cs).
				resp("application/json", `{"access_token":"`+c.secret("ServiceTitan access_token", c.rs256JWT("st-"+c.hexs(6), `{"client_id":"`+cid+`"}`))+`",`+c.decoy(`"expires_in":900`)+`,"token_type":"Bearer","scope":"tn.jpm tn.dis"}`)
			c.post("https://harbourline.zendesk.com/api/v2/tickets", "application/json", `{"ticket":{"subject":"Dispatch sync 401 since Friday","comment":{"body":"We use `+cid+` / `+cs+` for tenant 1188204573, still 401."},`+c.decoy(`"priority":"high"`)+`}}`).code(201)
		}},
		{cat, "shippo-label-signature-raw-and-percent-encoded", func(c *gcase) {
			sig := c.secret("S3 Signature of a Shippo label URL (raw, then percent-encoded twice)", c.pick(gAlnum+"+/", 27)+"=")
			lab := "https://shippo-delivery-east.s3.amazonaws.com/" + c.decoy(c.hexs(32)) + ".pdf?Signature=" + url.QueryEscape(sig) + "&Expires=1763806500&AWSAccessKeyId=" + c.secret("AWSAccessKeyId of a Shippo label URL", "AKIA"+c.pick(gUpper+"234567", 16))
			c.post("https://api.goshippo.com/transactions/", "application/json", `{"rate":"`+c.decoy(c.hexs(32))+`","label_file_type":"PDF_4x6","async":false}`).
				resp("application/json", `{"object_state":"VALID","status":"SUCCESS","label_url":"`+lab+`",`+c.decoy(`"tracking_number":"92055901755477000271990251"`)+`}`).code(201)
			c.get("https://wms.harbourline.example/print?next=" + url.QueryEscape(url.QueryEscape(lab)))
		}},
		{cat, "lightspeed-refresh-token-js-escaped-in-boot-script", func(c *gcase) {
			rt := c.secret("Lightspeed refresh_token (JSON, form, JS-escaped script)", c.hexs(40))
			c.post("https://cloud.lightspeedapp.com/auth/oauth/token", "application/x-www-form-urlencoded", "grant_type=refresh_token&client_id="+c.hexs(32)+"&client_secret="+c.secret("Lightspeed client_secret", c.hexs(40))+"&refresh_token="+rt).
				resp("application/json", `{"access_token":"`+c.secret("Lightspeed access_token", c.hexs(40))+`",`+c.decoy(`"expires_in":3600`)+`,"token_type":"bearer","scope":"employee:all","refresh_token":"`+rt+`"}`)
			var esc strings.Builder
			for _, ch := range `{"r":"` + rt + `"}` {
				esc.WriteString(`\x`)
				esc.WriteByte(gHex[ch>>4])
				esc.WriteByte(gHex[ch&15])
			}
			c.get("https://pos.harbourline.example/register").resp("text/html", `<script>window.__boot = JSON.parse("`+esc.String()+`");</script><script src="/static/register.`+c.decoy(c.hexs(10))+`.js"></script>`)
		}},
		{cat, "dhl-key-header-then-js-bundle-constant", func(c *gcase) {
			k := c.secret("DHL API key (header, then a minified bundle constant)", c.alnum(32))
			c.get("https://api-eu.dhl.com/location-finder/v1/find-by-address?countryCode=PT&addressLocality=Lisboa&postalCode=1990-094").rh("DHL-API-Key", k)
			c.get("https://track.harbourline.example/static/js/main."+c.decoy(c.hexs(8))+".js").resp("application/javascript",
				`"use strict";(()=>{const e="https://api-eu.dhl.com",K="`+k+`";function t(n){return fetch(e+"/track/shipments?trackingNumber="+n,{headers:{"DHL-API-Key":K}})}window.hlTrack=t;`+c.decoy(`const V="4.2.0";`)+`})();`)
		}},
		{cat, "igloohome-pin-api-message-and-template-preview", func(c *gcase) {
			pin := c.secret("igloohome hourly PIN (API, message prose, template HTML)", c.digits(9))
			c.post("https://api.igloodeveloper.co/igloohome/devices/"+c.decoy("IGK3"+c.u21Upper(8))+"/algopin/hourly", "application/json", `{"variance":1,"startDate":"2026-12-01T15:00:00+00:00","endDate":"2026-12-04T11:00:00+00:00","accessName":"Booking 58213"}`).
				rh("Authorization", "Bearer "+c.secret("igloohome bearer", c.b64u(40))).resp("application/json", `{"pin":"`+pin+`",`+c.decoy(`"pinId":"`+c.digits(8)+`"`)+`}`)
			c.post("https://hosts.harbourline.example/api/threads/88120/messages", "application/json", `{"text":"Welcome! Door: `+pin+` then the padlock icon. Checkout 11:00."}`)
			c.get("https://hosts.harbourline.example/templates/checkin/preview?booking=58213").resp("text/html", `<div class="preview"><p>Your door code: <strong>`+pin+`</strong></p><p>`+c.decoy("Template v12 · last edited 2026-11-20")+`</p></div>`)
		}},
		{cat, "dispatch-ws-token-in-json-url-and-frame", func(c *gcase) {
			wt := c.secret("dispatch wsToken (JSON, websocket URL, first frame)", c.b64u(32))
			c.post("https://dispatch.harbourline.example/api/realtime/ticket", "application/json", `{"board":"LIS-HVAC"}`).resp("application/json", `{"wsToken":"`+wt+`",`+c.decoy(`"ttl":60`)+`}`)
			c.get("wss://dispatch.harbourline.example/rt?t="+wt+"&"+c.decoy("board=LIS-HVAC")).code(101).
				wsMsg("send", 1, `{"op":"join","t":"`+wt+`"}`).
				wsMsg("receive", 1, `{"op":"joined",`+c.decoy(`"members":4`)+`}`)
		}},
		{cat, "manage-booking-token-cookie-referer-and-log", func(c *gcase) {
			bt := c.secret("manage-booking token (Set-Cookie, Referer query, log array)", c.b64u(40))
			c.post("https://www.harbourline-air.example/api/mmb/retrieve", "application/json", `{"pnr":"`+c.u21Upper(6)+`","lastName":"Pemberton-Osei"}`).
				sh("Set-Cookie", "mmb_bt="+bt+"; Path=/; Secure; HttpOnly; SameSite=Strict").resp("application/json", `{"ok":true,`+c.decoy(`"segments":2`)+`}`)
			c.get("https://www.harbourline-air.example/api/mmb/seatmap?seg=1").rh("Referer", "https://www.harbourline-air.example/manage?bt="+bt+"&"+c.decoy("step=seats"))
			c.post("https://www.harbourline-air.example/api/clientlog", "application/json", `{"evt":"seatmap_loaded","ctx":["`+bt+`",`+c.decoy(`"seg-1"`)+`],"ms":412}`)
		}},
	}
}

// 7. GraphQL.
func u21GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "kiwi-style-login-mutation-variables", func(c *gcase) {
			c.post("https://api.harbourline-travel.example/graphql?featureName=SignIn", "application/json",
				`{"query":"mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { ... on SignInSuccess { token user { id } } } }","variables":{"email":"joana.prates@correio.example","password":"`+c.secret("variables.password", c.u21Pw())+`"},`+c.decoy(`"operationName":"SignIn"`)+`}`).
				resp("application/json", `{"data":{"signIn":{"token":"`+c.secret("data.signIn.token", c.b64u(48))+`","user":{"id":"`+c.decoy("VXNlcjo0NDEyMDk4")+`"}}}}`)
		}},
		{cat, "ticket-transfer-claim-literal-argument", func(c *gcase) {
			code := c.secret("claimTransfer(code: literal)", c.u21Upper(12))
			c.post("https://api.harbourline-events.example/graphql", "application/json",
				`{"query":"mutation { claimTransfer(code: \"`+code+`\") { ticket { id event { name } } } }"}`).
				resp("application/json", `{"data":{"claimTransfer":{"ticket":{"id":"`+c.decoy("tkt_"+c.hexs(16))+`","event":{`+c.decoy(`"name":"Fado nights at Coliseu"`)+`}}}}}`)
		}},
		{cat, "airbnb-persisted-get-access-details", func(c *gcase) {
			hash := c.decoy(c.hexs(64))
			vars := `{"confirmationCode":"HM` + c.u21Upper(8) + `","accessToken":"` + c.secret("variables.accessToken in a persisted GET", c.b64u(32)) + `"}`
			ext := `{"persistedQuery":{"version":1,"sha256Hash":"` + hash + `"}}`
			c.get("https://www.airbnb.com/api/v3/ReservationAccessDetails/"+hash+"?operationName=ReservationAccessDetails&locale=en&currency=EUR&variables="+url.QueryEscape(vars)+"&extensions="+url.QueryEscape(ext)).
				resp("application/json", `{"data":{"presentation":{"reservationAccess":{"checkinWindow":"15:00 - 22:00","smartLockCode":"`+c.secret("smartLockCode in persisted query data", c.digits(8))+`",`+c.decoy(`"listingId":"51221088"`)+`}}}}`)
		}},
		{cat, "merchant-hub-batched-operations", func(c *gcase) {
			c.post("https://restaurant-hub.harbourline-eats.example/graphql", "application/json",
				`[{"operationName":"GetSite","variables":{"siteId":"`+c.decoy("LIS-0412")+`"},"query":"query GetSite($siteId: ID!) { site(id: $siteId) { id name } }"},{"operationName":"UpdatePosIntegration","variables":{"input":{"siteId":"LIS-0412","provider":"LIGHTSPEED","webhookSecret":"`+
					c.secret("batched op 2 variables.input.webhookSecret", c.b64u(32))+`","apiCredential":"`+c.secret("batched op 2 variables.input.apiCredential", c.alnum(40))+`"}},"query":"mutation UpdatePosIntegration($input: PosIntegrationInput!) { updatePosIntegration(input: $input) { ok } }"}]`).
				resp("application/json", `[{"data":{"site":{"id":"LIS-0412","name":"Harbour Grill Oriente"}}},{"data":{"updatePosIntegration":{"ok":true}}}]`)
		}},
		{cat, "hasura-dispatch-board-subscription-ws", func(c *gcase) {
			c.get("wss://dispatch-gql.harbourline.example/v1/graphql").code(101).rh("Sec-WebSocket-Protocol", "graphql-transport-ws").
				wsMsg("send", 1, `{"type":"connection_init","payload":{"headers":{"x-hasura-admin-secret":"`+c.secret("connection_init x-hasura-admin-secret", c.alnum(32))+`","Authorization":"Bearer `+c.secret("connection_init Authorization bearer", c.hs256JWT(`{"https://hasura.io/jwt/claims":{"x-hasura-default-role":"dispatcher","x-hasura-user-id":"41120"}}`))+`"}}}`).
				wsMsg("receive", 1, `{"type":"connection_ack"}`).
				wsMsg("send", 1, `{"id":"`+c.decoy(c.uuid())+`","type":"subscribe","payload":{"query":"subscription Jobs { jobs(where: {status: {_eq: \"dispatched\"}}) { id technician_id eta } }"}}`).
				wsMsg("receive", 1, `{"type":"next","payload":{"data":{"jobs":[{"id":58120442,"technician_id":41120,`+c.decoy(`"eta":"2026-11-22T11:30:00+00:00"`)+`}]}}}`)
		}},
		{cat, "create-integration-key-aliased-plaintext", func(c *gcase) {
			c.post("https://api.harbourline-parking.example/graphql", "application/json",
				`{"query":"mutation { k: createIntegrationKey(name: \"toll-sync\") { id plaintext lastFour } }"}`).
				resp("application/json", `{"data":{"k":{"id":"`+c.decoy("ik_"+c.hexs(12))+`","plaintext":"`+c.secret("plaintext of createIntegrationKey (aliased)", "hpk_"+c.alnum(40))+`",`+c.decoy(`"lastFour":"Q7x2"`)+`}}}`)
		}},
		{cat, "reset-link-validation-variable-bound-to-token-arg", func(c *gcase) {
			c.post("https://api.harbourline-rent.example/graphql", "application/json",
				`{"operationName":"ValidateReset","query":"query ValidateReset($t: String!) { passwordReset(token: $t) { valid expiresAt } }","variables":{"t":"`+c.secret("variable $t bound to token argument", c.b64u(32))+`"}}`).
				resp("application/json", `{"data":{"passwordReset":{"valid":true,`+c.decoy(`"expiresAt":"2026-11-22T11:15:00Z"`)+`}}}`)
			c.post("https://api.harbourline-rent.example/graphql", "application/json",
				`{"operationName":"CompleteReset","query":"mutation CompleteReset($t: String!, $p: String!) { completePasswordReset(token: $t, newPassword: $p) { ok } }","variables":{"t":"`+c.secret("second $t", c.b64u(32))+`","p":"`+c.secret("variable $p bound to newPassword argument", c.u21Pw())+`"}}`)
		}},
		{cat, "graphql-sse-subscription-extensions-auth", func(c *gcase) {
			body := `{"query":"subscription Gate($event: ID!) { scans(event: $event) { ticketId gate at } }","variables":{"event":"` + c.decoy("ev_9921") + `"},"extensions":{"auth":{"scannerToken":"` + c.secret("extensions.auth.scannerToken", c.b64u(36)) + `"}}}`
			c.post("https://scan.harbourline-events.example/graphql/stream", "application/json", body).rh("Accept", "text/event-stream").
				resp("text/event-stream", "event: next\ndata: {\"data\":{\"scans\":{\"ticketId\":\""+c.decoy("tkt_5d1e0c2a9b7f4e31")+"\",\"gate\":\"North\",\"at\":\"2026-11-22T20:01:12Z\"}}}\n\nevent: complete\ndata:\n\n")
		}},
		{cat, "salesforce-field-service-uiapi-graphql-session", func(c *gcase) {
			sid := c.secret("Salesforce session id in Authorization", "00D"+c.alnum(12)+"!AQ"+c.pick(gAlnum+"._", 96))
			c.post("https://harbourline.my.salesforce.com/services/data/v62.0/graphql", "application/json",
				`{"query":"query Appointments { uiapi { query { ServiceAppointment(first: 10, where: { Status: { eq: \"Dispatched\" } }) { edges { node { AppointmentNumber { value } SchedStartTime { value } } } } } } }"}`).
				rh("Authorization", "Bearer "+sid, "X-SFDC-Request-Id", c.decoy(c.hexs(32))).
				resp("application/json", `{"data":{"uiapi":{"query":{"ServiceAppointment":{"edges":[{"node":{"AppointmentNumber":{`+c.decoy(`"value":"SA-00918"`)+`},"SchedStartTime":{"value":"2026-11-22T11:30:00.000Z"}}}]}}}},"errors":[]}`)
		}},
		{cat, "wallet-pass-persisted-mutation", func(c *gcase) {
			c.post("https://api.harbourline-events.example/graphql", "application/json",
				`{"operationName":"IssueWalletPass","variables":{"ticketId":"`+c.decoy("tkt_1a2b3c4d5e6f7081")+`","deviceToken":"`+c.secret("variables.deviceToken", c.hexs(64))+`"},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"`+c.decoy(c.hexs(64))+`"}}}`).
				resp("application/json", `{"data":{"issueWalletPass":{"passUrl":"https://wallet.harbourline-events.example/p/`+c.secret("wallet pass capability path", c.b64u(24))+`.pkpass",`+c.decoy(`"passTypeIdentifier":"pass.example.harbourline.ticket"`)+`}}}`)
		}},
		{cat, "voucher-redeem-argument-echoed-in-error", func(c *gcase) {
			v := c.secret("voucher code (variable bound to code argument, echoed in error)", c.u21Upper(14))
			c.post("https://api.harbourline-travel.example/graphql", "application/json",
				`{"query":"mutation Redeem($c: String!) { redeemVoucher(code: $c) { credit } }","variables":{"c":"`+v+`"}}`).
				resp("application/json", `{"errors":[{"message":"Voucher `+v+` has expired",`+c.decoy(`"extensions":{"code":"VOUCHER_EXPIRED"}`)+`}],"data":null}`)
		}},
	}
}

// 8. Vendor credential formats and public identifiers.
func u21Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "square-access-token-and-app-secret", func(c *gcase) {
			c.post("https://connect.squareup.com/oauth2/token", "application/json",
				`{"client_id":"`+c.decoy("sq0idp-"+c.b64u(16))+`","client_secret":"`+c.secret("Square application secret (sq0csp-)", "sq0csp-"+c.pick(gAlnum+"-_", 43))+`","grant_type":"authorization_code","code":"`+c.secret("Square authorization code (sq0cgp-)", "sq0cgp-"+c.pick(gAlnum+"-_", 22))+`"}`).
				resp("application/json", `{"access_token":"`+c.secret("Square access token (EAAA)", "EAAA"+c.pick(gAlnum+"-_", 60))+`","token_type":"bearer",`+c.decoy(`"expires_at":"2026-12-22T10:15:00Z"`)+`,"merchant_id":"`+c.decoy("ML"+c.u21Upper(11))+`","refresh_token":"`+c.secret("Square refresh token (EQAA)", "EQAA"+c.pick(gAlnum+"-_", 60))+`"}`)
			c.get("https://connect.squareup.com/v2/locations").rh("Square-Version", c.decoy("2026-10-16")).
				resp("application/json", `{"locations":[{"id":"`+c.decoy("L"+c.u21Upper(12))+`","name":"Harbour Grill Oriente","status":"ACTIVE","currency":"EUR"}]}`)
		}},
		{cat, "shippo-live-token-header", func(c *gcase) {
			c.get("https://api.goshippo.com/shipments/?results=25&"+c.decoy("object_created_gt=2026-11-01T00:00:00")).
				rh("Authorization", "ShippoToken "+c.secret("ShippoToken shippo_live_", "shippo_live_"+c.hexs(40)), "Shippo-API-Version", c.decoy("2018-02-08")).
				resp("application/json", `{"next":null,"results":[{"object_id":"`+c.decoy(c.hexs(32))+`","status":"SUCCESS",`+c.decoy(`"carrier_accounts":[]`)+`}]}`)
		}},
		{cat, "easypost-basic-with-ezak-key", func(c *gcase) {
			c.post("https://api.easypost.com/v2/trackers", "application/json", `{"tracker":{"tracking_code":"`+c.decoy("9400111899223197428490")+`","carrier":"USPS"}}`).
				rh("Authorization", u21Basic(c.secret("EasyPost production key (EZAK) as Basic user", "EZAK"+c.pick(gLower+gDigits, 54)), "")).
				resp("application/json", `{"id":"`+c.decoy("trk_"+c.hexs(32))+`","object":"Tracker","mode":"production","status":"pre_transit",`+c.decoy(`"public_url":"https://track.easypost.com/djE6dHJrXzhh"`)+`}`)
		}},
		{cat, "ticketmaster-discovery-apikey-query", func(c *gcase) {
			c.get("https://app.ticketmaster.com/discovery/v2/events.json?"+c.decoy("venueId=KovZ9177Wj0")+"&size=20&apikey="+c.secret("Ticketmaster consumer key in apikey", c.alnum(32))).
				resp("application/json", `{"_embedded":{"events":[{"name":"Harbour Lights Festival","id":"`+c.decoy("Z698xZb_Z16v7ebAka")+`","url":"https://www.ticketmaster.pt/event/`+c.decoy("Z698xZb_Z16v7ebAka")+`"}]},"page":{"size":20,"totalElements":1}}`)
		}},
		{cat, "sendcloud-basic-public-and-secret-key", func(c *gcase) {
			c.post("https://panel.sendcloud.sc/api/v2/parcels", "application/json", `{"parcel":{"name":"Harbourline Returns","address":"Rua do Porto 12","city":"Lisboa","postal_code":"1990-094","country":"PT","request_label":true,"shipment":{"id":`+c.decoy("1044")+`}}}`).
				rh("Authorization", u21Basic(c.hexs(32), c.secret("Sendcloud secret key in Basic", c.hexs(32)))).
				resp("application/json", `{"parcel":{"id":`+c.decoy("228810044")+`,"tracking_number":"`+c.decoy("3SHLX"+c.u21Upper(10))+`","status":{"id":1000,"message":"Ready to send"}}}`)
		}},
		{cat, "travelport-uapi-basic-and-target-branch", func(c *gcase) {
			env := `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><air:LowFareSearchReq xmlns:air="http://www.travelport.com/schema/air_v52_0" ` + c.decoy(`TargetBranch="P7004130"`) + ` TraceId="` + c.decoy(c.uuid()) + `" AuthorizedBy="HARBOURLINE"><com:BillingPointOfSaleInfo xmlns:com="http://www.travelport.com/schema/common_v52_0" OriginApplication="UAPI"/></air:LowFareSearchReq></soapenv:Body></soapenv:Envelope>`
			c.post("https://emea.universal-api.travelport.com/B2BGateway/connect/uAPI/AirService", "text/xml", env).
				rh("Authorization", u21Basic("Universal API/uAPI"+c.digits(10)+"-"+c.hexs(8), c.secret("Travelport uAPI password in Basic", c.pick(gAlnum+"{}-=&", 18))), "SOAPAction", "")
		}},
		{cat, "twilio-guest-sms-sid-and-auth-token", func(c *gcase) {
			sid := c.decoy("AC" + c.hexs(32))
			c.post("https://api.twilio.com/2010-04-01/Accounts/"+sid+"/Messages.json", "application/x-www-form-urlencoded", "To=%2B351912345678&From=%2B351300500123&Body=Your+room+is+ready").
				rh("Authorization", u21Basic(sid, c.secret("Twilio auth token in Basic", c.hexs(32)))).
				resp("application/json", `{"sid":"`+c.decoy("SM"+c.hexs(32))+`","status":"queued",`+c.decoy(`"api_version":"2010-04-01"`)+`}`).code(201)
			c.post("https://conversations.twilio.com/v1/Conversations", "application/x-www-form-urlencoded", "FriendlyName=Room+412").
				rh("Authorization", u21Basic("SK"+c.hexs(32), c.secret("Twilio API key secret in Basic", c.alnum(32))))
		}},
		{cat, "mapbox-secret-token-route-planner-admin", func(c *gcase) {
			c.get("https://api.mapbox.com/tokens/v2/harbourline?access_token="+c.secret("Mapbox secret token (sk.)", "sk.eyJ1IjoiaGFyYm91cmxpbmUiLCJhIjoi"+c.pick(gLower+gDigits, 25)+"In0."+c.b64u(16))).
				resp("application/json", `[{"id":"`+c.decoy("cjx"+c.pick(gLower+gDigits, 22))+`","usage":"pk","note":"driver app",`+c.decoy(`"scopes":["styles:tiles","styles:read","fonts:read"]`)+`}]`)
		}},
		{cat, "uber-eats-client-credentials-token", func(c *gcase) {
			c.post("https://auth.uber.com/oauth/v2/token", "application/x-www-form-urlencoded",
				"client_id="+c.b64u(24)+"&client_secret="+c.secret("Uber client_secret", c.b64u(30))+"&grant_type=client_credentials&"+c.decoy("scope=eats.store+eats.order")).
				resp("application/json", `{"access_token":"`+c.secret("Uber access token (JA. prefix)", "JA."+c.b64u(180))+`","token_type":"Bearer",`+c.decoy(`"expires_in":2592000`)+`,"scope":"eats.store eats.order"}`)
		}},
		{cat, "odoo-api-key-basic-and-session-cookie", func(c *gcase) {
			c.post("https://erp.harbourline.example/web/session/authenticate", "application/json", `{"jsonrpc":"2.0","params":{"db":"harbourline-prod","login":"warehouse@harbourline.example","password":"`+c.secret("Odoo login password", c.u21Pw())+`"}}`).
				sh("Set-Cookie", "session_id="+c.secret("Odoo session_id cookie", c.hexs(40))+"; Expires=Sat, 21 Feb 2027 10:15:00 GMT; HttpOnly; Path=/").
				resp("application/json", `{"jsonrpc":"2.0","id":null,"result":{"uid":7,`+c.decoy(`"server_version":"17.0+e"`)+`,"user_context":{"lang":"pt_PT","tz":"Europe/Lisbon"}}}`)
		}},
		{cat, "shopify-fulfillment-app-admin-token", func(c *gcase) {
			c.post("https://harbourline-store.myshopify.com/admin/api/2026-10/fulfillment_orders/"+c.decoy("6128833904771")+"/fulfillments.json", "application/json", `{"fulfillment":{"notify_customer":true,"tracking_info":{"number":"1Z`+c.u21Upper(16)+`","company":"UPS"}}}`).
				rh("X-Shopify-Access-Token", c.secret("X-Shopify-Access-Token (shpat_)", "shpat_"+c.hexs(32)), "X-Request-Id", c.decoy(c.uuid())).
				sh("X-Shopify-API-Version", c.decoy("2026-10"))
			c.post("https://wms.harbourline.example/api/apps/shopify", "application/json", `{"shop":"`+c.decoy("harbourline-store.myshopify.com")+`","apiSecret":"`+c.secret("Shopify shared secret (shpss_)", "shpss_"+c.hexs(32))+`"}`)
		}},
		{cat, "sendgrid-booking-confirmation-mailer", func(c *gcase) {
			c.post("https://api.sendgrid.com/v3/mail/send", "application/json",
				`{"from":{"email":"reservations@harbourline.example"},"personalizations":[{"to":[{"email":"`+c.secret("recipient e-mail", "g.fairweather"+c.digits(2)+"@outlook.example")+`"}]}],`+c.decoy(`"template_id":"d-`+c.hexs(32)+`"`)+`}`).
				rh("Authorization", "Bearer "+c.secret("SendGrid API key (SG.)", "SG."+c.b64u(16)+"."+c.b64u(32))).code(202).sh("X-Message-Id", c.decoy(c.b64u(16)))
		}},
	}
}

// 9. Payment cards and the money flow.
func u21Cards() []gdef {
	const cat = "9.cards"
	return []gdef{
		{cat, "ota-hotel-res-guarantee-payment-card", func(c *gcase) {
			pan := c.secret("PaymentCard CardNumber attribute (Visa)", c.card("414720", 16))
			body := `<OTA_HotelResRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="2.001" ResStatus="Commit"><HotelReservations><HotelReservation><RoomStays><RoomStay><Guarantee GuaranteeType="CC/DC/Voucher"><GuaranteesAccepted><GuaranteeAccepted><PaymentCard CardCode="VI" CardNumber="` + pan +
				`" ExpireDate="1228"><CardHolderName>` + c.secret("CardHolderName", "Evangeline Marchetti") + `</CardHolderName></PaymentCard></GuaranteeAccepted></GuaranteesAccepted></Guarantee><BasicPropertyInfo HotelCode="LISBAI"/></RoomStay></RoomStays>` +
				`<ResGlobalInfo><HotelReservationIDs><HotelReservationID ResID_Type="14" ResID_Value="` + c.decoy(c.nonLuhn(16)) + `"/></HotelReservationIDs></ResGlobalInfo></HotelReservation></HotelReservations></OTA_HotelResRQ>`
			c.post("https://booking.harbourline.example/ota/HotelRes", "text/xml", body).resp("text/xml", `<OTA_HotelResRS Version="2.001"><Success/><HotelReservations><HotelReservation><UniqueID Type="14" `+c.decoy(`ID="HLX-20261122-0419"`)+`/></HotelReservation></HotelReservations></OTA_HotelResRS>`)
		}},
		{cat, "ndc-order-create-payment-card-and-ticket-numbers", func(c *gcase) {
			pan := c.secret("NDC PaymentCard CardNumber (Mastercard)", c.card("545721", 16))
			c.post("https://ndc.harbourline-air.example/ndc/21.3/OrderCreate", "application/xml",
				`<IATA_OrderCreateRQ xmlns="http://www.iata.org/IATA/2015/EASD/00/IATA_OffersAndOrdersMessage"><PayloadAttributes><`+c.decoy(`CorrelationID>`+c.uuid()+`</CorrelationID`)+`><VersionNumber>21.3</VersionNumber></PayloadAttributes><Request><PaymentFunctions><PaymentProcessingDetails><PaymentMethod><PaymentCard><CardBrandCode>MC</CardBrandCode><CardNumber>`+pan+
					`</CardNumber><ExpirationDate>1229</ExpirationDate></PaymentCard></PaymentMethod><Amount CurCode="EUR">236.80</Amount></PaymentProcessingDetails></PaymentFunctions></Request></IATA_OrderCreateRQ>`).
				resp("application/xml", `<IATA_OrderViewRS><Response><Order><OrderID>`+c.decoy("HLX"+c.digits(9))+`</OrderID></Order><TicketDocInfo><TicketDocument><TicketDocNbr>`+c.decoy("047"+c.nonLuhn(10))+`</TicketDocNbr><Type>T</Type></TicketDocument></TicketDocInfo></Response></IATA_OrderViewRS>`)
		}},
		{cat, "booking-virtual-card-reveal-in-pms", func(c *gcase) {
			c.get("https://pms.harbourline.example/api/reservations/"+c.decoy("4471903385")+"/virtual-card").resp("application/json",
				`{"card":{"number":"`+c.secret("virtual card number (Mastercard 2-series)", c.card("222300", 16))+`","cvc":"`+c.digits(3)+`","expiry":"2027-01",`+c.decoy(`"activationDate":"2026-12-04"`)+`,`+c.decoy(`"balance":"412.80"`)+`,"currency":"EUR"},"provider":"Booking.com Payments"}`)
		}},
		{cat, "toast-gift-card-balance-lookup", func(c *gcase) {
			c.post("https://ws-api.toasttab.com/stored-value/v1/balance", "application/json",
				`{"cardNumber":"`+c.secret("gift card number (19 digits)", "6000"+c.digits(15))+`",`+c.decoy(`"checkGuid":"`+c.uuid()+`"`)+`}`).rh("Toast-Restaurant-External-ID", c.decoy(c.uuid())).
				resp("application/json", `{"balance":{"amount":25.0,"currency":"EUR"},"status":"ACTIVE"}`)
		}},
		{cat, "square-web-payments-nonce-and-verification", func(c *gcase) {
			c.post("https://connect.squareup.com/v2/payments", "application/json",
				`{"source_id":"`+c.secret("card nonce source_id (cnon:)", "cnon:"+c.pick(gAlnum+"-_", 26))+`","verification_token":"`+c.secret("SCA verification_token (verf:)", "verf:"+c.pick(gAlnum+"-_", 44))+`",`+c.decoy(`"idempotency_key":"`+c.uuid()+`"`)+`,"amount_money":{"amount":4180,"currency":"EUR"},`+c.decoy(`"location_id":"L`+c.u21Upper(12)+`"`)+`}`).
				resp("application/json", `{"payment":{"id":"`+c.decoy(c.b64u(21))+`","status":"COMPLETED","card_details":{"card":{"card_brand":"VISA",`+c.decoy(`"last_4":"4817"`)+`,"exp_month":11,"exp_year":2028}}}}`)
		}},
		{cat, "pos-terminal-debug-log-track2", func(c *gcase) {
			pan := c.card("476173", 16)
			t2 := c.secret("track 2 equivalent data in a terminal log", ";"+pan+"=2812101"+c.digits(12)+"?")
			c.post("https://pos.harbourline.example/api/terminal/logs", "text/plain",
				c.decoy("2026-11-22 10:15:06.118 TID=HLX0412A")+" EMV fallback to MSR\n2026-11-22 10:15:06.240 RAW "+t2+"\n2026-11-22 10:15:07.002 RESP 00 APPROVED "+c.decoy("************"+pan[12:])+"\n")
		}},
		{cat, "parking-pay-card-in-query-string", func(c *gcase) {
			c.get("https://pay.harbourline-parking.example/pay?"+c.decoy("zone=4172")+"&duration=90&cc="+c.secret("card number in a query parameter", c.card("492181", 16))+"&exp=1228&"+c.decoy("amount=3.40")).
				resp("application/json", `{"ok":true,"session":"`+c.decoy("PS-"+c.digits(10))+`"}`)
		}},
		{cat, "amadeus-cryptic-form-of-payment", func(c *gcase) {
			pan := c.secret("card in an Amadeus cryptic FP entry (Amex)", c.card("374245", 15))
			c.post("https://nodeD1.production.webservices.amadeus.com/1ASIWHLXHLX", "text/xml",
				`<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><Command_Cryptic><messageAction><messageFunctionDetails><messageFunction>M</messageFunction></messageFunctionDetails></messageAction><longTextString><textStringDetails>FPCCAX`+pan+`/0929</textStringDetails></longTextString></Command_Cryptic></soapenv:Body></soapenv:Envelope>`).
				rh("SOAPAction", c.decoy("http://webservices.amadeus.com/HSFREQ_07_3_1A")).
				resp("text/xml", `<Command_CrypticReply><longTextString><textStringDetails>`+c.decoy("/$RP/LISHL28AA/LISHL28AA            AA/SU  22NOV26/1015Z   5XK2QH")+`</textStringDetails></longTextString></Command_CrypticReply>`)
		}},
		{cat, "booking-engine-payment-intent-client-secret", func(c *gcase) {
			c.post("https://booking.harbourline.example/api/checkout/intent", "application/json", `{"stay":"`+c.decoy("HLX-Q-88120")+`","currency":"EUR"}`).
				resp("application/json", `{"clientSecret":"`+c.secret("PaymentIntent client secret", "pi_3Q"+c.alnum(22)+"_secret_"+c.alnum(25))+`",`+c.decoy(`"amount":41280`)+`,`+c.decoy(`"publishableKeyId":"acct_1Q8xHarbour"`)+`}`)
		}},
		{cat, "shipping-manifest-numbers-and-card-in-notes", func(c *gcase) {
			pan := c.secret("card number in delivery notes prose", c.card("453214", 16))
			c.post("https://wms.harbourline.example/api/manifests", "application/json",
				`{"manifest":"`+c.decoy("MF-20261122-03")+`","parcels":[{"sscc":"`+c.decoy(c.nonLuhn(18))+`","gtin":"`+c.decoy(c.nonLuhn(14))+`","fedexTracking":"`+c.decoy(c.nonLuhn(15))+`","invoice":"`+c.decoy(c.nonLuhn(13))+`",`+
					`"notes":"Consignee asked to pay duties by card `+pan+` exp 12/28, please call first"}]}`)
		}},
		{cat, "seat-purchase-card-with-spaces", func(c *gcase) {
			pan := c.card("455673", 16)
			c.post("https://checkin.harbourline-air.example/api/ancillaries/seat/pay", "application/json",
				`{"seat":"`+c.decoy("14C")+`","segment":"`+c.decoy("TP1347-20261214")+`","payment":{"pan":"`+c.secret("card number grouped by spaces", gGroup4(pan, " "))+`","expiry":"08/29","holder":"`+c.secret("card holder name", "Cornelius Abernathy")+`"},`+c.decoy(`"priceEUR":"24.00"`)+`}`)
		}},
		{cat, "hotel-deposit-form-card-and-encrypted-blob", func(c *gcase) {
			c.post("https://pay.harbourline.example/deposit/submit", "application/x-www-form-urlencoded",
				c.decoy("merchantId=1100041203")+"&amount=15000&currency=EUR&cardno="+c.secret("cardno form field (Visa)", c.card("431940", 16))+"&expm=04&expy=2029&"+c.decoy("refno=HLX-DEP-"+c.digits(8))).
				resp("application/json", `{"status":"authorized",`+c.decoy(`"transactionId":"`+c.nonLuhn(16)+`"`)+`}`)
			c.post("https://pay.harbourline.example/deposit/submit-encrypted", "application/json",
				`{"paymentMethod":{"type":"scheme","encryptedCardNumber":"`+c.secret("Adyen encryptedCardNumber", "adyenjs_0_1_25$"+c.pick(gAlnum+"+/", 340)+"=")+`","encryptedExpiryMonth":"adyenjs_0_1_25$`+c.pick(gAlnum+"+/", 100)+`"},`+c.decoy(`"reference":"HLX-DEP-20261122-7"`)+`}`)
		}},
		{cat, "fleet-fuel-card-on-toll-portal", func(c *gcase) {
			c.post("https://tolls.harbourline-fleet.example/api/vehicles/"+c.decoy("VAN-LIS-22")+"/payment", "application/json",
				`{"method":"fuelcard","fuelCard":{"number":"`+c.secret("fleet fuel card number (WEX, 19 digits)", c.card("690046", 19))+`","driverPrompt":"odometer"},"transponder":"`+c.decoy(c.nonLuhn(12))+`",`+c.decoy(`"class":"Classe 2"`)+`}`)
		}},
	}
}

// 10. Personal data (pseudonymised) beside public values.
func u21Personal() []gdef {
	const cat = "10.personal"
	return []gdef{
		{cat, "mews-reservation-customer", func(c *gcase) {
			c.post("https://api.mews.com/api/connector/v1/customers/getAll", "application/json", `{"ClientToken":"`+c.secret("Mews ClientToken", c.u21HexU(32)+"-"+c.u21HexU(31))+`","AccessToken":"`+c.secret("Mews AccessToken", c.u21HexU(32)+"-"+c.u21HexU(31))+`","Client":"Harbourline CRM 1.2","CustomerIds":["`+c.decoy(c.uuid())+`"]}`).
				resp("application/json", `{"Customers":[{"Id":"`+c.decoy(c.uuid())+`","FirstName":"`+c.secret("Customers[].FirstName", "Annelise")+`","LastName":"`+c.secret("Customers[].LastName", "Lindqvist-Hale")+`","Email":"`+c.secret("Customers[].Email", "annelise.lh"+c.digits(2)+"@telia.example")+`","Phone":"`+
					c.secret("Customers[].Phone", "+46 70 "+c.digits(3)+" "+c.digits(2)+" "+c.digits(2))+`",`+c.decoy(`"LanguageCode":"sv-SE"`)+`,`+c.decoy(`"Classifications":["Returning","Cashlist"]`)+`,"CreatedUtc":"2024-06-02T09:12:44Z"}]}`)
		}},
		{cat, "web-checkin-bcbp-boarding-pass", func(c *gcase) {
			pnr := c.u21Upper(6)
			bcbp := "M1" + c.secret("BCBP passenger name element", "VANDERSLOOT/ROSALIND") + "E" + pnr + " LISFNCTP 1347 348Y014C0042 100"
			c.post("https://checkin.harbourline-air.example/api/boardingpass", "application/json", `{"recordLocator":"`+pnr+`","lastName":"`+c.secret("lastName in the check-in request", "Vandersloot")+`"}`).
				resp("application/json", `{"passenger":{"givenName":"`+c.secret("passenger.givenName", "Rosalind")+`","surname":"Vandersloot"},"flight":{`+c.decoy(`"number":"TP1347"`)+`,`+c.decoy(`"seat":"14C"`)+`,"gate":"12"},"barcode":"`+bcbp+`",`+c.decoy(`"barcodeFormat":"PDF417"`)+`}`)
		}},
		{cat, "apis-travel-document-details", func(c *gcase) {
			c.post("https://checkin.harbourline-air.example/api/apis", "application/json",
				`{"travellers":[{"firstName":"`+c.secret("APIS firstName", "Leonor-Maria")+`","lastName":"`+c.secret("APIS lastName", "Albuquerque")+`","dateOfBirth":"`+c.secret("APIS dateOfBirth", "1988-03-02")+`","email":"`+c.secret("APIS email", "leonor.albuq"+c.digits(2)+"@sapo.example")+`","document":{`+c.decoy(`"type":"P"`)+`,"number":"`+
					c.secret("passport number", "C"+c.u21Upper(8))+`",`+c.decoy(`"nationality":"PRT"`)+`,"expiry":"2031-05-18"}}],`+c.decoy(`"segment":"TP1347-20261214"`)+`}`)
		}},
		{cat, "cdn-trace-and-geo-echo-user-ip", func(c *gcase) {
			ip := c.secret("the user's public IP (trace ip=, geo echo)", "89.204.137."+c.digits(2))
			c.get("https://booking.harbourline.example/cdn-cgi/trace").resp("text/plain", c.decoy("fl="+c.digits(3)+"f"+c.digits(2))+"\nh=booking.harbourline.example\nip="+ip+"\nts=1732270506.412\nvisit_scheme=https\nuag=Mozilla/5.0\n"+c.decoy("colo=LIS")+"\nsliver=none\nhttp=http/2\nloc=PT\n"+c.decoy("tls=TLSv1.3")+"\nsni=plaintext\nwarp=off\n").
				set("serverIPAddress", c.decoy("104.18.32.47"))
			c.get("https://booking.harbourline.example/api/geo").resp("application/json", `{"clientIp":"`+ip+`","country":"PT",`+c.decoy(`"edge":"LIS-2"`)+`,"currencyHint":"EUR"}`).set("serverIPAddress", "104.18.32.47")
		}},
		{cat, "servicetitan-customer-and-technician", func(c *gcase) {
			c.get("https://api.servicetitan.io/crm/v2/tenant/1188204573/customers/"+c.decoy("77120345")).resp("application/json",
				`{"id":77120345,"name":"`+c.secret("customer name", "Margarethe Holloway")+`","type":"Residential","contacts":[{"type":"Email","value":"`+c.secret("contact Email value", "m.holloway"+c.digits(2)+"@comcast.example")+`"},{"type":"MobilePhone","value":"`+c.secret("contact MobilePhone value", "+1 503 "+c.digits(3)+" "+c.digits(4))+`"}],`+
					c.decoy(`"businessUnit":"HVAC Residential"`)+`,"technician":{"id":41120,"name":"`+c.secret("technician name", "Dwayne Kowalczyk")+`"},`+c.decoy(`"jobType":"Maintenance - 2 system"`)+`}`)
		}},
		{cat, "dice-order-confirmation-holder", func(c *gcase) {
			c.get("https://api.harbourline-events.example/v2/orders/"+c.decoy("ord_7Qk2x9")).resp("application/json",
				`{"order":{"id":"ord_7Qk2x9","holder":{"fullName":"`+c.secret("holder.fullName", "Ines Carvalhal")+`","email":"`+c.secret("holder.email", "ines.carvalhal"+c.digits(2)+"@gmail.example")+`","phone":"`+c.secret("holder.phone", "+351 91"+c.digits(1)+" "+c.digits(3)+" "+c.digits(3))+`"},"event":{`+
					c.decoy(`"name":"Harbour Lights Festival"`)+`,`+c.decoy(`"venue":"Lisboa ao Vivo"`)+`,`+c.decoy(`"doors":"2026-12-12T20:00:00+00:00"`)+`}}}`)
		}},
		{cat, "utility-portal-meter-reading", func(c *gcase) {
			c.post("https://my.harbourline-energy.example/api/meter-readings", "application/json", `{"meter":"`+c.decoy("E-MTR-00441209")+`","reading":48213.4,"unit":"kWh","source":"customer"}`).
				resp("application/json", `{"accountHolder":{"name":"`+c.secret("accountHolder.name", "Siobhan Gallagher")+`","email":"`+c.secret("accountHolder.email", "siobhan.g"+c.digits(3)+"@eircom.example")+`","phone":"`+c.secret("accountHolder.phone", "+353 87 "+c.digits(3)+" "+c.digits(4))+`"},`+
					c.decoy(`"tariff":"Home Electric+ (24h)"`)+`,`+c.decoy(`"estimatedBill":"118.42"`)+`,`+c.decoy(`"portalVersion":"5.2.1"`)+`}`)
		}},
		{cat, "rental-driver-profile", func(c *gcase) {
			c.req("PUT", "https://www.harbourline-rent.example/api/bookings/"+c.decoy("HR-LIS-448120")+"/driver", "application/json",
				`{"driver":{"firstName":"`+c.secret("driver.firstName", "Bartholomew")+`","lastName":"`+c.secret("driver.lastName", "Achterberg")+`","dateOfBirth":"`+c.secret("driver.dateOfBirth", "1979-11-30")+`","email":"`+c.secret("driver.email", "b.achterberg"+c.digits(2)+"@ziggo.example")+`","licence":{"number":"`+
					c.secret("driving licence number", "ACHTE711309B"+c.u21Upper(4))+`","country":"GB"}},`+c.decoy(`"vehicleClass":"CDMR"`)+`,`+c.decoy(`"pickup":"LIS T1 2026-12-14T09:00"`)+`}`)
		}},
		{cat, "field-service-appointment-prose-phone", func(c *gcase) {
			ph := c.secret("phone number in appointment prose", "+44 7700 9"+c.digits(5))
			c.get("https://harbourline.my.salesforce.com/services/data/v62.0/sobjects/ServiceAppointment/08p"+c.alnum(12)).resp("application/json",
				`{"attributes":{"type":"ServiceAppointment"},`+c.decoy(`"AppointmentNumber":"SA-00921"`)+`,"Description":"Call `+ph+` on arrival, parking at the rear. Boiler is a Worcester 30i.",`+c.decoy(`"WorkTypeId":"08q5e000000XaP2AAK"`)+`,"Status":"Dispatched"}`)
		}},
		{cat, "airbnb-thread-guest-profile", func(c *gcase) {
			c.get("https://www.airbnb.com/api/v3/ViaductThread?operationName=ViaductThread&locale=en").resp("application/json",
				`{"data":{"thread":{"participants":[{"role":"guest","firstName":"`+c.secret("guest firstName", "Wilhelmina")+`","phoneNumber":"`+c.secret("guest phoneNumber", "+49 151 "+c.digits(8))+`","email":"`+c.secret("guest relay email", c.pick(gLower+gDigits, 14)+"@guest.airbnb.com")+`"}],`+
					c.decoy(`"listingName":"Loft by the river, Alfama"`)+`,`+c.decoy(`"listingId":"51221088"`)+`}}}`)
		}},
		{cat, "delivery-order-customer-and-courier", func(c *gcase) {
			c.get("https://restaurant-hub.harbourline-eats.example/api/orders/"+c.decoy("gb:9f31c2aa0b7d4e15")).resp("application/json",
				`{"customer":{"firstName":"Tomasz","lastName":"`+c.secret("customer.lastName", "Wiśniewski-Lopes")+`","phone":"`+c.secret("customer.phone", "+351 93"+c.digits(1)+" "+c.digits(3)+" "+c.digits(3))+`"},"courier":{"name":"`+c.secret("courier.name", "Aurelio Fontaine")+`",`+c.decoy(`"vehicle":"bicycle"`)+`},`+c.decoy(`"status":"COURIER_ASSIGNED"`)+`,`+c.decoy(`"prepTimeMinutes":12`)+`}`)
		}},
	}
}
