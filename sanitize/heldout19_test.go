package sanitize

// A nineteenth held-out corpus for "Detection that generalizes", written
// without reading the engine and kept distinct from the earlier corpora:
// devices, home and network appliances, telecom, vehicles and games. Router
// and Wi-Fi admin UIs (UniFi Network wlanconf, MikroTik RouterOS REST, ASUS
// login.cgi, Netgear SOAP, Freebox OS, Orange Livebox, Huawei HiLink, Telekom
// Speedport, OPNsense API keys), NAS and servers (Proxmox VE API tokens,
// Unraid, HPE iLO, ESXi host client), cameras and NVRs (Dahua RPC2, Axis
// VAPIX, Hikvision wireless ISAPI, ONVIF, Frigate, Blue Iris), smart home
// and IoT (Home Assistant, Hue API v2, Shelly Gen2 RPC and KVS, Tasmota,
// ESPHome, Zigbee2MQTT, Node-RED, SmartThings, Tuya, Adafruit IO, Particle),
// TR-069 (GenieACS, CWMP), telecom and VoIP (SIP over WebSocket with Digest
// REGISTER, JsSIP config, FreePBX, 3CX provisioning, Twilio Voice, Telnyx,
// Plivo, carrier self-care portals with eSIM LPA codes and PUKs), vehicles
// and EV (Tesla owner and Fleet APIs, OCPP 1.6 and 2.0.1 websockets,
// charging apps, Geotab and fleet telematics), and games and streaming
// (Steam, Epic, Xbox XSTS, PlayStation npsso, Ubisoft, Riot, Roblox, Twitch,
// OBS websocket, Discord, Pterodactyl, AMP, Minecraft RCON), in the carriers
// these products use: JSON-RPC, XML/SOAP, HTML admin pages with inline
// scripts and hidden fields, form posts with hashed or encoded passwords,
// websockets (text and binary: MQTT, OCPP, SIP), SSE, config file text in
// bodies (wpa_supplicant, hostapd, OpenVPN with inline keys, WireGuard,
// secrets.yaml, server.properties) and base64 backups. It reuses the
// harness of generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"net/url"
	"strings"
	"testing"
)

func TestHeldout19Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 19", "heldout19Open", heldout19Cases(), heldout19Open)
}

func TestHeldout19CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout19Cases())
}

func heldout19Cases() []gdef {
	return gCollect(u19Names, u19Pairs, u19Unnamed, u19Carriers, u19Carriers2, u19Exporters, u19Everywhere, u19GraphQL, u19Vendors, u19Cards, u19Personal)
}

// u19Pw is a realistic human password: a word, digits, a symbol, a word.
func (c *gcase) u19Pw() string {
	words := []string{"Router", "Gamer", "Falcon", "Pixel", "Tesla", "Voyager", "Nimbus", "Raptor", "Harbor", "Meadow", "Rocket", "Summit", "Walnut", "Zephyr", "Copper", "Ember"}
	syms := "!#$%*+-=?@_~"
	return words[c.rng.IntN(len(words))] + c.digits(2+c.rng.IntN(3)) + string(syms[c.rng.IntN(len(syms))]) + strings.ToLower(words[c.rng.IntN(len(words))])
}

// u19Part is one multipart/form-data part.
func u19Part(b, name, extra, body string) string {
	return "--" + b + "\r\nContent-Disposition: form-data; name=\"" + name + "\"" + extra + "\r\n\r\n" + body + "\r\n"
}

// u19WGKey is a WireGuard key: base64 of 32 bytes.
func (c *gcase) u19WGKey() string { return c.b64s(32) }

// u19Hex upper-case hex.
func (c *gcase) u19HEX(n int) string { return strings.ToUpper(c.hexs(n)) }

// 1. Names as these products spell them.
func u19Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "unifi-wlanconf-x-passphrase", func(c *gcase) {
			id := c.hexs(24)
			c.req("PUT", "https://unifi.acme.example/proxy/network/api/s/default/rest/wlanconf/"+id, "application/json",
				`{"_id":"`+id+`","name":"Acme-Staff","enabled":true,"security":"wpapsk","wpa_mode":"wpa2","wpa_enc":"ccmp","x_passphrase":"`+c.secret("wlanconf x_passphrase", c.u19Pw())+`","x_iapp_key":"`+
					c.secret("wlanconf x_iapp_key (802.11r key)", c.hexs(32))+`",`+c.decoy(`"wlan_band":"both"`)+`,`+c.decoy(`"networkconf_id":"`+c.hexs(24)+`"`)+`,`+c.decoy(`"dtim_mode":"default"`)+`}`).
				rh("X-Csrf-Token", c.secret("X-Csrf-Token header (UniFi OS)", c.uuid())).
				resp("application/json", `{"meta":{"rc":"ok"},"data":[{"_id":"`+id+`","site_id":"`+c.decoy(c.hexs(24))+`","x_passphrase":"`+c.secret("wlanconf x_passphrase echoed after change", c.u19Pw())+`"}]}`)
		}},
		{cat, "mikrotik-rest-hyphenated-keys", func(c *gcase) {
			basic := gB64("admin:" + c.secret("RouterOS REST basic auth password", c.u19Pw()))
			c.req("PUT", "https://192.168.88.1/rest/user", "application/json", `{"name":"noc","group":"full","password":"`+c.secret("/rest/user password", c.u19Pw())+`"}`).
				rh("Authorization", "Basic "+basic).resp("application/json", `{`+c.decoy(`".id":"*3"`)+`,"name":"noc",`+c.decoy(`"group":"full"`)+`,"disabled":"false"}`).code(201)
			c.get("https://192.168.88.1/rest/interface/wireguard").rh("Authorization", "Basic "+basic).
				resp("application/json", `[{".id":"*8","name":"wg-site","listen-port":"13231","mtu":"1420","private-key":"`+c.secret("wireguard private-key", c.u19WGKey())+`",`+c.decoy(`"public-key":"`+c.u19WGKey()+`"`)+`,"running":"true"}]`)
			c.get("https://192.168.88.1/rest/ip/hotspot/user?server=hs-lobby").rh("Authorization", "Basic "+basic).
				resp("application/json", `[{".id":"*1","name":"lobby-guest","password":"`+c.secret("hotspot user password", c.alnum(10))+`",`+c.decoy(`"limit-uptime":"1d00:00:00"`)+`,"profile":"guests"}]`)
		}},
		{cat, "asus-login-authorization-and-wl-psk", func(c *gcase) {
			pw := c.secret("login_authorization (base64 user:password)", c.u19Pw())
			c.post("http://router.asus.com/login.cgi", "application/x-www-form-urlencoded",
				"group_id=&action_mode=&action_script=&action_wait=5&"+c.decoy("current_page=Main_Login.asp")+"&next_page=index.asp&login_authorization="+url.QueryEscape(gB64("admin:"+pw))).
				sh("Set-Cookie", "asus_token="+c.secret("asus_token cookie", c.alnum(30))+"; HttpOnly;").resp("text/html", `<script>top.location.href='/index.asp';</script>`)
			c.post("http://router.asus.com/start_apply2.htm", "application/x-www-form-urlencoded",
				"productid=RT-AX88U&"+c.decoy("current_page=Advanced_Wireless_Content.asp")+"&action_mode=apply_new&wl_unit=0&wl0_ssid=Nimbus5G&wl0_auth_mode_x=psk2&wl0_wpa_psk="+url.QueryEscape(c.secret("wl0_wpa_psk form field", c.u19Pw()))+
					"&wl0_radius_key="+c.secret("wl0_radius_key form field", c.alnum(16))+"&"+c.decoy("wl0_crypto=aes")+"&"+c.decoy("firmver=3.0.0.4")).
				rh("Referer", "http://router.asus.com/Advanced_Wireless_Content.asp")
		}},
		{cat, "freebox-fbx-app-auth-session", func(c *gcase) {
			app := c.secret("Freebox app_token", c.b64s(48))
			c.post("http://mafreebox.freebox.fr/api/v8/login/authorize/", "application/json", `{"app_id":"fr.acme.monitor","app_name":"Acme Monitor","app_version":"1.4.0","device_name":"nas-salon"}`).
				resp("application/json", `{"success":true,"result":{"app_token":"`+app+`",`+c.decoy(`"track_id":57`)+`}}`)
			ch := c.pick(gAlnum, 32)
			c.get("http://mafreebox.freebox.fr/api/v8/login/").resp("application/json", `{"success":true,"result":{"logged_in":false,"challenge":"`+ch+`","password_salt":"`+c.pick(gAlnum, 32)+`"}}`)
			st := c.secret("Freebox session_token / X-Fbx-App-Auth", c.b64s(48))
			c.post("http://mafreebox.freebox.fr/api/v8/login/session/", "application/json", `{"app_id":"fr.acme.monitor","password":"`+c.secret("session password (HMAC-SHA1 of challenge)", c.hexs(40))+`"}`).
				resp("application/json", `{"success":true,"result":{"session_token":"`+st+`","challenge":"`+ch+`","permissions":{"settings":false,"downloader":true}}}`)
			c.get("http://mafreebox.freebox.fr/api/v8/connection/").rh("X-Fbx-App-Auth", st).resp("application/json", `{"success":true,"result":{"type":"ethernet","media":"ftth",`+c.decoy(`"rate_down":1250000`)+`,"state":"up"}}`)
		}},
		{cat, "livebox-x-context-sah-ws", func(c *gcase) {
			ctx := c.secret("Livebox contextID / X-Context header", c.b64s(36))
			c.post("http://192.168.1.1/ws", "application/x-sah-ws-4-call+json", `{"service":"sah.Device.Information","method":"createContext","parameters":{"applicationName":"webui","username":"admin","password":"`+c.secret("createContext password", c.u19Pw())+`"}}`).
				rh("Authorization", "X-Sah-Login").resp("application/json", `{"status":0,"data":{"contextID":"`+ctx+`","username":"admin","groups":"http,admin"}}`)
			c.post("http://192.168.1.1/ws", "application/x-sah-ws-4-call+json", `{"service":"NeMo.Intf.lan","method":"getMIBs","parameters":{"mibs":"wlanvap"}}`).rh("X-Context", ctx, "Authorization", "X-Sah "+ctx).
				resp("application/json", `{"status":{"wlanvap":{"wl0":{"SSID":"Livebox-8F2A","SecurityModeEnabled":"WPA2-Personal","KeyPassPhrase":"`+c.secret("wlanvap KeyPassPhrase", c.pick(gUpper+gDigits, 26))+`",`+c.decoy(`"Alias":"Livebox-8F2A-5GHz"`)+`,`+c.decoy(`"MaxAssociatedDevices":32`)+`}}}}`)
		}},
		{cat, "proxmox-pveapitoken-and-token-create", func(c *gcase) {
			val := c.secret("API token value (UUID)", c.uuid())
			c.post("https://pve1.acme.example:8006/api2/json/access/users/root@pam/token/grafana", "application/x-www-form-urlencoded", "privsep=1&"+c.decoy("comment=grafana+metrics")+"&expire=0").
				rh("CSRFPreventionToken", c.secret("CSRFPreventionToken header", strings.ToUpper(c.hexs(8))+":"+c.b64s(32)[:43])).
				resp("application/json", `{"data":{"full-tokenid":"root@pam!grafana","info":{`+c.decoy(`"privsep":"1"`)+`,"expire":"0"},"value":"`+val+`"}}`)
			c.get("https://pve1.acme.example:8006/api2/json/cluster/resources?type=vm").rh("Authorization", "PVEAPIToken=root@pam!grafana="+val).
				resp("application/json", `{"data":[{"id":"qemu/101","name":"ha-os","node":"pve1",`+c.decoy(`"maxmem":4294967296`)+`,"status":"running","vmid":101}]}`)
		}},
		{cat, "dahua-rpc2-login-session", func(c *gcase) {
			sess := c.secret("RPC2 session id", c.hexs(32))
			c.post("http://10.10.4.20/RPC2_Login", "application/json", `{"method":"global.login","params":{"userName":"admin","password":"","clientType":"Web3.0","loginType":"Direct"},"id":1}`).
				resp("application/json", `{"error":{"code":268632079,"message":"Component error: login challenge!"},"id":1,"params":{"authorization":"`+c.hexs(40)+`","encryption":"Default","mac":"`+c.decoy("3CEF8C112A4B")+`","random":"`+c.digits(9)+`","realm":"Login to 7J0456FPAZ1C2F3"},"result":false,"session":"`+sess+`"}`)
			c.post("http://10.10.4.20/RPC2_Login", "application/json", `{"method":"global.login","params":{"userName":"admin","password":"`+c.secret("global.login password (MD5 digest)", c.u19HEX(32))+`","clientType":"Web3.0","loginType":"Direct",`+c.decoy(`"authorityType":"Default"`)+`},"id":2,"session":"`+sess+`"}`).
				resp("application/json", `{"id":2,"params":{"keepAliveInterval":60},"result":true,"session":"`+sess+`"}`)
			c.post("http://10.10.4.20/RPC2", "application/json", `{"method":"configManager.getConfig","params":{"name":"Email"},"id":3,"session":"`+sess+`"}`).
				resp("application/json", `{"id":3,"params":{"table":{"Address":"smtp.acme.example","Port":587,"SslEnable":true,"UserName":"nvr-alerts","Password":"`+c.secret("Email config Password", c.u19Pw())+`"}},"result":true}`)
		}},
		{cat, "netgear-soap-wpa-passphrase", func(c *gcase) {
			c.post("http://routerlogin.net/soap/server_sa/", "text/xml; charset=utf-8",
				`<?xml version="1.0" encoding="utf-8" ?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><M1:SetWLANWPAPSKByPassphrase xmlns:M1="urn:NETGEAR-ROUTER:service:WLANConfiguration:1"><NewSSID>Orbi-Home</NewSSID><NewChannel>Auto</NewChannel><NewWirelessMode>600Mbps</NewWirelessMode><NewWPAEncryptionModes>WPA2-PSK</NewWPAEncryptionModes><NewWPAPassphrase>`+
					c.secret("NewWPAPassphrase SOAP element", c.u19Pw())+`</NewWPAPassphrase></M1:SetWLANWPAPSKByPassphrase></SOAP-ENV:Body></SOAP-ENV:Envelope>`).
				rh("SOAPAction", c.decoy("urn:NETGEAR-ROUTER:service:WLANConfiguration:1#SetWLANWPAPSKByPassphrase"), "Authorization", "Basic "+gB64("admin:"+c.secret("Netgear admin password (Basic)", c.u19Pw()))).
				resp("text/xml", `<soap-env:Envelope><soap-env:Body><m:SetWLANWPAPSKByPassphraseResponse xmlns:m="urn:NETGEAR-ROUTER:service:WLANConfiguration:1"></m:SetWLANWPAPSKByPassphraseResponse>`+c.decoy(`<ResponseCode>000</ResponseCode>`)+`</soap-env:Body></soap-env:Envelope>`)
		}},
		{cat, "ilo-json-login-session-key", func(c *gcase) {
			sk := c.secret("iLO session_key", c.hexs(32))
			c.post("https://ilo-srv07.acme.example/json/login_session", "application/json", `{"method":"login","user_login":"Administrator","password":"`+c.secret("iLO login password", c.u19Pw())+`"}`).
				resp("application/json", `{"session_key":"`+sk+`","user_name":"Administrator","user_account":"Administrator","user_dn":"","user_ip":"10.0.8.15",`+c.decoy(`"user_expires":"Nov 22 2026 10:45:03"`)+`,"login_priv":true,"remote_cons_priv":true}`)
			c.get("https://ilo-srv07.acme.example/json/host_power").rh("Cookie", "sessionKey="+sk, "X-Auth-Token", sk).resp("application/json", `{"hostpwr_state":"ON",`+c.decoy(`"power_regulator_mode":"dynamic"`)+`}`)
			c.post("https://ilo-srv07.acme.example/redfish/v1/AccountService/Accounts/", "application/json", `{"UserName":"monitor","Password":"`+c.secret("Redfish account Password", c.u19Pw())+`","Oem":{"Hpe":{"LoginName":"monitor","Privileges":{"LoginPriv":true}}}}`).
				rh("X-Auth-Token", sk).code(201).sh("Location", c.decoy("https://ilo-srv07.acme.example/redfish/v1/AccountService/Accounts/3/"))
		}},
		{cat, "huawei-hilink-wifiwpapsk-xml", func(c *gcase) {
			tok := c.secret("__RequestVerificationToken header", c.alnum(32))
			c.get("http://192.168.8.1/api/webserver/SesTokInfo").resp("text/xml", `<?xml version="1.0" encoding="UTF-8"?><response><SesInfo>SessionID=`+c.secret("SesInfo SessionID", c.alnum(128))+`</SesInfo><TokInfo>`+tok+`</TokInfo></response>`)
			c.post("http://192.168.8.1/api/wlan/security-settings", "application/x-www-form-urlencoded; charset=UTF-8",
				`<?xml version="1.0" encoding="UTF-8"?><request><WifiAuthmode>WPA2-PSK</WifiAuthmode><WifiBasicencryptionmodes>NONE</WifiBasicencryptionmodes><WifiWpaencryptionmodes>AES</WifiWpaencryptionmodes><WifiWepKey1>`+
					c.secret("WifiWepKey1", c.hexs(26))+`</WifiWepKey1><WifiWpapsk>`+c.secret("WifiWpapsk", c.u19Pw())+`</WifiWpapsk>`+c.decoy(`<WifiWpsmode>1</WifiWpsmode>`)+`</request>`).
				rh("__RequestVerificationToken", tok).resp("text/xml", `<?xml version="1.0" encoding="UTF-8"?><response>OK</response>`)
		}},
		{cat, "speedport-json-login-sha256", func(c *gcase) {
			chv := c.hexs(64)
			c.get("https://speedport.ip/html/login/index.html").resp("text/html", `<script>var challenge = "`+chv+`";`+c.decoy(`var firmware = "010137.5.2.000.0";`)+`</script>`)
			c.post("https://speedport.ip/data/Login.json", "application/x-www-form-urlencoded", "csrf_token=nulltoken&showpw=0&password="+c.secret("Login.json password (sha256 of challenge:pw)", c.hexs(64))+"&"+c.decoy("challengev="+chv)).
				resp("application/json", `[{"vartype":"status","varid":"login","varvalue":"success"},{"vartype":"value","varid":"challengev","varvalue":"`+chv+`"}]`).
				sh("Set-Cookie", "SessionID_R3="+c.secret("SessionID_R3 cookie", c.alnum(62))+"; path=/; HttpOnly")
			c.post("https://speedport.ip/data/Modules.json", "application/x-www-form-urlencoded", "csrf_token="+c.secret("Speedport csrf_token form field", c.alnum(32))+"&wlan_ssid=MagentaWLAN-3F2A&wlan_psk="+c.secret("wlan_psk (Kennwort)", c.u19Pw())+"&"+c.decoy("use_wlan=1"))
		}},
	}
}

