package sanitize

// A fourth held-out corpus for "Detection that generalizes" (issue 10),
// written without reading the engine and kept distinct from the earlier
// corpora (generalize_test.go, generalize5_test.go, heldout_test.go,
// heldout2_test.go, heldout3_test.go): self-hosted developer and operations
// consoles (Jenkins, Artifactory, Nexus, Harbor, Rancher, Argo CD, Portainer,
// MinIO, Vault and Consul UIs, Nomad, pgAdmin, phpMyAdmin, Jupyter, RStudio,
// code-server, Gitea), observability agents (Kibana, Splunk HEC, Datadog RUM,
// New Relic browser agent, Mixpanel, Amplitude), chat and meeting clients
// (Matrix, Mattermost, Rocket.Chat, Discord gateway, Webex), backend-as-a-
// service SDK traffic (Appwrite, PocketBase, Hasura, PostgREST, Strapi,
// Sanity), identity servers' admin APIs (Authentik, Zitadel, FusionAuth, Duo,
// SCIM), commerce (Magento, WooCommerce, Adyen, Braintree, PayPal), exporter
// quirks of Charles, mitmproxy, Proxyman and HTTP Toolkit, and vendor token
// formats none of the earlier corpora plant. It reuses the harness of
// generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"encoding/base64"
	"encoding/hex"
	"html"
	"net/url"
	"sort"
	"strings"
	"testing"
)

func TestHeldout4Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 4", "heldout4Open", heldout4Cases(), heldout4Open)
}

func TestHeldout4CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout4Cases())
}

func heldout4Cases() []gdef {
	var all []gdef
	for _, f := range []func() []gdef{qNames, qPairs, qUnnamed, qCarriers, qExporters, qEverywhere, qGraphQL, qVendors, qCards, qPhrases, qPersonal} {
		all = append(all, f()...)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].cat < all[j].cat })
	return all
}

// qJWT is an HS256 JWT with the given claims and a random signature.
func (c *gcase) qJWT(claims string) string {
	return gB64u(`{"alg":"HS256","typ":"JWT"}`) + "." + gB64u(claims) + "." + c.b64u(32)
}

// qPw is a realistic human password built from two words, a symbol and digits.
func (c *gcase) qPw() string {
	words := []string{"Marigold", "Bluejay", "Cobalt", "Lantern", "Pelican", "Quarry", "Saffron", "Thistle", "Walrus", "Zephyr", "Orchard", "Falcon", "Granite", "Hemlock", "Juniper", "Kestrel"}
	syms := "!#$%*-+=?@^_~."
	return words[c.rng.IntN(len(words))] + string(syms[c.rng.IntN(len(syms))]) + words[c.rng.IntN(len(words))] + c.digits(2)
}

// qSHA is a 40-hex git commit id.
func (c *gcase) qSHA() string { return c.hexs(40) }

// 1. Compound and abbreviated names.
func qNames() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "jenkins-crumb-and-api-token-basic", func(c *gcase) {
			crumb := c.secret("Jenkins-Crumb header (64 hex)", c.hexs(64))
			tok := c.secret("Jenkins user API token in Basic auth", "11"+c.hexs(32))
			c.get("https://ci.acme.example/crumbIssuer/api/json").rh("Authorization", "Basic "+gB64("deploybot:"+tok)).
				resp("application/json", `{"_class":"hudson.security.csrf.DefaultCrumbIssuer","crumb":"`+crumb+`",`+c.decoy(`"crumbRequestField":"Jenkins-Crumb"`)+`}`)
			c.post("https://ci.acme.example/job/release/buildWithParameters?"+c.decoy("delay=0sec"), "application/x-www-form-urlencoded", "BRANCH=main&"+c.decoy("GIT_COMMIT="+c.qSHA())).rh("Jenkins-Crumb", crumb)
		}},
		{cat, "jenkins-credentials-xml-form-json", func(c *gcase) {
			pw := c.secret("Jenkins credentials form _.password inside json= param", c.qPw())
			js := `{"":"0","credentials":{"scope":"GLOBAL","id":"` + c.decoy("nexus-deploy") + `","username":"deploy","password":"` + pw + `","description":"Nexus","$class":"com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl"}}`
			c.post("https://ci.acme.example/credentials/store/system/domain/_/createCredentials", "application/x-www-form-urlencoded",
				"_.scope=GLOBAL&_.username=deploy&_.password="+url.QueryEscape(pw)+"&json="+url.QueryEscape(js)+"&"+c.decoy("Submit=OK"))
		}},
		{cat, "artifactory-identity-token-and-x-jfrog-art-api", func(c *gcase) {
			ref := c.secret("Artifactory refresh_token", c.uuid())
			c.post("https://acme.jfrog.io/access/api/v1/tokens", "application/x-www-form-urlencoded", "username=ci&"+c.decoy("scope=applied-permissions%2Fuser")+"&expires_in=0").
				resp("application/json", `{"token_id":"`+c.decoy(c.uuid())+`","access_token":"`+c.secret("Artifactory access_token", c.qJWT(`{"ver":"2","sub":"jfac@01h/users/ci","scp":"applied-permissions/user","exp":1800000000}`))+`","refresh_token":"`+ref+`","expires_in":0,`+c.decoy(`"token_type":"Bearer"`)+`}`)
			c.get("https://acme.jfrog.io/artifactory/api/repositories").rh("X-JFrog-Art-Api", c.secret("X-JFrog-Art-Api header", "AKCp8"+c.pick(gAlnum, 68)))
		}},
		{cat, "nexus-usertoken-namecode-passcode", func(c *gcase) {
			c.get("https://nexus.acme.example/service/rest/internal/current-user/user-token").
				resp("application/json", `{"nameCode":"`+c.decoy("Xk3pQ9rT")+`","passCode":"`+c.secret("Nexus user token passCode", c.pick(gAlnum+"+/", 44))+`","created":"`+c.decoy("2026-11-20T08:00:00.000+00:00")+`"}`)
		}},
		{cat, "harbor-robot-secret-and-csrf", func(c *gcase) {
			c.post("https://harbor.acme.example/api/v2.0/robots", "application/json", `{"name":"ci-push","duration":30,"level":"project","permissions":[{"kind":"project","namespace":"apps","access":[{"resource":"repository","action":"push"}]}]}`).
				rh("X-Harbor-CSRF-Token", c.secret("X-Harbor-CSRF-Token header", c.pick(gAlnum+"+/", 86)+"==")).
				resp("application/json", `{"id":`+c.decoy("4711")+`,"name":"robot$apps+ci-push","secret":"`+c.secret("Harbor robot secret", c.alnum(32))+`","creation_time":"2026-11-22T10:15:00.000Z",`+c.decoy(`"expires_at":1767600000`)+`}`)
		}},
		{cat, "rancher-api-key-pair-and-r-sess", func(c *gcase) {
			sk := c.secret("Rancher API secretKey", c.pick(gLower+gDigits, 54))
			c.post("https://rancher.acme.example/v3/tokens", "application/json", `{"type":"token","description":"ci","ttl":0}`).
				resp("application/json", `{"baseType":"token",`+c.decoy(`"name":"token-8x2qv"`)+`,"token":"token-8x2qv:`+sk+`",`+c.decoy(`"ttl":0`)+`,"authProvider":"local"}`)
			c.get("https://rancher.acme.example/v3/clusters").rh("Cookie", "R_SESS=token-8x2qv:"+sk+"; R_LOCALE=en-us")
		}},
		{cat, "argocd-session-jwt-and-repo-creds", func(c *gcase) {
			c.post("https://argocd.acme.example/api/v1/session", "application/json", `{"username":"admin","password":"`+c.secret("Argo CD session password", c.qPw())+`"}`).
				resp("application/json", `{"token":"`+c.secret("Argo CD session token", c.qJWT(`{"iss":"argocd","sub":"admin:login","exp":1800000000,"jti":"`+c.uuid()+`"}`))+`"}`)
			c.post("https://argocd.acme.example/api/v1/repocreds", "application/json", `{"url":"https://git.acme.example/","username":"argocd","password":"`+c.secret("Argo CD repocreds password (a PAT)", c.alnum(40))+`","sshPrivateKey":"","tlsClientCertData":"",`+c.decoy(`"enableOCI":false`)+`}`)
		}},
		{cat, "portainer-jwt-and-edge-key", func(c *gcase) {
			c.post("https://portainer.acme.example/api/auth", "application/json", `{"Username":"admin","Password":"`+c.secret("Portainer Password", c.qPw())+`"}`).
				resp("application/json", `{"jwt":"`+c.secret("Portainer jwt", c.qJWT(`{"id":1,"username":"admin","role":1,"exp":1800000000}`))+`"}`)
			c.get("https://portainer.acme.example/api/endpoints/3").resp("application/json", `{"Id":3,"Name":"edge-01","EdgeKey":"`+c.secret("Portainer EdgeKey", gB64("https://portainer.acme.example|portainer.acme.example:8000|"+c.hexs(32)+"|3"))+`",`+c.decoy(`"EdgeCheckinInterval":5`)+`}`)
		}},
		{cat, "minio-console-sts-style-keys", func(c *gcase) {
			c.post("https://minio.acme.example/api/v1/service-account-credentials", "application/json",
				`{"policy":"","accessKey":"`+c.secret("MinIO accessKey (20 upper alnum)", strings.ToUpper(c.pick(gUpper+gDigits, 20)))+`","secretKey":"`+c.secret("MinIO secretKey", c.pick(gAlnum+"+/", 40))+`",`+c.decoy(`"expiry":"2027-01-01T00:00:00Z"`)+`}`).
				sh("Set-Cookie", "token="+c.secret("MinIO console token cookie", c.pick(gB64uAlpha, 220))+"; Path=/; HttpOnly; SameSite=Lax")
		}},
		{cat, "pgadmin-server-connection-and-csrf", func(c *gcase) {
			csrf := c.secret("pgAdmin X-pgA-CSRFToken", "Im"+c.pick(gB64uAlpha, 38)+"."+c.pick(gB64uAlpha, 6)+"."+c.pick(gB64uAlpha, 27))
			c.post("https://pgadmin.acme.example/browser/server/obj/1/", "application/json", `{"name":"prod","host":"`+c.decoy("db01.internal.acme.example")+`","port":5432,"db":"postgres","username":"postgres","password":"`+c.secret("pgAdmin server password", c.qPw())+`","save_password":true,"tunnel_password":"`+c.secret("pgAdmin tunnel_password", c.qPw())+`",`+c.decoy(`"connect_timeout":10`)+`}`).
				rh("X-pgA-CSRFToken", csrf)
		}},
		{cat, "phpmyadmin-pma-password-and-token", func(c *gcase) {
			c.post("https://pma.acme.example/index.php?route=/", "application/x-www-form-urlencoded",
				"set_session="+c.secret("phpMyAdmin set_session", c.pick(gLower+gDigits, 26))+"&pma_username=root&pma_password="+url.QueryEscape(c.secret("phpMyAdmin pma_password", c.qPw()))+"&"+c.decoy("server=1")+"&route=%2F&lang=en&token="+c.secret("phpMyAdmin token (hex-ish)", c.pick("0123456789abcdef!\"#$%&'()*+,-./:;<=>?@[]^_`{|}~", 32)))
		}},
		{cat, "jupyter-xsrf-and-token-query", func(c *gcase) {
			tok := c.secret("Jupyter ?token= (48 hex)", c.hexs(48))
			c.get("https://jupyter.acme.example/lab?token=" + tok + "&" + c.decoy("reset=1"))
			c.get("https://jupyter.acme.example/api/kernels?"+c.decoy("1700000000123")).rh("X-XSRFToken", c.secret("Jupyter X-XSRFToken", "2|"+c.hexs(8)+"|"+c.hexs(32)+"|1700000000"), "Authorization", "token "+tok)
		}},
		{cat, "rstudio-csrf-and-rs-token", func(c *gcase) {
			c.post("https://rstudio.acme.example/auth-do-sign-in", "application/x-www-form-urlencoded",
				"persist=1&appUri=&clientPath=%2Fauth-sign-in&v="+url.QueryEscape(c.secret("RStudio v= (RSA-encrypted username+password)", c.b64s(256)))+"&"+c.decoy("staySignedIn=1")).
				sh("Set-Cookie", "user-id="+c.secret("RStudio user-id cookie", "dvance|"+url.QueryEscape("Sat, 22 Nov 2026 10:15:00 GMT")+"|"+c.b64s(32)))
		}},
		{cat, "codeserver-and-gitea-names", func(c *gcase) {
			c.post("https://code.acme.example/login", "application/x-www-form-urlencoded", "base=.&href=https%3A%2F%2Fcode.acme.example%2F&password="+url.QueryEscape(c.secret("code-server password", c.pick(gLower+gDigits, 24)))).
				sh("Set-Cookie", "code-server-session="+c.secret("code-server-session cookie ($argon2 hash)", "%24argon2id%24v%3D19%24m%3D65536%2Ct%3D3%2Cp%3D4%24"+c.pick(gB64uAlpha, 22)+"%24"+c.pick(gB64uAlpha, 43))+"; Path=/; HttpOnly")
			c.post("https://gitea.acme.example/user/settings/applications", "application/x-www-form-urlencoded", "_csrf="+c.secret("Gitea _csrf", c.pick(gB64uAlpha, 28))+"&name=ci&"+c.decoy("scope=write%3Arepository"))
		}},
	}
}

// 2. Pairs spelled as data.
func qPairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "nomad-variables-items", func(c *gcase) {
			c.post("https://nomad.acme.example/v1/var/nomad/jobs/web", "application/json",
				`{"Namespace":"default","Path":"nomad/jobs/web","Items":{"db_pass":"`+c.secret("Nomad variable db_pass", c.qPw())+`","stripe":"`+c.secret("Nomad variable stripe (machine)", c.alnum(48))+`",`+c.decoy(`"region":"eu-west-1"`)+`}}`).
				rh("X-Nomad-Token", c.secret("X-Nomad-Token", c.uuid()))
		}},
		{cat, "consul-kv-base64-value", func(c *gcase) {
			c.get("https://consul.acme.example/v1/kv/app/config?"+c.decoy("dc=dc1")).rh("X-Consul-Token", c.secret("X-Consul-Token", c.uuid())).
				resp("application/json", `[{"LockIndex":0,"Key":"app/config/smtp_password","Flags":0,"Value":"`+gB64(c.secret("Consul KV value under smtp_password key (base64)", c.qPw()))+`",`+c.decoy(`"CreateIndex":1337`)+`,"ModifyIndex":1338}]`)
		}},
		{cat, "vault-ui-kv2-data", func(c *gcase) {
			c.get("https://vault.acme.example/v1/secret/data/payments").rh("X-Vault-Token", c.secret("X-Vault-Token (s. legacy)", "s."+c.alnum(24))).
				resp("application/json", `{"request_id":"`+c.decoy(c.uuid())+`","lease_id":"","renewable":false,"data":{"data":{"merchant":"`+c.secret("Vault kv data under innocuous name merchant (machine)", c.alnum(40))+`","notes":"rotated monthly"},"metadata":{`+c.decoy(`"version":7`)+`}}}`)
		}},
		{cat, "strapi-admin-settings-array", func(c *gcase) {
			c.put4("https://cms.acme.example/admin/providers/options", "application/json",
				`{"providers":[{"name":"github","enabled":true,"key":"Iv1.8a3f0c2d9b7e6a51","secret":"`+c.secret("Strapi provider secret", c.hexs(40))+`"}],"settings":[{"field":"smtpPassword","val":"`+c.secret("Strapi settings field/val pair", c.qPw())+`"}]}`)
		}},
		{cat, "hubspot-forms-fields-name-value", func(c *gcase) {
			c.post("https://api.hsforms.com/submissions/v3/integration/submit/"+c.decoy("4051923")+"/"+c.uuid(), "application/json",
				`{"fields":[{"objectTypeId":"0-1","name":"email","value":"`+c.secret("HubSpot form email field (personal)", "dana.vance@acme-corp.example")+`"},{"objectTypeId":"0-1","name":"portal_password","value":"`+c.secret("HubSpot field portal_password", c.qPw())+`"}],"context":{"hutk":"`+c.decoy(c.hexs(32))+`","pageUri":"https://acme.example/demo"}}`)
		}},
		{cat, "marketo-lead-attribute-pairs", func(c *gcase) {
			c.post("https://123-ABC-456.mktorest.com/rest/v1/leads.json", "application/json",
				`{"action":"createOrUpdate","input":[{"attributes":[{"apiName":"`+c.decoy("company")+`","value":"Acme"},{"apiName":"trialActivationKey","value":"`+c.secret("Marketo apiName trialActivationKey value", c.alnum(32))+`"}]}]}`).
				rh("Authorization", "Bearer "+c.secret("Marketo bearer (uuid:region)", c.uuid()+":ab"))
		}},
		{cat, "zitadel-metadata-key-base64-value", func(c *gcase) {
			c.post("https://acme.zitadel.cloud/management/v1/users/"+c.decoy("193847561029384756")+"/metadata/_bulk", "application/json",
				`{"metadata":[{"key":"legacy_api_secret","value":"`+gB64(c.secret("Zitadel metadata value (base64) under key legacy_api_secret", c.alnum(36)))+`"},{"key":"`+c.decoy("department")+`","value":"`+c.decoy(gB64("engineering"))+`"}]}`)
		}},
		{cat, "fusionauth-webhook-headers-map-and-app-keys", func(c *gcase) {
			c.post("https://auth.acme.example/api/webhook", "application/json",
				`{"webhook":{"url":"https://hooks.acme.example/fa","headers":{"X-Hook-Signature-Key":"`+c.secret("FusionAuth webhook custom header value", c.alnum(40))+`"},"httpAuthenticationUsername":"fa","httpAuthenticationPassword":"`+c.secret("FusionAuth httpAuthenticationPassword", c.qPw())+`",`+c.decoy(`"connectTimeout":1000`)+`}}`).
				rh("Authorization", c.secret("FusionAuth API key as bare Authorization", c.pick(gB64uAlpha, 64)))
		}},
		{cat, "authentik-flow-challenge-components", func(c *gcase) {
			c.post("https://id.acme.example/api/v3/flows/executor/default-authentication-flow/?query=next%3D%252F", "application/json",
				`{"component":"ak-stage-password","password":"`+c.secret("authentik ak-stage-password password", c.qPw())+`"}`).
				sh("Set-Cookie", "authentik_session="+c.secret("authentik_session cookie", c.pick(gLower+gDigits, 32))+"; Path=/; HttpOnly")
		}},
		{cat, "sanity-env-array-of-tuples", func(c *gcase) {
			c.get("https://acme.sanity.studio/static/env.js").resp("application/javascript",
				`window.__ENV=[["SANITY_STUDIO_PROJECT_ID","`+c.decoy("k9x2pq7m")+`"],["SANITY_STUDIO_PREVIEW_SECRET","`+c.secret("Sanity env tuple PREVIEW_SECRET", c.alnum(32))+`"],["SANITY_AUTH","`+c.secret("Sanity env tuple SANITY_AUTH token (sk...)", "sk"+c.alnum(180))+`"]];`)
		}},
		{cat, "scim-user-password-op-and-bulk", func(c *gcase) {
			c.req("PATCH", "https://scim.acme.example/scim/v2/Users/"+c.decoy(c.uuid()), "application/scim+json",
				`{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"password":"`+c.secret("SCIM PatchOp value.password", c.qPw())+`","active":true}}]}`).
				rh("Authorization", "Bearer "+c.secret("SCIM bearer", c.alnum(48)))
		}},
		{cat, "ldap-web-admin-attribute-list", func(c *gcase) {
			c.post("https://ldapadmin.acme.example/cmd.php", "application/x-www-form-urlencoded",
				"cmd=update&server_id=1&dn=uid%3Ddvance%2Cou%3Dpeople%2Cdc%3Dacme&new_values%5BuserPassword%5D%5B0%5D="+url.QueryEscape(c.secret("phpLDAPadmin new_values[userPassword][0]", c.qPw()))+"&"+c.decoy("old_values%5BloginShell%5D%5B0%5D=%2Fbin%2Fbash")+"&enc_type=ssha")
		}},
	}
}