// 2. Name/value pairs spelled as data.
func u19Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "ocpp16-configuration-key-list-ws", func(c *gcase) {
			ak := c.secret("configurationKey {key: AuthorizationKey, value}", c.u19HEX(40))
			e := c.get("wss://csms.chargeacme.example/ocpp/CP-AC22-0417").rh("Sec-WebSocket-Protocol", "ocpp1.6", "Authorization", "Basic "+gB64("CP-AC22-0417:"+ak)).code(101)
			e.wsMsg("receive", 1, `[2,"`+c.uuid()+`","GetConfiguration",{}]`)
			e.wsMsg("send", 1, `[3,"`+c.uuid()+`",{"configurationKey":[`+c.decoy(`{"key":"HeartbeatInterval","readonly":false,"value":"300"}`)+`,{"key":"AuthorizationKey","readonly":false,"value":"`+ak+`"},`+
				c.decoy(`{"key":"MeterValueSampleInterval","readonly":false,"value":"60"}`)+`,{"key":"CentralSystemPassword","readonly":false,"value":"`+c.secret("configurationKey {key: CentralSystemPassword, value}", c.u19Pw())+`"},`+
				c.decoy(`{"key":"SecurityProfile","readonly":false,"value":"2"}`)+`],"unknownKey":[]}]`)
			e.wsMsg("receive", 1, `[2,"`+c.uuid()+`","ChangeConfiguration",{"key":"AuthorizationKey","value":"`+c.secret("ChangeConfiguration {key: AuthorizationKey, value}", c.u19HEX(40))+`"}]`)
		}},
		{cat, "ocpp201-set-variables-basic-auth-password", func(c *gcase) {
			e := c.get("wss://csms.chargeacme.example/ocpp201/EVSE-DC150-0031").rh("Sec-WebSocket-Protocol", "ocpp2.0.1").code(101)
			mid := c.decoy(c.uuid())
			e.wsMsg("receive", 1, `[2,"`+mid+`","SetVariables",{"setVariableData":[{"attributeType":"Actual","attributeValue":"`+c.secret("setVariableData BasicAuthPassword attributeValue", c.alnum(24))+`","component":{"name":"SecurityCtrlr"},"variable":{"name":"BasicAuthPassword"}},`+
				c.decoy(`{"attributeType":"Actual","attributeValue":"300","component":{"name":"OCPPCommCtrlr"},"variable":{"name":"HeartbeatInterval"}}`)+`,{"attributeValue":"`+c.secret("setVariableData MqttPassword attributeValue", c.u19Pw())+`","component":{"name":"OCPPCommCtrlr"},"variable":{"name":"MqttPassword"}}]}]`)
			e.wsMsg("send", 1, `[3,"`+mid+`",{"setVariableResult":[{"attributeStatus":"Accepted","component":{"name":"SecurityCtrlr"},"variable":{"name":"BasicAuthPassword"}}]}]`)
		}},
		{cat, "genieacs-set-parameter-values-tuples", func(c *gcase) {
			dev := c.decoy("A4B1C2-HG8245Q2-48575443D3E2F1A9")
			c.post("http://acs.isp.example:7557/devices/"+dev+"/tasks?connection_request", "application/json",
				`{"name":"setParameterValues","parameterValues":[["InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.PreSharedKey.1.KeyPassphrase","`+c.secret("parameterValues [KeyPassphrase, S, xsd:string]", c.u19Pw())+`","xsd:string"],`+
					c.decoy(`["InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID","Fibra-7C21","xsd:string"]`)+`,["InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Password","`+c.secret("parameterValues [WANPPPConnection.Password, S]", c.alnum(12))+`","xsd:string"],`+
					`["InternetGatewayDevice.ManagementServer.ConnectionRequestPassword","`+c.secret("parameterValues [ConnectionRequestPassword, S]", c.alnum(20))+`","xsd:string"]]}`).
				resp("application/json", `{"_id":"`+c.decoy(c.hexs(24))+`","name":"setParameterValues","device":"`+dev+`",`+c.decoy(`"timestamp":"2026-11-22T10:15:01.402Z"`)+`}`)
		}},
		{cat, "tr069-cwmp-parameter-value-struct-soap", func(c *gcase) {
			c.post("http://acs.isp.example:7547/", "text/xml; charset=utf-8",
				`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cwmp="urn:dslforum-org:cwmp-1-0"><soap:Header><cwmp:ID soap:mustUnderstand="1">`+c.decoy("1732270501")+`</cwmp:ID></soap:Header><soap:Body><cwmp:GetParameterValuesResponse><ParameterList>`+
					c.decoy(`<ParameterValueStruct><Name>Device.DeviceInfo.SoftwareVersion</Name><Value xsi:type="xsd:string">V5R019C10S125</Value></ParameterValueStruct>`)+
					`<ParameterValueStruct><Name>Device.WiFi.AccessPoint.1.Security.KeyPassphrase</Name><Value xsi:type="xsd:string">`+c.secret("ParameterValueStruct Security.KeyPassphrase", c.u19Pw())+`</Value></ParameterValueStruct>`+
					`<ParameterValueStruct><Name>Device.Services.VoiceService.1.VoiceProfile.1.Line.1.SIP.AuthPassword</Name><Value xsi:type="xsd:string">`+c.secret("ParameterValueStruct SIP.AuthPassword", c.alnum(14))+`</Value></ParameterValueStruct>`+
					`</ParameterList></cwmp:GetParameterValuesResponse></soap:Body></soap:Envelope>`)
		}},
		{cat, "pterodactyl-startup-variables", func(c *gcase) {
			sid := c.decoy(c.hexs(8))
			c.get("https://panel.gamehost.example/api/client/servers/"+sid+"/startup").rh("Accept", "Application/vnd.pterodactyl.v1+json").
				resp("application/json", `{"object":"list","data":[{"object":"egg_variable","attributes":{"name":"RCON Password","description":"Password for remote console","env_variable":"RCON_PASS","default_value":"changeme","server_value":"`+
					c.secret("egg_variable {env_variable: RCON_PASS, server_value}", c.u19Pw())+`","is_editable":true,"rules":"required|string|max:64"}},`+
					c.decoy(`{"object":"egg_variable","attributes":{"name":"Server Version","description":"Minecraft version","env_variable":"MINECRAFT_VERSION","default_value":"latest","server_value":"1.21.3","is_editable":true,"rules":"required|string"}}`)+`],"meta":{"startup_command":"java -Xms128M -jar server.jar"}}`)
			c.req("PUT", "https://panel.gamehost.example/api/client/servers/"+sid+"/startup/variable", "application/json", `{"key":"STEAM_ACC","value":"`+c.secret("startup variable {key: STEAM_ACC, value} (GSLT)", c.u19HEX(32))+`"}`).
				rh("X-XSRF-TOKEN", c.secret("X-XSRF-TOKEN header", c.b64s(64)))
		}},
		{cat, "shelly-kvs-set-get-rpc", func(c *gcase) {
			c.post("http://192.168.1.47/rpc", "application/json", `{"id":1,"method":"KVS.Set","params":{"key":"tg_bot","value":"`+c.secret("KVS.Set {key: tg_bot, value}", c.digits(10)+":AA"+c.pick(gB64uAlpha, 33))+`"}}`).
				resp("application/json", `{"id":1,"src":"shellyplus1pm-a8032ab12c44","result":{`+c.decoy(`"etag":"`+c.b64u(18)+`"`)+`,"rev":41}}`)
			c.post("http://192.168.1.47/rpc", "application/json", `{"id":2,"method":"KVS.GetMany","params":{"match":"*"}}`).
				resp("application/json", `{"id":2,"result":{"items":{"tg_chat":{"etag":"`+c.b64u(18)+`","value":"-1002034567"},"hc_ping":{"etag":"`+c.b64u(18)+`","value":"`+"https://hc-ping.com/"+c.secret("KVS item hc_ping value (ping URL uuid)", c.uuid())+`"},`+
					c.decoy(`"threshold_w":{"etag":"Av9kLq2x","value":"2400"}`)+`}}}`)
		}},
		{cat, "amp-set-config-node-value", func(c *gcase) {
			sess := c.secret("AMP SESSIONID in body", c.uuid())
			c.post("https://amp.gamehost.example/API/Core/Login", "application/json", `{"username":"admin","password":"`+c.secret("AMP Core/Login password", c.u19Pw())+`","token":"","rememberMe":true}`).
				resp("application/json", `{"success":true,"permissions":["Core.*"],"sessionID":"`+sess+`","rememberMeToken":"`+c.secret("AMP rememberMeToken", c.b64s(96))+`","result":10}`)
			c.post("https://amp.gamehost.example/API/Core/SetConfig", "application/json", `{"node":"MinecraftModule.Minecraft.RconPassword","value":"`+c.secret("SetConfig {node: ...RconPassword, value}", c.u19Pw())+`","SESSIONID":"`+sess+`"}`).
				resp("application/json", `{"Status":true,"Reason":null}`)
			c.post("https://amp.gamehost.example/API/Core/SetConfig", "application/json", c.decoy(`{"node":"MinecraftModule.Minecraft.MaxPlayers","value":"40"`)+`,"SESSIONID":"`+sess+`"}`)
		}},
		{cat, "router-status-html-key-value-table", func(c *gcase) {
			html := `<table class="status"><tr><th>Parameter</th><th>Wert</th></tr>` + c.decoy(`<tr><td>Firmware</td><td>V2.18.01</td></tr>`) +
				`<tr><td>SSID (2,4 GHz)</td><td>Vodafone-A4C2</td></tr><tr><td>WLAN-Schlüssel (WPA2)</td><td>` + c.secret("table row WLAN-Schlüssel | S", c.u19Pw()) + `</td></tr>` +
				`<tr><td>PPPoE-Kennwort</td><td>` + c.secret("table row PPPoE-Kennwort | S", c.alnum(12)) + `</td></tr>` + c.decoy(`<tr><td>DSL-Sync</td><td>250000 / 40000 kbit/s</td></tr>`) +
				`<tr><td>WPS-PIN</td><td>` + c.secret("table row WPS-PIN | S (8 digits)", c.digits(8)) + `</td></tr></table>`
			c.get("http://192.168.0.1/html/status/overview.html").resp("text/html; charset=utf-8", html)
		}},
		{cat, "node-red-tab-env-list", func(c *gcase) {
			c.post("http://nodered.local:1880/flows", "application/json",
				`[{"id":"`+c.decoy(c.hexs(16))+`","type":"tab","label":"Solar","disabled":false,"env":[{"name":"SOLAX_TOKEN","value":"`+c.secret("tab env {name: SOLAX_TOKEN, value}", c.pick(gUpper+gDigits, 10)+c.pick(gLower, 6))+`","type":"str"},`+
					c.decoy(`{"name":"INVERTER_SN","value":"SXLA5C1F2R","type":"str"}`)+`,{"name":"PUSHOVER_KEY","value":"`+c.secret("tab env {name: PUSHOVER_KEY, value}", c.pick(gLower+gDigits, 30))+`","type":"cred"}]},`+
					`{"id":"`+c.hexs(16)+`","type":"mqtt-broker","name":"mosquitto","broker":"192.168.1.10","port":"1883","credentials":{"user":"nodered","password":"`+c.secret("mqtt-broker credentials.password", c.u19Pw())+`"}}]`).
				rh("Node-RED-API-Version", c.decoy("v2"), "Node-RED-Deployment-Type", "full", "Authorization", "Bearer "+c.secret("Node-RED admin bearer", c.b64s(96))).
				resp("application/json", `{"rev":"`+c.decoy(c.hexs(32))+`"}`)
		}},
		{cat, "home-assistant-application-credentials-list", func(c *gcase) {
			e := c.get("wss://ha.home.example/api/websocket").code(101)
			e.wsMsg("send", 1, `{"type":"auth","access_token":"`+c.secret("HA websocket auth access_token", c.hs256JWT(`{"iss":"`+c.hexs(32)+`","iat":1732270000,"exp":2047630000}`))+`"}`)
			e.wsMsg("receive", 1, `{"type":"auth_ok","ha_version":"2026.11.2"}`)
			e.wsMsg("send", 1, `{"id":14,"type":"application_credentials/list"}`)
			e.wsMsg("receive", 1, `{"id":14,"type":"result","success":true,"result":[{"id":"xbox_`+c.hexs(8)+`","domain":"xbox","client_id":"`+c.decoy(c.uuid())+`","client_secret":"`+c.secret("application_credentials client_secret", c.pick(gAlnum+"~._-", 40))+`",`+c.decoy(`"auth_domain":"xbox"`)+`}]}`)
			e.wsMsg("send", 1, `{"id":15,"type":"config_entries/flow","handler":"mqtt","show_advanced_options":true}`)
			e.wsMsg("send", 1, `{"id":16,"type":"config_entries/flow/configure","flow_id":"`+c.hexs(32)+`","user_input":[{"name":"broker","value":"core-mosquitto"},{"name":"password","value":"`+c.secret("user_input [{name: password, value}]", c.u19Pw())+`"}]}`)
		}},
	}
}