// put4 adds a PUT request.
func (c *gcase) put4(u, mime, body string) *gent { return c.req("PUT", u, mime, body) }

// 3. Unnamed machine credentials by shape.
func qUnnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "matrix-media-and-sync-path-since", func(c *gcase) {
			c.get("https://matrix.acme.example/_matrix/client/v3/sync?"+c.decoy("since=s72594_4483_1934_38_12_1_1_0")+"&timeout=30000").rh("Authorization", "Bearer "+c.secret("Matrix access token (syt_)", "syt_"+gB64u("dvance")+"_"+c.pick(gAlnum, 20)+"_"+c.pick(gAlnum, 6)))
			c.get("https://matrix.acme.example/_matrix/media/v3/download/acme.example/" + c.decoy("aBcDeFgHiJkLmNoPqRsTuV") + "?" + c.decoy("allow_redirect=true"))
		}},
		{cat, "webhook-path-segments-generic", func(c *gcase) {
			c.post("https://hooks.acme.example/hook/"+c.decoy("7")+"/"+c.secret("generic webhook path segment", c.alnum(40)), "application/json", `{"text":"deploy ok",`+c.decoy(`"build":"2026.11.22-1"`)+`}`)
			c.post("https://chat.acme.example/hooks/"+c.secret("Mattermost incoming webhook id", c.pick(gLower+gDigits, 26)), "application/json", `{"text":"hi"}`)
		}},
		{cat, "rocketchat-integration-url", func(c *gcase) {
			c.post("https://rocket.acme.example/hooks/"+c.pick(gAlnum, 17)+"/"+c.secret("Rocket.Chat integration token path", c.pick(gAlnum, 48)), "application/json", `{"text":"alert"}`)
		}},
		{cat, "pocketbase-file-token-and-unnamed-array", func(c *gcase) {
			c.get("https://pb.acme.example/api/files/"+c.decoy("pbc_3142635823")+"/"+c.decoy("k1r9n2m4p6q8s0t")+"/report.pdf?token="+c.secret("PocketBase file token (JWT)", c.qJWT(`{"collectionId":"_pb_users_auth_","exp":1700000180,"id":"k1r9n2m4p6q8s0t","type":"file"}`))).
				resp("application/pdf", "")
			c.post("https://pb.acme.example/api/batch", "application/json", `{"requests":[{"method":"PATCH","url":"/api/collections/keys/records/`+c.decoy("x7y8z9a0b1c2d3e")+`","body":{"v":"`+c.secret("PocketBase record value under v", c.pick(gB64uAlpha, 43))+`"}}]}`)
		}},
		{cat, "decoys-only-identifiers", func(c *gcase) {
			c.get("https://cdn.acme.example/assets/app."+c.decoy(c.hexs(20))+".js").rh("traceparent", c.decoy("00-"+c.hexs(32)+"-"+c.hexs(16)+"-01"), "X-Request-ID", c.decoy(c.uuid()), "If-None-Match", c.decoy(`W/"`+c.hexs(40)+`"`)).
				sh("ETag", c.decoy(`"`+c.hexs(32)+`"`), "X-Amz-Cf-Id", c.decoy(c.pick(gB64uAlpha, 56)+"=="), "Digest", c.decoy("sha-256="+c.b64s(32)), "X-Build-Sha", c.decoy(c.qSHA()))
		}},
		{cat, "elasticsearch-scroll-and-pit-ids", func(c *gcase) {
			c.post("https://kibana.acme.example/internal/search/es", "application/json", `{"params":{"index":"logs-*","body":{"pit":{"id":"`+c.decoy("46ToAwMDaWR5BXV1aWQy"+c.pick(gB64uAlpha, 40))+`","keep_alive":"1m"}}}}`).
				rh("kbn-xsrf", c.decoy("true"), "kbn-version", c.decoy("8.15.2"))
			c.get("https://es.acme.example:9200/_security/_authenticate").rh("Authorization", "ApiKey "+c.secret("Elasticsearch ApiKey scheme (base64 id:key)", gB64(c.pick(gB64uAlpha, 20)+":"+c.pick(gB64uAlpha, 22))))
		}},
		{cat, "discord-gateway-identify-frame", func(c *gcase) {
			tok := c.secret("Discord bot token in gateway IDENTIFY", gB64u(c.digits(18))+"."+c.pick(gB64uAlpha, 6)+"."+c.pick(gB64uAlpha, 38))
			c.get("wss://gateway.discord.gg/?v=10&encoding=json").code(101).
				wsMsg("send", 1, `{"op":2,"d":{"token":"`+tok+`","intents":513,"properties":{"os":"linux","browser":"acme","device":"acme"}}}`).
				wsMsg("receive", 1, `{"t":"READY","s":1,"op":0,"d":{"v":10,"session_id":"`+c.secret("Discord gateway session_id", c.hexs(32))+`","resume_gateway_url":"wss://gateway-us-east1-b.discord.gg",`+c.decoy(`"_trace":["[\"gateway-prd-us-east1-b-3x1f\",{\"micros\":102345}]"]`)+`}}`)
		}},
		{cat, "hex-and-base32-in-opaque-json", func(c *gcase) {
			c.get("https://api.acme.example/v2/integrations/17").resp("application/json",
				`{"id":17,"kind":"sftp","cfg":{"host":"sftp.partner.example","u":"acme","x":"`+c.secret("opaque cfg.x (base32 machine value)", strings.ToUpper(c.pick("abcdefghijklmnopqrstuvwxyz234567", 32)))+`","y":"`+c.secret("opaque cfg.y (64 hex)", c.hexs(64))+`"},`+c.decoy(`"checksum":"sha256:`+c.hexs(64)+`"`)+`}`)
		}},
	}
}

// 4. Carriers and stacked encodings.
func qCarriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "splunk-hec-raw-endpoint-and-token", func(c *gcase) {
			c.post("https://splunk.acme.example:8088/services/collector/raw?"+c.decoy("channel="+c.uuid())+"&sourcetype=app", "text/plain",
				`2026-11-22T10:15:00Z level=info msg="login ok" user=svc client_secret=`+c.secret("client_secret= in raw HEC log line", c.alnum(32))+` `+c.decoy("took_ms=42")).
				rh("Authorization", "Splunk "+c.secret("Splunk HEC token scheme", c.uuid()))
		}},
		{cat, "mixpanel-base64-data-query", func(c *gcase) {
			ev := `[{"event":"Signed Up","properties":{"token":"a1b2c3d4e5f60718293a4b5c6d7e8f90","distinct_id":"` + c.uuid() + `","$current_url":"https://app.acme.example/welcome?invite=` + c.secret("invite code in URL inside Mixpanel base64 data", c.pick(gB64uAlpha, 32)) + `"}}]`
			c.get("https://api-js.mixpanel.com/track/?data=" + url.QueryEscape(gB64(ev)) + "&ip=1&" + c.decoy("_=1700000000123"))
		}},
		{cat, "amplitude-form-e-param-json", func(c *gcase) {
			e := `[{"event_type":"page_view","event_properties":{"referrer":"https://app.acme.example/reset#access_token=` + c.secret("access_token in a referrer fragment inside Amplitude e=", c.pick(gB64uAlpha, 40)) + `"},"device_id":"` + c.decoy(c.uuid()) + `"}]`
			c.post("https://api2.amplitude.com/", "application/x-www-form-urlencoded", "checksum="+c.decoy(c.hexs(32))+"&client="+c.decoy(c.hexs(32))+"&e="+url.QueryEscape(e)+"&upload_time=1700000000123&v=2")
		}},
		{cat, "datadog-rum-batch-ndjson-text-plain", func(c *gcase) {
			body := `{"type":"view","view":{"url":"https://app.acme.example/activate/` + c.secret("activation path token in Datadog RUM view.url", c.pick(gB64uAlpha, 48)) + `","referrer":""},"application":{"id":"` + c.decoy(c.uuid()) + `"},"_dd":{"format_version":2}}` + "\n" +
				`{"type":"resource","resource":{"url":"https://api.acme.example/v1/me?api_key=` + c.secret("api_key in Datadog RUM resource.url", c.hexs(32)) + `","status_code":200}}`
			c.post("https://browser-intake-datadoghq.eu/api/v2/rum?ddsource=browser&"+c.decoy("ddtags=sdk_version%3A5.28.1")+"&dd-api-key=pub"+c.hexs(32)+"&dd-evp-origin=browser", "text/plain;charset=UTF-8", body)
		}},
		{cat, "newrelic-browser-agent-harvest", func(c *gcase) {
			c.post("https://bam.eu01.nr-data.net/events/1/"+c.decoy("NRJS-"+c.hexs(19))+"?a="+c.decoy("538210976")+"&v=1.270.2", "text/plain",
				`bel.7;1,1,`+c.decoy("5p,1a")+`,'click,'https://app.acme.example/login?next=%2F&auth_code=`+c.secret("auth_code in New Relic bel. event string", c.pick(gB64uAlpha, 40))+`;`)
		}},
		{cat, "kibana-saved-object-ndjson-export", func(c *gcase) {
			body := `{"attributes":{"title":"alerts","description":"","kibanaSavedObjectMeta":{"searchSourceJSON":"{\"query\":{\"query\":\"api_token:` + c.secret("api_token in escaped KQL inside searchSourceJSON", c.alnum(36)) + `\",\"language\":\"kuery\"}}"}},"id":"` + c.decoy(c.uuid()) + `","type":"search"}` + "\n" + `{"exportedCount":1,"missingRefCount":0,"missingReferences":[]}`
			c.post("https://kibana.acme.example/api/saved_objects/_export", "application/json", `{"type":["search"]}`).resp("application/ndjson", body)
		}},
		{cat, "webex-data-uri-and-kms-jwe", func(c *gcase) {
			cfg := `{"webex":{"credentials":{"access_token":"` + c.secret("Webex access_token in data: URI JSON", c.alnum(64)+"_PF84_"+c.uuid()) + `"}}}`
			c.get("https://web.webex.com/").resp("text/html", `<html><body><iframe src="data:application/json;base64,`+gB64(cfg)+`"></iframe><script src="/static/`+c.decoy("main.3f9a1c.js")+`"></script></body></html>`)
		}},
		{cat, "teams-deep-link-double-encoded-context", func(c *gcase) {
			ctx := url.QueryEscape(`{"subEntityId":"report","tok":"` + c.secret("token in double-encoded Teams deep-link context", c.b64u(32)) + `"}`)
			c.get("https://teams.microsoft.com/l/entity/" + c.decoy(c.uuid()) + "/home?context=" + url.QueryEscape(ctx) + "&" + c.decoy("tenantId="+c.uuid()))
		}},
		{cat, "woocommerce-basic-in-query-and-oauth1", func(c *gcase) {
			c.get("https://shop.acme.example/wp-json/wc/v3/orders?consumer_key=" + c.secret("WooCommerce consumer_key", "ck_"+c.hexs(40)) + "&consumer_secret=" + c.secret("WooCommerce consumer_secret", "cs_"+c.hexs(40)) + "&" + c.decoy("per_page=50"))
			c.get("https://shop.acme.example/wp-json/wc/v3/products?oauth_consumer_key=ck_"+c.hexs(40)+"&"+c.decoy("oauth_nonce="+c.pick(gAlnum, 11))+"&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1700000000&oauth_signature="+url.QueryEscape(c.secret("WooCommerce oauth_signature", c.b64s(20)))).
				rh("X-WP-Nonce", c.secret("X-WP-Nonce header", c.hexs(10)))
		}},
		{cat, "magento-customer-token-js-escaped-in-html", func(c *gcase) {
			tok := c.secret("Magento customer token in \\u0022-escaped JSON", c.pick(gLower+gDigits, 32))
			c.get("https://store.acme.example/customer/account/").resp("text/html", `<script type="text/x-magento-init">{"*":{"Magento_Customer/js/customer-data":{"sectionLoadUrl":"https:\/\/store.acme.example\/customer\/section\/load\/","cfg":"{\u0022customerToken\u0022:\u0022`+tok+`\u0022,\u0022`+c.decoy("cookieLifeTime")+`\u0022:\u00223600\u0022}"}}}</script>`)
			c.post("https://store.acme.example/checkout/cart/add/", "application/x-www-form-urlencoded", "product=42&"+c.decoy("qty=1")+"&form_key="+c.secret("Magento form_key", c.alnum(16)))
		}},
		{cat, "appwrite-x-fallback-cookies-json", func(c *gcase) {
			sess := c.secret("Appwrite a_session in X-Fallback-Cookies JSON header", c.pick(gB64uAlpha+".", 300))
			c.get("https://cloud.appwrite.io/v1/account").rh("X-Appwrite-Project", c.decoy("66a1b2c3d4e5f60718"), "X-Fallback-Cookies", `{"a_session_66a1b2c3d4e5f60718":"`+sess+`"}`)
			c.post("https://cloud.appwrite.io/v1/functions/"+c.decoy("65f1e2d3c4b5a69788")+"/executions", "application/json", `{"body":"","async":false}`).rh("X-Appwrite-Key", c.secret("X-Appwrite-Key (standard_...)", "standard_"+c.hexs(256)))
		}},
		{cat, "postgrest-jwt-in-rpc-and-prefer", func(c *gcase) {
			c.post("https://db.acme.example/rpc/login", "application/json", `{"email":"svc@acme-corp.example","pass":"`+c.secret("PostgREST rpc/login pass", c.qPw())+`"}`).rh("Prefer", c.decoy("params=single-object"), "Accept-Profile", c.decoy("api")).
				resp("application/vnd.pgrst.object+json", `{"token":"`+c.secret("PostgREST login JWT", c.qJWT(`{"role":"webuser","email":"svc@acme-corp.example","exp":1800000000}`))+`"}`)
		}},
		{cat, "hasura-admin-secret-and-ws-init", func(c *gcase) {
			as := c.secret("x-hasura-admin-secret", c.alnum(32))
			c.post("https://hasura.acme.example/v1/metadata", "application/json", `{"type":"export_metadata","args":{}}`).rh("x-hasura-admin-secret", as, "x-hasura-role", c.decoy("admin"))
			c.get("wss://hasura.acme.example/v1/graphql").rh("Sec-WebSocket-Protocol", "graphql-transport-ws").code(101).
				wsMsg("send", 1, `{"type":"connection_init","payload":{"headers":{"X-Hasura-Admin-Secret":"`+as+`"}}}`)
		}},
		{cat, "wsse-in-soap-over-mitmproxy-hex", func(c *gcase) {
			pw := c.secret("wsse Password in hex-encoded saved body", c.qPw())
			soap := `<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header><o:Security xmlns:o="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><o:UsernameToken><o:Username>svc</o:Username><o:Password>` + pw + `</o:Password></o:UsernameToken></o:Security></s:Header><s:Body/></s:Envelope>`
			e := c.post("https://erp.acme.example/ws/Orders.svc", "text/xml; charset=utf-8", base64.StdEncoding.EncodeToString([]byte(soap)))
			e.post.encoding = "base64"
			e.set("_hexBody", hex.EncodeToString([]byte("ok")))
		}},
		{cat, "html-attribute-data-config-entities", func(c *gcase) {
			cfg := html.EscapeString(`{"endpoint":"https://api.acme.example","widgetSecret":"` + c.secret("widgetSecret in entity-escaped data-config attribute", c.alnum(40)) + `","theme":"dark"}`)
			c.get("https://acme.example/support").resp("text/html", `<div id="zd-widget" data-config="`+cfg+`" data-key="`+c.decoy("pk_"+c.pick(gAlnum, 24))+`"></div>`)
		}},
		{cat, "yaml-in-multipart-helm-upload", func(c *gcase) {
			b := "----WebKitFormBoundary" + c.pick(gAlnum, 16)
			body := "--" + b + "\r\nContent-Disposition: form-data; name=\"chart\"; filename=\"values.yaml\"\r\nContent-Type: application/x-yaml\r\n\r\nimage:\n  tag: " + c.decoy("1.27.3") + "\nredis:\n  auth:\n    password: " + c.secret("redis.auth.password in uploaded YAML part", c.qPw()) + "\nsmtp:\n  apiKey: " + c.secret("smtp.apiKey in uploaded YAML part", c.alnum(40)) + "\n\r\n--" + b + "--\r\n"
			c.post("https://harbor.acme.example/api/chartrepo/apps/charts", "multipart/form-data; boundary="+b, body)
		}},
	}
}