// 3. Credentials without a telling name.
func u19Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "discord-webhook-url-in-notifier-config", func(c *gcase) {
			wid := c.decoy(c.nonLuhn(19))
			tok := c.secret("Discord webhook token in URL path", c.pick(gB64uAlpha, 68))
			c.post("https://ha.home.example/api/config/automation/config/garage_open", "application/json",
				`{"id":"garage_open","alias":"Garage left open","trigger":[{"platform":"state","entity_id":"cover.garage","to":"open","for":"00:15:00"}],"action":[{"service":"rest_command.discord","data":{"url":"https://discord.com/api/webhooks/`+wid+`/`+tok+`","content":"Garage is still open"}}]}`)
			c.post("https://discord.com/api/webhooks/"+wid+"/"+tok+"?wait=true", "application/json", `{"content":"Garage is still open","username":"Home Assistant"}`).
				resp("application/json", `{"id":"`+c.decoy(c.nonLuhn(19))+`","type":0,"channel_id":"`+c.decoy(c.nonLuhn(19))+`","webhook_id":"`+wid+`"}`)
		}},
		{cat, "ha-mobile-app-webhook-id-path", func(c *gcase) {
			wh := c.secret("mobile_app webhook_id (64 hex, then in path)", c.hexs(64))
			ch := c.secret("cloudhook token in URL path", c.hexs(64))
			c.post("https://ha.home.example/api/mobile_app/registrations", "application/json", `{"app_id":"io.robbie.HomeAssistant","app_name":"Home Assistant","app_version":"2026.11.1","device_name":"Pixel 9","manufacturer":"Google","model":"Pixel 9","os_name":"Android","os_version":"15","supports_encryption":true}`).
				rh("Authorization", "Bearer "+c.secret("HA bearer (long-lived token)", c.hs256JWT(`{"iss":"`+c.hexs(32)+`","iat":1732270000,"exp":2047630000}`))).
				resp("application/json", `{"cloudhook_url":"https://hooks.nabu.casa/`+ch+`","remote_ui_url":"`+c.decoy("https://"+c.hexs(32)+".ui.nabu.casa")+`","secret":"`+c.secret("mobile_app encryption secret", c.hexs(64))+`","webhook_id":"`+wh+`"}`).code(201)
			c.post("https://ha.home.example/api/webhook/"+wh, "application/json", `{"type":"update_location","data":{"battery":81,"gps_accuracy":12,`+c.decoy(`"altitude":214`)+`}}`)
			c.post("https://hooks.nabu.casa/"+ch, "application/json", `{"type":"get_zones"}`)
		}},
		{cat, "3cx-provisioning-folder-url", func(c *gcase) {
			f := c.secret("3CX provisioning folder in path", c.alnum(20))
			c.get("https://acme.3cx.eu:5001/provisioning/"+f+"/3cxprov_"+c.decoy("805EC0A1B2C3")+".xml").
				resp("text/xml", `<?xml version="1.0"?><ProvisioningData><Server>acme.3cx.eu</Server><Extension>204</Extension>`+c.decoy(`<Firmware>3.5.0.42</Firmware>`)+`<ProvisioningUrl>https://acme.3cx.eu:5001/provisioning/`+f+`/</ProvisioningUrl></ProvisioningData>`)
			c.get("https://acme.3cx.eu:5001/webclient/#/provision/" + c.secret("webclient provisioning link token (fragment path)", c.b64u(36)))
		}},
		{cat, "go2rtc-streams-array-rtsp-userinfo", func(c *gcase) {
			p1 := c.secret("rtsp userinfo password in streams array", c.u19Pw())
			p2 := c.secret("second camera rtsp password", c.alnum(12))
			c.get("http://frigate.local:1984/api/streams").resp("application/json",
				`{"driveway":{"producers":[{"url":"rtsp://admin:`+url.PathEscape(p1)+`@192.168.20.31:554/cam/realmonitor?channel=1&subtype=0"},{"url":"ffmpeg:driveway#audio=opus"}]},"porch":{"producers":[{"url":"rtsp://viewer:`+p2+`@192.168.20.32:554/Streaming/Channels/101"}]},`+c.decoy(`"go2rtc_version":"1.9.7"`)+`}`)
			c.post("http://frigate.local:5000/api/config/save?save_option=restart", "text/plain",
				"go2rtc:\n  streams:\n    driveway:\n      - rtsp://admin:"+p1+"@192.168.20.31:554/cam/realmonitor?channel=1&subtype=0\n    porch:\n      - rtsp://viewer:"+p2+"@192.168.20.32:554/Streaming/Channels/101\n"+c.decoy("detectors:\n  coral:\n    type: edgetpu\n    device: usb\n"))
		}},
		{cat, "tasmota-backlog-console-free-text", func(c *gcase) {
			wp := c.secret("Backlog Password1 <value> in console text", c.u19Pw())
			mp := c.secret("Backlog MqttPassword <value>", c.alnum(16))
			cmd := "Backlog SSID1 HomeNet; Password1 " + wp + "; MqttHost 192.168.1.10; MqttUser tasmota; MqttPassword " + mp + "; " + c.decoy("Topic plug_desk")
			c.get("http://192.168.1.77/cs?c2=17&c1="+url.QueryEscape(cmd)).resp("text/plain", "17\n"+c.decoy("00:14:22.301 RSL: RESULT = {\"Topic\":\"plug_desk\"}")+"\n00:14:22.305 CMD: MqttPassword "+mp+"\n")
		}},
		{cat, "esim-lpa-codes-in-arrays", func(c *gcase) {
			m1 := c.secret("LPA activation code matching id", strings.ToUpper(c.pick(gUpper+gDigits, 4)+"-"+c.pick(gUpper+gDigits, 4)+"-"+c.pick(gUpper+gDigits, 4)+"-"+c.pick(gUpper+gDigits, 4)))
			m2 := c.secret("second LPA matching id", "QR-G-"+c.pick(gUpper+gDigits, 2)+"-"+c.pick(gUpper+gDigits, 3)+"-"+c.pick(gUpper+gDigits, 7))
			c.get("https://selfcare.carrier.example/api/esim/v2/orders/"+c.decoy("ORD-2026-118842")+"/profiles").resp("application/json",
				`{"orderId":"ORD-2026-118842","profiles":[["LPA:1$rsp.carrier.example$`+m1+`","ready"],["LPA:1$smdp.gsma-partner.example$`+m2+`$1.3.6.1.4.1.31746","ready"]],`+c.decoy(`"smdpAddress":"rsp.carrier.example"`)+`,"status":"DOWNLOADABLE"}`)
		}},
		{cat, "synology-gofile-share-link", func(c *gcase) {
			sh := c.secret("gofile.me share id", c.alnum(9))
			c.post("https://nas.acme.example:5001/webapi/entry.cgi", "application/x-www-form-urlencoded", "api=SYNO.Core.Sharing&method=create&version=3&path=%5B%22%2Fphoto%2F2026%2Fski%22%5D&"+c.decoy("date_expired=%222026-12-31%22")).
				resp("application/json", `{"data":{"links":[{"id":"`+sh+`","url":"https://gofile.me/`+c.decoy("7xQpk")+`/`+sh+`","path":"/photo/2026/ski","qrcode":"data:image/png;base64,iVBORw0KGgo`+c.pick(gAlnum, 24)+`","date_expired":"2026-12-31","has_password":false}]},"success":true}`)
		}},
		{cat, "ptero-websocket-auth-args", func(c *gcase) {
			jwt := c.secret("Wings websocket JWT (args[0])", c.hs256JWT(`{"iss":"https://panel.gamehost.example","aud":["https://node3.gamehost.example:8080"],"jti":"`+c.hexs(32)+`","iat":1732270500,"exp":1732271100,"server_uuid":"`+c.uuid()+`","permissions":["*"]}`))
			sid := c.decoy(c.hexs(8))
			c.get("https://panel.gamehost.example/api/client/servers/"+sid+"/websocket").resp("application/json", `{"data":{"token":"`+jwt+`","socket":"wss://node3.gamehost.example:8080/api/servers/`+c.decoy(c.uuid())+`/ws"}}`)
			e := c.get("wss://node3.gamehost.example:8080/api/servers/" + c.uuid() + "/ws").code(101)
			e.wsMsg("send", 1, `{"event":"auth","args":["`+jwt+`"]}`)
			e.wsMsg("receive", 1, `{"event":"auth success"}`)
			e.wsMsg("send", 1, `{"event":"send command","args":["rcon-cli password `+c.secret("console command argument (rcon password)", c.u19Pw())+`"]}`)
			e.wsMsg("receive", 1, `{"event":"stats","args":["{\"memory_bytes\":2147483648,\"cpu_absolute\":31.4,\"state\":\"running\"}"]}`)
		}},
		{cat, "carrier-magic-link-and-chat-transcript", func(c *gcase) {
			ml := c.secret("sign-in magic link token (path segment)", c.b64u(32))
			c.post("https://myaccount.carrier.example/api/auth/email-link", "application/json", `{"channel":"email","returnTo":"/billing"}`).
				resp("application/json", `{"sent":true,"debugLink":"https://myaccount.carrier.example/l/`+ml+`",`+c.decoy(`"expiresInSeconds":900`)+`}`)
			c.get("https://myaccount.carrier.example/l/"+ml).code(302).sh("Location", c.decoy("https://myaccount.carrier.example/billing"))
			c.post("https://chat.carrier.example/api/transcript", "application/json",
				`{"conversationId":"`+c.decoy(c.uuid())+`","messages":[{"from":"agent","text":"Could you confirm the router admin login you set?"},{"from":"customer","text":"it is admin / `+c.secret("password typed into support chat", c.u19Pw())+` and the wifi one is the same"}]}`)
		}},
		{cat, "esphome-bare-keys-in-yaml-list", func(c *gcase) {
			c.post("http://esphome.local:6052/edit?configuration=garage-door.yaml", "text/plain",
				"esphome:\n  name: garage-door\n"+c.decoy("  min_version: 2024.11.0\n")+"api:\n  encryption:\n    key: \""+c.secret("api encryption key", c.b64s(32))+"\"\nota:\n  - platform: esphome\n    password: \""+c.secret("ota password", c.hexs(32))+"\"\nwifi:\n  networks:\n    - ssid: HomeNet\n      password: !secret wifi_password\n  ap:\n    ssid: \"Garage Fallback\"\n    password: \""+c.secret("fallback AP password", c.alnum(12))+"\"\n")
		}},
	}
}

// u19MQTTPublish is an MQTT 3.1.1 PUBLISH (QoS 0) of payload to topic.
func u19MQTTPublish(topic, payload string) []byte {
	return gMQTTPacket(0x30, append([]byte{byte(len(topic) >> 8), byte(len(topic))}, append([]byte(topic), payload...)...))
}

// u19PEMBody is n lines of 64 base64 characters.
func (c *gcase) u19PEMBody(n int) []string {
	var out []string
	for i := 0; i < n; i++ {
		out = append(out, c.pick(gAlnum+"+/", 64))
	}
	return out
}

// 4. Carriers.
func u19Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "jssip-register-digest-over-websocket", func(c *gcase) {
			pw := c.secret("JsSIP UA password in inline script", c.u19Pw())
			c.get("https://pbx.acme.example/phone/").resp("text/html", `<html><head>`+c.decoy(`<script src="/phone/jssip-3.10.1.min.js" integrity="sha384-`+c.b64s(48)+`"></script>`)+`</head><body><script>
var socket = new JsSIP.WebSocketInterface('wss://pbx.acme.example:8089/ws');
var ua = new JsSIP.UA({ sockets: [socket], uri: 'sip:204@pbx.acme.example', password: '`+pw+`', `+c.decoy(`register_expires: 600`)+`, session_timers: false });
ua.start();</script></body></html>`)
			nonce := c.b64s(24)
			e := c.get("wss://pbx.acme.example:8089/ws").rh("Sec-WebSocket-Protocol", "sip").code(101)
			callID := c.decoy(c.pick(gLower+gDigits, 22))
			e.wsMsg("send", 1, "REGISTER sip:pbx.acme.example SIP/2.0\r\nVia: SIP/2.0/WSS df7jal23ls0d.invalid;branch=z9hG4bK"+c.digits(7)+"\r\nMax-Forwards: 69\r\nTo: <sip:204@pbx.acme.example>\r\nFrom: <sip:204@pbx.acme.example>;tag="+c.pick(gLower+gDigits, 10)+"\r\nCall-ID: "+callID+"\r\nCSeq: 1 REGISTER\r\nContact: <sip:"+c.pick(gLower, 8)+"@df7jal23ls0d.invalid;transport=ws>;expires=600\r\nUser-Agent: "+c.decoy("JsSIP 3.10.1")+"\r\nContent-Length: 0\r\n\r\n")
			e.wsMsg("receive", 1, "SIP/2.0 401 Unauthorized\r\nCall-ID: "+callID+"\r\nCSeq: 1 REGISTER\r\nWWW-Authenticate: Digest realm=\"asterisk\",nonce=\""+nonce+"\",opaque=\"\",algorithm=md5,qop=\"auth\"\r\nServer: "+c.decoy("FPBX-17.0.19(21.4.1)")+"\r\nContent-Length: 0\r\n\r\n")
			e.wsMsg("send", 1, "REGISTER sip:pbx.acme.example SIP/2.0\r\nCall-ID: "+callID+"\r\nCSeq: 2 REGISTER\r\nAuthorization: Digest algorithm=MD5, username=\"204\", realm=\"asterisk\", nonce=\""+nonce+"\", uri=\"sip:pbx.acme.example\", response=\""+c.secret("SIP Digest response in REGISTER frame", c.hexs(32))+"\", qop=auth, cnonce=\""+c.pick(gLower+gDigits, 12)+"\", nc=00000001\r\nContent-Length: 0\r\n\r\n")
		}},
		{cat, "mqtt-ws-binary-connect-and-publish", func(c *gcase) {
			pw := c.secret("MQTT CONNECT password (binary frame)", c.u19Pw())
			e := c.get("wss://z2m.home.example:8884/mqtt").rh("Sec-WebSocket-Protocol", "mqtt").code(101)
			e.wsMsg("send", 2, base64.StdEncoding.EncodeToString(gMQTTConnect("mqttjs_"+c.hexs(8), "dashboard", pw)))
			e.wsMsg("receive", 2, base64.StdEncoding.EncodeToString([]byte{0x20, 0x02, 0x00, 0x00}))
			e.wsMsg("send", 2, base64.StdEncoding.EncodeToString(u19MQTTPublish("zigbee2mqtt/bridge/request/options", `{"options":{"mqtt":{"user":"z2m","password":"`+c.secret("PUBLISH payload options.mqtt.password", c.alnum(18))+`"},"frontend":{"auth_token":"`+c.secret("PUBLISH payload frontend.auth_token", c.b64u(24))+`"}},"transaction":"`+c.hexs(5)+`"}`)))
			e.wsMsg("receive", 2, base64.StdEncoding.EncodeToString(u19MQTTPublish("zigbee2mqtt/bridge/state", `{"state":"online"}`)))
		}},
		{cat, "opnsense-ovpn-export-inline-keys", func(c *gcase) {
			key := c.u19PEMBody(4)
			sk := make([]string, 4)
			for i := range sk {
				sk[i] = c.hexs(32)
			}
			c.secret("<key> PEM body line", key[1])
			c.secret("<tls-crypt> static key line", sk[2])
			ca := c.u19PEMBody(2)
			ovpn := "dev tun\npersist-tun\npersist-key\n" + "data-ciphers AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305" + "\nauth SHA256\nclient\nresolv-retry infinite\nremote vpn.acme.example 1194 udp4\nverify-x509-name \"vpn.acme.example\" name\nauth-user-pass\nremote-cert-tls server\n<ca>\n-----BEGIN CERTIFICATE-----\n" + strings.Join(ca, "\n") +
				"\n-----END CERTIFICATE-----\n</ca>\n<key>\n-----BEGIN PRIVATE KEY-----\n" + strings.Join(key, "\n") + "\n-----END PRIVATE KEY-----\n</key>\n<tls-crypt>\n#\n# 2048 bit OpenVPN static key\n#\n-----BEGIN OpenVPN Static key V1-----\n" + strings.Join(sk, "\n") + "\n-----END OpenVPN Static key V1-----\n</tls-crypt>\n"
			c.post("https://fw.acme.example/api/openvpn/export/download/1/"+c.decoy("61a2f0c9e1b3d"), "application/json", `{"openvpn_export":{"template":"PlainOpenVPN","hostname":"vpn.acme.example","local_port":"1194"}}`).
				resp("application/json", `{"result":"ok",`+c.decoy(`"filename":"vpn_acme_mark.ovpn"`)+`,"filetype":"text/plain","content":"`+base64.StdEncoding.EncodeToString([]byte(ovpn))+`"}`).
				rh("Authorization", "Basic "+gB64(c.secret("OPNsense API key (Basic user)", c.pick(gAlnum+"+/", 80))+":"+c.secret("OPNsense API secret (Basic password)", c.pick(gAlnum+"+/", 80))))
		}},
		{cat, "wg-easy-client-configuration-text", func(c *gcase) {
			id := c.decoy(c.uuid())
			conf := "[Interface]\nPrivateKey = " + c.secret("[Interface] PrivateKey", c.u19WGKey()) + "\nAddress = 10.8.0.5/24\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = " + c.u19WGKey() + "\nPresharedKey = " + c.secret("[Peer] PresharedKey", c.u19WGKey()) +
				"\nAllowedIPs = 0.0.0.0/0, ::/0\n" + c.decoy("PersistentKeepalive = 25") + "\n" + c.decoy("Endpoint = vpn.home.example:51820") + "\n"
			c.get("https://wg.home.example/api/wireguard/client/"+id+"/configuration").rh("Cookie", "connect.sid="+c.secret("wg-easy connect.sid cookie", "s%3A"+c.b64u(24)+"."+c.b64u(32))).
				resp("text/plain", conf).sh("Content-Disposition", c.decoy(`attachment; filename="phone-mark.conf"`))
		}},
		{cat, "luci-ubus-file-read-uci-wireless", func(c *gcase) {
			sid := c.secret("ubus_rpc_session (positional params[0])", c.hexs(32))
			uci := "\nconfig wifi-device 'radio0'\n\toption type 'mac80211'\n\toption channel '36'\n" + c.decoy("\toption htmode 'HE80'") + "\n\nconfig wifi-iface 'default_radio0'\n\toption device 'radio0'\n\toption network 'lan'\n\toption mode 'ap'\n\toption ssid 'OpenWrt-5G'\n\toption encryption 'sae-mixed'\n\toption key '" +
				c.secret("UCI option key", c.u19Pw()) + "'\n\nconfig wifi-iface 'wwan'\n\toption mode 'sta'\n\toption encryption 'wpa2'\n\toption auth_secret '" + c.secret("UCI option auth_secret (RADIUS)", c.alnum(20)) + "'\n\toption password '" + c.secret("UCI option password (EAP)", c.u19Pw()) + "'\n"
			c.post("http://192.168.1.1/ubus/?"+c.decoy("1732270501234"), "application/json", `[{"jsonrpc":"2.0","id":7,"method":"call","params":["`+sid+`","file","read",{"path":"/etc/config/wireless"}]}]`).
				resp("application/json", `[{"jsonrpc":"2.0","id":7,"result":[0,{"data":`+gJS(uci)+`}]}]`)
		}},
	}
}