// 5. Exporter quirks.
func qExporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "charles-whole-json-body-as-param-name", func(c *gcase) {
			body := `{"login":"svc","password":"` + c.secret("password in JSON stored as params[0].name (Charles)", c.qPw()) + `"}`
			e := c.post("https://api.acme.example/v1/session", "application/x-www-form-urlencoded", body)
			e.post.params = []any{map[string]any{"name": body, "value": ""}}
			c.creator = [2]string{"Charles Proxy", "4.6.6"}
		}},
		{cat, "mitmproxy-har-export-header-casing-and-comment", func(c *gcase) {
			c.creator = [2]string{"mitmproxy har_dump", "0.1"}
			e := c.get("https://api.acme.example/v2/reports").rh("x-api-token", c.secret("lowercase x-api-token (mitmproxy)", c.alnum(40)), "user-agent", c.decoy("python-requests/2.32.3"))
			e.set("comment", "replayed with x-api-token")
		}},
		{cat, "proxyman-empty-mime-form-body", func(c *gcase) {
			c.creator = [2]string{"Proxyman", "5.12.0"}
			c.post("https://auth.acme.example/oauth/token", "", "grant_type=password&username=dvance&password="+url.QueryEscape(c.secret("password in form body with empty mimeType (Proxyman)", c.qPw()))+"&"+c.decoy("scope=openid%20profile"))
		}},
		{cat, "httptoolkit-raw-base64-response-wrong-mime", func(c *gcase) {
			c.creator = [2]string{"HTTP Toolkit", "1.19.0"}
			e := c.get("https://api.acme.example/v1/keys/current").resp("application/octet-stream", gB64(`{"keyId":"k-2026-11","signingSecret":"`+c.secret("signingSecret in base64 JSON with octet-stream mime", c.alnum(48))+`"}`))
			e.respEncoding = "base64"
		}},
		{cat, "firefox-set-cookie-multiline-and-cookieless", func(c *gcase) {
			c.creator = [2]string{"Firefox", "133.0"}
			c.get("https://shop.acme.example/").sh("Set-Cookie", "frontend="+c.secret("Magento frontend cookie in joined Set-Cookie", c.pick(gLower+gDigits, 26))+"; expires=Sat, 22-Nov-2026 11:15:00 GMT; path=/; HttpOnly\n"+c.decoy("form_key_ttl")+"=3600; path=/\n"+c.secret("cookie without = (value only)", c.alnum(32))+"; Secure")
		}},
		{cat, "chrome-initiator-stack-url-with-token", func(c *gcase) {
			e := c.get("https://api.acme.example/v1/me")
			e.set("_initiator", map[string]any{"type": "script", "stack": map[string]any{"callFrames": []any{map[string]any{"functionName": "load", "url": "https://app.acme.example/embed.js?sig=" + c.secret("sig= in _initiator callFrame url", c.b64u(32)), "lineNumber": 1, "columnNumber": c.rng.IntN(900)}}}})
			e.set("_priority", "High")
			e.rh("sec-ch-ua", c.decoy(`"Chromium";v="131", "Not_A Brand";v="24"`))
		}},
		{cat, "safari-websocket-frames-base64-opcode2", func(c *gcase) {
			c.creator = [2]string{"WebKit Web Inspector", "18.1"}
			frame := `{"cmd":"auth","apiSecret":"` + c.secret("apiSecret in base64 opcode-2 ws frame", c.alnum(36)) + `"}`
			c.get("wss://rt.acme.example/socket").code(101).wsMsg("send", 2, gB64(frame)).wsMsg("receive", 1, `{"ok":true,`+c.decoy(`"server":"rt-3"`)+`}`)
		}},
		{cat, "burp-comment-and-highlight-fields", func(c *gcase) {
			c.creator = [2]string{"Burp Suite", "2024.10"}
			e := c.get("https://api.acme.example/v1/users?"+c.decoy("limit=20")).rh("X-Session-Key", c.secret("X-Session-Key header", c.hexs(40)))
			e.set("comment", "Cookie: sid="+c.secret("sid in pasted Cookie in entry comment", c.pick(gB64uAlpha, 32)))
		}},
		{cat, "page-title-and-pageref-with-token", func(c *gcase) {
			c.extraLog = map[string]any{"pages": []any{map[string]any{"startedDateTime": "2026-11-22T10:15:00.000Z", "id": "page_1", "title": "https://app.acme.example/magic?login_token=" + c.secret("login_token in pages[].title URL", c.pick(gB64uAlpha, 40)), "pageTimings": map[string]any{"onLoad": 100}}}}
			c.get("https://app.acme.example/" + c.decoy("dashboard"))
		}},
	}
}

// 6. One secret redacted everywhere.
func qEverywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "mattermost-token-echoed-in-ws-and-earlier-log", func(c *gcase) {
			tok := c.secret("Mattermost MMAUTHTOKEN (26 lower alnum) echoed everywhere", c.pick(gLower+gDigits, 26))
			c.post("https://log.acme.example/ingest", "application/json", `{"msg":"client boot","ref":"`+tok+`",`+c.decoy(`"level":"debug"`)+`}`)
			c.post("https://chat.acme.example/api/v4/users/login", "application/json", `{"login_id":"dvance","password":"`+c.secret("Mattermost login password", c.qPw())+`"}`).sh("Token", tok, "Set-Cookie", "MMAUTHTOKEN="+tok+"; Path=/; HttpOnly")
			c.get("wss://chat.acme.example/api/v4/websocket").code(101).wsMsg("send", 1, `{"seq":1,"action":"authentication_challenge","data":{"token":"`+tok+`"}}`)
		}},
		{cat, "rocketchat-resume-token-base64-in-later-header", func(c *gcase) {
			tok := c.secret("Rocket.Chat resume token reused base64 later", c.pick(gB64uAlpha, 43))
			c.get("wss://rocket.acme.example/websocket").code(101).wsMsg("send", 1, `["{\"msg\":\"method\",\"method\":\"login\",\"id\":\"3\",\"params\":[{\"resume\":\"`+tok+`\"}]}"]`)
			c.get("https://rocket.acme.example/api/v1/me").rh("X-Debug-Ctx", gB64("uid=Fq3x2;rt="+tok))
		}},
		{cat, "duo-sid-in-path-percent-and-plain", func(c *gcase) {
			sid := c.secret("Duo sid (base64 with + and /) percent-encoded then plain", c.b64s(48))
			c.get("https://api-" + c.decoy("1a2b3c4d") + ".duosecurity.com/frame/prompt?sid=" + url.QueryEscape(sid) + "&" + c.decoy("txid="+c.uuid()))
			c.post("https://api-1a2b3c4d.duosecurity.com/frame/status", "application/x-www-form-urlencoded", "sid="+url.QueryEscape(sid)+"&txid="+c.uuid())
			c.get("https://api-1a2b3c4d.duosecurity.com/frame/v4/auth/status").resp("application/json", `{"stat":"OK","response":{"sid":"`+sid+`"}}`)
		}},
		{cat, "bitwarden-access-token-in-notifications-query", func(c *gcase) {
			at := c.secret("Bitwarden access_token, later in notifications hub query", c.qJWT(`{"nbf":1700000000,"exp":1700003600,"iss":"https://vault.acme.example|login","sub":"`+c.uuid()+`","premium":false,"email":"dv@acme-corp.example","scope":["api","offline_access"]}`))
			c.get("https://vault.acme.example/notifications/hub?access_token=" + at + "&" + c.decoy("id="+c.pick(gB64uAlpha, 22)))
			c.post("https://vault.acme.example/identity/connect/token", "application/x-www-form-urlencoded", "grant_type=password&username=dv%40acme-corp.example&password="+url.QueryEscape(c.secret("Bitwarden master password hash (base64)", c.b64s(32)))+"&scope=api+offline_access&client_id=web&"+c.decoy("deviceType=9")).
				resp("application/json", `{"access_token":"`+at+`","expires_in":3600,"token_type":"Bearer","refresh_token":"`+c.secret("Bitwarden refresh_token", c.pick(gUpper+gDigits, 64))+`","Key":"`+c.secret("Bitwarden protected symmetric Key (2.iv|ct|mac)", "2."+c.b64s(16)+"|"+c.b64s(64)+"|"+c.b64s(32))+`",`+c.decoy(`"Kdf":0,"KdfIterations":600000`)+`}`)
		}},
		{cat, "zoom-zak-in-json-then-url", func(c *gcase) {
			zak := c.secret("Zoom ZAK token in earlier JSON then join URL", c.qJWT(`{"aud":"clientsm","uid":"`+c.pick(gB64uAlpha, 22)+`","iss":"web","sk":"0","sty":100,"wcd":"us05","clt":0,"exp":1700007200,"iat":1700000000,"cid":""}`))
			c.get("https://zoom.us/v2/users/me/token?type=zak").resp("application/json", `{"token":"`+zak+`"}`)
			c.get("https://app.zoom.us/wc/" + c.decoy("81234567890") + "/join?zak=" + zak + "&" + c.decoy("fromPWA=1"))
		}},
		{cat, "supabase-refresh-echoed-in-localstorage-dump", func(c *gcase) {
			rt := c.secret("Supabase refresh_token echoed in a later debug body", c.pick(gLower+gDigits, 22))
			c.post("https://acme.supabase.co/auth/v1/token?grant_type=refresh_token", "application/json", `{"refresh_token":"`+rt+`"}`).rh("apikey", "sb_publishable_"+c.pick(gAlnum, 20))
			c.post("https://diag.acme.example/dump", "text/plain", "localStorage sb-acme-auth-token.refresh "+rt+" "+c.decoy("v=2.45.1"))
		}},
		{cat, "grafana-session-cookie-in-later-json-and-b64", func(c *gcase) {
			sess := c.secret("grafana_session cookie, JSON echo and base64 echo", c.hexs(32))
			c.get("https://grafana.acme.example/api/user").rh("Cookie", "grafana_session="+sess+"; grafana_session_expiry=1700003600")
			c.post("https://grafana.acme.example/api/frontend-metrics", "application/json", `{"events":[{"name":"x","ctx":"`+gB64(`{"s":"`+sess+`"}`)+`"}]}`)
		}},
	}
}