// u19StoredZip is a zip archive (stored, not deflated) of name/body pairs.
func u19StoredZip(files ...string) []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for i := 0; i+1 < len(files); i += 2 {
		f, _ := w.CreateHeader(&zip.FileHeader{Name: files[i], Method: zip.Store})
		f.Write([]byte(files[i+1]))
	}
	w.Close()
	return b.Bytes()
}

// 4. Carriers (continued).
func u19Carriers2() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "unraid-html-hidden-csrf-and-json-parse-escapes", func(c *gcase) {
			csrf := c.secret("Unraid csrf_token (hidden input, inline var, JSON.parse)", c.u19HEX(16))
			c.get("http://tower.local/Settings/Identification").resp("text/html; charset=UTF-8",
				`<!DOCTYPE html><html><head><meta name="robots" content="noindex, nofollow">`+c.decoy(`<link type="text/css" rel="stylesheet" href="/webGui/styles/default-fonts.css?v=1700086800">`)+`<script>var csrf_token = "`+csrf+`";
var vars = JSON.parse("{\"NAME\":\"Tower\",\"csrf_token\":\"`+csrf+`\",\"shareSMBEnabled\":\"yes\",\"smtpPassword\":\"`+c.secret("smtpPassword inside escaped JSON.parse string", c.u19Pw())+`\",\"version\":\"7.0.1\"}");</script></head>
<body><form markdown="1" method="POST" action="/update.htm" target="progressFrame"><input type="hidden" name="csrf_token" value="`+csrf+`"><input type="hidden" name="changeNames" value="apply">`+c.decoy(`<input type="text" name="NAME" maxlength="15" value="Tower">`)+`</form>
<div id="ssh" data-ssh-key="`+c.secret("data-ssh-key attribute (root private key, base64)", gB64("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA"+c.pick(gAlnum+"+/", 120)+"\n-----END OPENSSH PRIVATE KEY-----\n"))+`"></div></body></html>`)
		}},
		{cat, "ntfy-sse-auth-query-and-action-headers", func(c *gcase) {
			up := c.secret("ntfy password inside ?auth= (base64url of Basic header)", c.u19Pw())
			auth := base64.RawURLEncoding.EncodeToString([]byte("Basic " + gB64("phone:"+up)))
			tok := c.secret("HA token in ntfy action headers", c.hs256JWT(`{"iss":"`+c.hexs(32)+`","iat":1732270000,"exp":2047630000}`))
			sse := "event: open\ndata: {\"id\":\"" + c.pick(gAlnum, 12) + "\",\"time\":1732270500,\"event\":\"open\",\"topic\":\"garage\"}\n\n" +
				"event: message\ndata: " + gJS(map[string]any{"id": c.decoy(c.pick(gAlnum, 12)), "time": 1732270533, "event": "message", "topic": "garage", "title": "Garage open",
				"message": "Garage door open for 15 min", "actions": []any{map[string]any{"action": "http", "label": "Close", "url": "https://ha.home.example/api/services/cover/close_cover", "headers": map[string]any{"Authorization": "Bearer " + tok}, "body": `{"entity_id":"cover.garage"}`}}}) + "\n\n" +
				"event: keepalive\ndata: {\"id\":\"" + c.pick(gAlnum, 12) + "\",\"time\":1732270560,\"event\":\"keepalive\",\"topic\":\"garage\"}\n\n"
			c.get("https://ntfy.home.example/garage/sse?auth="+auth+"&"+c.decoy("since=10m")).resp("text/event-stream", sse)
		}},
		{cat, "steam-iauthentication-protobuf-encoded", func(c *gcase) {
			enc := c.secret("encrypted_password (RSA, base64) inside input_protobuf_encoded", c.b64s(256))
			in := gProto("mark_ps2", enc)
			in = append(in, 0x18)
			in = binary.AppendUvarint(in, 1732270500000)
			c.post("https://api.steampowered.com/IAuthenticationService/BeginAuthSessionViaCredentials/v1", "multipart/form-data; boundary=----WebKitFormBoundaryS7a",
				u19Part("----WebKitFormBoundaryS7a", "input_protobuf_encoded", "", base64.StdEncoding.EncodeToString(in))+"------WebKitFormBoundaryS7a--\r\n").
				resp("application/octet-stream", "").sh("x-eresult", c.decoy("1"))
			rt := c.secret("refresh_token JWT in protobuf response", c.hs256JWT(`{"iss":"steam","sub":"76561198`+c.digits(9)+`","aud":["web","renew","derive"],"exp":1758190500,"nbf":1731167900,"iat":1732270500,"jti":"`+c.u19HEX(4)+`_`+c.u19HEX(8)+`","oat":1732270500,"per":1,"ip_subject":"203.0.113.7","ip_confirmer":"203.0.113.7"}`))
			e := c.post("https://api.steampowered.com/IAuthenticationService/PollAuthSessionStatus/v1", "application/x-www-form-urlencoded", "input_protobuf_encoded="+url.QueryEscape(base64.StdEncoding.EncodeToString(gProto(c.digits(12)))))
			e.respMime, e.respText, e.respEncoding = "application/octet-stream", base64.StdEncoding.EncodeToString(gProto("", rt, c.secret("access_token JWT in protobuf response", c.hs256JWT(`{"iss":"r:`+c.u19HEX(8)+`","sub":"76561198`+c.digits(9)+`","aud":["web","derive"],"exp":1732356900}`)))), "base64"
		}},
		{cat, "ha-file-editor-secrets-yaml-form", func(c *gcase) {
			yml := "# Use this file to store secrets like usernames and passwords.\n" + c.decoy("latitude_home: 52.3731") + "\nwifi_password: \"" + c.secret("secrets.yaml wifi_password", c.u19Pw()) + "\"\ntesla_refresh: " + c.secret("secrets.yaml tesla_refresh (unquoted)", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."+c.b64u(120)+"."+c.b64u(64)) +
				"\nmqtt_pw: " + c.secret("secrets.yaml mqtt_pw", c.alnum(18)) + "\nopenweathermap_key: " + c.secret("secrets.yaml openweathermap_key", c.hexs(32)) + "\n" + c.decoy("unit_system: metric") + "\n"
			c.post("https://ha.home.example/api/hassio_ingress/"+c.secret("ingress session path token", c.b64u(32))+"/api/save", "application/x-www-form-urlencoded", "filename="+url.QueryEscape("/homeassistant/secrets.yaml")+"&text="+url.QueryEscape(yml)).
				resp("application/json", `{"error":false,"message":"Saved"}`)
		}},
		{cat, "z2m-backup-zip-base64-ws", func(c *gcase) {
			nk := c.secret("coordinator_backup network_key.key (hex)", c.hexs(32))
			cfg := "homeassistant: true\nmqtt:\n  server: mqtt://core-mosquitto:1883\n  user: z2m\n  password: " + c.secret("configuration.yaml mqtt password in zipped backup", c.u19Pw()) + "\nadvanced:\n  pan_id: 6754\n  network_key: GENERATE\nfrontend:\n  port: 8099\n"
			bk := `{"metadata":{"format":"zigpy/open-coordinator-backup","version":1,"source":"zigbee-herdsman@2.1.9"},"coordinator_ieee":"00124b0029b3a1c2","pan_id":"1a62","extended_pan_id":"dddddddddddddddd","channel":25,"network_key":{"key":"` + nk + `","sequence_number":0,"frame_counter":120457},"devices":[]}`
			e := c.get("wss://ha.home.example/api/hassio_ingress/" + c.b64u(32) + "/api").code(101)
			e.wsMsg("send", 1, `{"topic":"bridge/request/backup","payload":{"transaction":"`+c.decoy("tx-"+c.hexs(6))+`"}}`)
			e.wsMsg("receive", 1, `{"topic":"bridge/response/backup","payload":{"data":{"zip":"`+base64.StdEncoding.EncodeToString(u19StoredZip("configuration.yaml", cfg, "coordinator_backup.json", bk))+`"},"status":"ok","transaction":"tx-`+c.hexs(6)+`"}}`)
			e.wsMsg("receive", 1, c.decoy(`{"topic":"bridge/info","payload":{"version":"1.42.0","commit":"4d6b1c9","coordinator":{"type":"zStack3x0","meta":{"revision":20240710}}}}`))
		}},
	}
}

// u19MP is a MessagePack map of key/value pairs: values are strings, ints
// or already encoded MessagePack ([]byte).
func u19MP(kv ...any) []byte {
	str := func(s string) []byte {
		if len(s) < 32 {
			return append([]byte{0xa0 | byte(len(s))}, s...)
		}
		if len(s) < 256 {
			return append([]byte{0xd9, byte(len(s))}, s...)
		}
		return append([]byte{0xda, byte(len(s) >> 8), byte(len(s))}, s...)
	}
	b := []byte{0x80 | byte(len(kv)/2)}
	for i := 0; i+1 < len(kv); i += 2 {
		b = append(b, str(kv[i].(string))...)
		switch v := kv[i+1].(type) {
		case string:
			b = append(b, str(v)...)
		case int:
			b = append(b, byte(v))
		case []byte:
			b = append(b, v...)
		}
	}
	return b
}

// 5. Exporters' quirks.
func u19Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "charles-empty-mime-tesla-token", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "4.6.6"}
			at := c.secret("Tesla access_token (JWT) in body with empty mimeType", c.rs256JWT("qDKNsuVqX-Jq0mJrFW3i4yRxoE0", `{"iss":"https://auth.tesla.com/oauth2/v3","aud":["https://owner-api.teslamotors.com/"],"scp":["openid","email","offline_access"],"amr":["pwd","mfa"],"exp":1732299300,"iat":1732270500,"ou_code":"EU","locale":"de-DE"}`))
			rt := c.secret("Tesla refresh_token", "EU_"+c.hexs(64))
			c.post("https://auth.tesla.com/oauth2/v3/token", "", `{"grant_type":"refresh_token","client_id":"ownerapi","refresh_token":"`+rt+`","scope":"openid email offline_access"}`).
				resp("", `{"access_token":"`+at+`","refresh_token":"`+rt+`","id_token":"`+c.secret("Tesla id_token", c.rs256JWT("qDKNsuVqX-Jq0mJrFW3i4yRxoE0", `{"iss":"https://auth.tesla.com/oauth2/v3","aud":"ownerapi","exp":1732299300}`))+`",`+c.decoy(`"expires_in":28800`)+`,"state":"`+c.decoy(c.pick(gLower+gDigits, 12))+`","token_type":"Bearer"}`)
			c.get("https://owner-api.teslamotors.com/api/1/vehicles").rh("Authorization", "Bearer "+at).resp("", `{"response":[{"id":`+c.decoy(c.nonLuhn(16))+`,"vehicle_id":`+c.decoy(c.nonLuhn(10))+`,"display_name":"Blue Pearl","state":"asleep",`+c.decoy(`"api_version":79`)+`}],"count":1}`)
		}},
		{cat, "fiddler-params-only-freepbx-login", func(c *gcase) {
			c.creator = [2]string{"Fiddler", "5.0.20253.3311"}
			pw := c.secret("FreePBX login password (postData.params only)", c.u19Pw())
			e := c.post("https://pbx.acme.example/admin/config.php", "application/x-www-form-urlencoded", "")
			e.post.params = []any{map[string]any{"name": "username", "value": "admin"}, map[string]any{"name": "password", "value": pw}, map[string]any{"name": "submit", "value": "Login"}}
			e.code(302).sh("Location", c.decoy("/admin/config.php?display=index"), "Set-Cookie", "PHPSESSID="+c.secret("PHPSESSID cookie", c.pick(gLower+gDigits, 26))+"; path=/; HttpOnly")
			e2 := c.post("https://pbx.acme.example/admin/config.php?display=extensions&"+c.decoy("tech_hardware=pjsip_generic"), "application/x-www-form-urlencoded", "")
			e2.post.params = []any{map[string]any{"name": "extension", "value": "204"}, map[string]any{"name": "devinfo_secret", "value": c.secret("devinfo_secret (params only)", c.hexs(32))}, map[string]any{"name": "vm", "value": "enabled"}, map[string]any{"name": "vmpwd", "value": c.secret("vmpwd voicemail PIN (params only)", c.digits(8))}, map[string]any{"name": "devinfo_max_contacts", "value": "3"}}
		}},
		{cat, "proxy-joined-set-cookie-steam", func(c *gcase) {
			c.creator = [2]string{"mitmproxy", "11.0.2"}
			sls := "76561198" + c.digits(9) + "%7C%7C" + c.secret("steamLoginSecure JWT (joined Set-Cookie)", c.hs256JWT(`{"iss":"r:`+c.u19HEX(8)+`","sub":"76561198`+c.digits(9)+`","aud":["web:store"],"exp":1732356900}`))
			sid := c.secret("sessionid cookie (joined Set-Cookie)", c.hexs(24))
			e := c.get("https://store.steampowered.com/login/settoken?nonce="+c.secret("settoken nonce (a refresh-token exchange)", c.hs256JWT(`{"iss":"steam","aud":["web","renew"]}`))+"&auth="+c.hexs(40)).
				sh("Set-Cookie", "steamLoginSecure="+sls+"; Path=/; Secure; HttpOnly; SameSite=None, sessionid="+sid+"; Path=/; Secure; SameSite=None, steamCountry=DE%7C"+c.hexs(32)+"; Path=/")
			e.respCookies = []any{map[string]any{"name": "steamLoginSecure", "value": sls}, map[string]any{"name": "sessionid", "value": sid}}
			e.resp("application/json", `{"result":1,`+c.decoy(`"rtExpiry":1758190500`)+`}`)
		}},
		{cat, "chrome-base64-content-kasa-cloud-login", func(c *gcase) {
			body := `{"error_code":0,"result":{"accountId":"` + c.digits(8) + `","regTime":"2021-03-14 09:12:55","countryCode":"DE","email":"mark.h@example.net","token":"` + c.secret("Kasa cloud token in base64 response", c.hexs(8)+"-"+c.alnum(23)) + `"}}`
			e := c.post("https://wap.tplinkcloud.com/", "application/json", `{"method":"login","params":{"appType":"Kasa_Android","cloudUserName":"mark.h@example.net","cloudPassword":"`+c.secret("cloudPassword", c.u19Pw())+`","terminalUUID":"`+c.decoy(c.uuid())+`"}}`)
			e.respMime, e.respText, e.respEncoding = "application/json;charset=UTF-8", base64.StdEncoding.EncodeToString([]byte(body)), "base64"
		}},
		{cat, "truncated-unifi-stat-device", func(c *gcase) {
			full := `{"meta":{"rc":"ok"},"data":[{"_id":"` + c.hexs(24) + `","model":"U7PG2",` + c.decoy(`"version":"6.6.77.15402"`) + `,"x_authkey":"` + c.secret("x_authkey before truncation", c.hexs(32)) + `","x_fingerprint":"` + c.decoy("3c:91:"+c.hexs(2)+":a0:1e:f7:22:09:8b:6d:c4:55:e1:0a:93:7f") + `","x_vwirekey":"` + c.secret("x_vwirekey before truncation", c.hexs(32)) + `","x_ssh_hostkey":"` + c.secret("x_ssh_hostkey (device private host key)", c.b64s(200)) + `","uptime":8812201,"radio_table":[{"name":"wifi0","radio":"ng","channel":6,"ht":"20","tx_power_mode":"auto"},{"name":"wifi1","radio":"na","channel":44`
			e := c.get("https://unifi.acme.example:8443/api/s/default/stat/device").resp("application/json", full)
			e.set("comment", "response body truncated by exporter")
			e.respH = append(e.respH, [2]string{"Content-Length", "48211"})
		}},
		{cat, "obs-websocket-msgpack-binary-frames", func(c *gcase) {
			e := c.get("ws://127.0.0.1:4455/").rh("Sec-WebSocket-Protocol", "obswebsocket.msgpack").code(101)
			e.wsMsg("receive", 2, base64.StdEncoding.EncodeToString(u19MP("op", 0, "d", u19MP("obsWebSocketVersion", "5.5.4", "rpcVersion", 1, "authentication", u19MP("challenge", c.b64s(32), "salt", c.b64s(32))))))
			e.wsMsg("send", 2, base64.StdEncoding.EncodeToString(u19MP("op", 1, "d", u19MP("rpcVersion", 1, "authentication", c.secret("Identify authentication (msgpack)", c.b64s(32)), "eventSubscriptions", 33))))
			e.wsMsg("send", 2, base64.StdEncoding.EncodeToString(u19MP("op", 6, "d", u19MP("requestType", "SetStreamServiceSettings", "requestId", c.uuid(), "requestData", u19MP("streamServiceType", "rtmp_common", "streamServiceSettings", u19MP("service", "Twitch", "server", "auto", "key", c.secret("streamServiceSettings.key (msgpack)", "live_"+c.digits(9)+"_"+c.alnum(30))))))))
			e.set("_resourceType", "websocket")
		}},
		{cat, "no-mime-epic-exchange-code-form", func(c *gcase) {
			c.creator = [2]string{"Firefox", "133.0"}
			ec := c.secret("exchange_code in form without mimeType", c.hexs(32))
			c.post("https://account-public-service-prod.ol.epicgames.com/account/api/oauth/token", "", "grant_type=exchange_code&exchange_code="+ec+"&token_type=eg1").
				resp("application/json", `{"access_token":"`+c.secret("eg1~ access_token", "eg1~"+c.hs256JWT(`{"sub":"`+c.hexs(32)+`","pfsid":"fn","iss":"https://api.epicgames.dev/epic/oauth/v1","dn":"Mark","pfpid":"prod-fn","aud":"`+c.hexs(32)+`","t":"epic_id","appid":"fghi4567FNFBKFz3E4TROb0bmPS8h1GW","scope":"basic_profile friends_list openid presence","exp":1732299300,"iat":1732270500}`))+`",`+c.decoy(`"expires_in":7200`)+`,"token_type":"bearer","refresh_token":"`+c.secret("eg1~ refresh_token", "eg1~"+c.hs256JWT(`{"sub":"`+c.hexs(32)+`","t":"r","exp":1732299300}`))+`","account_id":"`+c.decoy(c.hexs(32))+`","client_id":"`+c.decoy(c.hexs(32))+`","internal_client":true}`)
		}},
		{cat, "proxyman-base64-postdata-ubisoft", func(c *gcase) {
			c.creator = [2]string{"Proxyman", "5.10.0"}
			e := c.post("https://public-ubiservices.ubi.com/v3/profiles/sessions", "application/json", base64.StdEncoding.EncodeToString([]byte(`{"rememberMe":true,"rememberMeTicket":"`+c.secret("rememberMeTicket inside base64 postData", c.b64s(120))+`"}`)))
			e.post.encoding = "base64"
			e.rh("Ubi-AppId", c.decoy(c.uuid()), "Authorization", "Basic "+gB64("mark.h@example.net:"+c.secret("Ubisoft Basic password", c.u19Pw())), "Ubi-RequestedPlatformType", "uplay")
			e.resp("application/json", `{"platformType":"uplay","ticket":"`+c.secret("Ubi_v1 ticket", c.b64s(300))+`","profileId":"`+c.decoy(c.uuid())+`","spaceId":"`+c.decoy(c.uuid())+`","sessionId":"`+c.secret("Ubisoft sessionId", c.uuid())+`","sessionKey":"`+c.secret("Ubisoft sessionKey", c.b64s(48))+`",`+c.decoy(`"expiration":"2026-11-22T13:15:03.4412201Z"`)+`}`)
		}},
		{cat, "initiator-and-page-title-signed-urls", func(c *gcase) {
			stok := c.secret("TP-Link stok in page title and _initiator", c.hexs(32))
			c.extraLog = map[string]any{"pages": []any{map[string]any{"startedDateTime": "2026-11-22T10:15:00.000Z", "id": "page_1", "title": "http://192.168.0.1/cgi-bin/luci/;stok=" + stok + "/admin/status", "pageTimings": map[string]any{"onContentLoad": 88.1, "onLoad": 201.4}}}}
			e := c.post("http://192.168.0.1/cgi-bin/luci/;stok="+stok+"/admin/status?form=all", "application/x-www-form-urlencoded", "operation=read")
			e.set("_initiator", map[string]any{"type": "script", "url": "http://192.168.0.1/cgi-bin/luci/;stok=" + stok + "/admin/status", "lineNumber": 1, "columnNumber": 18211})
			e.resp("application/json", `{"success":true,"data":{"wan_ipv4_ipaddr":"`+c.decoy("100.64.12.7")+`",`+c.decoy(`"firmware_version":"1.1.4 Build 20240411 rel.45921"`)+`}}`)
			sig := c.secret("Twitch usher sig in _initiator URL", c.hexs(40))
			e2 := c.get("https://usher.ttvnw.net/api/channel/" + c.decoy("hls/speedrun_de.m3u8") + "?allow_source=true&fast_bread=true&sig=" + sig + "&" + c.decoy("player_version=1.38.0") + "&token=" + url.QueryEscape(`{"adblock":false,"channel":"speedrun_de","channel_id":`+c.digits(9)+`,"expires":1732271700,"user_id":`+c.digits(9)+`,"version":2}`))
			e2.set("_initiator", map[string]any{"type": "other", "url": e2.url})
		}},
	}
}

// 6. One secret in several places.
func u19Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "twitch-oauth-header-cookie-and-irc-pass", func(c *gcase) {
			tok := c.secret("Twitch user OAuth token (cookie, OAuth header, IRC PASS)", c.pick(gLower+gDigits, 30))
			c.post("https://gql.twitch.tv/gql", "text/plain;charset=UTF-8", `[{"operationName":"ChannelShell","variables":{"login":"speedrun_de"},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"`+c.decoy(c.hexs(64))+`"}}}]`).
				rh("Authorization", "OAuth "+tok, "Client-Id", c.decoy("kimne78kx3ncx6brgo4mv6wki5h1ko"), "Cookie", "auth-token="+tok+"; unique_id="+c.hexs(16), "Client-Version", c.decoy(c.uuid())).
				resp("application/json", `[{"data":{"userOrError":{"id":"`+c.decoy(c.nonLuhn(9))+`","login":"speedrun_de","stream":null}},"extensions":{"durationMilliseconds":41,`+c.decoy(`"operationName":"ChannelShell"`)+`}}]`)
			e := c.get("wss://irc-ws.chat.twitch.tv/").code(101)
			e.wsMsg("send", 1, "CAP REQ :twitch.tv/tags twitch.tv/commands")
			e.wsMsg("send", 1, "PASS oauth:"+tok)
			e.wsMsg("send", 1, "NICK markplays")
			e.wsMsg("receive", 1, ":tmi.twitch.tv 001 markplays :Welcome, GLHF!")
		}},
		{cat, "ha-camera-access-token-state-and-url", func(c *gcase) {
			at := c.secret("camera access_token (state attribute, entity_picture, proxy URL)", c.hexs(64))
			e := c.get("wss://ha.home.example/api/websocket").code(101)
			e.wsMsg("send", 1, `{"id":3,"type":"get_states"}`)
			e.wsMsg("receive", 1, `{"id":3,"type":"result","success":true,"result":[{"entity_id":"camera.porch","state":"streaming","attributes":{"access_token":"`+at+`","frontend_stream_type":"hls",`+c.decoy(`"brand":"Reolink"`)+`,"entity_picture":"/api/camera_proxy/camera.porch?token=`+at+`","friendly_name":"Porch","supported_features":2},`+c.decoy(`"last_changed":"2026-11-22T09:58:12.338814+00:00"`)+`}]}`)
			c.get("https://ha.home.example/api/camera_proxy/camera.porch?token="+at).resp("image/jpeg", "").sh("Content-Length", "48812")
			c.get("https://ha.home.example/api/hls/"+c.secret("HLS stream path token", c.hexs(64))+"/master_playlist.m3u8?"+c.decoy("_HLS_msn=38")).resp("application/vnd.apple.mpegurl", "#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-STREAM-INF:BANDWIDTH=2150000,CODECS=\"avc1.640028\"\nplaylist.m3u8\n")
		}},
		{cat, "smartthings-pat-config-then-header", func(c *gcase) {
			pat := c.secret("SmartThings PAT (UUID, first in a config body, then Bearer)", c.uuid())
			c.post("http://nodered.local:1880/flows", "application/json", `[{"id":"`+c.hexs(16)+`","type":"smartthings-config","name":"ST home","token":"`+pat+`"},{"id":"`+c.hexs(16)+`","type":"inject","name":"every 5 min","repeat":"300",`+c.decoy(`"crontab":""`)+`}]`)
			c.get("https://api.smartthings.com/v1/devices?"+c.decoy("capability=switch")).rh("Authorization", "Bearer "+pat).
				resp("application/json", `{"items":[{"deviceId":"`+c.decoy(c.uuid())+`","name":"c2c-switch","label":"Hall lamp",`+c.decoy(`"manufacturerName":"SmartThingsCommunity"`)+`,"locationId":"`+c.decoy(c.uuid())+`"}],"_links":{}}`)
			c.post("https://ha.home.example/api/template", "application/json", `{"template":"{{ states('sensor.st_hall') }}","note":"token `+pat+`"}`)
		}},
		{cat, "geotab-sessionid-json-rpc-and-get", func(c *gcase) {
			sess := c.secret("Geotab credentials.sessionId (result, POST params, GET JSON-RPC query)", c.pick(gAlnum, 22))
			c.post("https://my.geotab.com/apiv1", "application/json", `{"method":"Authenticate","params":{"database":"acme_fleet","userName":"fleet.api","password":"`+c.secret("Authenticate password", c.u19Pw())+`"}}`).
				resp("application/json", `{"result":{"credentials":{"database":"acme_fleet","sessionId":"`+sess+`","userName":"fleet.api"},"path":"`+c.decoy("my1042.geotab.com")+`"},"jsonrpc":"2.0"}`)
			c.post("https://my1042.geotab.com/apiv1", "application/json", `{"method":"Get","params":{"typeName":"Device","resultsLimit":50,"credentials":{"database":"acme_fleet","sessionId":"`+sess+`","userName":"fleet.api"}}}`).
				resp("application/json", `{"result":[{"id":"b2A4","name":"Van 17",`+c.decoy(`"serialNumber":"G9B220A4C1F7"`)+`,"deviceType":"GO9"}],"jsonrpc":"2.0"}`)
			c.get("https://my1042.geotab.com/apiv1?JSON-RPC=" + url.QueryEscape(`{"method":"GetFeed","params":{"typeName":"LogRecord","fromVersion":"`+c.decoy("0000000000a41c22")+`","credentials":{"database":"acme_fleet","sessionId":"`+sess+`","userName":"fleet.api"}}}`))
		}},
		{cat, "steam-webapi-key-page-query-and-bundle", func(c *gcase) {
			key := c.secret("Steam Web API key (page, query, JS config)", c.u19HEX(32))
			c.get("https://steamcommunity.com/dev/apikey").resp("text/html; charset=UTF-8", `<div id="bodyContents_ex"><h2>Your Steam Web API Key</h2><p>Key: `+key+`</p><p>Domain Name: stats.acme-clan.example</p>`+c.decoy(`<p><a href="https://steamcommunity.com/dev/revokekey">Revoke my Steam Web API Key</a></p>`)+`</div>`)
			c.get("https://api.steampowered.com/IPlayerService/GetOwnedGames/v1/?key="+key+"&steamid=76561198"+c.digits(9)+"&"+c.decoy("include_appinfo=true")+"&format=json").
				resp("application/json", `{"response":{"game_count":214,"games":[{"appid":`+c.decoy("1086940")+`,"name":"Baldur's Gate 3","playtime_forever":18210}]}}`)
			c.get("https://stats.acme-clan.example/static/js/main."+c.decoy(c.hexs(8))+".js").resp("application/javascript", `var cfg={apiBase:"https://api.steampowered.com",steam:"`+key+`",`+c.decoy(`refreshMs:60000`)+`};`)
		}},
		{cat, "wifi-passphrase-qr-and-voucher-page", func(c *gcase) {
			pw := c.secret("guest Wi-Fi passphrase (wlanconf, WIFI: QR, print page)", c.u19Pw())
			c.get("https://unifi.acme.example/proxy/network/api/s/default/rest/wlanconf").resp("application/json", `{"meta":{"rc":"ok"},"data":[{"_id":"`+c.hexs(24)+`","name":"Acme-Guest","is_guest":true,"security":"wpapsk","x_passphrase":"`+pw+`",`+c.decoy(`"minrate_ng_data_rate_kbps":6000`)+`}]}`)
			c.get("https://unifi.acme.example/proxy/network/print/guest-card?ssid=Acme-Guest").resp("text/html", `<div class="card"><h1>Welcome</h1><p>Network: Acme-Guest</p><p>Password: `+pw+`</p><img alt="qr" data-qr="WIFI:T:WPA;S:Acme-Guest;P:`+pw+`;;"></div>`+c.decoy(`<footer>UniFi Network 9.0.108</footer>`))
		}},
		{cat, "twilio-voice-token-fetch-and-signal-ws", func(c *gcase) {
			jwt := c.secret("Twilio Voice access token (fetched, ws listen, URL)", gB64u(`{"typ":"JWT","alg":"HS256","cty":"twilio-fpa;v=1"}`)+"."+gB64u(`{"jti":"SK`+c.hexs(32)+`-1732270500","grants":{"identity":"agent_204","voice":{"incoming":{"allow":true},"outgoing":{"application_sid":"AP`+c.hexs(32)+`"}}},"iat":1732270500,"exp":1732274100,"iss":"SK`+c.hexs(32)+`","sub":"AC`+c.hexs(32)+`"}`)+"."+c.b64u(32))
			c.get("https://voice.acme.example/token?identity=agent_204").resp("application/json", `{"token":"`+jwt+`",`+c.decoy(`"ttl":3600`)+`}`)
			e := c.get("wss://chunderw-vpc-gll.twilio.com/signal").code(101)
			e.wsMsg("send", 1, `{"type":"listen","version":"1.6","payload":{"token":"`+jwt+`","browserinfo":{"p":"browser","v":"2.12.3","browser":{"userAgent":"Mozilla/5.0","platform":"Linux x86_64"}},"reconnect":null}}`)
			e.wsMsg("receive", 1, `{"type":"connected","version":"1.6","payload":{"region":"gll",`+c.decoy(`"edge":"frankfurt"`)+`}}`)
			c.get("https://eventgw.twilio.com/v4/EndpointEvents?token=" + jwt)
		}},
		{cat, "rcon-password-properties-and-ws-console", func(c *gcase) {
			pw := c.secret("rcon.password (server.properties, web RCON ws, backup)", c.u19Pw())
			props := "#Minecraft server properties\n" + c.decoy("motd=Acme Clan Survival") + "\nenable-rcon=true\nrcon.port=25575\nrcon.password=" + pw + "\nmax-players=40\n" + c.decoy("level-seed=-4172144997902289642") + "\n"
			c.get("https://panel.gamehost.example/api/client/servers/"+c.hexs(8)+"/files/contents?file=%2Fserver.properties").resp("text/plain", props)
			e := c.get("wss://rcon.gamehost.example/ws").code(101)
			e.wsMsg("send", 1, `{"Identifier":1,"Message":"login `+pw+`","Name":"WebRcon"}`)
			e.wsMsg("receive", 1, `{"Identifier":1,"Message":"Logged in","Type":"Generic"}`)
			c.post("https://backup.gamehost.example/v1/snapshots", "application/json", `{"files":[{"path":"server.properties","b64":"`+gB64(props)+`"}],`+c.decoy(`"retention":"7d"`)+`}`)
		}},
		{cat, "ocpp-authorization-key-basic-and-config", func(c *gcase) {
			ak := c.secret("charger password (config UI, ws Basic, boot log)", c.alnum(32))
			c.post("https://charger.local/api/settings/ocpp", "application/json", `{"centralSystemUrl":"wss://csms.chargeacme.example/ocpp","chargeBoxIdentity":"CP-WB11-2208",`+c.decoy(`"securityProfile":1`)+`,"authPassword":"`+ak+`"}`)
			c.get("wss://csms.chargeacme.example/ocpp/CP-WB11-2208").rh("Sec-WebSocket-Protocol", "ocpp1.6", "Authorization", "Basic "+gB64("CP-WB11-2208:"+ak)).code(101).
				wsMsg("send", 1, `[2,"`+c.decoy(c.uuid())+`","BootNotification",{"chargePointVendor":"Wallbox","chargePointModel":"PLP1",`+c.decoy(`"firmwareVersion":"6.5.18"`)+`}]`)
			c.get("https://charger.local/api/log?lines=20").resp("text/plain", c.decoy("[10:15:01] ocpp: connecting to wss://csms.chargeacme.example/ocpp/CP-WB11-2208")+"\n[10:15:01] ocpp: basic auth user=CP-WB11-2208 pass="+ak+"\n[10:15:02] ocpp: BootNotification Accepted interval=300\n")
		}},
	}
}