// 7. GraphQL.
func qGraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "shopify-storefront-customer-access-token-create", func(c *gcase) {
			c.post("https://acme-shop.myshopify.com/api/2024-10/graphql.json", "application/json",
				`{"query":"mutation customerAccessTokenCreate($input: CustomerAccessTokenCreateInput!) { customerAccessTokenCreate(input: $input) { customerAccessToken { accessToken expiresAt } } }","variables":{"input":{"email":"dv@acme-corp.example","password":"`+c.secret("Shopify storefront input.password variable", c.qPw())+`"}}}`).
				rh("X-Shopify-Storefront-Access-Token", c.hexs(32)).
				resp("application/json", `{"data":{"customerAccessTokenCreate":{"customerAccessToken":{"accessToken":"`+c.secret("Shopify customerAccessToken.accessToken", c.hexs(32))+`","expiresAt":"`+c.decoy("2026-12-22T10:15:00Z")+`"}}}}`)
		}},
		{cat, "hasura-action-positional-variable-name", func(c *gcase) {
			c.post("https://hasura.acme.example/v1/graphql", "application/json",
				`{"operationName":"Rotate","query":"mutation Rotate($v1: String!, $v2: String!) { rotateCredential(key: $v1, newSecret: $v2) { ok } }","variables":{"v1":"`+c.decoy("stripe-live")+`","v2":"`+c.secret("variable $v2 bound to newSecret argument", c.alnum(40))+`"}}`)
		}},
		{cat, "contentful-cma-token-in-get-query-extensions", func(c *gcase) {
			c.get("https://graphql.contentful.com/content/v1/spaces/" + c.decoy("x9k2m4p6q8r0") + "/environments/master?query=" + url.QueryEscape(`{ pageCollection(preview: true) { items { title } } }`) + "&access_token=" + c.secret("Contentful preview access_token in GET", c.pick(gB64uAlpha, 43)))
		}},
		{cat, "batched-array-with-inline-literal-token", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json",
				`[{"query":"query { viewer { id } }"},{"query":"mutation { verifyEmail(token: \"`+c.secret("inline literal verifyEmail(token:) in 2nd batch item", c.pick(gB64uAlpha, 40))+`\") { ok } }"},{"query":"mutation { setPin(pin: \"`+c.secret("inline literal setPin(pin:) in 3rd batch item", c.digits(8))+`\") { ok } }"}]`)
		}},
		{cat, "apq-persisted-get-variables", func(c *gcase) {
			v := `{"resetKey":"` + c.secret("persisted GET variables resetKey", c.pick(gB64uAlpha, 32)) + `","pw":"` + c.secret("persisted GET variables pw", c.qPw()) + `"}`
			c.get("https://api.acme.example/graphql?operationName=ResetPassword&variables=" + url.QueryEscape(v) + "&extensions=" + url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"`+c.decoy(c.hexs(64))+`"}}`))
		}},
		{cat, "graphql-ws-subscribe-with-auth-in-payload-extensions", func(c *gcase) {
			c.get("wss://api.acme.example/graphql").rh("Sec-WebSocket-Protocol", "graphql-transport-ws").code(101).
				wsMsg("send", 1, `{"type":"connection_init","payload":{"authToken":"`+c.secret("graphql-ws connection_init authToken", c.alnum(48))+`"}}`).
				wsMsg("send", 1, `{"id":"`+c.decoy(c.uuid())+`","type":"subscribe","payload":{"query":"subscription { orders { id } }","extensions":{"sessionKey":"`+c.secret("subscribe extensions.sessionKey", c.hexs(40))+`"}}}`)
		}},
		{cat, "mutation-response-apikey-alias", func(c *gcase) {
			c.post("https://api.acme.example/graphql", "application/json", `{"query":"mutation { createApiKey(name: \"ci\") { k: plaintext id } }"}`).
				resp("application/json", `{"data":{"createApiKey":{"k":"`+c.secret("aliased plaintext field k", "ak_"+c.alnum(40))+`","id":"`+c.decoy("QXBpS2V5OjE3")+`"}}}`)
		}},
		{cat, "graphql-multipart-operations-with-credentials", func(c *gcase) {
			b := "----formdata-undici-0" + c.digits(11)
			ops := `{"query":"mutation($file: Upload!, $passphrase: String!) { importKeystore(file: $file, passphrase: $passphrase) { ok } }","variables":{"file":null,"passphrase":"` + c.secret("multipart operations variables.passphrase", c.qPw()) + `"}}`
			body := "--" + b + "\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n" + ops + "\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n" + c.decoy(`{"0":["variables.file"]}`) + "\r\n--" + b + "--\r\n"
			c.post("https://api.acme.example/graphql", "multipart/form-data; boundary="+b, body)
		}},
	}
}

// 8. Vendor token formats.
func qVendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "planetscale-and-prefect-in-env-paste", func(c *gcase) {
			c.post("https://support.acme.example/api/tickets", "application/json", `{"subject":"deploy fails","body":"my env:\nDATABASE_URL_HOST=`+c.decoy("aws.connect.psdb.cloud")+`\nPS_TOKEN=`+c.secret("PlanetScale pscale_tkn_", "pscale_tkn_"+c.pick(gAlnum+"_", 43))+`\nPREFECT_API_KEY=`+c.secret("Prefect pnu_", "pnu_"+c.pick(gAlnum, 36))+`\n"}`)
		}},
		{cat, "rubygems-and-clojars-in-credentials-file", func(c *gcase) {
			c.post("https://paste.acme.example/api", "text/plain", "---\n:rubygems_api_key: "+c.secret("RubyGems rubygems_ key", "rubygems_"+c.hexs(48))+"\n# clojars\nCLOJARS_TOKEN "+c.secret("Clojars CLOJARS_ token", "CLOJARS_"+c.pick(gLower+gDigits, 60))+"\n"+c.decoy("gem_version: 3.5.22")+"\n")
		}},
		{cat, "typeform-and-easypost-bearers", func(c *gcase) {
			c.get("https://api.typeform.com/forms?"+c.decoy("page_size=10")).rh("Authorization", "Bearer "+c.secret("Typeform tfp_ PAT", "tfp_"+c.pick(gLower+gDigits, 44)+"_"+c.pick(gLower+gDigits, 14)))
			c.get("https://api.easypost.com/v2/shipments").rh("Authorization", "Basic "+gB64(c.secret("EasyPost EZAK key in Basic", "EZAK"+c.pick(gLower+gDigits, 54))+":"))
		}},
		{cat, "alibaba-accesskey-in-ossutil-config-upload", func(c *gcase) {
			c.post("https://files.acme.example/upload?name=.ossutilconfig", "application/octet-stream", "[Credentials]\nlanguage=EN\nendpoint="+c.decoy("oss-eu-central-1.aliyuncs.com")+"\naccessKeyID="+c.secret("Alibaba LTAI access key id", "LTAI"+c.pick(gLower+gDigits, 20))+"\naccessKeySecret="+c.secret("Alibaba access key secret", c.alnum(30))+"\n")
		}},
		{cat, "duffel-and-shippo-in-js-config", func(c *gcase) {
			c.get("https://travel.acme.example/static/config.js").resp("text/javascript",
				`var cfg={duffel:'`+c.secret("Duffel duffel_live_ token in single-quoted JS", "duffel_live_"+c.pick(gAlnum+"_-", 43))+`',shippo:"`+c.secret("Shippo shippo_live_ token", "shippo_live_"+c.hexs(40))+`",`+c.decoy(`mapsPublic:"pk.eyJ1IjoiYWNtZSJ9.`+c.pick(gB64uAlpha, 22))+`"};`)
		}},
		{cat, "frameio-and-infracost-headers", func(c *gcase) {
			c.get("https://api.frame.io/v2/me").rh("Authorization", "Bearer "+c.secret("Frame.io fio-u- token", "fio-u-"+c.pick(gLower+gDigits+"-_", 64)))
			c.post("https://pricing.api.infracost.io/graphql", "application/json", `{"query":"{ products(filter:{vendorName:\"aws\"}) { sku } }"}`).rh("X-Api-Key", c.secret("Infracost ico- key", "ico-"+c.pick(gAlnum, 32)), "X-Infracost-Trace-Id", c.decoy(c.uuid()))
		}},
		{cat, "flutterwave-secret-in-checkout-form", func(c *gcase) {
			c.post("https://pay.acme.example/checkout/init", "application/x-www-form-urlencoded", "amount=1500&currency=NGN&"+c.decoy("public_key=FLWPUBK_TEST-"+c.hexs(32)+"-X")+"&seckey="+c.secret("Flutterwave FLWSECK_TEST- key", "FLWSECK_TEST-"+c.pick("abcdefgh0123456789", 32)+"-X"))
		}},
		{cat, "adyen-api-key-and-client-key-decoy", func(c *gcase) {
			c.post("https://checkout-test.adyen.com/v71/sessions", "application/json", `{"merchantAccount":"AcmeECOM","amount":{"currency":"EUR","value":1000},"reference":"`+c.decoy("ORD-2026-000417")+`"}`).
				rh("X-API-Key", c.secret("Adyen X-API-Key (AQE...)", "AQE"+c.pick(gAlnum, 20)+"+"+c.pick(gAlnum, 30)+"="+c.pick(gAlnum, 40)+"-"+c.pick(gAlnum, 44))).
				resp("application/json", `{"id":"`+c.decoy("CS"+strings.ToUpper(c.hexs(14)))+`","sessionData":"`+c.secret("Adyen sessionData", "Ab02b4c0!"+c.b64s(180))+`","clientKey":"test_`+strings.ToUpper(c.pick(gUpper+gDigits, 32))+`"}`)
		}},
		{cat, "braintree-client-token-base64-json", func(c *gcase) {
			inner := `{"version":2,"authorizationFingerprint":"` + c.secret("Braintree authorizationFingerprint inside base64 client token", c.qJWT(`{"exp":1700086400,"jti":"`+c.uuid()+`","sub":"acme","iss":"https://api.braintreegateway.com","merchant":{"public_id":"acme"}}`)) + `","configUrl":"https://api.braintreegateway.com:443/merchants/acme/client_api/v1/configuration"}`
			c.get("https://shop.acme.example/braintree/client_token").resp("application/json", `{"clientToken":"`+gB64(inner)+`",`+c.decoy(`"env":"production"`)+`}`)
		}},
		{cat, "paypal-oauth-basic-and-access-token", func(c *gcase) {
			cid := "A" + c.pick(gAlnum+"-_", 79)
			c.post("https://api-m.paypal.com/v1/oauth2/token", "application/x-www-form-urlencoded", "grant_type=client_credentials").rh("Authorization", "Basic "+gB64(cid+":"+c.secret("PayPal client secret in Basic", "E"+c.pick(gAlnum+"-_", 79)))).
				resp("application/json", `{"scope":"https://uri.paypal.com/services/payments","access_token":"`+c.secret("PayPal access_token (A21AA...)", "A21AA"+c.pick(gAlnum+"-_", 92))+`","token_type":"Bearer",`+c.decoy(`"app_id":"APP-80W284485P519543T"`)+`,"expires_in":32400,"nonce":"`+c.decoy("2026-11-22T10:15:00Z"+c.pick(gAlnum, 20))+`"}`)
		}},
		{cat, "twilio-flex-and-sendgrid-free-text", func(c *gcase) {
			c.post("https://flex-api.twilio.com/v1/Configuration", "application/json", `{"account_sid":"`+c.decoy("AC"+c.hexs(32))+`","serverless_service_sids":["`+c.decoy("ZS"+c.hexs(32))+`"],"attributes":{"crm":"token `+c.secret("Twilio auth token (32 hex) in free text", c.hexs(32))+`"}}`)
		}},
	}
}