// 7. GraphQL.
func u19GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "twitch-batched-playback-access-token-integrity", func(c *gcase) {
			h := c.decoy(c.hexs(64))
			c.post("https://gql.twitch.tv/gql", "text/plain;charset=UTF-8", `[{"operationName":"PlaybackAccessToken","variables":{"isLive":true,"login":"speedrun_de","isVod":false,"vodID":"","playerType":"site"},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"`+h+`"}}},{"operationName":"VideoPlayerStreamInfoOverlayChannel","variables":{"channel":"speedrun_de"},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"`+c.hexs(64)+`"}}}]`).
				rh("Client-Id", "kimne78kx3ncx6brgo4mv6wki5h1ko", "Client-Integrity", c.secret("Client-Integrity header (v4.public PASETO)", "v4.public."+c.b64u(220)), "Device-ID", c.decoy(c.pick(gAlnum, 32))).
				resp("application/json", `[{"data":{"streamPlaybackAccessToken":{"value":"{\"adblock\":false,\"authorization\":{\"forbidden\":false,\"reason\":\"\"},\"channel\":\"speedrun_de\",\"expires\":1732271700,\"version\":2}","signature":"`+c.secret("streamPlaybackAccessToken.signature", c.hexs(40))+`","__typename":"PlaybackAccessToken"}},"extensions":{"durationMilliseconds":38,"operationName":"PlaybackAccessToken",`+c.decoy(`"requestID":"01JD`+c.pick(gUpper+gDigits, 22)+`"`)+`}},{"data":{"user":{"id":"41227321","stream":{"viewersCount":812}}}}]`)
		}},
		{cat, "tibber-subscription-connection-init-token", func(c *gcase) {
			tok := c.secret("Tibber token (Bearer and connection_init payload)", c.b64u(32)+"-"+c.b64u(8))
			home := c.decoy(c.uuid())
			c.post("https://api.tibber.com/v1-beta/gql", "application/json", `{"query":"{ viewer { homes { id features { realTimeConsumptionEnabled } } websocketSubscriptionUrl } }"}`).rh("Authorization", "Bearer "+tok).
				resp("application/json", `{"data":{"viewer":{"homes":[{"id":"`+home+`","features":{"realTimeConsumptionEnabled":true}}],`+c.decoy(`"websocketSubscriptionUrl":"wss://websocket-api.tibber.com/v1-beta/gql/subscriptions"`)+`}}}`)
			e := c.get("wss://websocket-api.tibber.com/v1-beta/gql/subscriptions").rh("Sec-WebSocket-Protocol", "graphql-transport-ws").code(101)
			e.wsMsg("send", 1, `{"type":"connection_init","payload":{"token":"`+tok+`"}}`)
			e.wsMsg("receive", 1, `{"type":"connection_ack"}`)
			e.wsMsg("send", 1, `{"id":"`+c.uuid()+`","type":"subscribe","payload":{"query":"subscription { liveMeasurement(homeId: \"`+home+`\") { timestamp power accumulatedConsumption } }"}}`)
			e.wsMsg("receive", 1, `{"id":"1","type":"next","payload":{"data":{"liveMeasurement":{"timestamp":"2026-11-22T11:15:04.000+01:00","power":3120,`+c.decoy(`"accumulatedConsumption":18.4421`)+`}}}}`)
		}},
		{cat, "octopus-kraken-obtain-token-literals", func(c *gcase) {
			c.post("https://api.octopus.energy/v1/graphql/", "application/json", `{"query":"mutation { obtainKrakenToken(input: {APIKey: \"`+c.secret("obtainKrakenToken APIKey literal", "sk_live_"+c.alnum(24))+`\"}) { token refreshToken refreshExpiresIn } }"}`).
				resp("application/json", `{"data":{"obtainKrakenToken":{"token":"`+c.secret("Kraken token", c.hs256JWT(`{"sub":"kraken|account-user:`+c.digits(7)+`","gty":"API-KEY","iss":"https://api.octopus.energy/v1/graphql/","exp":1732274100}`))+`","refreshToken":"`+c.secret("Kraken refreshToken", c.hexs(64))+`",`+c.decoy(`"refreshExpiresIn":1732874100`)+`}}}`)
			c.post("https://api.octopus.energy/v1/graphql/", "application/json", `{"query":"mutation ObtainKrakenToken { obtainKrakenToken(input: {email: \"mark.h@example.net\", password: \"`+c.secret("obtainKrakenToken password literal", c.u19Pw())+`\"}) { token } }","operationName":"ObtainKrakenToken"}`)
			c.post("https://api.octopus.energy/v1/graphql/", "application/json", `{"query":"query { plannedDispatches(accountNumber: \"`+c.decoy("A-3F4B21C9")+`\") { start end delta } }"}`)
		}},
		{cat, "rivian-gateway-login-variables-and-session-headers", func(c *gcase) {
			csrf := c.secret("Rivian csrf-token header", c.b64u(32))
			asess := c.secret("Rivian a-sess (app session token)", c.b64u(48))
			c.post("https://rivian.com/api/gql/gateway/graphql", "application/json", `{"operationName":"CreateCSRFToken","variables":[],"query":"mutation CreateCSRFToken { createCsrfToken { __typename csrfToken appSessionToken } }"}`).
				resp("application/json", `{"data":{"createCsrfToken":{"__typename":"CreateCsrfTokenResponse","csrfToken":"`+csrf+`","appSessionToken":"`+asess+`"}}}`)
			c.post("https://rivian.com/api/gql/gateway/graphql", "application/json", `{"operationName":"Login","variables":{"email":"mark.h@example.net","password":"`+c.secret("Login variables.password", c.u19Pw())+`"},"query":"mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { __typename ... on MobileLoginResponse { accessToken refreshToken userSessionToken } ... on MobileMFALoginResponse { otpToken } } }"}`).
				rh("csrf-token", csrf, "a-sess", asess, "apollographql-client-name", c.decoy("com.rivian.ios.consumer-apollo-ios")).
				resp("application/json", `{"data":{"login":{"__typename":"MobileLoginResponse","accessToken":"`+c.secret("login accessToken", c.rs256JWT("rivian-01", `{"iss":"rivian","exp":1732274100}`))+`","refreshToken":"`+c.secret("login refreshToken", c.b64u(64))+`","userSessionToken":"`+c.secret("login userSessionToken", c.b64u(48))+`"}}}`)
		}},
		{cat, "psn-persisted-query-get-bearer", func(c *gcase) {
			h := c.hexs(64)
			c.get("https://web.np.playstation.com/api/graphql/v1/op?operationName=getPurchasedGameList&variables="+url.QueryEscape(`{"isActive":true,"platform":["ps4","ps5"],"size":24,"start":0,"sortBy":"ACTIVE_DATE","sortDirection":"desc"}`)+"&extensions="+url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"`+h+`"}}`)).
				rh("Authorization", "Bearer "+c.secret("PSN bearer", c.uuid()), "X-PSN-Correlation-ID", c.decoy(c.uuid()), "apollographql-client-version", c.decoy("1.0.0-5a7c2f1")).
				resp("application/json", `{"data":{"purchasedTitlesRetrieve":{"__typename":"GameList","games":[{"name":"Astro Bot","platform":"PS5",`+c.decoy(`"productId":"EP9000-PPSA14478_00-ASTROBOT00000000"`)+`,"titleId":"PPSA14478"}]}}}`)
			c.decoy(h)
		}},
		{cat, "freepbx-graphql-add-extension-literals", func(c *gcase) {
			c.post("https://pbx.acme.example/admin/api/api/token", "application/x-www-form-urlencoded", "grant_type=client_credentials&client_id="+c.decoy(c.hexs(64))+"&client_secret="+c.secret("FreePBX API client_secret", c.hexs(64))+"&"+c.decoy("scope=gql")).
				resp("application/json", `{"token_type":"Bearer",`+c.decoy(`"expires_in":3600`)+`,"access_token":"`+c.secret("FreePBX access_token", c.rs256JWT("fpbx", `{"aud":"`+c.hexs(64)+`","scopes":["gql"],"exp":1732274100}`))+`"}`)
			c.post("https://pbx.acme.example/admin/api/api/gql", "application/json", `{"query":"mutation { addExtension(input: { extensionId: \"205\" name: \"Front Desk\" tech: \"pjsip\" email: \"frontdesk@acme.example\" vmEnable: true vmPassword: \"`+c.secret("addExtension vmPassword literal", c.digits(8))+`\" umPassword: \"`+c.secret("addExtension umPassword literal", c.u19Pw())+`\" maxContacts: \"3\" }) { status message } }"}`).
				resp("application/json", `{"data":{"addExtension":{"status":true,`+c.decoy(`"message":"Extension has been created Successfully"`)+`}}}`)
		}},
		{cat, "startgg-variables-and-block-string", func(c *gcase) {
			c.post("https://api.start.gg/gql/alpha", "application/json", `{"query":"mutation UpdateStream($input: StreamInput!) { updateStream(input: $input) { id streamName } }","variables":{"input":{"streamSource":"TWITCH","streamName":"acme_cup","streamKey":"`+c.secret("variables.input.streamKey", "live_"+c.digits(9)+"_"+c.alnum(30))+`",`+c.decoy(`"streamTypeId":1`)+`}}}`).
				rh("Authorization", "Bearer "+c.secret("start.gg bearer", c.hexs(32)))
			c.post("https://api.start.gg/gql/alpha", "application/json", `{"query":"mutation { setWebhook(url: \"https://bot.acme.example/hooks/startgg\", description: \"\"\"bracket updates\nsigning secret `+c.secret("signing secret in block string", c.alnum(32))+`\"\"\") { id } }"}`)
		}},
		{cat, "enphase-ws-subscription-connection-params", func(c *gcase) {
			e := c.get("wss://enlighten.enphaseenergy.com/graphql").rh("Sec-WebSocket-Protocol", "graphql-ws").code(101)
			e.wsMsg("send", 1, `{"type":"connection_init","payload":{"authorization":"Bearer `+c.secret("connection_init payload.authorization", c.rs256JWT("enl", `{"aud":"enlighten","exp":1732274100}`))+`","x-xsrf-token":"`+c.secret("connection_init payload x-xsrf-token", c.b64s(64))+`"}}`)
			e.wsMsg("send", 1, `{"id":"1","type":"start","payload":{"query":"subscription { livePower(siteId: `+c.decoy("4412207")+`) { pv grid battery } }"}}`)
			e.wsMsg("receive", 1, `{"id":"1","type":"data","payload":{"data":{"livePower":{"pv":4120,"grid":-880,`+c.decoy(`"battery":0`)+`}}}}`)
		}},
		{cat, "gql-persisted-get-with-secret-variable", func(c *gcase) {
			c.get("https://api.chargeacme.example/graphql?operationName=RedeemCard&variables="+url.QueryEscape(`{"cardNumber":"RFID-04A2B3C4D5E6F7","activationCode":"`+c.secret("variables.activationCode in GET persisted query", c.pick(gUpper+gDigits, 12))+`"}`)+"&extensions="+url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"`+c.decoy(c.hexs(64))+`"}}`)).
				rh("Authorization", "Bearer "+c.secret("charge app bearer", c.b64u(40)))
		}},
	}
}

// 8. Vendor credential formats, with their public identifiers.
func u19Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "twilio-account-sid-auth-token-and-api-key", func(c *gcase) {
			ac := c.decoy("AC" + c.hexs(32))
			sk := c.decoy("SK" + c.hexs(32))
			c.post("https://api.twilio.com/2010-04-01/Accounts/"+ac+"/Calls.json", "application/x-www-form-urlencoded", "To=%2B4930901820&From=%2B4930555010&"+c.decoy("Url=https%3A%2F%2Fpbx.acme.example%2Ftwiml%2Fivr")).
				rh("Authorization", "Basic "+gB64(ac+":"+c.secret("Twilio auth token (32 hex)", c.hexs(32)))).
				resp("application/json", `{"sid":"`+c.decoy("CA"+c.hexs(32))+`","account_sid":"`+ac+`","status":"queued",`+c.decoy(`"api_version":"2010-04-01"`)+`}`).code(201)
			c.post("https://api.twilio.com/2010-04-01/Accounts/"+ac+"/Keys.json", "application/x-www-form-urlencoded", "FriendlyName=voice-widget").
				resp("application/json", `{"sid":"`+sk+`","friendly_name":"voice-widget","secret":"`+c.secret("Twilio API key secret", c.alnum(32))+`",`+c.decoy(`"date_created":"Fri, 22 Nov 2026 10:15:04 +0000"`)+`}`).code(201)
		}},
		{cat, "telnyx-v2-key-and-plivo-auth-token", func(c *gcase) {
			c.get("https://api.telnyx.com/v2/phone_numbers?"+c.decoy("page[size]=20")).rh("Authorization", "Bearer "+c.secret("Telnyx API key v2 (KEY…_…)", "KEY"+c.u19HEX(32)+"_"+c.alnum(22))).
				resp("application/json", `{"data":[{"id":"`+c.decoy(c.nonLuhn(19))+`","record_type":"phone_number","status":"active","connection_id":"`+c.decoy(c.nonLuhn(19))+`"}],"meta":{"total_results":1}}`)
			aid := "MA" + c.pick(gUpper+gDigits, 18)
			c.get("https://api.plivo.com/v1/Account/"+aid+"/Number/").rh("Authorization", "Basic "+gB64(aid+":"+c.secret("Plivo auth token (40 alnum)", c.alnum(40)))).
				resp("application/json", `{"api_id":"`+c.decoy(c.uuid())+`","meta":{"limit":20,"offset":0,"total_count":2},"objects":[]}`)
		}},
		{cat, "pterodactyl-client-and-application-keys", func(c *gcase) {
			sid := c.decoy(c.hexs(8))
			c.post("https://panel.gamehost.example/api/client/servers/"+sid+"/power", "application/json", `{"signal":"restart"}`).
				rh("Authorization", "Bearer "+c.secret("Pterodactyl client key ptlc_", "ptlc_"+c.alnum(43)), "Accept", "Application/vnd.pterodactyl.v1+json").code(204)
			c.get("https://panel.gamehost.example/api/application/nodes/3/configuration").rh("Authorization", "Bearer "+c.secret("Pterodactyl application key ptla_", "ptla_"+c.alnum(43))).
				resp("application/json", `{"debug":false,"uuid":"`+c.decoy(c.uuid())+`","token_id":"`+c.pick(gAlnum, 16)+`","token":"`+c.secret("Wings daemon token", c.alnum(64))+`","api":{"host":"0.0.0.0","port":8080,"ssl":{"enabled":true}},"system":{"data":"/var/lib/pterodactyl/volumes",`+c.decoy(`"sftp":{"bind_port":2022}`)+`},"remote":"https://panel.gamehost.example"}`)
		}},
		{cat, "discord-bot-token-and-client-secret", func(c *gcase) {
			appID := c.nonLuhn(19)
			c.get("https://discord.com/api/v10/applications/@me").rh("Authorization", "Bot "+c.secret("Discord bot token", gB64u(appID)+"."+c.pick(gB64uAlpha, 6)+"."+c.pick(gB64uAlpha, 38))).
				resp("application/json", `{"id":"`+c.decoy(appID)+`","name":"ClanBot","icon":"`+c.decoy(c.hexs(32))+`",`+c.decoy(`"bot_public":true`)+`,"verify_key":"`+c.hexs(64)+`","flags":8953856}`)
			c.post("https://discord.com/api/v10/oauth2/token", "application/x-www-form-urlencoded", "grant_type=client_credentials&scope=applications.commands.update&client_id="+appID+"&client_secret="+c.secret("Discord client_secret", c.pick(gB64uAlpha, 32))).
				resp("application/json", `{"token_type":"Bearer","access_token":"`+c.secret("Discord client-credentials access_token", c.alnum(30))+`",`+c.decoy(`"expires_in":604800`)+`,"scope":"applications.commands.update"}`)
		}},
		{cat, "adafruit-io-and-particle-tokens", func(c *gcase) {
			c.post("https://io.adafruit.com/api/v2/markiot/feeds/garage-temp/data", "application/json", `{"value":21.4}`).rh("X-AIO-Key", c.secret("Adafruit IO key aio_", "aio_"+c.alnum(28))).
				resp("application/json", `{"id":"`+c.decoy("0FK"+c.pick(gUpper+gDigits, 23))+`","value":"21.4","feed_id":`+c.decoy("2871144")+`,`+c.decoy(`"created_epoch":1732270504`)+`}`)
			dev := c.decoy(c.hexs(24))
			c.post("https://api.particle.io/v1/devices/"+dev+"/relay", "application/x-www-form-urlencoded", "arg=on&access_token="+c.secret("Particle access_token (40 hex)", c.hexs(40))).
				resp("application/json", `{"id":"`+dev+`","name":"boiler-photon",`+c.decoy(`"connected":true`)+`,"return_value":1}`)
		}},
		{cat, "tesla-fleet-partner-token-client-secret", func(c *gcase) {
			cid := c.decoy(c.uuid())
			c.post("https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/token", "application/x-www-form-urlencoded",
				"grant_type=client_credentials&client_id="+cid+"&client_secret="+c.secret("Tesla Fleet client_secret (ta-secret.)", "ta-secret."+c.pick(gAlnum+"%*", 16))+"&"+c.decoy("scope=openid+vehicle_device_data+vehicle_cmds+vehicle_charging_cmds")+"&"+c.decoy("audience=https%3A%2F%2Ffleet-api.prd.eu.vn.cloud.tesla.com")).
				resp("application/json", `{"access_token":"`+c.secret("Fleet partner access_token", c.rs256JWT("qDKNsuVqX-Jq0mJrFW3i4yRxoE0", `{"iss":"https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/nts","azp":"`+cid+`","aud":["https://fleet-api.prd.eu.vn.cloud.tesla.com"],"exp":1732299300}`))+`",`+c.decoy(`"expires_in":28800`)+`,"token_type":"Bearer"}`)
			c.post("https://fleet-api.prd.eu.vn.cloud.tesla.com/api/1/partner_accounts", "application/json", `{"domain":"`+c.decoy("charge.acme.example")+`"}`).
				resp("application/json", `{"response":{"client_id":"`+cid+`","domain":"charge.acme.example","public_key":"04`+c.hexs(128)+`"}}`)
		}},
		{cat, "blynk-token-and-template-id", func(c *gcase) {
			c.get("https://fra1.blynk.cloud/external/api/update?token=" + c.secret("Blynk auth token in query", c.pick(gAlnum+"-_", 32)) + "&" + c.decoy("V5=1"))
			c.get("https://fra1.blynk.cloud/external/api/device/meta?token=tOkEn&metaFieldId=1").code(400).resp("application/json", `{"error":{"message":"Invalid token."}}`)
			c.post("https://fra1.blynk.cloud/api/v1/organization/devices", "application/json", `{"templateId":"`+c.decoy("TMPL4"+c.pick(gAlnum, 7))+`","name":"Greenhouse"}`).
				rh("Authorization", "Bearer "+c.secret("Blynk org API bearer", c.b64u(48))).
				resp("application/json", `{"id":`+c.decoy("118234")+`,"token":"`+c.secret("Blynk device token in create response", c.pick(gAlnum+"-_", 32))+`"}`)
		}},
		{cat, "agora-app-certificate-and-rtc-token", func(c *gcase) {
			c.post("https://stream.acme-games.example/api/agora/config", "application/json", `{"appId":"`+c.decoy(c.hexs(32))+`","appCertificate":"`+c.secret("Agora appCertificate", c.hexs(32))+`",`+c.decoy(`"region":"EU"`)+`}`)
			c.get("https://stream.acme-games.example/api/agora/rtc-token?channel=lobby-7&uid=0").resp("application/json", `{"rtcToken":"007eJx`+c.secret("Agora RTC token body", c.b64s(150))+`",`+c.decoy(`"expireSeconds":3600`)+`}`)
		}},
		{cat, "riot-rgapi-key-and-roblosecurity", func(c *gcase) {
			c.get("https://europe.api.riotgames.com/riot/account/v1/accounts/by-riot-id/Mark/EUW").rh("X-Riot-Token", c.secret("Riot RGAPI key", "RGAPI-"+c.uuid())).
				resp("application/json", `{"puuid":"`+c.pick(gB64uAlpha, 78)+`","gameName":"Mark","tagLine":"EUW"}`).sh("X-App-Rate-Limit", c.decoy("20:1,100:120"))
			c.post("https://bots.acme-games.example/api/roblox/accounts", "application/json", `{"label":"trade-alt","cookie":"_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_`+c.secret(".ROBLOSECURITY value in a JSON body", c.u19HEX(600))+`",`+c.decoy(`"universeId":4924922222`)+`}`)
		}},
		{cat, "thingspeak-and-pushover-keys", func(c *gcase) {
			c.get("https://api.thingspeak.com/update?api_key="+c.secret("ThingSpeak write api_key", c.pick(gUpper+gDigits, 16))+"&field1=21.4&field2=48").resp("text/plain", c.decoy("18842"))
			c.post("https://api.pushover.net/1/messages.json", "application/x-www-form-urlencoded", "token="+c.secret("Pushover app token", "a"+c.pick(gLower+gDigits, 29))+"&user="+c.secret("Pushover user key", "u"+c.pick(gLower+gDigits, 29))+"&message=Freezer+above+-10C&"+c.decoy("priority=1")).
				resp("application/json", `{"status":1,"request":"`+c.decoy(c.uuid())+`"}`)
		}},
	}
}

// 9. Payment cards and the money flow.
func u19Cards() []gdef {
	const cat = "9.cards"
	return []gdef{
		{cat, "steam-checkout-inittransaction-form", func(c *gcase) {
			cart := c.decoy(c.nonLuhn(19))
			c.post("https://checkout.steampowered.com/checkout/inittransaction/", "application/x-www-form-urlencoded",
				"gidShoppingCart="+cart+"&gidReplayOfTransID=-1&PaymentMethod=visa&abortPendingTransactions=0&bHasCardInfo=1&CardNumber="+c.secret("CardNumber form field (Visa)", c.card("4", 16))+"&CardExpirationYear=2029&CardExpirationMonth=07&FirstName=Mark&LastName=Huber&BillingAddress=Hauptstr.+12&BillingCity=Berlin&BillingPostalCode=10115&BillingCountry=DE&"+c.decoy("ShippingCountryCode=DE")+"&bSaveBillingAddress=1&Currency=EUR").
				resp("application/json", `{"success":1,"transid":"`+c.decoy(c.nonLuhn(19))+`",`+c.decoy(`"paymentmethod":2`)+`}`)
		}},
		{cat, "psn-wallet-add-card-amex-json", func(c *gcase) {
			c.post("https://web.np.playstation.com/api/wallets/v1/users/me/creditcards", "application/json", `{"cardNumber":"`+c.secret("cardNumber (Amex 15)", c.card("37", 15))+`","expirationMonth":"03","expirationYear":"2030","securityCode":"`+c.digits(4)+`","nameOnCard":"Mark Huber","billingAddress":{"postalCode":"10115","countryCode":"DE"}}`).
				rh("Authorization", "Bearer "+c.secret("PSN wallet bearer", c.uuid())).
				resp("application/json", `{"creditCardId":"`+c.decoy(c.uuid())+`","cardType":"AMEX",`+c.decoy(`"expirationYear":"2030"`)+`,"default":true}`).code(201)
		}},
		{cat, "ev-adhoc-charging-payment-pan", func(c *gcase) {
			c.get("https://pay.chargeacme.example/evse/" + c.decoy("DE*ACM*E41220*02") + "?" + c.decoy("tariff=AC22-STD"))
			c.post("https://pay.chargeacme.example/api/adhoc/sessions", "application/json", `{"evseId":"DE*ACM*E41220*02","amountAuthorized":5000,"currency":"EUR","card":{"pan":"`+c.secret("card.pan (Mastercard 2-series)", c.card("2221", 16))+`","expiry":"11/28","holder":"M HUBER"}}`).
				resp("application/json", `{"sessionId":"`+c.uuid()+`","status":"AUTHORIZED","authorizationReference":"`+c.decoy(c.nonLuhn(16))+`","preAuthEur":"50.00"}`).code(201)
		}},
		{cat, "carrier-topup-voucher-pin-and-card", func(c *gcase) {
			c.post("https://selfcare.carrier.example/api/topup", "application/json", `{"method":"voucher","voucherPin":"`+c.secret("top-up voucherPin (16 digits)", c.digits(16))+`","amount":null}`).
				resp("application/json", `{"status":"CREDITED","transactionRef":"`+c.decoy(c.nonLuhn(16))+`","newBalance":"17.50",`+c.decoy(`"currency":"EUR"`)+`}`)
			c.post("https://selfcare.carrier.example/api/topup", "application/x-www-form-urlencoded", "method=card&amount=20.00&cc_number="+c.secret("cc_number form (Discover)", c.card("6011", 16))+"&cc_exp=0928&"+c.decoy("autoTopupThreshold=5.00")).
				resp("application/json", `{"status":"CREDITED","transactionRef":"`+c.decoy(c.nonLuhn(16))+`"}`)
		}},
		{cat, "xbox-and-steam-redeem-codes", func(c *gcase) {
			g := func(n, k int) string {
				var p []string
				for i := 0; i < k; i++ {
					p = append(p, c.pick("BCDFGHJKMPQRTVWXY2346789", n))
				}
				return strings.Join(p, "-")
			}
			c.post("https://buynowui.production.store-web.dynamics.com/v1.0/Redeem/PrepareRedeem/?appId=RedeemNow&context=LookupToken", "application/json", `{"tokenIdentifierValue":"`+c.secret("Xbox 25-character code", g(5, 5))+`","supportsCsvTypeTokenOnly":false,"market":"DE","language":"de-DE",`+c.decoy(`"flights":["sc_abandonedretry"]`)+`}`).
				resp("application/json", `{"productInfos":[{"productId":"`+c.decoy("9NBLGGH4R315")+`","skuId":"0010","title":"Xbox Game Pass Ultimate – 1 Month"}],"tokenType":"CSV"}`)
			c.post("https://store.steampowered.com/account/ajaxredeemwalletcode/", "application/x-www-form-urlencoded", "wallet_code="+c.secret("Steam wallet code", g(5, 3))+"&sessionid="+c.secret("sessionid form field", c.hexs(24))).
				resp("application/json", `{"success":1,"detail":0,`+c.decoy(`"formattednewwalletbalance":"27,40€"`)+`}`)
		}},
		{cat, "adyen-cse-blobs-supercharger-payment", func(c *gcase) {
			cse := func() string { return "adyenjs_0_1_25$" + c.b64s(256) + "$" + c.b64s(120) }
			c.post("https://ownership.tesla.com/mobile-app/payments/payment-methods", "application/json", `{"paymentMethod":{"type":"scheme","encryptedCardNumber":"`+c.secret("encryptedCardNumber (Adyen CSE)", cse())+`","encryptedExpiryMonth":"`+c.secret("encryptedExpiryMonth", cse())+`","encryptedSecurityCode":"`+c.secret("encryptedSecurityCode", cse())+`","holderName":"Mark Huber"},`+c.decoy(`"paymentChannel":"CHARGING"`)+`,"countryCode":"DE","storePaymentMethod":true}`).
				resp("application/json", `{"resultCode":"Authorised","pspReference":"`+c.decoy("NC6HT9CRT65ZGN82")+`","recurringDetailReference":"`+c.secret("recurringDetailReference (stored card token)", c.pick(gUpper+gDigits, 16))+`"}`)
		}},
		{cat, "nintendo-eshop-grouped-card-and-ean-decoy", func(c *gcase) {
			pan := c.card("5", 16)
			pan = pan[:1] + string("12345"[c.rng.IntN(5)]) + pan[2:]
			pan = c.card(pan[:6], 16)
			c.post("https://ec.nintendo.com/api/DE/de/cards", "application/x-www-form-urlencoded", "card_type=MASTER&card_no="+url.QueryEscape(c.secret("card_no grouped in fours (Mastercard)", gGroup4(pan, " ")))+"&exp_month=05&exp_year=2031&"+c.decoy("ean=4"+c.nonLuhn(12))+"&save_card=true")
			c.get("https://ec.nintendo.com/api/DE/de/orders/"+c.decoy("OR-"+c.nonLuhn(13))).resp("application/json", `{"status":"COMPLETED","items":[{"nsuid":`+c.decoy(c.nonLuhn(14))+`,"name":"Mario Kart 8 Deluxe"}],`+c.decoy(`"total":"59.99"`)+`}`)
		}},
		{cat, "xsolla-paystation-card-and-token", func(c *gcase) {
			tok := c.secret("Xsolla access_token in paystation URL", c.pick(gAlnum, 32))
			c.get("https://secure.xsolla.com/paystation4/?access_token=" + tok + "&" + c.decoy("lang=de"))
			c.post("https://secure.xsolla.com/paystation2/api/directpayment", "application/x-www-form-urlencoded", "access_token="+tok+"&pid=1380&card_number="+c.secret("card_number (JCB)", c.card("3530", 16))+"&card_month=09&card_year=2029&cvv_code="+c.digits(3)+"&"+c.decoy("invoice_id=1852330044")).
				resp("application/json", `{"status":"done","invoice":`+c.decoy("1852330044")+`,"purchase":{"virtual_currency":{"name":"Gems","quantity":1200}}}`)
		}},
		{cat, "stripe-charging-app-client-secret", func(c *gcase) {
			pi := "pi_3Q" + c.alnum(22)
			c.post("https://api.chargeacme.example/v2/wallet/topup", "application/json", `{"amount":2500,"currency":"eur"}`).
				resp("application/json", `{"paymentIntent":"`+pi+`","clientSecret":"`+c.secret("PaymentIntent client_secret", pi+"_secret_"+c.alnum(25))+`","ephemeralKey":"`+c.secret("ephemeralKey (ek_live_)", "ek_live_"+c.alnum(99))+`",`+c.decoy(`"customer":"cus_R8k2XbCq1m4TfZ"`)+`}`)
			c.post("https://api.stripe.com/v1/payment_intents/"+pi+"/confirm", "application/x-www-form-urlencoded", "payment_method_data[type]=card&payment_method_data[card][number]="+c.secret("payment_method_data[card][number] (Visa)", c.card("4", 16))+"&payment_method_data[card][exp_month]=12&payment_method_data[card][exp_year]=2030&client_secret=")
			c.get("https://app.chargeacme.example/wallet").resp("text/html", `<script src="https://js.stripe.com/v3/"></script><script>const stripe = Stripe("`+c.decoy("pk_live_51"+c.alnum(96))+`", { locale: "de" });</script>`)
		}},
	}
}