// 9. Payment cards.
func qCards() []gdef {
	const cat = "9.cards"
	return []gdef{
		{cat, "stripe-elements-pm-create-form", func(c *gcase) {
			c.post("https://api.stripe.com/v1/payment_methods", "application/x-www-form-urlencoded",
				"type=card&card[number]="+c.secret("card[number] in Stripe Elements form", c.card("4000056", 16))+"&card[cvc]=734&card[exp_month]=11&card[exp_year]=29&"+c.decoy("guid="+c.uuid())+"&key="+c.decoy("pk_live_"+c.pick(gAlnum, 24)))
		}},
		{cat, "adyen-drop-in-unencrypted-test-fields", func(c *gcase) {
			p := c.secret("Adyen paymentMethod.number (Mastercard)", c.card("5555341244", 16))
			c.post("https://checkout-test.adyen.com/v71/payments", "application/json", `{"paymentMethod":{"type":"scheme","number":"`+p+`","expiryMonth":"03","expiryYear":"2030","holderName":"Dana Vance","cvc":"737"},"reference":"`+c.decoy("ORD-2026-000418")+`"}`)
		}},
		{cat, "card-in-sql-paste-with-spaces", func(c *gcase) {
			p := c.card("6011", 16)
			c.secret("Discover card in pasted SQL with spaces", gGroup4(p, " "))
			c.post("https://support.acme.example/api/notes", "application/json", `{"note":"ran: UPDATE payments SET pan='`+gGroup4(p, " ")+`' WHERE id=`+c.decoy("918273")+`;"}`)
		}},
		{cat, "card-in-xml-element-of-b2b-order", func(c *gcase) {
			p := c.secret("Visa in cXML PCard element", c.card("4263", 16))
			c.post("https://b2b.acme.example/cxml", "text/xml", `<cXML payloadID="`+c.decoy("1700000000.123@acme.example")+`"><Request><OrderRequest><OrderRequestHeader><Payment><PCard number="`+p+`" expiration="2029-11-30" name="Dana Vance"/></Payment></OrderRequestHeader></OrderRequest></Request></cXML>`)
		}},
		{cat, "card-in-dashed-chat-message-and-decoy-numbers", func(c *gcase) {
			p := c.card("3782", 15)
			c.secret("Amex in chat text with dashes", p[:4]+"-"+p[4:10]+"-"+p[10:])
			c.get("wss://chat.acme.example/socket").code(101).wsMsg("send", 1, `{"type":"message","text":"my card is `+p[:4]+"-"+p[4:10]+"-"+p[10:]+` exp 04/28, order `+c.decoy("1234567890123")+`"}`)
		}},
		{cat, "track2-equivalent-in-json", func(c *gcase) {
			p := c.card("4485", 16)
			c.secret("card PAN in track2 equivalent data", p)
			c.post("https://pos.acme.example/api/auth", "application/json", `{"terminal":"`+c.decoy("T-00417")+`","t2":";`+p+`=29111010000012300000?"}`)
		}},
		{cat, "card-number-as-json-number-and-imei-decoy", func(c *gcase) {
			p := c.card("2223", 16)
			c.secret("Mastercard 2-series as JSON number", p)
			c.post("https://api.acme.example/v1/wallet", "application/json", `{"pan":`+p+`,"device":{"imei":"`+c.decoy("35209900176148")+`"}}`)
		}},
	}
}

// 10. Free-text credential phrases.
func qPhrases() []gdef {
	const cat = "10.phrases"
	return []gdef{
		{cat, "zendesk-ticket-comment-plain-english", func(c *gcase) {
			c.post("https://acme.zendesk.com/api/v2/tickets", "application/json", `{"ticket":{"subject":"can't log in","comment":{"body":"Hi, my login is dvance and my password is `+c.secret("'my password is X' in Zendesk comment", c.qPw())+` - the temp one you sent. Ticket ref `+c.decoy("ZD-48213")+`"}}}`)
		}},
		{cat, "intercom-chat-the-key-is", func(c *gcase) {
			c.post("https://api-iam.intercom.io/messenger/web/conversations/"+c.decoy("215467001234567")+"/reply", "application/x-www-form-urlencoded",
				"app_id="+c.decoy("x1y2z3w4")+"&"+url.QueryEscape("body")+"="+url.QueryEscape("sure, the api key is "+c.secret("'the api key is X' in Intercom reply", c.alnum(40))+" (prod)"))
		}},
		{cat, "pasted-psql-connection-uri", func(c *gcase) {
			c.post("https://support.acme.example/api/notes", "application/json", `{"note":"psql postgresql://app_rw:`+c.secret("password in postgresql:// userinfo in prose", c.qPw())+`@db01.internal:5432/app?sslmode=require fails with timeout"}`)
		}},
		{cat, "pasted-curl-user-flag-and-header", func(c *gcase) {
			c.post("https://support.acme.example/api/notes", "application/json", `{"note":"repro:\ncurl -u admin:`+c.secret("curl -u user:pass", c.qPw())+` -H 'X-Auth: `+c.secret("curl -H X-Auth header value", c.alnum(32))+`' https://nexus.acme.example/service/rest/v1/status"}`)
		}},
		{cat, "mysql-identified-by-and-grant", func(c *gcase) {
			c.post("https://db-console.acme.example/query", "application/json", `{"sql":"CREATE USER 'report'@'%' IDENTIFIED WITH caching_sha2_password BY '`+c.secret("SQL IDENTIFIED ... BY 'X'", c.qPw())+`'; GRANT SELECT ON app.* TO 'report'@'%';",`+c.decoy(`"dialect":"mysql"`)+`}`)
		}},
		{cat, "env-export-lines-in-log", func(c *gcase) {
			c.post("https://log.acme.example/ingest", "text/plain", "+ export "+c.decoy("NODE_ENV=production")+"\n+ export SENTRY_AUTH=\""+c.secret("export SENTRY_AUTH=\"X\" in CI log", c.hexs(64))+"\"\n+ export ARTIFACTORY_PASS="+c.secret("export ARTIFACTORY_PASS=X", c.qPw())+"\n")
		}},
		{cat, "docker-config-json-auth-paste", func(c *gcase) {
			auth := gB64("ci:" + c.secret("docker config auths.auth (base64 user:pass)", c.qPw()))
			c.post("https://paste.acme.example/api", "text/plain", `{"auths":{"harbor.acme.example":{"auth":"`+auth+`"}},`+c.decoy(`"credsStore":"desktop"`)+`}`)
		}},
		{cat, "german-and-french-phrases", func(c *gcase) {
			c.post("https://support.acme.example/api/notes", "application/json", `{"note":"Das Kennwort lautet `+c.secret("German 'Kennwort lautet X'", c.qPw())+` – bitte ändern. Le mot de passe est `+c.secret("French 'mot de passe est X'", c.qPw())+`."}`)
		}},
		{cat, "keytab-and-ldap-bind-in-config-paste", func(c *gcase) {
			c.post("https://paste.acme.example/api", "text/plain", "[ldap]\nurl = ldaps://ldap.acme.example\nbind_dn = cn=svc,dc=acme\nbind_pw = "+c.secret("bind_pw = X in ini paste", c.qPw())+"\n"+c.decoy("timeout = 30")+"\n")
		}},
		{cat, "yaml-k8s-secret-stringdata-and-data", func(c *gcase) {
			c.post("https://rancher.acme.example/v1/secrets", "application/yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: "+c.decoy("smtp-relay")+"\nstringData:\n  relay: "+c.secret("stringData.relay in k8s Secret YAML", c.alnum(36))+"\ndata:\n  conn: "+gB64(c.secret("data.conn (base64) in k8s Secret YAML", "smtp://relay:"+c.qPw()+"@smtp.acme.example:587"))+"\n")
		}},
	}
}

// 11. Personal data.
func qPersonal() []gdef {
	const cat = "11.personal"
	return []gdef{
		{cat, "keycloak-admin-users-list", func(c *gcase) {
			c.get("https://kc.acme.example/admin/realms/acme/users?"+c.decoy("briefRepresentation=true")+"&first=0&max=20").resp("application/json",
				`[{"id":"`+c.decoy(c.uuid())+`","username":"`+c.secret("Keycloak username (a person)", "dana.vance")+`","firstName":"`+c.secret("Keycloak firstName", "Dana-Marie")+`","lastName":"`+c.secret("Keycloak lastName", "Vanderhoek")+`","email":"`+c.secret("Keycloak email", "dana.vanderhoek@acme-corp.example")+`",`+c.decoy(`"emailVerified":true`)+`,"createdTimestamp":1700000000123}]`)
		}},
		{cat, "matrix-profile-and-3pid", func(c *gcase) {
			c.get("https://matrix.acme.example/_matrix/client/v3/account/3pid").resp("application/json",
				`{"threepids":[{"medium":"email","address":"`+c.secret("Matrix 3pid email address", "r.okonkwo@partner-mail.example")+`","validated_at":1700000000000},{"medium":"msisdn","address":"`+c.secret("Matrix 3pid msisdn", "447700900417")+`",`+c.decoy(`"added_at":1700000000001`)+`}]}`)
		}},
		{cat, "woocommerce-order-billing", func(c *gcase) {
			c.get("https://shop.acme.example/wp-json/wc/v3/orders/"+c.decoy("8812")).resp("application/json",
				`{"id":8812,"billing":{"first_name":"Ingrid","last_name":"Haugland","address_1":"`+c.secret("Woo billing.address_1", "Fjordveien 12B, leil. 4")+`","email":"`+c.secret("Woo billing.email", "ingrid.haugland@fjordpost.example")+`","phone":"`+c.secret("Woo billing.phone", "+47 412 34 567")+`"},"customer_ip_address":"`+c.secret("Woo customer_ip_address", "203.0.113.77")+`",`+c.decoy(`"version":"9.4.2"`)+`}`)
		}},
		{cat, "segment-alternate-identify-v1-i", func(c *gcase) {
			c.post("https://api.segment.io/v1/i", "text/plain", `{"userId":"`+c.decoy("usr_81723")+`","traits":{"email":"`+c.secret("Segment /v1/i traits.email", "k.nakamura@acme-corp.example")+`","name":"`+c.secret("Segment traits.name", "Kenji Nakamura")+`"},"context":{"ip":"`+c.secret("Segment context.ip", "198.51.100.23")+`","library":{"name":"analytics.js","version":"`+c.decoy("next-1.70.0")+`"}},"writeKey":"`+c.pick(gAlnum, 32)+`"}`)
		}},
		{cat, "fusionauth-user-search-and-xff", func(c *gcase) {
			c.post("https://auth.acme.example/api/user/search", "application/json", `{"search":{"queryString":"email:`+c.secret("FusionAuth queryString email", "p.almeida@acme-corp.example")+`"}}`).
				rh("X-Forwarded-For", c.secret("X-Forwarded-For client address", "192.0.2.144")+", "+c.decoy("10.0.3.7"), "X-Real-IP", "192.0.2.144")
		}},
		{cat, "webex-people-me", func(c *gcase) {
			c.get("https://webexapis.com/v1/people/me").resp("application/json",
				`{"id":"`+c.decoy("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9"+c.pick(gAlnum, 20))+`","emails":["`+c.secret("Webex emails[0]", "t.oyelaran@acme-corp.example")+`"],"phoneNumbers":[{"type":"mobile","value":"`+c.secret("Webex phoneNumbers[].value", "+1 415-555-0199")+`"}],"displayName":"`+c.secret("Webex displayName", "Tomi Oyelaran")+`","nickName":"Tomi",`+c.decoy(`"status":"active"`)+`}`)
		}},
		{cat, "gitea-commit-author-decoys-and-user-email", func(c *gcase) {
			c.get("https://gitea.acme.example/api/v1/user").resp("application/json",
				`{"id":7,"login":"`+c.secret("Gitea login", "hwirtanen")+`","full_name":"`+c.secret("Gitea full_name", "Helmi Wirtanen")+`","email":"`+c.secret("Gitea email", "helmi.wirtanen@acme-corp.example")+`",`+c.decoy(`"avatar_url":"https://gitea.acme.example/avatars/`+c.hexs(32)+`"`)+`,"last_login":"`+c.decoy("2026-11-21T18:02:11Z")+`"}`)
		}},
	}
}

// heldout4Open lists the cases of this corpus the engine does not handle
// yet, each with the reason. They are reported, not failed; any other leak
// or lost decoy fails the test, and so does an entry here that no longer
// leaks (the list only shrinks).
var heldout4Open = map[string]string{
	"11.personal/matrix-profile-and-3pid: Matrix 3pid msisdn":                                                     "personal data spelled as data: {medium: msisdn, address: digits}; no phone recognised by the sibling medium",
	"11.personal/woocommerce-order-billing: Woo billing.address_1":                                                "postal address fields (address_1 under billing) are not identity fields",
	"lost 2.pairs/ldap-web-admin-attribute-list: old_values%5BloginShell%5D%5B0%5D=%2Fbin%2Fbash":                 "bracketed form key old_values[loginShell][0] (login word) treated as personal/credential; /bin/bash replaced",
	"lost 3.unnamed/matrix-media-and-sync-path-since: aBcDeFgHiJkLmNoPqRsTuV":                                     "value-shape rule on URL path segments: a 22-letter mixed-case media id is judged a generated credential",
	"lost 3.unnamed/pocketbase-file-token-and-unnamed-array: x7y8z9a0b1c2d3e":                                     "value-shape rule on URL path segments inside a JSON url member: a 15-char PocketBase record id is judged a credential",
	"3.unnamed/hex-and-base32-in-opaque-json: opaque cfg.y (64 hex)":                                              "value-shape rule: an unnamed 64-hex value under a one-letter name passes as a SHA-256 digest",
	"6.everywhere/bitwarden-access-token-in-notifications-query: Bitwarden protected symmetric Key (2.iv|ct|mac)": "weak name Key with a machine value in Bitwarden's EncString shape (2.<b64>|<b64>|<b64>): the pipe-joined base64 is not judged machine-generated",
	"8.vendors/duffel-and-shippo-in-js-config: Shippo shippo_live_ token":                                         "vendor format shippo_live_<40 hex> (gitleaks shippo-api-token) not matched under an unquoted JS key",
	"8.vendors/adyen-api-key-and-client-key-decoy: Adyen sessionData":                                             "unnamed machine credential: long base64 blob with a prefix ending in ! (Adyen sessionData) under a name without secret words",
	"9.cards/track2-equivalent-in-json: card PAN in track2 equivalent data":                                       "a PAN followed by =YYMM service code (track 2 equivalent, ;PAN=...?) is not recognised as a card number",
}