// 10. Personal data.
func u19Personal() []gdef {
	const cat = "10.personal"
	return []gdef{
		{cat, "carrier-selfcare-subscriber-profile", func(c *gcase) {
			c.get("https://selfcare.carrier.example/api/v3/subscriber").resp("application/json",
				`{"msisdn":"`+c.secret("msisdn", "+49 1512 "+c.digits(7))+`","firstName":"`+c.secret("firstName", "Annika-Marie")+`","lastName":"`+c.secret("lastName", "Vogelsang")+`","email":"`+c.secret("contact email", "annika.vogelsang"+c.digits(2)+"@gmail.com")+`",`+
					c.decoy(`"tariff":"GigaMobil M 5G"`)+`,`+c.decoy(`"dataVolumeGB":40`)+`,`+c.decoy(`"simType":"eSIM"`)+`,"puk1":"`+c.secret("puk1 (SIM PUK)", c.digits(8))+`",`+c.decoy(`"roamingZone":"EU"`)+`}`)
		}},
		{cat, "tesla-users-me-and-software-version", func(c *gcase) {
			c.get("https://owner-api.teslamotors.com/api/1/users/me").resp("application/json",
				`{"response":{"email":"`+c.secret("users/me email", "j.okonkwo"+c.digits(3)+"@outlook.com")+`","full_name":"`+c.secret("users/me full_name", "Jideofor Okonkwo")+`","profile_image_url":"https://vehicle-files.prd.usw2.vn.cloud.tesla.com/profile_images/`+c.decoy(c.hexs(40))+`.jpg",`+c.decoy(`"vault_uuid":"`+c.uuid()+`"`)+`}}`)
			c.get("https://owner-api.teslamotors.com/api/1/vehicles/"+c.nonLuhn(16)+"/vehicle_data").resp("application/json", `{"response":{"vehicle_state":{`+c.decoy(`"car_version":"2024.38.7 a5e1f2c9b3d4"`)+`,"odometer":41882.4,"vehicle_name":"Blue Pearl"}}}`)
		}},
		{cat, "router-admin-sessions-user-ip-vs-server-ips", func(c *gcase) {
			c.get("https://fw.acme.example/api/diagnostics/system/session").resp("application/json",
				`{"rows":[{"user":"root","remote_addr":"`+c.secret("admin session remote_addr (user's public IP)", "87.123."+c.digits(2)+".1"+c.digits(2))+`","started":"2026-11-22 10:02:11","user_agent":"Mozilla/5.0 (X11; Linux x86_64)"},{"user":"root","remote_addr":"`+c.secret("second session remote_addr (user's LAN IP)", "192.168.10."+c.digits(2))+`"}],`+
					c.decoy(`"dns_servers":["9.9.9.9","149.112.112.112"]`)+`,`+c.decoy(`"wan_gateway":"100.64.0.1"`)+`,`+c.decoy(`"firmware":"24.7.9_1"`)+`}`)
		}},
		{cat, "steam-player-summary-realname-and-server-ip", func(c *gcase) {
			c.get("https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?steamids=76561198"+c.digits(9)).resp("application/json",
				`{"response":{"players":[{"communityvisibilitystate":3,"profilestate":1,"personaname":"pebble_k","realname":"`+c.secret("realname", "Katarzyna Wiśniewska")+`","loccountrycode":"PL",`+c.decoy(`"gameextrainfo":"Counter-Strike 2"`)+`,"gameid":"730",`+c.decoy(`"gameserverip":"155.133.226.71:27015"`)+`,`+c.decoy(`"avatarhash":"`+c.hexs(40)+`"`)+`}]}}`)
		}},
		{cat, "sip-invite-display-name-and-pai", func(c *gcase) {
			e := c.get("wss://pbx.acme.example:8089/ws").rh("Sec-WebSocket-Protocol", "sip").code(101)
			num := c.secret("caller E.164 number (From and P-Asserted-Identity)", "+4930"+c.digits(8))
			e.wsMsg("receive", 1, "INVITE sip:204@df7jal23ls0d.invalid;transport=ws SIP/2.0\r\nVia: SIP/2.0/WSS 10.0.0.5:8089;branch=z9hG4bK"+c.digits(8)+"\r\nFrom: \""+c.secret("From display name", "Henrik Lindqvist")+"\" <sip:"+num+"@pbx.acme.example>;tag="+c.hexs(8)+"\r\nTo: <sip:204@pbx.acme.example>\r\nCall-ID: "+c.hexs(32)+"@pbx.acme.example\r\nP-Asserted-Identity: <tel:"+num+">\r\n"+c.decoy("User-Agent: Yealink SIP-T54W 96.86.0.70")+"\r\nContent-Type: application/sdp\r\nContent-Length: 0\r\n\r\n")
		}},
		{cat, "3cx-call-history-names-numbers", func(c *gcase) {
			c.get("https://acme.3cx.eu/xapi/v1/ReportCallLogData/Pbx.GetCallLogData(periodFrom=2026-11-22T00:00:00Z,periodTo=2026-11-22T23:59:59Z)?$top=2").resp("application/json",
				`{"value":[{"CallId":`+c.decoy("884213")+`,"SourceCallerId":"`+c.secret("SourceCallerId phone", "+44 7700 9"+c.digits(5))+`","SourceDisplayName":"`+c.secret("SourceDisplayName", "Oliver Brennan")+`","DestinationDn":"204",`+c.decoy(`"QueueName":"Support EN"`)+`,`+c.decoy(`"TalkingDuration":"PT4M12S"`)+`,"Status":"Answered"},{"CallId":884214,"SourceCallerId":"`+c.secret("second caller phone", "+33 6 "+c.digits(2)+" "+c.digits(2)+" "+c.digits(2)+" "+c.digits(2))+`","SourceDisplayName":"`+c.secret("second SourceDisplayName", "Camille Durand")+`"}]}`)
		}},
		{cat, "xbox-profile-settings-id-value-pairs", func(c *gcase) {
			c.get("https://profile.xboxlive.com/users/me/profile/settings?settings=GameDisplayName,RealName,Gamerscore,AccountTier").rh("x-xbl-contract-version", c.decoy("3")).
				resp("application/json", `{"profileUsers":[{"id":"`+c.nonLuhn(16)+`","hostId":null,"settings":[{"id":"GameDisplayName","value":"NightOwl 512"},{"id":"RealName","value":"`+c.secret("settings {id: RealName, value}", "Tomasz Kowalczyk")+`"},`+c.decoy(`{"id":"Gamerscore","value":"12840"}`)+`,`+c.decoy(`{"id":"AccountTier","value":"Gold"}`)+`],"isSponsoredUser":false}]}`)
		}},
		{cat, "ha-refresh-tokens-last-used-ip", func(c *gcase) {
			e := c.get("wss://ha.home.example/api/websocket").code(101)
			e.wsMsg("send", 1, `{"id":21,"type":"auth/current_user"}`)
			e.wsMsg("receive", 1, `{"id":21,"type":"result","success":true,"result":{"id":"`+c.hexs(32)+`","name":"`+c.secret("current_user name", "Priya Raman")+`","is_owner":true,"is_admin":true,"credentials":[{"auth_provider_type":"homeassistant","auth_provider_id":null}],"mfa_modules":[{"id":"totp","name":"Authenticator app","enabled":true}]}}`)
			e.wsMsg("send", 1, `{"id":22,"type":"auth/refresh_tokens"}`)
			e.wsMsg("receive", 1, `{"id":22,"type":"result","success":true,"result":[{"id":"`+c.hexs(32)+`",`+c.decoy(`"client_id":"https://home-assistant.io/android"`)+`,"client_name":null,"client_icon":null,"type":"normal","created_at":"2026-03-02T18:22:11.102931+00:00","is_current":false,"last_used_at":"2026-11-22T09:41:07.551203+00:00","last_used_ip":"`+c.secret("refresh token last_used_ip (user's phone)", "2a02:8109:"+c.hexs(4)+":"+c.hexs(4)+"::"+c.hexs(3)+"a")+`",`+c.decoy(`"auth_provider_type":"homeassistant"`)+`}]}`)
		}},
		{cat, "ev-driver-account-and-evse-decoys", func(c *gcase) {
			c.req("PATCH", "https://api.chargeacme.example/v2/me", "application/json", `{"driver":{"firstName":"`+c.secret("driver.firstName", "Mateo Andrés")+`","lastName":"`+c.secret("driver.lastName", "Fernández Ruiz")+`","email":"`+c.secret("driver.email", "mateo.fdz.ruiz@proton.me")+`","mobile":"`+c.secret("driver.mobile", "+34 612 "+c.digits(3)+" "+c.digits(3))+`","dateOfBirth":"`+c.secret("driver.dateOfBirth", "1988-04-17")+`"},"preferences":{`+c.decoy(`"defaultConnector":"CCS2"`)+`,"receipts":"email"}}`).
				resp("application/json", `{"updated":true,`+c.decoy(`"homeEvseId":"DE*ACM*E41220*02"`)+`,`+c.decoy(`"appVersion":"5.12.0"`)+`}`)
		}},
		{cat, "esim-order-form-identity-fields", func(c *gcase) {
			c.post("https://shop.carrier.example/checkout/esim", "application/x-www-form-urlencoded",
				"salutation=ms&given_name="+url.QueryEscape(c.secret("given_name", "Ingrid Solveig"))+"&family_name="+url.QueryEscape(c.secret("family_name", "Halvorsen-Berg"))+"&email="+url.QueryEscape(c.secret("checkout email", "ingrid.hb"+c.digits(2)+"@web.de"))+"&phone_contact="+url.QueryEscape(c.secret("phone_contact", "+47 4"+c.digits(7)))+"&birth_date=1979-11-30&"+c.decoy("tariff_code=ESIM-DATA-20")+"&"+c.decoy("device_model=Pixel+9")).
				code(303).sh("Location", c.decoy("https://shop.carrier.example/checkout/esim/confirm"))
		}},
	}
}

// heldout19Open lists what the engine misses on this corpus, each with the
// mechanism that seems to be missing. They are reported, not failed; an
// entry that no longer fails is an error (the list only shrinks).
var heldout19Open = map[string]string{
	"1.names/proxmox-pveapitoken-and-token-create: API token value (UUID)":                                              "a UUID under a generic \"value\" beside \"full-tokenid\" is kept as an identifier: the sibling that names it a token is not consulted",
	"10.personal/router-admin-sessions-user-ip-vs-server-ips: second session remote_addr (user's LAN IP)":               "a private LAN address under remote_addr is not taken as the user's own IP (only public ones are)",
	"10.personal/sip-invite-display-name-and-pai: From display name":                                                    "the quoted display name of a SIP From header inside a websocket text frame is not taken as a person's name",
	"10.personal/xbox-profile-settings-id-value-pairs: settings {id: RealName, value}":                                  "a person's name spelled as data ({id: RealName, value}) is not recognised: id/value pairs are not read as a personal field",
	"10.personal/ha-refresh-tokens-last-used-ip: current_user name":                                                     "\"name\" of a Home Assistant auth/current_user result (a user object) is not judged a person's name",
	"2.pairs/pterodactyl-startup-variables: egg_variable {env_variable: RCON_PASS, server_value}":                       "env_variable/server_value (and key/value with an opaque name STEAM_ACC) are not read as a pair whose name says secret",
	"2.pairs/pterodactyl-startup-variables: startup variable {key: STEAM_ACC, value} (GSLT)":                            "env_variable/server_value (and key/value with an opaque name STEAM_ACC) are not read as a pair whose name says secret",
	"2.pairs/shelly-kvs-set-get-rpc: KVS.Set {key: tg_bot, value}":                                                      "Shelly KVS {key: tg_bot, value} and items map: a Telegram bot token with no prefix word and a ping URL uuid are not recognised",
	"2.pairs/shelly-kvs-set-get-rpc: KVS item hc_ping value (ping URL uuid)":                                            "Shelly KVS {key: tg_bot, value} and items map: a Telegram bot token with no prefix word and a ping URL uuid are not recognised",
	"3.unnamed/ha-mobile-app-webhook-id-path: cloudhook token in URL path":                                              "a 64-hex segment in a hooks.nabu.casa URL path (cloudhook) is not taken as a capability (no webhook word in the path)",
	"3.unnamed/3cx-provisioning-folder-url: 3CX provisioning folder in path":                                            "a random 20-char folder under /provisioning/ in a URL path is not taken as a capability segment",
	"3.unnamed/tasmota-backlog-console-free-text: Backlog Password1 <value> in console text":                            "Tasmota Backlog commands \"Password1 <v>; MqttPassword <v>\" (name space value, separated by ;) in a query and console text are not read",
	"3.unnamed/tasmota-backlog-console-free-text: Backlog MqttPassword <value>":                                         "Tasmota Backlog commands \"Password1 <v>; MqttPassword <v>\" (name space value, separated by ;) in a query and console text are not read",
	"3.unnamed/synology-gofile-share-link: gofile.me share id":                                                          "a gofile.me share link id (short capability path segment, also under \"id\") is not taken as secret",
	"3.unnamed/carrier-magic-link-and-chat-transcript: password typed into support chat":                                "a password in chat prose (\"admin / <pw>\") with no password word right before it is not found",
	"4.carriers/jssip-register-digest-over-websocket: SIP Digest response in REGISTER frame":                            "SIP Digest Authorization header lines inside websocket text frames (response=\"…\") are not parsed",
	"4.carriers/opnsense-ovpn-export-inline-keys: <tls-crypt> static key line":                                          "in an .ovpn inside base64 JSON, the <tls-crypt> OpenVPN Static key V1 hex block is not redacted (the PEM private key is)",
	"4.carriers/unraid-html-hidden-csrf-and-json-parse-escapes: data-ssh-key attribute (root private key, base64)":      "a base64-encoded OpenSSH private key in an HTML data-ssh-key attribute is not decoded and recognised",
	"4.carriers/steam-iauthentication-protobuf-encoded: encrypted_password (RSA, base64) inside input_protobuf_encoded": "input_protobuf_encoded (base64 protobuf in a form/multipart field): the inner base64 RSA-encrypted password is not found",
	"4.carriers/z2m-backup-zip-base64-ws: coordinator_backup network_key.key (hex)":                                     "a base64 zip archive (stored entries) in a websocket JSON frame is not opened: YAML and JSON inside are not sanitized",
	"4.carriers/z2m-backup-zip-base64-ws: configuration.yaml mqtt password in zipped backup":                            "a base64 zip archive (stored entries) in a websocket JSON frame is not opened: YAML and JSON inside are not sanitized",
	"5.exporters/truncated-unifi-stat-device: x_vwirekey before truncation":                                             "x_vwirekey (x_ prefix + vwire + key run together) is not split into words that say key",
	"5.exporters/obs-websocket-msgpack-binary-frames: Identify authentication (msgpack)":                                "MessagePack binary websocket frames (obswebsocket.msgpack) are not decoded: Identify authentication kept",
	"6.everywhere/ha-camera-access-token-state-and-url: HLS stream path token":                                          "a 64-hex path segment under /api/hls/<token>/ is not taken as a capability",
	"7.graphql/twitch-batched-playback-access-token-integrity: Client-Integrity header (v4.public PASETO)":              "the Client-Integrity header (a v4.public PASETO token) is not a known token header or format",
	"lost 7.graphql/octopus-kraken-obtain-token-literals: \\\"refreshExpiresIn\\\":1732874100":                          "refreshExpiresIn (a timestamp) is redacted: the word refresh is read as a token name despite the Expires suffix",
	"7.graphql/gql-persisted-get-with-secret-variable: variables.activationCode in GET persisted query":                 "GraphQL variables in a GET query (percent-encoded JSON) with activationCode: the name is not judged secret",
	"lost 8.vendors/twilio-account-sid-auth-token-and-api-key: SK962b417380a567b84b74ee4f71eae5b3":                      "a Twilio API key SID (SK + 32 hex, an identifier under \"sid\") is redacted",
	"9.cards/adyen-cse-blobs-supercharger-payment: recurringDetailReference (stored card token)":                        "Adyen client-side-encrypted card fields (adyenjs_… blobs under encryptedCardNumber etc.) and recurringDetailReference are not recognised",
}
