package sanitize

// A seventeenth held-out corpus for "Detection that generalizes", written
// without reading the engine and kept distinct from the earlier corpora:
// cloud and operations consoles used in a browser. The AWS console (STS,
// SigV4 query auth, Cognito identity pools, presigned URLs, the federation
// endpoint), the Google Cloud console (OAuth, service account keys, IAM
// policies), the Azure portal (ARM, SAS, Key Vault, App Service settings
// and publish profiles), Kubernetes dashboards (Kubernetes Dashboard, Lens,
// Headlamp, Rancher, OpenShift console, Argo CD, Teleport), CI/CD UIs
// (Jenkins, GitHub Actions, GitLab CI, CircleCI, TeamCity, Bamboo,
// Buildkite, Spacelift, Harness, Rundeck), observability (Grafana, Grafana
// OnCall, Loki, Kibana, Splunk, Datadog, New Relic, Honeycomb), data
// platforms (Snowflake, Databricks, Airflow, Superset, Metabase, Jupyter,
// Dagster, Hasura) and artifact registries (Artifactory, Nexus, Harbor), in
// the carriers these products use: JSON/REST, XML (STS, Maven settings,
// Jenkins config.xml, TeamCity parameters, publish profiles), gRPC-web
// text, websockets for terminals, kernels and GraphQL subscriptions,
// server-sent events, NDJSON, YAML/HCL/ENV/INI text in bodies, kubeconfig
// and base64 Kubernetes Secrets. It reuses the harness of
// generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"encoding/base64"
	"net/url"
	"strings"
	"testing"
)

func TestHeldout17Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 17", "heldout17Open", heldout17Cases(), heldout17Open)
}

func TestHeldout17CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout17Cases())
}

func heldout17Cases() []gdef {
	return gCollect(u17Names, u17Pairs, u17Unnamed, u17Carriers, u17Exporters, u17Everywhere, u17GraphQL, u17Vendors, u17Cards, u17Personal)
}

// u17Pw is a realistic human password: a word, digits, a symbol, a word.
func (c *gcase) u17Pw() string {
	words := []string{"Glacier", "Pylon", "Kestrel", "Orchid", "Basalt", "Lantern", "Juniper", "Falcon", "Marble", "Cobalt", "Saffron", "Tidal", "Quartz", "Bramble", "Cinder", "Vortex"}
	syms := "!#$*+-=?@_~"
	return words[c.rng.IntN(len(words))] + c.digits(3) + string(syms[c.rng.IntN(len(syms))]) + strings.ToLower(words[c.rng.IntN(len(words))])
}

// u17ES is an ES256 JWT with the given claims and a random signature.
func (c *gcase) u17ES(kid, claims string) string {
	return gB64u(`{"alg":"ES256","kid":"`+kid+`","typ":"JWT"}`) + "." + gB64u(claims) + "." + c.b64u(64)
}

func (c *gcase) u17ASIA() string  { return "ASIA" + c.pick(gUpper+"234567", 16) }
func (c *gcase) u17AKIA() string  { return "AKIA" + c.pick(gUpper+"234567", 16) }
func (c *gcase) u17AwsSK() string { return c.pick(gAlnum+"+/", 40) }
func (c *gcase) u17STS() string   { return "IQoJb3JpZ2luX2VjE" + c.pick(gAlnum+"+/", 380) + "=" }

// u17Part is one multipart/form-data part.
func u17Part(b, name, extra, body string) string {
	return "--" + b + "\r\nContent-Disposition: form-data; name=\"" + name + "\"" + extra + "\r\n\r\n" + body + "\r\n"
}

// u17PEMCert is a base64 PEM certificate (public by design).
func (c *gcase) u17PEMCert() string {
	return gB64("-----BEGIN CERTIFICATE-----\nMIIC" + c.pick(gAlnum+"+/", 60) + "\n" + c.pick(gAlnum+"+/", 64) + "\n-----END CERTIFICATE-----\n")
}

// 1. Compound, abbreviated and foreign-language names.
func u17Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "sts-assume-role-xml-credentials", func(c *gcase) {
			c.post("https://sts.amazonaws.com/", "application/x-www-form-urlencoded", "Action=AssumeRole&"+c.decoy("RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2FOpsReadOnly")+"&RoleSessionName=console-ops&Version=2011-06-15&"+c.decoy("DurationSeconds=3600")).
				resp("text/xml", `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><AssumedRoleUser><Arn>`+c.decoy("arn:aws:sts::123456789012:assumed-role/OpsReadOnly/console-ops")+`</Arn><AssumedRoleId>AROA3XFRBF535PLBIFPI4:console-ops</AssumedRoleId></AssumedRoleUser><Credentials><AccessKeyId>`+
					c.secret("STS AccessKeyId (ASIA)", c.u17ASIA())+`</AccessKeyId><SecretAccessKey>`+c.secret("STS SecretAccessKey", c.u17AwsSK())+`</SecretAccessKey><SessionToken>`+c.secret("STS SessionToken", c.u17STS())+`</SessionToken><Expiration>`+
					c.decoy("2026-11-22T11:15:00Z")+`</Expiration></Credentials></AssumeRoleResult><ResponseMetadata><RequestId>`+c.decoy(c.uuid())+`</RequestId></ResponseMetadata></AssumeRoleResponse>`)
		}},
		{cat, "cognito-identity-get-credentials", func(c *gcase) {
			idt := c.rs256JWT("Jx8q2bQ1", `{"sub":"`+c.uuid()+`","aud":"5r2ma3lmn0bq7sdm8p1fj3ehh8","token_use":"id","iss":"https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab12Cd34E","exp":1795345200}`)
			iid := c.decoy("us-east-1:" + c.uuid())
			c.post("https://cognito-identity.us-east-1.amazonaws.com/", "application/x-amz-json-1.1",
				`{"IdentityId":"`+iid+`","Logins":{"cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab12Cd34E":"`+c.secret("Logins map value keyed by the provider host (an id token)", idt)+`"}}`).
				rh("X-Amz-Target", c.decoy("AWSCognitoIdentityService.GetCredentialsForIdentity"), "X-Amz-User-Agent", c.decoy("aws-sdk-js/3.662.0")).
				resp("application/x-amz-json-1.1", `{"Credentials":{"AccessKeyId":"`+c.secret("Credentials.AccessKeyId", c.u17ASIA())+`","Expiration":`+c.decoy("1795345200")+`,"SecretKey":"`+
					c.secret("Credentials.SecretKey", c.u17AwsSK())+`","SessionToken":"`+c.secret("Credentials.SessionToken", c.u17STS())+`"},"IdentityId":"`+iid+`"}`).
				sh("x-amzn-RequestId", c.decoy(c.uuid()))
		}},
		{cat, "datadog-api-and-application-key-headers", func(c *gcase) {
			c.get("https://api.datadoghq.eu/api/v1/monitor?"+c.decoy("group_states=alert")+"&with_downtimes=true").
				rh("DD-API-KEY", c.secret("DD-API-KEY header", c.hexs(32)), "DD-APPLICATION-KEY", c.secret("DD-APPLICATION-KEY header", c.hexs(40)), "Accept", "application/json").
				sh("x-ratelimit-name", c.decoy("monitor_list")).
				resp("application/json", `[{"id":`+c.decoy("148203377")+`,"name":"checkout p99 latency","type":"query alert",`+c.decoy(`"query":"avg(last_5m):p99:trace.http.request{service:checkout} > 1.5"`)+`,"overall_state":"Alert"}]`)
		}},
		{cat, "jenkins-crumb-and-node-session-cookie", func(c *gcase) {
			crumb := c.secret("Jenkins-Crumb (crumbIssuer crumb and header)", c.hexs(64))
			c.get("https://jenkins.acme.example/crumbIssuer/api/json").rh("Cookie", "JSESSIONID.8f3a2b1c="+c.secret("JSESSIONID.<node id> cookie", "node0"+strings.ToLower(c.alnum(26))+"1.node0")).
				resp("application/json", `{"_class":"hudson.security.csrf.DefaultCrumbIssuer","crumb":"`+crumb+`",`+c.decoy(`"crumbRequestField":"Jenkins-Crumb"`)+`}`)
			c.post("https://jenkins.acme.example/job/deploy-api/build?delay=0sec", "", "").rh("Jenkins-Crumb", crumb, "Cookie", "remember-me="+c.secret("remember-me cookie", c.b64s(72))).
				sh("X-Jenkins", c.decoy("2.479.1"), "Location", c.decoy("https://jenkins.acme.example/queue/item/88121/")).code(201)
		}},
		{cat, "rundeck-german-and-airflow-french-option-names", func(c *gcase) {
			c.post("https://rundeck.acme.example/api/41/job/"+c.decoy(c.uuid())+"/run", "application/json",
				`{"options":{"Benutzername":"svc-backup","Kennwort":"`+c.secret("Rundeck option Kennwort (German: password)", c.u17Pw())+`","Zugangsschluessel":"`+
					c.secret("Rundeck option Zugangsschluessel (German: access key)", c.alnum(32))+`",`+c.decoy(`"Umgebung":"produktion"`)+`},"loglevel":"INFO"}`).
				rh("X-Rundeck-Auth-Token", c.secret("X-Rundeck-Auth-Token header", c.alnum(32)))
			c.post("https://airflow.acme.example/api/v1/dags/export_ventes/dagRuns", "application/json",
				`{"dag_run_id":"`+c.decoy("manual__2026-11-22T10:15:00+00:00")+`","conf":{"mot_de_passe_sftp":"`+c.secret("conf.mot_de_passe_sftp (French: password)", c.u17Pw())+`","jeton_api":"`+
					c.secret("conf.jeton_api (French: API token)", c.b64u(32))+`","contrasena_bd":"`+c.secret("conf.contrasena_bd (Spanish: DB password)", c.u17Pw())+`",`+c.decoy(`"environnement":"recette"`)+`}}`)
		}},
		{cat, "artifactory-x-jfrog-art-api-header", func(c *gcase) {
			key := c.secret("X-JFrog-Art-Api header (AKCp key)", "AKCp8"+c.pick(gAlnum, 68))
			c.get("https://acme.jfrog.io/artifactory/api/storage/libs-release-local/com/acme/billing/1.4.2/billing-1.4.2.jar").rh("X-JFrog-Art-Api", key).
				resp("application/json", `{"repo":"libs-release-local","path":"/com/acme/billing/1.4.2/billing-1.4.2.jar",`+c.decoy(`"size":"1843302"`)+`,"checksums":{"sha1":"`+c.decoy(c.hexs(40))+`","sha256":"`+c.decoy(c.hexs(64))+`"},"downloadUri":"`+
					c.decoy("https://acme.jfrog.io/artifactory/libs-release-local/com/acme/billing/1.4.2/billing-1.4.2.jar")+`"}`)
			c.req("PUT", "https://acme.jfrog.io/artifactory/libs-release-local/com/acme/billing/1.4.3/billing-1.4.3.jar", "application/java-archive", "").
				rh("X-JFrog-Art-Api", key, "X-Checksum-Sha256", c.decoy(c.hexs(64)), "X-Checksum-Deploy", "true").code(201)
		}},
		{cat, "harbor-robot-secret-csrf-and-sid", func(c *gcase) {
			c.post("https://harbor.acme.example/api/v2.0/robots", "application/json", `{"name":"ci-push","duration":-1,"level":"project","permissions":[{"kind":"project","namespace":"payments","access":[{"resource":"repository","action":"push"}]}]}`).
				rh("X-Harbor-CSRF-Token", c.secret("X-Harbor-CSRF-Token header", c.b64s(48)), "Cookie", "sid="+c.secret("Harbor sid cookie", c.hexs(32))+"; _gorilla_csrf="+c.secret("_gorilla_csrf cookie", c.b64s(60))).
				resp("application/json", `{"id":117,`+c.decoy(`"name":"robot$payments+ci-push"`)+`,"secret":"`+c.secret("robot account secret", c.alnum(32))+`",`+c.decoy(`"creation_time":"2026-11-22T10:15:03.412Z"`)+`,"expires_at":-1}`).
				sh("X-Request-Id", c.decoy(c.uuid())).code(201)
		}},
		{cat, "jenkins-credentials-config-xml", func(c *gcase) {
			body := "<?xml version='1.1' encoding='UTF-8'?>\n<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  " + c.decoy("<scope>GLOBAL</scope>") + "\n  " + c.decoy("<id>nexus-deploy</id>") + "\n  " +
				c.decoy("<description>Deploy to Nexus releases</description>") + "\n  <username>deployer</username>\n  <password>" + c.secret("<password> of UsernamePasswordCredentialsImpl", c.u17Pw()) +
				"</password>\n  <usernameSecret>false</usernameSecret>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n"
			c.post("https://jenkins.acme.example/credentials/store/system/domain/_/credential/nexus-deploy/config.xml", "application/xml", body)
			body2 := "<org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>sonar-analysis</id>\n  <secret>" + c.secret("<secret> of StringCredentialsImpl (SonarQube squ_)", "squ_"+c.hexs(40)) +
				"</secret>\n</org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n"
			c.post("https://jenkins.acme.example/credentials/store/system/domain/_/createCredentials", "application/xml", body2)
		}},
		{cat, "snowflake-login-request-uppercase", func(c *gcase) {
			c.post("https://xy12345.eu-central-1.snowflakecomputing.com/session/v1/login-request?"+c.decoy("request_id="+c.uuid())+"&"+c.decoy("roleName=ANALYST")+"&warehouse=COMPUTE_WH", "application/json",
				`{"data":{"CLIENT_APP_ID":"Snowsight",`+c.decoy(`"CLIENT_APP_VERSION":"20261104.1.0"`)+`,"ACCOUNT_NAME":"XY12345","LOGIN_NAME":"etl_svc","PASSWORD":"`+c.secret("data.PASSWORD", c.u17Pw())+`","CLIENT_ENVIRONMENT":{"APPLICATION":"Snowsight","OS":"Linux"}}}`).
				resp("application/json", `{"data":{"masterToken":"`+c.secret("data.masterToken", "ver:1-hint:"+c.digits(10)+"-ETMsDgAAAZ"+c.pick(gAlnum+"+/", 180)+"=")+`","token":"`+
					c.secret("data.token", "ver:1-hint:"+c.digits(10)+"-ETMsDgAAAZ"+c.pick(gAlnum+"+/", 140)+"=")+`",`+c.decoy(`"validityInSeconds":3600`)+`,`+c.decoy(`"masterValidityInSeconds":14400`)+`,`+
					c.decoy(`"serverVersion":"8.44.1"`)+`,"firstLogin":false},"code":null,"message":null,"success":true}`)
		}},
		{cat, "k8s-dashboard-login-jwe-token", func(c *gcase) {
			csrf := c.secret("dashboard csrftoken/login token", c.b64u(20)+":1732270500")
			c.get("https://k8s-dashboard.acme.example/api/v1/csrftoken/login").resp("application/json", `{"token":"`+csrf+`"}`)
			sa := c.rs256JWT(c.b64u(32), `{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"kubernetes-dashboard","sub":"system:serviceaccount:kubernetes-dashboard:admin-user"}`)
			ek := c.secret("jweToken encrypted_key", c.b64u(256))
			ct := c.secret("jweToken ciphertext", c.b64u(700))
			jwe := `{"protected":"` + gB64u(`{"alg":"RSA-OAEP-256","enc":"A256GCM"}`) + `","aad":"` + c.b64u(60) + `","encrypted_key":"` + ek + `","iv":"` + c.b64u(12) + `","ciphertext":"` + ct + `","tag":"` + c.b64u(16) + `"}`
			c.post("https://k8s-dashboard.acme.example/api/v1/login", "application/json", `{"token":"`+c.secret("login body token (service account JWT)", sa)+`"}`).rh("X-CSRF-TOKEN", csrf).
				resp("application/json", `{"jweToken":`+gJS(jwe)+`,"errors":[]}`)
			c.get("https://k8s-dashboard.acme.example/api/v1/namespace?"+c.decoy("itemsPerPage=10&page=1&sortBy=d,creationTimestamp")).rh("jweToken", jwe)
		}},
		{cat, "splunk-web-login-form-key-cookies", func(c *gcase) {
			csrf := c.secret("splunkweb_csrf_token_8000 cookie and X-Splunk-Form-Key", c.digits(20))
			c.post("https://splunk.acme.example:8000/en-US/account/login", "application/x-www-form-urlencoded",
				"cval="+c.digits(10)+"&username=admin&password="+url.QueryEscape(c.secret("login form password", c.u17Pw()))+"&"+c.decoy("return_to=%2Fen-US%2Fapp%2Fsearch%2Fsearch")+"&set_has_logged_in=false").
				sh("Set-Cookie", "splunkd_8000="+c.secret("splunkd_8000 cookie (session key)", c.pick(gAlnum+"^_", 180))+"; Path=/; Secure; HttpOnly\nsplunkweb_csrf_token_8000="+csrf+"; Path=/; Secure").
				resp("application/json", `{"status":0}`)
			c.post("https://splunk.acme.example:8000/en-US/splunkd/__raw/servicesNS/admin/search/search/jobs", "application/x-www-form-urlencoded",
				"search=search+index%3Dpayments+error&"+c.decoy("earliest_time=-24h")+"&output_mode=json").rh("X-Splunk-Form-Key", csrf).
				resp("application/json", `{"sid":"`+c.decoy("1732270503.4412")+`"}`).code(201)
		}},
		{cat, "bamboo-os-password-and-azure-auxiliary-headers", func(c *gcase) {
			c.get("https://bamboo.acme.example/rest/api/latest/result/PAY-DEPLOY/latest.json?os_authType=basic&os_username=ci-bot&os_password=" + url.QueryEscape(c.secret("os_password query", c.u17Pw())) + "&" + c.decoy("expand=results.result.artifacts"))
			aux := c.rs256JWT("XRvko8P7A3UaWSnU7Lz4", `{"aud":"https://management.azure.com/","iss":"https://sts.windows.net/`+c.uuid()+`/","appid":"`+c.uuid()+`"}`)
			c.req("PUT", "https://management.azure.com/subscriptions/"+c.decoy(c.uuid())+"/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub/virtualNetworkPeerings/to-spoke?api-version=2023-09-01", "application/json", `{"properties":{"allowVirtualNetworkAccess":true}}`).
				rh("x-ms-authorization-auxiliary", "Bearer "+c.secret("x-ms-authorization-auxiliary (cross-tenant token)", aux), "x-ms-client-request-id", c.decoy(c.uuid()))
			c.req("PUT", "https://acmebackup.blob.core.windows.net/vhds/disk0.vhd", "", "").
				rh("x-ms-copy-source", c.decoy("https://acmeprod.blob.core.windows.net/vhds/disk0.vhd"), "x-ms-copy-source-authorization", "Bearer "+c.secret("x-ms-copy-source-authorization", c.rs256JWT("kid-st", `{"aud":"https://storage.azure.com"}`)), "x-ms-version", c.decoy("2023-11-03")).code(202)
		}},
	}
}

// 2. Name/value pairs spelled as data.
func u17Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "headlamp-deployment-env-name-value", func(c *gcase) {
			c.req("PATCH", "https://headlamp.acme.example/clusters/prod-eu/apis/apps/v1/namespaces/payments/deployments/checkout-api", "application/json-patch+json",
				`[{"op":"replace","path":"/spec/template/spec/containers/0/env","value":[{"name":"DB_PASSWORD","value":"`+c.secret("env[] {name: DB_PASSWORD, value}", c.u17Pw())+`"},`+c.decoy(`{"name":"LOG_LEVEL","value":"info"}`)+
					`,{"name":"STRIPE_SK","value":"`+c.secret("env[] {name: STRIPE_SK, value}", "sk_live_"+c.alnum(24))+`"},`+c.decoy(`{"name":"OTEL_SERVICE_NAME","value":"checkout-api"}`)+`,{"name":"SESSION_SIGNING","value":"`+
					c.secret("env[] {name: SESSION_SIGNING, value}", c.b64s(32))+`"}]}]`).
				resp("application/json", `{"kind":"Deployment","metadata":{"name":"checkout-api","namespace":"payments",`+c.decoy(`"resourceVersion":"81234455"`)+`,"generation":42}}`)
		}},
		{cat, "ecs-task-environment-and-ssm-parameter", func(c *gcase) {
			c.post("https://ecs.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1",
				`{"family":"billing-worker","containerDefinitions":[{"name":"worker","image":"`+c.decoy("123456789012.dkr.ecr.eu-west-1.amazonaws.com/billing-worker:2026.11.3")+`","environment":[{"name":"PAYPAL_CLIENT_SECRET","value":"`+
					c.secret("environment[] {name: PAYPAL_CLIENT_SECRET, value}", c.b64u(48))+`"},`+c.decoy(`{"name":"AWS_REGION","value":"eu-west-1"}`)+`]}],"cpu":"512","memory":"1024"}`).
				rh("X-Amz-Target", c.decoy("AmazonEC2ContainerServiceV20141113.RegisterTaskDefinition"))
			c.post("https://ssm.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1", `{"Name":"/prod/billing/db-master","WithDecryption":true}`).rh("X-Amz-Target", "AmazonSSM.GetParameter").
				resp("application/x-amz-json-1.1", `{"Parameter":{"ARN":"`+c.decoy("arn:aws:ssm:eu-west-1:123456789012:parameter/prod/billing/db-master")+`","DataType":"text","LastModifiedDate":1.732270e9,"Name":"/prod/billing/db-master","Type":"SecureString","Value":"`+
					c.secret("SSM Parameter.Value (SecureString, generic Value name)", c.u17Pw())+`",`+c.decoy(`"Version":7`)+`}}`)
		}},
		{cat, "gitlab-ci-variables-key-value", func(c *gcase) {
			c.post("https://gitlab.acme.example/api/v4/projects/4412/variables", "application/json",
				`{"key":"AWS_SECRET_ACCESS_KEY","value":"`+c.secret("variables {key: AWS_SECRET_ACCESS_KEY, value}", c.u17AwsSK())+`","variable_type":"env_var","protected":true,"masked":true,`+c.decoy(`"environment_scope":"production"`)+`}`).code(201)
			c.get("https://gitlab.acme.example/api/v4/projects/4412/variables?per_page=20").resp("application/json",
				`[{"variable_type":"env_var","key":"SLACK_SIGNING","value":"`+c.secret("variables list {key: SLACK_SIGNING, value}", c.hexs(32))+`","protected":false,"masked":true,"raw":true,"environment_scope":"*"},`+
					c.decoy(`{"variable_type":"env_var","key":"DEPLOY_REGION","value":"eu-central-1","protected":false,"masked":false,"raw":false,"environment_scope":"*"}`)+`]`)
		}},
		{cat, "circleci-context-variable-name-in-path", func(c *gcase) {
			ctx := c.decoy(c.uuid())
			c.req("PUT", "https://circleci.com/api/v2/context/"+ctx+"/environment-variable/NPM_TOKEN", "application/json", `{"value":"`+c.secret("context env var NPM_TOKEN (name in URL path, value in body)", "npm_"+c.alnum(36))+`"}`).
				resp("application/json", `{"variable":"NPM_TOKEN","context_id":"`+ctx+`",`+c.decoy(`"created_at":"2026-11-22T10:15:04.772Z"`)+`}`)
			c.post("https://circleci.com/api/v2/project/gh/acme/billing/envvar", "application/json", `{"name":"SENTRY_AUTH","value":"`+c.secret("project envvar {name: SENTRY_AUTH, value}", c.hexs(64))+`"}`).
				resp("application/json", `{"name":"SENTRY_AUTH",`+c.decoy(`"value":"xxxx3f9a"`)+`}`).code(201)
		}},
		{cat, "teamcity-xml-property-name-value", func(c *gcase) {
			c.post("https://teamcity.acme.example/app/rest/projects/id:Billing/parameters", "application/xml",
				`<property name="env.ARTIFACTORY_PASSWORD" value="`+c.secret("<property name=env.ARTIFACTORY_PASSWORD value=S>", c.u17Pw())+`"><type rawValue="password display='hidden'"/></property>`)
			c.get("https://teamcity.acme.example/app/rest/buildTypes/id:Billing_Deploy/parameters").resp("application/xml",
				`<properties count="3" href="/app/rest/buildTypes/id:Billing_Deploy/parameters"><property name="env.DEPLOY_KEY" value="`+c.secret("<property name=env.DEPLOY_KEY value=S>", c.b64s(32))+`" inherited="false"/>`+
					c.decoy(`<property name="env.GRADLE_OPTS" value="-Xmx2g -Dorg.gradle.daemon=false" inherited="false"/>`)+c.decoy(`<property name="teamcity.build.branch" value="refs/heads/main" inherited="true"/>`)+`</properties>`)
		}},
		{cat, "jenkins-build-with-parameters-form", func(c *gcase) {
			pw := c.secret("build parameter name=DEPLOY_PASSWORD&value=S", c.u17Pw())
			js := `{"parameter":[{"name":"DEPLOY_PASSWORD","value":"` + pw + `"},{"name":"BRANCH","value":"release-2026.11"}],"statusCode":"303","redirectTo":"."}`
			c.post("https://jenkins.acme.example/job/deploy-billing/build?delay=0sec", "application/x-www-form-urlencoded",
				"name=DEPLOY_PASSWORD&value="+url.QueryEscape(pw)+"&"+c.decoy("name=BRANCH&value=release-2026.11")+"&statusCode=303&redirectTo=.&json="+url.QueryEscape(js)+"&Submit=Build").code(302).
				sh("Location", c.decoy("https://jenkins.acme.example/job/deploy-billing/"))
		}},
		{cat, "airflow-config-options-and-variables", func(c *gcase) {
			c.get("https://airflow.acme.example/api/v1/config?section=core").resp("application/json",
				`{"sections":[{"name":"core","options":[{"key":"fernet_key","value":"`+c.secret("config option {key: fernet_key, value}", c.b64u(32)+"=")+`","source":"env var"},`+c.decoy(`{"key":"parallelism","value":"32","source":"airflow.cfg"}`)+
					`,{"key":"sql_alchemy_conn","value":"postgresql+psycopg2://airflow:`+c.secret("sql_alchemy_conn password", c.alnum(20))+`@10.20.3.4:5432/airflow","source":"env var"},`+c.decoy(`{"key":"executor","value":"CeleryExecutor","source":"airflow.cfg"}`)+`]}]}`)
			c.post("https://airflow.acme.example/api/v1/variables", "application/json", `{"key":"slack_bot","value":"`+c.secret("variable {key: slack_bot, value}", "xoxb-"+c.digits(12)+"-"+c.digits(13)+"-"+c.alnum(24))+`",`+c.decoy(`"description":"alerts to #data-oncall"`)+`}`)
		}},
		{cat, "databricks-secrets-put-scope-key", func(c *gcase) {
			c.post("https://adb-4412778812.7.azuredatabricks.net/api/2.0/secrets/put", "application/json",
				`{`+c.decoy(`"scope":"prod-etl"`)+`,"key":"snowflake-password","string_value":"`+c.secret("secrets/put {key: snowflake-password, string_value}", c.u17Pw())+`"}`)
			c.post("https://adb-4412778812.7.azuredatabricks.net/api/2.0/secrets/put", "application/json",
				`{"scope":"prod-etl","key":"gcs-sa-key","bytes_value":"`+gB64(`{"type":"service_account","private_key_id":"`+c.secret("bytes_value (base64 SA JSON) private_key_id", c.hexs(40))+`"}`)+`"}`)
			c.get("https://adb-4412778812.7.azuredatabricks.net/api/2.0/secrets/list?scope=prod-etl").resp("application/json", `{"secrets":[{"key":"gcs-sa-key",`+c.decoy(`"last_updated_timestamp":1732270504012`)+`}]}`)
		}},
		{cat, "azure-portal-appsettings-advanced-edit", func(c *gcase) {
			c.post("https://portal.azure.com/api/Websites/AppSettings/Update?"+c.decoy("site=billing-api-prod"), "application/json",
				`[{"name":"STRIPE_WEBHOOK_SIGNING","value":"`+c.secret("appsettings [] {name: STRIPE_WEBHOOK_SIGNING, value}", "whsec_"+c.alnum(32))+`","slotSetting":false},`+
					c.decoy(`{"name":"WEBSITE_NODE_DEFAULT_VERSION","value":"~20","slotSetting":false}`)+`,{"name":"ConnectionStrings__Default","value":"Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=billing;User ID=billing_app;Password=`+
					c.secret("connection string Password= inside a pair value", c.u17Pw())+`;Encrypt=True;","slotSetting":true}]`)
		}},
		{cat, "jenkins-config-page-html-inputs", func(c *gcase) {
			html := `<form method="post" action="configSubmit" name="config"><input name="Jenkins-Crumb" type="hidden" value="` + c.secret("hidden input Jenkins-Crumb", c.hexs(64)) + `">` +
				`<div class="setting-main"><input name="_.id" type="text" class="setting-input" ` + c.decoy(`value="nexus-deploy"`) + `></div>` +
				`<div class="setting-main"><input name="_.password" type="password" class="complex-password-field hidden-password-field setting-input" value="{` + c.secret("password input value (Jenkins encrypted secret blob)", "AQAAABAAAAAQ"+c.pick(gAlnum+"+/", 64)+"=") + `}"></div>` +
				`<input name="_.apiToken" type="password" value="` + c.secret("_.apiToken password input", "11"+c.hexs(32)) + `">` + c.decoy(`<input name="_.url" type="text" value="https://nexus.acme.example/repository/maven-releases/">`) + `</form>`
			c.get("https://jenkins.acme.example/manage/credentials/store/system/domain/_/credential/nexus-deploy/update").resp("text/html;charset=utf-8", html)
		}},
		{cat, "key-vault-secret-get-value", func(c *gcase) {
			ver := c.hexs(32)
			c.get("https://acme-prod-kv.vault.azure.net/secrets/sql-admin/"+ver+"?api-version=7.4").rh("Authorization", "Bearer "+c.secret("Key Vault bearer", c.rs256JWT("L1KfKFI_jnXbwWc9", `{"aud":"https://vault.azure.net"}`))).
				resp("application/json", `{"value":"`+c.secret("Key Vault secret bundle value (generic name)", c.u17Pw())+`","id":"`+c.decoy("https://acme-prod-kv.vault.azure.net/secrets/sql-admin/"+ver)+`","attributes":{"enabled":true,"created":1732270000,"updated":1732270000,`+
					c.decoy(`"recoveryLevel":"Recoverable+Purgeable"`)+`,"recoverableDays":90},"tags":{`+c.decoy(`"owner":"platform-team"`)+`}}`).sh("x-ms-request-id", c.decoy(c.uuid()))
		}},
		{cat, "argocd-helm-parameters-name-value", func(c *gcase) {
			c.req("PUT", "https://argocd.acme.example/api/v1/applications/billing?validate=true", "application/json",
				`{"metadata":{"name":"billing","namespace":"argocd"},"spec":{"project":"default","source":{"repoURL":"`+c.decoy("https://charts.bitnami.com/bitnami")+`","chart":"postgresql",`+c.decoy(`"targetRevision":"15.5.38"`)+
					`,"helm":{"parameters":[{"name":"auth.postgresPassword","value":"`+c.secret("helm.parameters {name: auth.postgresPassword, value}", c.u17Pw())+`"},`+c.decoy(`{"name":"primary.persistence.size","value":"50Gi"}`)+
					`,{"name":"auth.replicationPassword","value":"`+c.secret("helm.parameters {name: auth.replicationPassword, value}", c.alnum(24))+`","forceString":true}]}},"destination":{"server":"https://kubernetes.default.svc","namespace":"billing"}}}`)
		}},
	}
}

// 3. Generated credentials without a telling name.
func u17Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "grafana-snapshot-view-and-delete-paths", func(c *gcase) {
			key := c.secret("snapshot key in /dashboard/snapshot/<key> path", c.alnum(32))
			c.get("https://grafana.acme.example/dashboard/snapshot/"+key+"?"+c.decoy("orgId=1")).resp("text/html", "<!DOCTYPE html><html><head><title>Grafana</title></head><body></body></html>")
			c.get("https://grafana.acme.example/api/snapshots/"+key).resp("application/json", `{"meta":{"isSnapshot":true,"type":"snapshot",`+c.decoy(`"created":"2026-11-22T10:01:12Z"`)+`,"expires":"2026-11-29T10:01:12Z"},"dashboard":{"title":"Checkout SLO"}}`)
			c.get("https://grafana.acme.example/api/snapshots-delete/" + c.secret("snapshot delete key in /api/snapshots-delete/<key>", c.alnum(32)))
		}},
		{cat, "grafana-public-dashboard-access-token-path", func(c *gcase) {
			at := c.secret("public dashboard accessToken in path", c.hexs(32))
			c.get("https://grafana.acme.example/public-dashboards/" + at)
			c.post("https://grafana.acme.example/api/public/dashboards/"+at+"/panels/4/query", "application/json", `{"intervalMs":60000,"maxDataPoints":1200,`+c.decoy(`"timeRange":{"from":"now-6h","to":"now"}`)+`}`).
				resp("application/json", `{"results":{"A":{"status":200,"frames":[{"schema":{"name":"http_requests_total","refId":"A"}}]}}}`).sh("X-Grafana-Trace-Id", c.decoy(c.hexs(32)))
		}},
		{cat, "metabase-reset-superset-activation-public-links", func(c *gcase) {
			c.get("https://metabase.acme.example/auth/reset_password/" + "12_" + c.secret("Metabase reset token in path (<user>_<uuid>)", c.uuid()))
			c.get("https://superset.acme.example/register/activation/" + c.secret("Superset (FAB) activation hash in path", c.hexs(32)))
			c.get("https://metabase.acme.example/public/dashboard/"+c.secret("Metabase public dashboard uuid (a capability)", c.uuid())+"#"+c.decoy("theme=night")).
				resp("text/html", "<html><head><title>Revenue</title></head><body>"+c.decoy(`<div id="root" data-version="v0.50.21"></div>`)+"</body></html>")
		}},
		{cat, "oncall-and-victorops-integration-webhook-urls", func(c *gcase) {
			alert := `{"receiver":"oncall","status":"firing","alerts":[{"labels":{"alertname":"HighErrorRate","service":"checkout"},` + c.decoy(`"fingerprint":"8c2b1f9a0d3e4b71"`) + `,"startsAt":"2026-11-22T10:12:00Z"}],"groupKey":"{}:{alertname=\"HighErrorRate\"}"}`
			c.post("https://oncall-prod-eu-west-0.grafana.net/oncall/integrations/v1/alertmanager/"+c.secret("Grafana OnCall integration token in path", c.alnum(25))+"/", "application/json", alert)
			c.post("https://alert.victorops.com/integrations/generic/20131114/alert/"+c.secret("VictorOps REST api key in path", c.uuid())+"/"+c.decoy("checkout-routing"), "application/json",
				`{"message_type":"CRITICAL",`+c.decoy(`"entity_id":"checkout/HighErrorRate"`)+`,"state_message":"error rate 7.2%"}`)
		}},
		{cat, "grafana-contact-point-teams-url", func(c *gcase) {
			tenant, grp := c.uuid(), c.uuid()
			u := "https://acme.webhook.office.com/webhookb2/" + grp + "@" + tenant + "/IncomingWebhook/" + c.secret("Teams webhook path segment (32 hex)", c.hexs(32)) + "/" + c.uuid() + "/V2" + c.secret("Teams webhook V2 signature segment", c.b64u(32))
			c.post("https://grafana.acme.example/api/v1/provisioning/contact-points", "application/json",
				`{"name":"ops-teams","type":"teams","settings":{"url":"`+u+`",`+c.decoy(`"title":"{{ template \"teams.default.title\" . }}"`)+`},"disableResolveMessage":false}`).
				resp("application/json", `{`+c.decoy(`"uid":"ee4jx1pq8z1tse"`)+`,"name":"ops-teams","type":"teams"}`).code(202)
		}},
		{cat, "honeycomb-x-honeycomb-team-classic-key", func(c *gcase) {
			c.post("https://api.honeycomb.io/1/batch/"+c.decoy("checkout-api"), "application/json",
				`[{"time":"2026-11-22T10:15:00.123Z","samplerate":1,"data":{`+c.decoy(`"trace.trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"`)+`,"duration_ms":41.7,"http.status_code":502}}]`).
				rh("X-Honeycomb-Team", c.secret("X-Honeycomb-Team (classic 32-hex key, header name says team)", c.hexs(32)), "X-Honeycomb-Event-Time", c.decoy("2026-11-22T10:15:00.123Z"))
		}},
		{cat, "jenkins-agent-jnlp-arguments-and-secret-file", func(c *gcase) {
			sec := c.secret("agent secret (JNLP <argument>, agent page)", c.hexs(64))
			c.get("https://jenkins.acme.example/computer/build-07/jenkins-agent.jnlp").resp("application/x-java-jnlp-file",
				`<jnlp codebase="https://jenkins.acme.example/computer/build-07/" spec="1.0+"><information><title>Agent for build-07</title><vendor>Jenkins project</vendor></information><application-desc main-class="hudson.remoting.jnlp.Main"><argument>`+
					sec+`</argument><argument>build-07</argument>`+c.decoy(`<argument>-workDir</argument><argument>/home/jenkins/agent</argument>`)+`<argument>-url</argument><argument>https://jenkins.acme.example/</argument></application-desc></jnlp>`)
			c.get("https://jenkins.acme.example/computer/build-07/").resp("text/html", `<pre>echo `+sec+` &gt; secret-file
curl -sO https://jenkins.acme.example/jnlpJars/agent.jar
java -jar agent.jar -url https://jenkins.acme.example/ -secret @secret-file -name "build-07" -webSocket -workDir "/home/jenkins/agent"</pre>`+c.decoy(`<p>Agent is connected. Version 3261.v9c670a_4748a_9</p>`))
		}},
		{cat, "identity-aware-proxy-assertion-headers", func(c *gcase) {
			cfj := c.rs256JWT(c.hexs(64), `{"aud":["`+c.hexs(64)+`"],"email":"svc@acme.example","iss":"https://acme.cloudflareaccess.com","type":"app"}`)
			c.get("https://argocd.acme.example/api/v1/applications?"+c.decoy("projects=payments")).rh("Cf-Access-Jwt-Assertion", c.secret("Cf-Access-Jwt-Assertion header", cfj), "Cookie", "CF_Authorization="+cfj, "Cf-Ray", c.decoy("8e6b2f1d9c3a77e1-FRA"))
			iap := c.u17ES("0oeLcQ", `{"aud":"/projects/`+c.digits(12)+`/global/backendServices/`+c.digits(19)+`","iss":"https://cloud.google.com/iap","hd":"acme.example"}`)
			c.get("https://kibana.acme.example/api/status").rh("x-goog-iap-jwt-assertion", c.secret("x-goog-iap-jwt-assertion header", iap), "X-Cloud-Trace-Context", c.decoy("105445aa7843bc8bf206b12000100000/1;o=1"))
		}},
		{cat, "datadog-and-newrelic-public-share-paths", func(c *gcase) {
			c.get("https://p.datadoghq.eu/sb/" + c.decoy("a1b2c3d4e5") + "-" + c.secret("Datadog shared dashboard token in path", c.hexs(32)) + "?" + c.decoy("tv_mode=true&refresh_mode=sliding"))
			c.get("https://chart-embed.service.eu.newrelic.com/herald/" + c.secret("New Relic chart embed id (a capability)", c.uuid()) + "?" + c.decoy("height=400px&timepicker=true"))
		}},
		{cat, "teleport-invite-and-reset-paths", func(c *gcase) {
			inv := c.secret("Teleport invite token in /web/invite/<tok>", c.hexs(32))
			c.get("https://teleport.acme.example/web/invite/" + inv)
			c.get("https://teleport.acme.example/v1/webapi/users/password/token/"+inv).resp("application/json", `{"tokenId":"`+inv+`","user":"`+"ops-"+c.digits(3)+`",`+c.decoy(`"qrCode":""`)+`,`+c.decoy(`"expiry":"2026-11-23T10:15:00Z"`)+`}`)
			c.get("https://teleport.acme.example/web/reset/" + c.secret("Teleport reset token in /web/reset/<tok>", c.hexs(32)))
		}},
		{cat, "k8s-websocket-bearer-subprotocol", func(c *gcase) {
			tok := c.rs256JWT(c.b64u(32), `{"iss":"https://kubernetes.default.svc.cluster.local","sub":"system:serviceaccount:lens:viewer"}`)
			e := c.get("wss://lens.acme.example/api/v1/namespaces/payments/pods/checkout-7c9d8-x2kqp/log?"+c.decoy("container=api&follow=true&tailLines=100")).code(101).
				rh("Sec-WebSocket-Protocol", "base64url.bearer.authorization.k8s.io."+strings.TrimRight(base64.RawURLEncoding.EncodeToString([]byte(c.secret("bearer token in Sec-WebSocket-Protocol (base64url)", tok))), "=")+", base64.binary.k8s.io").
				sh("Sec-WebSocket-Protocol", c.decoy("base64.binary.k8s.io"))
			e.wsMsg("receive", 1, gB64("2026-11-22T10:15:00Z level=info msg=\"listening on :8080\"\n"))
		}},
	}
}

// 4. Carriers.
func u17Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "rancher-generate-kubeconfig-yaml", func(c *gcase) {
			srv := c.decoy("https://rancher.acme.example/k8s/clusters/c-m-7x2kq9vd")
			ca := c.decoy(c.u17PEMCert())
			y := "apiVersion: v1\nkind: Config\nclusters:\n- name: \"prod-eu\"\n  cluster:\n    server: \"" + srv + "\"\n    certificate-authority-data: \"" + ca + "\"\nusers:\n- name: \"prod-eu\"\n  user:\n    token: \"" +
				c.secret("kubeconfig users[].user.token", "kubeconfig-u-"+strings.ToLower(c.pick(gLower+gDigits, 12))+":"+c.pick(gLower+gDigits, 54)) + "\"\ncontexts:\n- name: \"prod-eu\"\n  context:\n    user: \"prod-eu\"\n    cluster: \"prod-eu\"\ncurrent-context: \"prod-eu\"\n"
			c.post("https://rancher.acme.example/v3/clusters/c-m-7x2kq9vd?action=generateKubeconfig", "", "").resp("application/json", `{"baseType":"generateKubeConfigOutput","config":`+gJS(y)+`,"type":"generateKubeConfigOutput"}`)
		}},
		{cat, "k8s-secret-base64-data-and-last-applied", func(c *gcase) {
			pw := c.secret("Secret data.password (base64)", c.u17Pw())
			key := c.secret("Secret stringData.api-key in last-applied annotation", c.alnum(40))
			last := `{"apiVersion":"v1","kind":"Secret","metadata":{"name":"billing-db","namespace":"payments"},"stringData":{"api-key":"` + key + `"},"type":"Opaque"}`
			c.get("https://headlamp.acme.example/clusters/prod-eu/api/v1/namespaces/payments/secrets/billing-db").resp("application/json",
				`{"kind":"Secret","apiVersion":"v1","metadata":{"name":"billing-db","namespace":"payments",`+c.decoy(`"uid":"`+c.uuid()+`"`)+`,`+c.decoy(`"resourceVersion":"99120334"`)+`,"annotations":{"kubectl.kubernetes.io/last-applied-configuration":`+gJS(last+"\n")+
					`}},"data":{"password":"`+gB64(pw)+`","username":"`+gB64("billing_app")+`","api-key":"`+gB64(key)+`"},"type":"Opaque"}`)
		}},
		{cat, "k8s-exec-terminal-binary-frames", func(c *gcase) {
			e := c.get("wss://rancher.acme.example/k8s/clusters/c-m-7x2kq9vd/api/v1/namespaces/payments/pods/psql-client/exec?"+c.decoy("container=psql&stdin=1&stdout=1&tty=1&command=%2Fbin%2Fsh")).code(101).
				rh("Sec-WebSocket-Protocol", "v4.channel.k8s.io").sh("Sec-WebSocket-Protocol", c.decoy("v4.channel.k8s.io"))
			pw := c.secret("PGPASSWORD typed into an exec terminal (binary frame, base64 in HAR)", c.u17Pw())
			e.wsMsg("send", 2, base64.StdEncoding.EncodeToString([]byte("\x00export PGPASSWORD='"+pw+"'\r")))
			e.wsMsg("receive", 2, base64.StdEncoding.EncodeToString([]byte("\x01export PGPASSWORD='"+pw+"'\r\n# ")))
			e.wsMsg("send", 2, base64.StdEncoding.EncodeToString([]byte("\x00psql -h 10.20.3.4 -U billing_app billing\r")))
			e.wsMsg("receive", 2, base64.StdEncoding.EncodeToString([]byte("\x01psql (16.4)\r\nbilling=> ")))
			e.wsMsg("send", 2, c.decoy(base64.StdEncoding.EncodeToString([]byte("\x04{\"Width\":180,\"Height\":48}"))))
		}},
		{cat, "argocd-pod-logs-event-stream", func(c *gcase) {
			var b strings.Builder
			b.WriteString("data: " + c.decoy(`{"result":{"content":"Starting billing-worker v2026.11.3","timeStamp":"2026-11-22T10:15:00.104Z","podName":"billing-worker-5f7d9-abcde"}}`) + "\n\n")
			b.WriteString(`data: {"result":{"content":"config loaded: {\"db_url\":\"postgres://billing:` + c.secret("db_url password in a log line (SSE JSON)", c.alnum(22)) + `@10.20.3.4/billing\",\"smtp_password\":\"` +
				c.secret("smtp_password in a logged JSON config (SSE)", c.u17Pw()) + `\"}","timeStamp":"2026-11-22T10:15:00.201Z","podName":"billing-worker-5f7d9-abcde"}}` + "\n\n")
			b.WriteString("data: " + c.decoy(`{"result":{"content":"listening on :9090","timeStamp":"2026-11-22T10:15:00.377Z","podName":"billing-worker-5f7d9-abcde"}}`) + "\n\n")
			c.get("https://argocd.acme.example/api/v1/applications/billing/pods/billing-worker-5f7d9-abcde/logs?"+c.decoy("container=worker&follow=true&tailLines=100")).resp("text/event-stream", b.String())
		}},
		{cat, "jupyter-kernel-websocket-messages", func(c *gcase) {
			kid, sid := c.uuid(), c.uuid()
			e := c.get("wss://jupyter.acme.example/api/kernels/" + c.decoy(kid) + "/channels?session_id=" + sid).code(101)
			pw := c.secret("password in notebook cell source (kernel execute_request)", c.u17Pw())
			e.wsMsg("send", 1, `{"header":{"msg_id":"`+c.uuid()+`","msg_type":"execute_request","username":"","session":"`+sid+`","version":"5.3"},"content":{"code":"import snowflake.connector\nconn = snowflake.connector.connect(account='xy12345', user='etl_svc', password='`+pw+`', warehouse='COMPUTE_WH')","silent":false,"store_history":true},"channel":"shell","metadata":{},"parent_header":{}}`)
			e.wsMsg("receive", 1, `{"header":{"msg_type":"stream","version":"5.3"},"content":{"name":"stdout","text":"token = `+c.secret("token printed by a cell (stream output)", "ver:1-hint:"+c.digits(8)+"-ETMsDgAAAZ"+c.pick(gAlnum+"+/", 90)+"=")+`\n"},"channel":"iopub"}`)
			e.wsMsg("receive", 1, c.decoy(`{"header":{"msg_type":"status","version":"5.3"},"content":{"execution_state":"idle"},"channel":"iopub"}`))
		}},
		{cat, "argocd-grpc-web-text-create-repository", func(c *gcase) {
			pw := c.secret("repository password in a grpc-web-text protobuf", c.u17Pw())
			key := c.secret("repository githubAppPrivateKey line in grpc-web-text", c.pick(gAlnum+"+/", 64))
			msg := gProto("https://github.com/acme/deploy-config.git", "argocd-bot", pw, "-----BEGIN RSA PRIVATE KEY-----\n"+key+"\n-----END RSA PRIVATE KEY-----\n")
			c.post("https://argocd.acme.example/repository.RepositoryService/CreateRepository", "application/grpc-web-text", gGrpcWebText(msg)).
				rh("X-Grpc-Web", "1", "X-User-Agent", c.decoy("grpc-web-javascript/0.1")).resp("application/grpc-web-text", gGrpcWebText(gProto("https://github.com/acme/deploy-config.git")))
		}},
		{cat, "nomad-job-hcl-in-json", func(c *gcase) {
			hcl := "job \"billing\" {\n  datacenters = [\"eu-west-1a\"]\n  group \"api\" {\n    task \"server\" {\n      driver = \"docker\"\n      config {\n        image = \"" + c.decoy("registry.acme.example/billing:2026.11.3") + "\"\n        auth {\n          username = \"ci\"\n          password = \"" +
				c.secret("HCL auth.password inside JobHCL", c.u17Pw()) + "\"\n        }\n      }\n      env {\n        STRIPE_KEY = \"" + c.secret("HCL env STRIPE_KEY inside JobHCL", "rk_live_"+c.alnum(24)) + "\"\n        " + c.decoy("GOMAXPROCS = 4") + "\n      }\n    }\n  }\n}\n"
			c.post("https://nomad.acme.example/v1/jobs/parse", "application/json", `{"JobHCL":`+gJS(hcl)+`,"Canonicalize":true}`).rh("X-Nomad-Token", c.secret("X-Nomad-Token header", c.uuid()))
		}},
		{cat, "artifactory-maven-settings-xml", func(c *gcase) {
			xml := "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<settings xmlns=\"http://maven.apache.org/SETTINGS/1.2.0\">\n  <servers>\n    <server>\n      " + c.decoy("<id>central</id>") + "\n      <username>ci-bot</username>\n      <password>" +
				c.secret("settings.xml <server><password> (reference token)", "cmVmdGtuOjAxOj"+c.pick(gAlnum, 50)) + "</password>\n    </server>\n  </servers>\n  <mirrors><mirror>" + c.decoy("<mirrorOf>*</mirrorOf>") + "<url>https://acme.jfrog.io/artifactory/maven-remote</url></mirror></mirrors>\n</settings>\n"
			c.get("https://acme.jfrog.io/artifactory/api/maven/generate?"+c.decoy("repoKey=maven-remote")).resp("application/xml", xml)
		}},
		{cat, "jupyter-page-config-script-json", func(c *gcase) {
			tok := c.secret("page config token in <script id=jupyter-config-data>", c.hexs(48))
			page := `<!DOCTYPE html><html><head><title>JupyterLab</title><script id="jupyter-config-data" type="application/json">{"appName": "JupyterLab", "appVersion": "4.2.5", "baseUrl": "/user/etl/", "exposeAppInBrowser": false, "token": "` + tok + `", "wsUrl": "", "terminalsAvailable": true}</script></head><body>` +
				c.decoy(`<div id="main" data-version="4.2.5"></div>`) + `</body></html>`
			c.get("https://hub.acme.example/user/etl/lab").resp("text/html; charset=UTF-8", page).sh("Content-Security-Policy", c.decoy("frame-ancestors 'self'; report-uri /user/etl/api/security/csp-report"))
		}},
		{cat, "superset-data-bootstrap-entities", func(c *gcase) {
			gt := c.rs256JWT("superset-guest", `{"user":{"username":"embed"},"resources":[{"type":"dashboard","id":"`+c.uuid()+`"}],"type":"guest"}`)
			boot := strings.ReplaceAll(`{"common":{"conf":{"GUEST_TOKEN":"`+c.secret("guest token inside entity-encoded data-bootstrap", gt)+`","MAPBOX_API_KEY":"`+c.secret("Mapbox sk. key inside data-bootstrap", "sk.eyJ1IjoiYWNtZSIsImEiOiJ"+c.b64u(20)+"."+c.b64u(16))+`","SUPERSET_WEBSERVER_TIMEOUT":60}}}`, `"`, "&#34;")
			c.get("https://superset.acme.example/superset/dashboard/12/?standalone=1").resp("text/html", `<html><body><input id="csrf_token" name="csrf_token" type="hidden" value="`+c.secret("hidden csrf_token input", "I"+c.b64u(40)+"."+c.b64u(8))+`"><div id="app" data-bootstrap="`+boot+`"></div>`+c.decoy(`<script src="/static/assets/spa.2c4e1f0a8b.entry.js"></script>`)+`</body></html>`)
		}},
		{cat, "azure-publish-profile-xml-attributes", func(c *gcase) {
			pw := c.secret("publishProfile userPWD attribute", c.pick(gAlnum, 60))
			xml := `<publishData><publishProfile profileName="billing-api-prod - Web Deploy" publishMethod="MSDeploy" ` + c.decoy(`publishUrl="billing-api-prod.scm.azurewebsites.net:443"`) + ` msdeploySite="billing-api-prod" userName="$billing-api-prod" userPWD="` + pw + `" ` +
				c.decoy(`destinationAppUrl="https://billing-api-prod.azurewebsites.net"`) + ` SQLServerDBConnectionString="" hostingProviderForumLink="" controlPanelLink="https://portal.azure.com" webSystem="WebSites"><databases /></publishProfile>` +
				`<publishProfile profileName="billing-api-prod - FTP" publishMethod="FTP" publishUrl="ftps://waws-prod-am2-123.ftp.azurewebsites.windows.net/site/wwwroot" ftpPassiveMode="True" userName="billing-api-prod$billing-api-prod" userPWD="` + pw + `"/></publishData>`
			c.post("https://management.azure.com/subscriptions/"+c.decoy(c.uuid())+"/resourceGroups/rg-billing/providers/Microsoft.Web/sites/billing-api-prod/publishxml?api-version=2023-12-01", "application/json", `{"format":"WebDeploy"}`).resp("application/xml", xml)
		}},
		{cat, "secretsmanager-secretstring-nested-json", func(c *gcase) {
			inner := `{"username":"billing_admin","password":"` + c.secret("SecretString.password (JSON in a JSON string)", c.u17Pw()) + `","engine":"postgres","host":"billing.cluster-c9x2kq.eu-west-1.rds.amazonaws.com","port":5432}`
			c.post("https://secretsmanager.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1", `{"SecretId":"prod/billing/rds"}`).rh("X-Amz-Target", c.decoy("secretsmanager.GetSecretValue")).
				resp("application/x-amz-json-1.1", `{"ARN":"`+c.decoy("arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/billing/rds-Ab12Cd")+`","CreatedDate":1.73227e9,"Name":"prod/billing/rds","SecretString":`+gJS(inner)+`,"VersionId":"`+c.decoy(c.uuid())+`","VersionStages":["AWSCURRENT"]}`)
		}},
		{cat, "jenkins-secret-file-multipart-env", func(c *gcase) {
			b := "----WebKitFormBoundaryq7Zx2Lm9Pv4Rt8Ws"
			env := "# billing.env\nDATABASE_URL=postgres://billing:" + c.secret(".env DATABASE_URL password (multipart file)", c.alnum(24)) + "@10.20.3.4:5432/billing\nSENDGRID_API_KEY=" + c.secret(".env SENDGRID_API_KEY", "SG."+c.b64u(16)+"."+c.b64u(32)) + "\n" + c.decoy("FEATURE_FLAGS=checkout_v2,pay_later") + "\n"
			body := u17Part(b, "Jenkins-Crumb", "", c.secret("multipart Jenkins-Crumb part", c.hexs(64))) + u17Part(b, "_.scope", "", "GLOBAL") + u17Part(b, "_.id", "", c.decoy("billing-env-file")) +
				u17Part(b, "file0", "; filename=\"billing.env\"\r\nContent-Type: application/octet-stream", env) + "--" + b + "--\r\n"
			c.post("https://jenkins.acme.example/credentials/store/system/domain/_/createCredentials", "multipart/form-data; boundary="+b, body).code(302)
		}},
		{cat, "kibana-console-bulk-ndjson", func(c *gcase) {
			nd := `{"index":{"_index":"integrations","_id":"stripe-prod"}}` + "\n" + `{"provider":"stripe","api_key":"` + c.secret("NDJSON _bulk doc api_key", "sk_live_"+c.alnum(28)) + `",` + c.decoy(`"account":"acct_1Nq2XyZ3AbCdEfGh"`) + `}` + "\n" +
				`{"index":{"_index":"integrations","_id":"pagerduty"}}` + "\n" + `{"provider":"pagerduty","routing_key":"` + c.secret("NDJSON _bulk doc routing_key", c.hexs(32)) + `","service":"checkout"}` + "\n"
			c.post("https://kibana.acme.example/api/console/proxy?"+c.decoy("path=_bulk&method=POST"), "application/x-ndjson", nd).rh("kbn-xsrf", "kibana", "kbn-version", c.decoy("8.15.3")).
				resp("application/json", `{"took":12,"errors":false,"items":[{"index":{"_index":"integrations","_id":"stripe-prod",`+c.decoy(`"_seq_no":8812`)+`,"result":"created"}}]}`)
		}},
	}
}

// 5. Exporter quirks.
func u17Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "fiddler-form-body-as-param-name", func(c *gcase) {
			body := "j_username=ops-admin&j_password=" + url.QueryEscape(c.secret("j_password inside params[0].name (Fiddler)", c.u17Pw())) + "&from=%2Fmanage%2F&remember_me=on&Submit="
			e := c.post("https://jenkins.acme.example/j_spring_security_check", "application/x-www-form-urlencoded", body).code(302).sh("Location", c.decoy("https://jenkins.acme.example/manage/"))
			e.post.params = []any{map[string]any{"name": body, "value": ""}}
			c.creator = [2]string{"Fiddler", "5.0.20245.10105"}
		}},
		{cat, "charles-base64-octet-stream-cognito-response", func(c *gcase) {
			js := `{"AuthenticationResult":{"AccessToken":"` + c.secret("AccessToken in a base64 response labelled octet-stream", c.rs256JWT("k1", `{"token_use":"access","scope":"aws.cognito.signin.user.admin"}`)) + `",` + `"ExpiresIn":3600,"IdToken":"` +
				c.secret("IdToken in a base64 response", c.rs256JWT("k2", `{"token_use":"id"}`)) + `","RefreshToken":"` + c.secret("RefreshToken (JWE) in a base64 response", "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ."+c.b64u(256)+"."+c.b64u(12)+"."+c.b64u(500)+"."+c.b64u(16)) + `","TokenType":"Bearer"},"ChallengeParameters":{}}`
			e := c.post("https://cognito-idp.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1", `{"AuthFlow":"USER_PASSWORD_AUTH","ClientId":"`+c.decoy("3n4b5urk1ft4fl3mg5e62d9ado")+`","AuthParameters":{"USERNAME":"ops","PASSWORD":"`+c.secret("AuthParameters.PASSWORD", c.u17Pw())+`"}}`).
				rh("X-Amz-Target", c.decoy("AWSCognitoIdentityProviderService.InitiateAuth")).resp("application/octet-stream", base64.StdEncoding.EncodeToString([]byte(js)))
			e.respEncoding = "base64"
			c.creator = [2]string{"Charles Proxy", "4.6.6"}
		}},
		{cat, "firefox-newline-joined-set-cookie", func(c *gcase) {
			c.post("https://grafana.acme.example/login", "application/json", `{"user":"ops","password":"`+c.secret("Grafana login password", c.u17Pw())+`"}`).
				sh("Set-Cookie", "grafana_session="+c.secret("grafana_session cookie (Set-Cookie joined by newlines)", c.hexs(32))+"; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax\ngrafana_session_expiry=1732274100; Path=/; Max-Age=2592000; SameSite=Lax\ngrafana_remember="+c.secret("grafana_remember cookie", c.hexs(64))+"; Path=/; HttpOnly").
				resp("application/json", `{"message":"Logged in",`+c.decoy(`"redirectUrl":"/d/checkout-slo/checkout-slo?orgId=1"`)+`}`)
			c.creator = [2]string{"Firefox", "133.0"}
		}},
		{cat, "safari-comma-joined-set-cookie-no-cookie-array", func(c *gcase) {
			e := c.post("https://argocd.acme.example/api/v1/session", "application/json", `{"username":"admin","password":"`+c.secret("Argo CD session password", c.u17Pw())+`"}`).
				sh("Set-Cookie", "argocd.token="+c.secret("argocd.token cookie in a comma-joined Set-Cookie", c.hs256JWT(`{"iss":"argocd","sub":"admin:login","jti":"`+c.uuid()+`"}`))+"; path=/; SameSite=lax; httpOnly; Secure, argocd.token-1=; path=/; Max-Age=0").
				resp("application/json", `{"token":"`+c.secret("session response token", c.hs256JWT(`{"iss":"argocd","sub":"admin","nbf":1732270500}`))+`"}`)
			e.respCookies = []any{}
			e.sh("Vary", c.decoy("Accept-Encoding"))
			c.creator = [2]string{"WebKit", "620.1.16"}
		}},
		{cat, "fetch-text-plain-json-and-form", func(c *gcase) {
			c.post("https://metabase.acme.example/api/session", "text/plain;charset=UTF-8", `{"username":"analyst@acme.example","password":"`+c.secret("JSON login body labelled text/plain", c.u17Pw())+`","remember":true}`).
				resp("application/json", `{"id":"`+c.secret("Metabase session id (response id)", c.uuid())+`"}`)
			c.post("https://nexus.acme.example/service/rapture/session", "text/plain;charset=UTF-8", "username="+gB64("deployer")+"&password="+gB64(c.secret("Nexus rapture session password (base64 form value, text/plain)", c.u17Pw()))).
				sh("Set-Cookie", "NXSESSIONID="+c.secret("NXSESSIONID cookie", c.uuid())+"; Path=/; Secure; HttpOnly").rh("NX-ANTI-CSRF-TOKEN", c.secret("NX-ANTI-CSRF-TOKEN", "0."+c.digits(16)))
		}},
		{cat, "http2-pseudo-header-path-presigned", func(c *gcase) {
			q := "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + c.secret("X-Amz-Credential access key id", c.u17ASIA()) + "%2F20261122%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261122T101500Z&" + c.decoy("X-Amz-Expires=300") +
				"&X-Amz-Security-Token=" + url.QueryEscape(c.secret("X-Amz-Security-Token (in :path and URL)", c.u17STS())) + "&X-Amz-SignedHeaders=host&X-Amz-Signature=" + c.secret("X-Amz-Signature", c.hexs(64))
			p := "/exports/2026-11/ledger.parquet?" + q
			e := c.get("https://acme-analytics.s3.eu-west-1.amazonaws.com"+p).rh(":method", "GET", ":authority", c.decoy("acme-analytics.s3.eu-west-1.amazonaws.com"), ":scheme", "https", ":path", p)
			e.httpVersion = "h2"
			e.sh("x-amz-request-id", c.decoy("4Q2N8R1VZ7K0XJ3M"), "ETag", c.decoy(`"`+c.hexs(32)+`-4"`))
		}},
		{cat, "page-title-and-initiator-url", func(c *gcase) {
			tok := c.secret("Jupyter token in pages[].title and _initiator.url", c.hexs(48))
			c.extraLog = map[string]any{"pages": []any{map[string]any{"startedDateTime": "2026-11-22T10:15:00.000Z", "id": "page_1", "title": "https://jupyter.acme.example/lab?token=" + tok, "pageTimings": map[string]any{"onContentLoad": 120.5, "onLoad": 340.2}}}}
			c.get("https://jupyter.acme.example/static/lab/main.2f3c1a.js?"+c.decoy("v=2f3c1a9be0d4")).set("_initiator", map[string]any{"type": "parser", "url": "https://jupyter.acme.example/lab?token=" + tok, "lineNumber": 14}).set("_resourceType", "script")
		}},
		{cat, "cookie-header-only-iron-sealed-kibana-sid", func(c *gcase) {
			sid := c.secret("Kibana sid cookie (Fe26.2 iron seal) with empty cookies[]", "Fe26.2**"+c.hexs(64)+"*"+c.b64u(16)+"*"+c.b64u(240)+"**"+c.hexs(64)+"*"+c.b64u(32))
			e := c.get("https://kibana.acme.example/internal/security/me").rh("Cookie", "sid="+sid, "kbn-version", c.decoy("8.15.3"), "x-elastic-internal-origin", "Kibana").
				resp("application/json", `{"authentication_realm":{"name":"cloud-saml","type":"saml"},`+c.decoy(`"authentication_type":"token"`)+`,"roles":["superuser"]}`)
			e.reqCookies = []any{}
		}},
		{cat, "postdata-base64-encoded-text", func(c *gcase) {
			js := `{"username":"ops","password":"` + c.secret("password in a base64 postData.text (encoding: base64)", c.u17Pw()) + `","totp":"` + c.digits(6) + `"}`
			e := c.post("https://harbor.acme.example/c/login", "application/json", base64.StdEncoding.EncodeToString([]byte(js)))
			e.post.encoding = "base64"
			e.sh("X-Request-Id", c.decoy(c.uuid()))
			c.creator = [2]string{"HTTP Toolkit", "1.19.0"}
		}},
		{cat, "empty-query-array-token-only-in-url", func(c *gcase) {
			e := c.get("https://adb-4412778812.7.azuredatabricks.net/api/2.1/jobs/runs/get-output?" + c.decoy("run_id=88412003") + "&access_token=" + c.secret("access_token only in the URL (queryString empty)", "dapi"+c.hexs(32)+"-2"))
			e.query = []any{}
			e.resp("application/json", `{"metadata":{"job_id":`+c.decoy("718823411")+`,"state":{"life_cycle_state":"TERMINATED","result_state":"SUCCESS"}}}`)
		}},
		{cat, "multipart-params-only-no-text", func(c *gcase) {
			e := c.post("https://gitlab.acme.example/admin/application_settings/integrations", "multipart/form-data; boundary=----WebKitFormBoundaryZ8xT2", "")
			e.post.params = []any{
				map[string]any{"name": "authenticity_token", "value": c.secret("authenticity_token param (text empty)", c.b64u(64))},
				map[string]any{"name": "application_setting[akismet_api_key]", "value": c.secret("application_setting[akismet_api_key] param", c.hexs(12))},
				map[string]any{"name": "application_setting[recaptcha_private_key]", "value": c.secret("application_setting[recaptcha_private_key] param", "6L"+c.b64u(28))},
				map[string]any{"name": "application_setting[recaptcha_site_key]", "value": c.decoy("6LdPq2kqAAAAAJ7yMl2-publicSiteKeyX")},
			}
			c.creator = [2]string{"Firefox", "115.0"}
		}},
	}
}

// 6. A value known secret in one place, echoed elsewhere.
func u17Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "aws-federation-signin-token", func(c *gcase) {
			sess := `{"sessionId":"` + c.secret("federation Session.sessionId (access key id)", c.u17ASIA()) + `","sessionKey":"` + c.secret("federation Session.sessionKey", c.u17AwsSK()) + `","sessionToken":"` + c.secret("federation Session.sessionToken", c.u17STS()) + `"}`
			c.get("https://signin.aws.amazon.com/federation?Action=getSigninToken&"+c.decoy("SessionDuration=43200")+"&Session="+url.QueryEscape(sess)).
				resp("application/json", `{"SigninToken":"`+c.secret("SigninToken (response, then login URL)", c.b64u(420))+`"}`)
			st := c.secrets[len(c.secrets)-1].value
			c.get("https://signin.aws.amazon.com/federation?Action=login&Issuer="+url.QueryEscape("https://portal.acme.example")+"&"+c.decoy("Destination=https%3A%2F%2Fconsole.aws.amazon.com%2Fs3%2Fhome")+"&SigninToken="+st).code(302).
				sh("Location", "https://console.aws.amazon.com/s3/home")
		}},
		{cat, "harbor-robot-secret-into-basic-and-docker-config", func(c *gcase) {
			sec := c.secret("robot secret (JSON, then Basic auth and config.json auth, base64)", c.alnum(32))
			c.post("https://harbor.acme.example/api/v2.0/robots/118/sec", "application/json", `{}`).resp("application/json", `{`+c.decoy(`"name":"robot$payments+deployer"`)+`,"secret":"`+sec+`"}`)
			c.get("https://harbor.acme.example/v2/").rh("Authorization", "Basic "+gB64("robot$payments+deployer:"+sec)).sh("Docker-Distribution-Api-Version", c.decoy("registry/2.0"))
			cfg := `{"auths":{"harbor.acme.example":{"auth":"` + gB64("robot$payments+deployer:"+sec) + `"}}}`
			c.post("https://headlamp.acme.example/clusters/prod-eu/api/v1/namespaces/payments/secrets", "application/json",
				`{"apiVersion":"v1","kind":"Secret","metadata":{"name":"harbor-pull"},"type":"kubernetes.io/dockerconfigjson","data":{".dockerconfigjson":"`+gB64(cfg)+`"}}`)
		}},
		{cat, "teleport-token-in-path-before-named", func(c *gcase) {
			tok := c.secret("Teleport reset token: path first, then body .token", c.hexs(32))
			c.get("https://teleport.acme.example/v1/webapi/users/password/token/"+tok).resp("application/json", `{"tokenId":"`+tok+`",`+c.decoy(`"expiry":"2026-11-22T18:15:00Z"`)+`}`)
			c.req("PUT", "https://teleport.acme.example/v1/webapi/users/password/token", "application/json", `{"token":"`+tok+`","password":"`+gB64(c.secret("new password (base64 in Teleport body)", c.u17Pw()))+`","second_factor_token":"`+c.digits(6)+`"}`).
				sh("Set-Cookie", "__Host-session="+c.secret("__Host-session cookie", c.hexs(64))+"; Path=/; Secure; HttpOnly")
		}},
		{cat, "elastic-api-key-then-encoded-header", func(c *gcase) {
			id := c.decoy(c.pick(gAlnum, 20))
			k := c.secret("Elastic api_key (then base64 id:key in ApiKey header)", c.b64u(16))
			c.post("https://kibana.acme.example/internal/security/api_key", "application/json", `{"name":"fleet-ci","expiration":"30d","role_descriptors":{}}`).rh("kbn-xsrf", "true").
				resp("application/json", `{"id":"`+id+`","name":"fleet-ci",`+c.decoy(`"expiration":1734862500000`)+`,"api_key":"`+k+`","encoded":"`+gB64(id+":"+k)+`"}`)
			c.get("https://acme.es.eu-west-1.aws.found.io/_cat/indices?"+c.decoy("format=json&h=index,docs.count")).rh("Authorization", "ApiKey "+gB64(id+":"+k))
		}},
		{cat, "gitlab-pat-header-then-job-log-extraheader", func(c *gcase) {
			pat := c.secret("GitLab PAT (PRIVATE-TOKEN header, then in a job log, base64 extraheader)", "glpat-"+c.pick(gAlnum+"-_", 20))
			c.get("https://gitlab.acme.example/api/v4/projects/4412/jobs/"+c.decoy("99812003")).rh("PRIVATE-TOKEN", pat)
			log := c.decoy("Running with gitlab-runner 17.5.2 (c6b1d4d5)") + "\n$ git config --global http.https://gitlab.acme.example/.extraheader \"AUTHORIZATION: basic " + gB64("oauth2:"+pat) + "\"\n$ curl -s https://gitlab.acme.example/api/v4/version?access=" + pat + "\n" +
				c.decoy("Job succeeded") + "\n"
			c.get("https://gitlab.acme.example/acme/billing/-/jobs/99812003/raw").resp("text/plain; charset=utf-8", log)
		}},
		{cat, "jupyter-token-url-ws-and-referer", func(c *gcase) {
			tok := c.secret("Jupyter token (query, websocket URL, Referer)", c.hexs(48))
			c.get("https://jupyter.acme.example/lab?token=" + tok)
			c.get("https://jupyter.acme.example/api/kernelspecs?"+c.decoy("1732270500123")).rh("Referer", "https://jupyter.acme.example/lab?token="+tok, "Authorization", "token "+tok)
			c.get("wss://jupyter.acme.example/api/kernels/" + c.decoy(c.uuid()) + "/channels?session_id=" + c.uuid() + "&token=" + tok).code(101)
		}},
		{cat, "snowflake-master-token-renewal", func(c *gcase) {
			mt := c.secret("Snowflake masterToken (login response, then renewal header)", "ver:1-hint:"+c.digits(10)+"-ETMsDgAAAZ"+c.pick(gAlnum+"+/", 160)+"=")
			st := c.secret("Snowflake session token (login response, renewal body)", "ver:1-hint:"+c.digits(10)+"-ETMsDgAAAZ"+c.pick(gAlnum+"+/", 120)+"=")
			c.post("https://xy12345.snowflakecomputing.com/session/v1/login-request", "application/json", `{"data":{"LOGIN_NAME":"etl_svc","AUTHENTICATOR":"SNOWFLAKE_JWT","TOKEN":"`+c.secret("key-pair auth TOKEN (JWT)", c.rs256JWT("SHA256:"+c.b64s(32), `{"iss":"XY12345.ETL_SVC.SHA256:x","sub":"XY12345.ETL_SVC"}`))+`"}}`).
				resp("application/json", `{"data":{"masterToken":"`+mt+`","token":"`+st+`",`+c.decoy(`"validityInSeconds":3600`)+`}}`)
			c.post("https://xy12345.snowflakecomputing.com/session/token-request?"+c.decoy("requestId="+c.uuid()), "application/json", `{"oldSessionToken":"`+st+`","requestType":"RENEW"}`).
				rh("Authorization", `Snowflake Token="`+mt+`"`)
		}},
		{cat, "superset-db-password-echoed-html-entities", func(c *gcase) {
			pw := c.secret("DB password with & and < (JSON, then HTML-escaped in an error page)", "Rk7&Lp<"+c.alnum(10))
			c.post("https://superset.acme.example/api/v1/database/test_connection/", "application/json",
				`{"database_name":"analytics","engine":"postgresql","parameters":{"host":"10.20.3.9","port":5432,"database":"analytics","username":"superset","password":"`+pw+`"},"configuration_method":"dynamic_form"}`).
				code(400).resp("text/html", `<html><body><h1>Connection failed</h1><p>could not connect with password &#39;`+strings.NewReplacer("&", "&amp;", "<", "&lt;").Replace(pw)+`&#39; for user superset</p>`+c.decoy(`<p>error_type: CONNECTION_ACCESS_DENIED_ERROR</p>`)+`</body></html>`)
		}},
		{cat, "k8s-secret-base64-then-terminal-plain", func(c *gcase) {
			v := c.secret("Secret data value (base64), later printed in a terminal", c.b64u(24))
			c.get("https://lens.acme.example/api/v1/namespaces/payments/secrets/stripe").resp("application/json", `{"kind":"Secret","metadata":{"name":"stripe",`+c.decoy(`"resourceVersion":"77120012"`)+`},"data":{"webhook":"`+gB64(v)+`"},"type":"Opaque"}`)
			e := c.get("wss://lens.acme.example/api/v1/namespaces/payments/pods/billing-0/exec?command=env&stdout=1").code(101)
			e.wsMsg("receive", 1, "1"+gB64("HOSTNAME=billing-0\nWH="+v+"\n"+"KUBERNETES_PORT=tcp://10.96.0.1:443\n"))
			e.wsMsg("receive", 1, "1"+"WH_COPY="+v)
		}},
		{cat, "s3-presign-json-then-get-and-referer", func(c *gcase) {
			sig := c.secret("X-Amz-Signature (JSON url, then GET and Referer)", c.hexs(64))
			akid := c.secret("X-Amz-Credential AKIA (JSON url, then GET)", c.u17AKIA())
			u := "https://acme-uploads.s3.amazonaws.com/tmp/" + c.decoy("b9f1c0d2-upload.csv") + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + akid + "%2F20261122%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261122T101500Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=" + sig
			c.post("https://console.acme.example/api/uploads/presign", "application/json", `{"filename":"upload.csv"}`).resp("application/json", `{"url":"`+u+`",`+c.decoy(`"expiresIn":900`)+`}`)
			c.req("PUT", u, "text/csv", "a,b\n1,2\n")
			c.get("https://console.acme.example/uploads/done").rh("Referer", u)
		}},
		{cat, "azure-sas-from-json-echoed-percent-twice", func(c *gcase) {
			sig := c.secret("SAS sig (JSON, then percent-encoded twice in a redirect param)", c.b64s(32))
			sas := "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-11-23T10:15:00Z&spr=https&sig=" + url.QueryEscape(sig)
			c.post("https://portal.azure.com/api/storage/generateSas", "application/json", `{"account":"acmeprodstore","permissions":"rl"}`).resp("application/json", `{"sasToken":"?`+sas+`",`+c.decoy(`"accountName":"acmeprodstore"`)+`}`)
			c.get("https://explorer.acme.example/open?" + c.decoy("view=blob") + "&next=" + url.QueryEscape("https://acmeprodstore.blob.core.windows.net/exports?"+sas))
		}},
	}
}

// 7. GraphQL.
func u17GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "newrelic-nerdgraph-create-keys", func(c *gcase) {
			c.post("https://api.eu.newrelic.com/graphql", "application/json",
				`{"query":"mutation { apiAccessCreateKeys(keys: {ingest: {accountId: 3312044, ingestType: LICENSE, name: \"billing-ingest\"}, user: {accountId: 3312044, userId: 1004412, name: \"ci\"}}) { createdKeys { id key name type } errors { message } } }"}`).
				rh("API-Key", c.secret("API-Key header (NRAK)", "NRAK-"+c.pick(gUpper+gDigits, 27))).
				resp("application/json", `{"data":{"apiAccessCreateKeys":{"createdKeys":[{"id":"`+c.decoy("8E9D0B1A2C3F4E5D6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3F4A5B6C7D8E9F")+`","key":"`+c.secret("createdKeys[0].key (ingest license)", c.hexs(36)+"NRAL")+`","name":"billing-ingest","type":"INGEST"},{"id":"`+c.hexs(64)+`","key":"`+c.secret("createdKeys[1].key (user key)", "NRAK-"+c.pick(gUpper+gDigits, 27))+`","name":"ci","type":"USER"}],"errors":[]}}}`)
		}},
		{cat, "spacelift-api-key-user-variables", func(c *gcase) {
			c.post("https://acme.app.spacelift.io/graphql", "application/json",
				`{"operationName":"GetSpaceliftToken","query":"mutation GetSpaceliftToken($id: ID!, $secret: String!) { apiKeyUser(id: $id, secret: $secret) { jwt } }","variables":{"id":"`+c.decoy("01JCX8QK7M2N4P6R8T0V2W4Y6Z")+`","secret":"`+c.secret("variables.secret bound to apiKeyUser(secret:)", c.hexs(64))+`"}}`).
				resp("application/json", `{"data":{"apiKeyUser":{"jwt":"`+c.secret("data.apiKeyUser.jwt", c.rs256JWT("spacelift", `{"aud":["acme.app.spacelift.io"],"sub":"api::01JCX8QK7M2N4P6R8T0V2W4Y6Z"}`))+`"}}}`)
		}},
		{cat, "appsync-realtime-header-and-start-extensions", func(c *gcase) {
			k := c.secret("AppSync da2- API key (base64 header query, start extensions)", "da2-"+c.pick(gLower+gDigits, 26))
			host := c.decoy("x7kq2b4zmrfqzp3vn6w5m4y2ua.appsync-api.eu-west-1.amazonaws.com")
			hdr := gB64(`{"host":"` + host + `","x-api-key":"` + k + `"}`)
			e := c.get("wss://x7kq2b4zmrfqzp3vn6w5m4y2ua.appsync-realtime-api.eu-west-1.amazonaws.com/graphql?header="+url.QueryEscape(hdr)+"&payload=e30%3D").code(101).rh("Sec-WebSocket-Protocol", "graphql-ws")
			e.wsMsg("send", 1, `{"type":"connection_init"}`)
			e.wsMsg("receive", 1, c.decoy(`{"type":"connection_ack","payload":{"connectionTimeoutMs":300000}}`))
			e.wsMsg("send", 1, `{"id":"`+c.uuid()+`","payload":{"data":"{\"query\":\"subscription OnDeploy($env: String!) { onDeploy(env: $env) { id status } }\",\"variables\":{\"env\":\"prod\"}}","extensions":{"authorization":{"x-api-key":"`+k+`","host":"`+host+`"}}},"type":"start"}`)
		}},
		{cat, "dagster-launch-run-nested-run-config", func(c *gcase) {
			c.post("https://dagster.acme.example/graphql", "application/json",
				`{"operationName":"LaunchPipelineExecution","variables":{"executionParams":{"selector":{"repositoryLocationName":"etl","repositoryName":"__repository__","jobName":"daily_revenue"},"runConfigData":{"resources":{"snowflake":{"config":{"account":"xy12345","user":"etl_svc","password":"`+
					c.secret("runConfigData.resources.snowflake.config.password", c.u17Pw())+`"}},"s3":{"config":{"aws_secret_access_key":"`+c.secret("runConfigData s3 aws_secret_access_key", c.u17AwsSK())+`",`+c.decoy(`"region_name":"eu-west-1"`)+`}}}},"mode":"default"}},"query":"mutation LaunchPipelineExecution($executionParams: ExecutionParams!) { launchPipelineExecution(executionParams: $executionParams) { __typename ... on LaunchRunSuccess { run { runId } } } }"}`).
				resp("application/json", `{"data":{"launchPipelineExecution":{"__typename":"LaunchRunSuccess","run":{"runId":"`+c.decoy(c.uuid())+`"}}}}`)
		}},
		{cat, "gitlab-ci-variable-mutation-generic-value-arg", func(c *gcase) {
			c.post("https://gitlab.acme.example/api/graphql", "application/json",
				`{"operationName":"addProjectVariable","variables":{"endpoint":"PROJECT","fullPath":"acme/billing","variable":{"key":"DEPLOY_TOKEN","value":"`+c.secret("variables.variable.value for key DEPLOY_TOKEN", "gldt-"+c.pick(gAlnum+"-_", 20))+`","environmentScope":"*","masked":true,"protected":true,"raw":false,"variableType":"ENV_VAR"}},"query":"mutation addProjectVariable($variable: CiVariable!, $endpoint: String!, $fullPath: ID!) { ciCdSettingsUpdate(input: {fullPath: $fullPath}) { errors } }"}`).
				rh("X-CSRF-Token", c.secret("X-CSRF-Token header", c.b64s(64)), "X-GitLab-Feature-Category", c.decoy("ci_variables"))
		}},
		{cat, "hasura-admin-secret-and-where-eq", func(c *gcase) {
			c.post("https://hasura.acme.example/v1/graphql", "application/json",
				`{"query":"query ($k: String!) { integrations(where: {api_key: {_eq: $k}}) { id provider } }","variables":{"k":"`+c.secret("variables.k bound to where.api_key._eq", c.b64u(30))+`"}}`).
				rh("x-hasura-admin-secret", c.secret("x-hasura-admin-secret header", c.alnum(32)), "x-hasura-role", c.decoy("admin")).
				resp("application/json", `{"data":{"integrations":[{`+c.decoy(`"id":4411`)+`,"provider":"stripe"}]}}`)
		}},
		{cat, "buildkite-agent-token-create-response", func(c *gcase) {
			c.post("https://graphql.buildkite.com/v1", "application/json",
				`{"query":"mutation { agentTokenCreate(input: {organizationID: \"`+c.decoy("T3JnYW5pemF0aW9uLS0tZjEyMzQ1Njc4OQ==")+`\", description: \"prod queue\"}) { tokenValue agentTokenEdge { node { uuid } } } }"}`).
				rh("Authorization", "Bearer "+c.secret("Buildkite bkua_ bearer", "bkua_"+c.hexs(40))).
				resp("application/json", `{"data":{"agentTokenCreate":{"tokenValue":"`+c.secret("data.agentTokenCreate.tokenValue", c.hexs(50))+`","agentTokenEdge":{"node":{"uuid":"`+c.decoy(c.uuid())+`"}}}}}`)
		}},
		{cat, "harness-create-secret-inline-literal", func(c *gcase) {
			c.post("https://app.harness.io/gateway/api/graphql?"+c.decoy("accountId=Xk3Lm9Pq2Rs4Tv6Wx8Yz0A"), "application/json",
				`{"query":"mutation { createSecret(input: {secretType: ENCRYPTED_TEXT, encryptedText: {name: \"nexus-deploy\", value: \"`+c.secret("inline encryptedText value literal", c.u17Pw())+`\", secretManagerId: \"harnessSecretManager\"}}) { secret { id name } } }"}`).
				rh("x-api-key", c.secret("Harness x-api-key (pat.)", "pat.Xk3Lm9Pq2Rs4Tv6Wx8Yz0A."+c.hexs(24)+"."+c.alnum(20)))
		}},
		{cat, "hasura-persisted-query-get", func(c *gcase) {
			h := c.decoy(c.hexs(64))
			vars := url.QueryEscape(`{"inviteCode":"` + c.secret("variables.inviteCode in a persisted GET", c.b64u(24)) + `","newPassword":"` + c.secret("variables.newPassword in a persisted GET", c.u17Pw()) + `"}`)
			c.get("https://hasura.acme.example/v1/graphql?" + c.decoy("operationName=AcceptInvite") + "&variables=" + vars + "&extensions=" + url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"`+h+`"}}`))
		}},
		{cat, "gitlab-batched-runner-create", func(c *gcase) {
			c.post("https://gitlab.acme.example/api/graphql", "application/json",
				`[{"operationName":"runnerCreate","variables":{"input":{"runnerType":"INSTANCE_TYPE","description":"build-07","tagList":["docker"]}},"query":"mutation runnerCreate($input: RunnerCreateInput!) { runnerCreate(input: $input) { runner { id ephemeralAuthenticationToken } errors } }"},`+
					c.decoy(`{"operationName":"currentUser","variables":{},"query":"query currentUser { currentUser { id } }"}`)+`]`).
				resp("application/json", `[{"data":{"runnerCreate":{"runner":{"id":"`+c.decoy("gid://gitlab/Ci::Runner/9981")+`","ephemeralAuthenticationToken":"`+c.secret("batched response ephemeralAuthenticationToken", "glrt-"+c.pick(gAlnum+"-_", 20))+`"},"errors":[]}}},{"data":{"currentUser":{"id":"gid://gitlab/User/12"}}}]`)
		}},
		{cat, "graphql-sse-subscription-log-lines", func(c *gcase) {
			c.post("https://hasura.acme.example/v1/graphql/stream", "application/json",
				`{"query":"subscription Tail($apiKey: String!) { tail(apiKey: $apiKey) { line } }","variables":{"apiKey":"`+c.secret("variables.apiKey bound to tail(apiKey:)", c.alnum(40))+`"}}`).
				resp("text/event-stream", "event: next\ndata: "+c.decoy(`{"data":{"tail":{"line":"worker started pid=4411"}}}`)+"\n\nevent: next\ndata: {\"data\":{\"tail\":{\"line\":\"connecting with SMTP_PASSWORD="+c.secret("SMTP_PASSWORD=X in a streamed log line", c.u17Pw())+"\"}}}\n\nevent: complete\ndata:\n\n")
		}},
		{cat, "errors-extensions-echo-variable", func(c *gcase) {
			tk := c.secret("variables.token, echoed in errors[].extensions", c.b64u(32))
			c.post("https://grafana.acme.example/api/plugins/grafana-github-datasource/resources/graphql", "application/json",
				`{"query":"mutation Connect($token: String!) { connectGithub(token: $token) { ok } }","variables":{"token":"`+tk+`"}}`).
				resp("application/json", `{"errors":[{"message":"Variable \"$token\" got invalid value","extensions":{"code":"BAD_USER_INPUT","value":"`+tk+`"},`+c.decoy(`"locations":[{"line":1,"column":18}]`)+`}]}`)
		}},
	}
}

// 8. Vendor token formats of the domain.
func u17Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "aws-credentials-ini-secret-file", func(c *gcase) {
			ini := "[default]\naws_access_key_id = " + c.secret("AKIA access key id in credentials INI", c.u17AKIA()) + "\naws_secret_access_key = " + c.secret("aws_secret_access_key in INI", c.u17AwsSK()) + "\n" + c.decoy("region = eu-west-1") +
				"\n\n[ops]\naws_access_key_id = " + c.secret("ASIA key id in INI profile", c.u17ASIA()) + "\naws_secret_access_key = " + c.u17AwsSK() + "\naws_session_token = " + c.secret("aws_session_token in INI", c.u17STS()) + "\n"
			c.post("https://circleci.com/api/v2/project/gh/acme/billing/checkout-key", "text/plain", ini).resp("application/json", `{`+c.decoy(`"fingerprint":"c9:0b:1c:4f:2a:7e:91:33:ab:cd:ef:01:23:45:67:89"`)+`}`)
		}},
		{cat, "gcp-oauth-tokens-api-key-client-secret", func(c *gcase) {
			c.post("https://oauth2.googleapis.com/token", "application/x-www-form-urlencoded",
				c.decoy("client_id=764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com")+"&client_secret="+c.secret("GOCSPX- client secret", "GOCSPX-"+c.pick(gAlnum+"-_", 28))+"&refresh_token="+url.QueryEscape(c.secret("Google refresh token 1//0", "1//0"+c.pick(gAlnum+"-_", 99)))+"&grant_type=refresh_token").
				resp("application/json", `{"access_token":"`+c.secret("ya29. access token", "ya29.a0"+c.pick(gAlnum+"-_", 160))+`",`+c.decoy(`"expires_in":3599`)+`,"scope":"https://www.googleapis.com/auth/cloud-platform","token_type":"Bearer"}`)
			c.get("https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=" + c.secret("AIza API key in query", "AIza"+c.pick(gAlnum+"-_", 35)))
		}},
		{cat, "azure-client-secret-and-devops-pat", func(c *gcase) {
			c.post("https://graph.microsoft.com/v1.0/applications/"+c.decoy(c.uuid())+"/addPassword", "application/json", `{"passwordCredential":{"displayName":"ci-deploy","endDateTime":"2027-05-22T10:15:00Z"}}`).
				resp("application/json", `{"customKeyIdentifier":null,"displayName":"ci-deploy","endDateTime":"2027-05-22T10:15:00Z",`+c.decoy(`"hint":"Xq8"`)+`,"keyId":"`+c.decoy(c.uuid())+`","secretText":"`+c.secret("Azure AD client secret (xxxQ~ format)", "Xq8"+c.digits(1)+"Q~"+c.pick(gAlnum+"._~-", 34))+`"}`)
			c.get("https://dev.azure.com/acme/billing/_apis/pipelines?"+c.decoy("api-version=7.1")).rh("Authorization", "Basic "+gB64(":"+c.secret("Azure DevOps PAT (52 base32) as Basic password", c.pick("abcdefghijklmnopqrstuvwxyz234567", 52))))
		}},
		{cat, "github-tokens-in-actions-ui", func(c *gcase) {
			c.get("https://github.com/acme/billing/actions/runs/"+c.decoy("11823300455")+"/job/"+c.decoy("33100912845")).resp("text/html",
				`<pre class="log">`+c.decoy("Run actions/checkout@v4")+"\n  token: "+c.secret("ghs_ installation token in a log", "ghs_"+c.alnum(36))+"\nexport GH_PAT="+c.secret("github_pat_ fine-grained token", "github_pat_11"+c.pick(gUpper+gDigits, 20)+"_"+c.alnum(59))+"\n./config.sh --url https://github.com/acme --token "+c.secret("runner registration token (A + 28)", "A"+c.pick(gUpper+gDigits, 28))+"\nrefresh "+c.secret("ghr_ refresh token", "ghr_"+c.alnum(76))+`</pre>`)
		}},
		{cat, "gitlab-token-zoo-settings-page", func(c *gcase) {
			c.get("https://gitlab.acme.example/api/v4/projects/4412/deploy_tokens").resp("application/json",
				`[{`+c.decoy(`"id":7781`)+`,"name":"registry-pull","username":"gitlab+deploy-token-7781","token":"`+c.secret("deploy token gldt-", "gldt-"+c.pick(gAlnum+"-_", 20))+`",`+c.decoy(`"scopes":["read_registry"]`)+`}]`)
			c.post("https://gitlab.acme.example/api/v4/user/runners", "application/json", `{"runner_type":"project_type","project_id":4412}`).resp("application/json",
				`{"id":9982,"token":"`+c.secret("runner auth token glrt-", "glrt-t1_"+c.pick(gAlnum+"-_", 20))+`",`+c.decoy(`"token_expires_at":null`)+`}`)
			c.get("https://gitlab.acme.example/admin/runners").resp("text/html", `<code>gitlab-runner register --url https://gitlab.acme.example --registration-token `+c.secret("legacy GR1348941 registration token", "GR1348941"+c.pick(gAlnum+"-_", 20))+`</code>`)
		}},
		{cat, "grafana-cloud-glc-access-policy-token", func(c *gcase) {
			glc := "glc_" + gB64(`{"o":"`+c.digits(6)+`","n":"stack-`+c.digits(6)+`-hm-read-ci","k":"`+c.alnum(24)+`","m":{"r":"prod-eu-west-2"}}`)
			c.post("https://grafana.com/api/v1/tokens?"+c.decoy("region=prod-eu-west-2"), "application/json", `{"accessPolicyId":"`+c.decoy(c.uuid())+`","name":"ci-read"}`).
				resp("application/json", `{"id":"`+c.decoy(c.uuid())+`","name":"ci-read","token":"`+c.secret("glc_ cloud access policy token", glc)+`"}`)
			c.get("https://logs-prod-012.grafana.net/loki/api/v1/labels").rh("Authorization", "Basic "+gB64("881234:"+glc))
		}},
		{cat, "datadog-keys-vs-public-rum-client-token", func(c *gcase) {
			js := `window.DD_RUM && window.DD_RUM.init({ clientToken: "` + c.decoy("pub"+c.hexs(32)) + `", applicationId: "` + c.decoy(c.uuid()) + `", site: "datadoghq.eu", service: "console-web", ` + c.decoy(`version: "2026.11.3"`) + ` });` +
				"\n// ci: DD_API_KEY=" + c.secret("DD_API_KEY= in a shipped JS comment (32 hex)", c.hexs(32)) + "\n"
			c.get("https://console.acme.example/static/js/rum.7f2a9c.js").resp("application/javascript", js)
		}},
		{cat, "newrelic-license-and-insert-keys", func(c *gcase) {
			yml := "common: &default_settings\n  license_key: '" + c.secret("New Relic license key (40, ends NRAL)", c.hexs(36)+"NRAL") + "'\n  app_name: " + c.decoy("billing-api (prod)") + "\n  insert_key: " + c.secret("NRII- insert key", "NRII-"+c.pick(gAlnum+"-_", 32)) + "\n"
			c.req("PUT", "https://gitlab.acme.example/api/v4/projects/4412/repository/files/config%2Fnewrelic.yml", "application/json", gJS(map[string]any{"branch": "main", "content": yml, "commit_message": "newrelic config"})).
				resp("application/json", `{"file_path":"config/newrelic.yml",`+c.decoy(`"branch":"main"`)+`}`)
		}},
		{cat, "jfrog-reference-and-nexus-user-token", func(c *gcase) {
			c.post("https://acme.jfrog.io/access/api/v1/tokens", "application/x-www-form-urlencoded", "scope=applied-permissions%2Fuser&"+c.decoy("expires_in=2592000")+"&include_reference_token=true").
				resp("application/json", `{"token_id":"`+c.decoy(c.uuid())+`","access_token":"`+c.secret("JFrog access token (RS256 JWT)", c.rs256JWT(c.b64u(30), `{"iss":"jfrt@01h","scp":"applied-permissions/user"}`))+`","reference_token":"`+
					c.secret("JFrog reference token cmVmdGtu", "cmVmdGtuOjAxOjE3"+c.pick(gAlnum, 48))+`","expires_in":2592000,"scope":"applied-permissions/user","token_type":"Bearer"}`)
			c.get("https://nexus.acme.example/service/rest/internal/ui/user-token").resp("application/json", `{"nameCode":"`+c.secret("Nexus user token nameCode", c.alnum(8))+`","passCode":"`+c.secret("Nexus user token passCode", c.pick(gAlnum, 44))+`",`+c.decoy(`"created":"2026-11-22T10:15:00.000Z"`)+`}`)
		}},
		{cat, "hashicorp-vault-tfc-consul", func(c *gcase) {
			c.post("https://vault.acme.example/v1/auth/oidc/oidc/callback?"+c.decoy("role=ops"), "application/json", `{}`).resp("application/json",
				`{"request_id":"`+c.decoy(c.uuid())+`","auth":{"client_token":"`+c.secret("Vault hvs. service token", "hvs.CAESI"+c.pick(gAlnum+"-_", 86))+`","accessor":"kT9bQ2mW7xR4yV6nP3sL8dF1",`+c.decoy(`"lease_duration":2764800`)+`,"renewable":true}}`)
			c.get("https://app.terraform.io/api/v2/organizations/acme/workspaces").rh("Authorization", "Bearer "+c.secret("Terraform Cloud .atlasv1. token", c.alnum(14)+".atlasv1."+c.alnum(67)))
			c.get("https://consul.acme.example/v1/catalog/services?"+c.decoy("dc=eu-west-1")).rh("X-Consul-Token", c.secret("X-Consul-Token (uuid)", c.uuid()))
		}},
		{cat, "registry-tokens-docker-npm-pypi", func(c *gcase) {
			c.req("PUT", "https://nexus.acme.example/service/rest/v1/repositories/docker/proxy/dockerhub-proxy", "application/json",
				`{"name":"dockerhub-proxy","online":true,"proxy":{"remoteUrl":"https://registry-1.docker.io"},"httpClient":{"authentication":{"type":"username","username":"acmeci","password":"`+c.secret("Docker Hub dckr_pat_ as proxy password", "dckr_pat_"+c.pick(gAlnum+"-_", 27))+`"}},`+c.decoy(`"docker":{"v1Enabled":false,"forceBasicAuth":true}`)+`}`)
			c.post("https://nexus.acme.example/service/rest/v1/repositories/npm/proxy", "application/json", `{"name":"npmjs-proxy","proxy":{"remoteUrl":"https://registry.npmjs.org"},"httpClient":{"authentication":{"type":"bearerToken","bearerToken":"`+c.secret("npm_ token as bearerToken", "npm_"+c.alnum(36))+`"}}}`)
			c.post("https://nexus.acme.example/service/rest/v1/repositories/pypi/proxy", "application/json", `{"name":"pypi-proxy","notes":"upstream token pypi-AgEIcHlwaS5vcmc`+c.secret("pypi- macaroon in a notes field", c.b64u(60))+`"}`)
		}},
		{cat, "infra-prefixed-tokens-in-env-listing", func(c *gcase) {
			env := "DIGITALOCEAN_TOKEN=" + c.secret("DigitalOcean dop_v1_", "dop_v1_"+c.hexs(64)) + "\nTS_AUTHKEY=" + c.secret("Tailscale tskey-auth-", "tskey-auth-k"+c.alnum(10)+"CNTRL-"+c.alnum(33)) + "\nCIRCLE_TOKEN=" + c.secret("CircleCI CCIPAT_", "CCIPAT_"+c.alnum(22)+"_"+c.hexs(40)) +
				"\nSUPABASE_ACCESS_TOKEN=" + c.secret("Supabase sbp_", "sbp_"+c.hexs(40)) + "\nCF_ORIGIN_CA_KEY=" + c.secret("Cloudflare origin CA v1.0-", "v1.0-"+c.hexs(24)+"-"+c.hexs(146)) + "\n" + c.decoy("TF_IN_AUTOMATION=true") + "\n"
			c.get("https://acme.app.spacelift.io/stack/billing/run/"+c.decoy("01JCX9A1B2C3D4E5F6G7H8J9K0")+"/logs/initializing").resp("text/plain", env)
		}},
		{cat, "kubernetes-bootstrap-and-openshift-tokens", func(c *gcase) {
			c.get("https://console-openshift-console.apps.ocp.acme.example/oauth/token/display?code="+c.secret("OpenShift display code", "sha256~"+c.b64u(32))).resp("text/html",
				`<h2>Your API token is</h2><code>`+c.secret("OpenShift sha256~ API token", "sha256~"+c.b64u(32))+`</code><h3>Log in with this token</h3><pre>oc login --token=... `+c.decoy("--server=https://api.ocp.acme.example:6443")+`</pre>`)
			c.get("https://rancher.acme.example/v3/clusterregistrationtokens?clusterId=c-m-7x2kq9vd").resp("application/json",
				`{"data":[{"id":"c-m-7x2kq9vd:default-token","command":"kubeadm join 10.20.0.10:6443 --token `+c.secret("kubeadm bootstrap token (6.16)", c.pick(gLower+gDigits, 6)+"."+c.pick(gLower+gDigits, 16))+` --discovery-token-ca-cert-hash sha256:`+c.decoy(c.hexs(64))+`"}]}`)
		}},
		{cat, "databricks-oauth-secret-and-pat", func(c *gcase) {
			c.post("https://accounts.azuredatabricks.net/api/2.0/accounts/"+c.decoy(c.uuid())+"/servicePrincipals/8812/credentials/secrets", "application/json", `{}`).
				resp("application/json", `{"id":"`+c.decoy(c.uuid())+`","secret":"`+c.secret("Databricks OAuth secret dose", "dose"+c.hexs(32))+`","secret_hash":"$argon2id$v=19$m=65536,t=3,p=4$`+c.b64u(12)+`$`+c.b64u(24)+`","status":"ACTIVE"}`)
			c.get("https://adb-4412778812.7.azuredatabricks.net/api/2.0/clusters/list").rh("Authorization", "Bearer "+c.secret("Databricks PAT dapi...-3", "dapi"+c.hexs(32)+"-3"))
		}},
	}
}

// 9. Cards and free-text credential phrases.
func u17Cards() []gdef {
	const cat = "9.cards"
	return []gdef{
		{cat, "snowflake-worksheet-rowset-card-column", func(c *gcase) {
			v := c.secret("Luhn-valid Visa in a Snowflake rowset", c.card("4", 16))
			m := c.secret("Luhn-valid Mastercard in a rowset", c.card("55", 16))
			c.post("https://xy12345.snowflakecomputing.com/queries/v1/query-request?"+c.decoy("requestId="+c.uuid()), "application/json", `{"sqlText":"select order_id, cc_number from raw.payments limit 2","asyncExec":false}`).
				resp("application/json", `{"data":{"rowtype":[{"name":"ORDER_ID","type":"fixed"},{"name":"CC_NUMBER","type":"text"}],"rowset":[["`+c.decoy(c.nonLuhn(16))+`","`+v+`"],["`+c.decoy(c.nonLuhn(16))+`","`+m+`"]],`+c.decoy(`"queryId":"01b8c2d4-0412-7a3b-0000-4f2b00012a9e"`)+`},"success":true}`)
		}},
		{cat, "kibana-discover-hits-card-in-message", func(c *gcase) {
			a := c.card("37", 15)
			c.secret("Amex grouped 4-6-5 in a log message", a[:4]+" "+a[4:10]+" "+a[10:])
			c.post("https://kibana.acme.example/internal/bsearch?"+c.decoy("compress=false"), "application/json", `{"batch":[{"request":{"params":{"index":"logs-payments-*"}}}]}`).
				resp("application/json", `{"id":0,"result":{"rawResponse":{"hits":{"hits":[{"_index":".ds-logs-payments-2026.11.22-000031","_id":"`+c.decoy("d8Kx2pMBq1nV4rT7wY0z")+`","_source":{"message":"charge declined for card `+a[:4]+" "+a[4:10]+" "+a[10:]+` (issuer timeout)",`+c.decoy(`"trace.id":"0af7651916cd43dd8448eb211c80319c"`)+`}}]}}}}`)
		}},
		{cat, "jupyter-notebook-output-card", func(c *gcase) {
			v := c.card("4", 16)
			c.secret("Luhn-valid card (dashes) in notebook output text", gGroup4(v, "-"))
			nb := map[string]any{"cells": []any{map[string]any{"cell_type": "code", "execution_count": 7, "source": []any{"df.head(1)"}, "outputs": []any{map[string]any{"output_type": "stream", "name": "stdout", "text": []any{"   order_id        card_number\n", "0  " + c.nonLuhn(10) + "  " + gGroup4(v, "-") + "\n"}}}}}, "nbformat": 4, "nbformat_minor": 5}
			c.req("PUT", "https://jupyter.acme.example/api/contents/work/payments.ipynb", "application/json", gJS(map[string]any{"type": "notebook", "format": "json", "content": nb})).
				resp("application/json", `{"name":"payments.ipynb",`+c.decoy(`"last_modified":"2026-11-22T10:15:07.441Z"`)+`,"type":"notebook"}`)
		}},
		{cat, "grafana-annotation-rotated-password-phrase", func(c *gcase) {
			c.post("https://grafana.acme.example/api/annotations", "application/json",
				`{"dashboardUID":"`+c.decoy("checkout-slo")+`","panelId":4,"time":1732270500000,"tags":["deploy","db"],"text":"rotated billing db creds after incident, new password is `+c.secret("new password is X (annotation text)", c.u17Pw())+` until vault sync"}`).
				resp("application/json", `{`+c.decoy(`"id":88124`)+`,"message":"Annotation added"}`)
		}},
		{cat, "foreign-language-phrases-incident-notes", func(c *gcase) {
			c.post("https://api.datadoghq.eu/api/v2/incidents/"+c.decoy(c.uuid())+"/timeline", "application/json",
				`{"data":{"type":"incident_timeline_cells","attributes":{"cell_type":"markdown","content":{"content":"Notfallzugang: das Passwort lautet `+c.secret("das Passwort lautet X (German)", c.u17Pw())+`. Accès console: le mot de passe est `+c.secret("le mot de passe est X (French)", c.u17Pw())+`. Réplica: la contraseña es `+c.secret("la contraseña es X (Spanish)", c.u17Pw())+`. `+c.decoy("Status: mitigated at 10:42 UTC")+`"}}}}`)
		}},
		{cat, "docker-compose-yaml-in-gitlab-snippet", func(c *gcase) {
			y := "services:\n  db:\n    " + c.decoy("image: postgres:16.4-alpine") + "\n    environment:\n      POSTGRES_USER: billing\n      POSTGRES_PASSWORD: " + c.secret("compose POSTGRES_PASSWORD", c.u17Pw()) + "\n  minio:\n    image: minio/minio:RELEASE.2024-11-07T00-52-20Z\n    environment:\n      - MINIO_ROOT_PASSWORD=" +
				c.secret("compose MINIO_ROOT_PASSWORD list form", c.alnum(24)) + "\n      - " + c.decoy("MINIO_BROWSER_REDIRECT_URL=https://minio.acme.example") + "\n"
			c.post("https://gitlab.acme.example/api/v4/snippets", "application/json", gJS(map[string]any{"title": "local stack", "visibility": "internal", "files": []any{map[string]any{"file_path": "docker-compose.yml", "content": y}}}))
		}},
		{cat, "connection-uris-in-metabase-and-superset", func(c *gcase) {
			c.post("https://metabase.acme.example/api/database", "application/json",
				`{"engine":"postgres","name":"Billing","details":{"additional-options":"sslmode=require","jdbc":"jdbc:postgresql://10.20.3.4:5432/billing?user=metabase&password=`+c.secret("JDBC password= query", c.alnum(20))+`"},`+c.decoy(`"schedules":{"metadata_sync":{"schedule_type":"hourly"}}`)+`}`)
			c.post("https://superset.acme.example/api/v1/database/", "application/json",
				`{"database_name":"events","sqlalchemy_uri":"mongodb+srv://superset:`+c.secret("mongodb+srv userinfo password", c.alnum(18))+`@cluster0.x7kq2.mongodb.net/events?retryWrites=true","extra":"{\"cache\":\"redis://:`+c.secret("redis URI password inside extra", c.alnum(22))+`@10.20.3.7:6379/2\"}"}`)
		}},
		{cat, "cloud-shell-terminal-commands", func(c *gcase) {
			e := c.get("wss://ssh.cloud.google.com/v4/connect?" + c.decoy("zone=europe-west1-b") + "&project=acme-prod").code(101)
			e.wsMsg("send", 1, `{"data":"mysql -h 10.20.3.4 -uroot -p`+c.secret("mysql -pX", c.u17Pw())+` billing\r"}`)
			e.wsMsg("send", 1, `{"data":"docker login -u ci -p `+c.secret("docker login -p X", c.alnum(32))+` harbor.acme.example\r"}`)
			e.wsMsg("send", 1, `{"data":"kubectl create secret generic stripe --from-literal=apikey=`+c.secret("kubectl --from-literal=apikey=X", "rk_live_"+c.alnum(24))+`\r"}`)
			e.wsMsg("receive", 1, c.decoy(`{"data":"secret/stripe created\r\n"}`))
		}},
		{cat, "terraform-plan-output-hcl", func(c *gcase) {
			plan := "  # azurerm_mssql_server.billing will be created\n  + resource \"azurerm_mssql_server\" \"billing\" {\n      + administrator_login          = \"sqladmin\"\n      + administrator_login_password = \"" + c.secret("plan administrator_login_password", c.u17Pw()) +
				"\"\n      + " + c.decoy("location                     = \"westeurope\"") + "\n    }\n  + resource \"random_password\" \"x\" {\n      + result = \"" + c.secret("plan random_password result", c.pick(gAlnum+"!#$%", 24)) + "\"\n    }\n" + c.decoy("Plan: 2 to add, 0 to change, 0 to destroy.") + "\n"
			c.get("https://atlantis.acme.example/jobs/"+c.decoy(c.uuid())).resp("text/event-stream", "data: "+strings.ReplaceAll(plan, "\n", "\ndata: ")+"\n\n")
		}},
		{cat, "spring-properties-and-pgpass-workspace-view", func(c *gcase) {
			props := c.decoy("spring.datasource.url=jdbc:postgresql://10.20.3.4:5432/billing") + "\nspring.datasource.username=billing_app\nspring.datasource.password=" + c.secret("spring.datasource.password", c.u17Pw()) + "\nspring.mail.password=" + c.secret("spring.mail.password", c.alnum(16)) + "\n"
			c.get("https://jenkins.acme.example/job/billing/ws/src/main/resources/application-prod.properties/*view*/").resp("text/plain", props)
			c.get("https://jenkins.acme.example/job/billing/ws/.pgpass/*view*/").resp("text/plain", "10.20.3.4:5432:billing:billing_app:"+c.secret(".pgpass password field", c.alnum(20))+"\n")
		}},
		{cat, "splunk-results-card-with-dashes-and-decoys", func(c *gcase) {
			d := c.card("6011", 16)
			c.secret("Discover card with dashes in a Splunk result", gGroup4(d, "-"))
			c.get("https://splunk.acme.example:8000/en-US/splunkd/__raw/servicesNS/admin/search/search/jobs/1732270503.4412/results?"+c.decoy("output_mode=json&count=20")).resp("application/json",
				`{"results":[{"_raw":"pay attempt card=`+gGroup4(d, "-")+` amount=42.00","_time":"2026-11-22T10:14:59.000+00:00",`+c.decoy(`"order":"`+c.nonLuhn(16)+`"`)+`,`+c.decoy(`"host":"pay-api-03"`)+`}]}`)
		}},
	}
}

// 10. Personal data.
func u17Personal() []gdef {
	const cat = "10.personal"
	return []gdef{
		{cat, "sts-caller-identity-sso-email", func(c *gcase) {
			em := c.secret("e-mail as SSO role session name in Arn/UserId", "hildegard.marsh@acme-corp.example")
			c.post("https://sts.amazonaws.com/", "application/x-www-form-urlencoded", "Action=GetCallerIdentity&Version=2011-06-15").resp("text/xml",
				`<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_AdministratorAccess_1a2b3c4d5e6f7a8b/`+em+`</Arn><UserId>AROA3XFRBF535PLBIFPI4:`+em+`</UserId>`+c.decoy("<Account>123456789012</Account>")+`</GetCallerIdentityResult><ResponseMetadata><RequestId>`+c.decoy(c.uuid())+`</RequestId></ResponseMetadata></GetCallerIdentityResponse>`)
		}},
		{cat, "gcp-iam-policy-members", func(c *gcase) {
			c.post("https://cloudresourcemanager.googleapis.com/v3/projects/acme-prod:getIamPolicy", "application/json", `{"options":{"requestedPolicyVersion":3}}`).resp("application/json",
				`{"version":3,"bindings":[{`+c.decoy(`"role":"roles/container.admin"`)+`,"members":["user:`+c.secret("IAM member user: e-mail", "ravindra.okafor@acme-corp.example")+`","user:`+c.secret("IAM member second e-mail", "li.wen.tanaka@acme-corp.example")+`"]}],`+c.decoy(`"etag":"BwYTxVxk3Jc="`)+`}`)
		}},
		{cat, "grafana-user-and-auth-tokens-client-ip", func(c *gcase) {
			c.get("https://grafana.acme.example/api/user").resp("application/json",
				`{"id":14,"email":"`+c.secret("Grafana user email", "b.achterberg@acme-corp.example")+`","name":"`+c.secret("Grafana user name", "Berend Achterberg")+`","login":"`+c.secret("Grafana login", "bachterberg")+`",`+c.decoy(`"theme":"dark"`)+`,"orgId":1,"isGrafanaAdmin":false}`)
			c.get("https://grafana.acme.example/api/user/auth-tokens").resp("application/json",
				`[{"id":301,"isActive":true,"clientIp":"`+c.secret("auth-tokens clientIp", "203.0.113.58")+`","browser":"Chrome","browserVersion":"131.0",`+c.decoy(`"os":"Linux"`)+`,"createdAt":"2026-11-20T08:01:00Z","seenAt":"2026-11-22T10:14:00Z"}]`).
				set("serverIPAddress", c.decoy("34.120.177.193"))
		}},
		{cat, "jenkins-user-fullname-and-mailer", func(c *gcase) {
			c.get("https://jenkins.acme.example/user/tkowalczyk/api/json?"+c.decoy("tree=fullName,property[address]")).resp("application/json",
				`{"_class":"hudson.model.User","fullName":"`+c.secret("Jenkins fullName", "Tomasz Kowalczyk")+`","property":[{"_class":"hudson.tasks.Mailer$UserProperty","address":"`+c.secret("Mailer address", "tomasz.kowalczyk@acme-corp.example")+`"},`+c.decoy(`{"_class":"jenkins.security.ApiTokenProperty"}`)+`]}`)
		}},
		{cat, "gitlab-job-commit-author", func(c *gcase) {
			c.get("https://gitlab.acme.example/api/v4/projects/4412/jobs/99812003").resp("application/json",
				`{"id":99812003,"status":"failed",`+c.decoy(`"stage":"deploy"`)+`,"user":{"id":88,"name":"`+c.secret("job user.name", "Oluwaseun Adebayo-Reyes")+`","username":"sadebayo"},"commit":{"id":"`+c.decoy(c.hexs(40))+`","author_name":"`+c.secret("commit author_name", "Ines Castellanos")+`","author_email":"`+c.secret("commit author_email", "ines.castellanos@acme-corp.example")+`","title":"`+c.decoy("fix: retry ledger export on 503")+`"}}`)
		}},
		{cat, "github-actions-run-head-commit", func(c *gcase) {
			c.get("https://api.github.com/repos/acme/billing/actions/runs/11823300455").resp("application/json",
				`{"id":11823300455,"name":"deploy",`+c.decoy(`"head_sha":"9fceb02d0ae598e95dc970b74767f19372d61af8"`)+`,"head_commit":{"message":"bump","author":{"name":"`+c.secret("head_commit.author.name", "Priyanka Venkataraman")+`","email":"`+c.secret("head_commit.author.email", "priyanka.v@acme-corp.example")+`"}},`+c.decoy(`"conclusion":"success"`)+`}`)
		}},
		{cat, "cloudtrail-event-source-ip", func(c *gcase) {
			ev := `{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"AIDA3XFRBF535EXAMPLE","arn":"arn:aws:iam::123456789012:user/` + c.secret("IAM user name in arn (a person)", "marisol.figueroa") + `"},"eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","sourceIPAddress":"` + c.secret("CloudTrail sourceIPAddress", "198.51.100.142") + `","userAgent":"Mozilla/5.0","awsRegion":"us-east-1","eventID":"` + c.decoy(c.uuid()) + `"}`
			c.post("https://cloudtrail.us-east-1.amazonaws.com/", "application/x-amz-json-1.1", `{"LookupAttributes":[{"AttributeKey":"EventName","AttributeValue":"ConsoleLogin"}]}`).rh("X-Amz-Target", "CloudTrail_20131101.LookupEvents").
				resp("application/x-amz-json-1.1", `{"Events":[{"EventName":"ConsoleLogin","CloudTrailEvent":`+gJS(ev)+`}]}`)
		}},
		{cat, "datadog-rum-ndjson-usr", func(c *gcase) {
			ln := `{"type":"view","date":1732270500123,"application":{"id":"` + c.decoy(c.uuid()) + `"},"session":{"id":"` + c.uuid() + `","type":"user"},"usr":{"id":"u-4412","name":"` + c.secret("RUM usr.name", "Aurelio Bianchi-Santos") + `","email":"` + c.secret("RUM usr.email", "aurelio.bs@acme-corp.example") + `"},"view":{"url":"https://console.acme.example/billing",` + c.decoy(`"loading_time":812000000`) + `}}` + "\n"
			c.post("https://browser-intake-datadoghq.eu/api/v2/rum?"+c.decoy("ddsource=browser")+"&ddtags=sdk_version%3A5.28.0", "text/plain;charset=UTF-8", ln+ln)
		}},
		{cat, "grafana-oncall-user-phone", func(c *gcase) {
			c.get("https://oncall-prod-eu-west-0.grafana.net/oncall/api/internal/v1/users/"+c.decoy("U4K7X2QZ9M1PB")).resp("application/json",
				`{"pk":"U4K7X2QZ9M1PB","email":"`+c.secret("OnCall user email", "dagny.solberg@acme-corp.example")+`","username":"dsolberg","name":"`+c.secret("OnCall user name", "Dagny Solberg")+`","verified_phone_number":"`+c.secret("verified_phone_number", "+47 412 55 019")+`","unverified_phone_number":"`+c.secret("unverified_phone_number", "+47 928 44 310")+`",`+c.decoy(`"timezone":"Europe/Oslo"`)+`}`)
		}},
		{cat, "azure-signin-logs-upn-ip", func(c *gcase) {
			c.get("https://graph.microsoft.com/v1.0/auditLogs/signIns?"+c.decoy("$top=1")).resp("application/json",
				`{"value":[{"id":"`+c.decoy(c.uuid())+`","createdDateTime":"2026-11-22T10:11:02Z","userDisplayName":"`+c.secret("signIns userDisplayName", "Kwabena Mensah-Larsen")+`","userPrincipalName":"`+c.secret("signIns userPrincipalName", "kmensah@acme-corp.example")+`",`+c.decoy(`"appDisplayName":"Azure Portal"`)+`,"ipAddress":"`+c.secret("signIns ipAddress (IPv6)", "2001:db8:4f12:9a00::1b7")+`","clientAppUsed":"Browser",`+c.decoy(`"conditionalAccessStatus":"success"`)+`}]}`)
		}},
		{cat, "loki-access-log-client-ip", func(c *gcase) {
			c.get("https://grafana.acme.example/api/datasources/proxy/uid/loki-prod/loki/api/v1/query_range?"+c.decoy("query=%7Bapp%3D%22ingress%22%7D&limit=2")).resp("application/json",
				`{"status":"success","data":{"resultType":"streams","result":[{"stream":{"app":"ingress",`+c.decoy(`"pod":"ingress-nginx-controller-7d9f-abcde"`)+`},"values":[["1732270500000000000","`+c.secret("nginx access log client IP", "192.0.2.214")+` - - [22/Nov/2026:10:15:00 +0000] \"GET /billing HTTP/2.0\" 200 512 \"-\" \"Mozilla/5.0\" `+c.decoy("upstream=10.244.3.17:8080")+`"]]}]}}`)
		}},
		{cat, "kibana-hits-user-email-and-source-ip", func(c *gcase) {
			c.post("https://kibana.acme.example/internal/search/es", "application/json", `{"params":{"index":"logs-auth-*","body":{"size":1}}}`).resp("application/json",
				`{"rawResponse":{"hits":{"hits":[{"_source":{"@timestamp":"2026-11-22T10:14:58.331Z","event":{"action":"user_login","outcome":"success"},"user":{"email":"`+c.secret("ECS user.email", "yusuf.demirci@acme-corp.example")+`","full_name":"`+c.secret("ECS user.full_name", "Yusuf Demirci")+`"},"source":{"ip":"`+c.secret("ECS source.ip", "203.0.113.201")+`"},`+c.decoy(`"host":{"name":"auth-api-02"}`)+`}}]}}}`)
		}},
	}
}

// heldout17Open lists the cases of this corpus the engine does not handle
// yet, each with the missing mechanism. They are reported, not failed.
var heldout17Open = map[string]string{
	"lost 3.unnamed/datadog-and-newrelic-public-share-paths: a1b2c3d4e5":                                            "a shared-board segment <org>-<token> after /sb/ is redacted whole (path.after-word): the org prefix before the '-' goes with the token",
	"lost 1.names/splunk-web-login-form-key-cookies: 1732270503.4412":                                               "name word sid read as a session id: a Splunk search job id (<epoch>.<n>) under sid is redacted; no exemption for job-id shapes",
	"10.personal/cloudtrail-event-source-ip: IAM user name in arn (a person)":                                       "identity inside an ARN (arn:aws:iam::<acct>:user/<name>) is not treated as a person's login",
	"10.personal/loki-access-log-client-ip: nginx access log client IP":                                             "client IP at the head of a free-text access-log line (Loki values array) is not recognised; IPs are judged by field name only",
	"2.pairs/key-vault-secret-get-value: Key Vault secret bundle value (generic name)":                              "pairs as data: a Key Vault secret bundle {value, id: .../secrets/<name>/<version>} is not recognised; the generic value name is kept",
	"lost 2.pairs/key-vault-secret-get-value: https://acme-prod-kv.vault.azure.net/secrets/...":                     "the 32-hex version segment of a Key Vault secret id URL is redacted as a token (value-shape rule on path segments)",
	"3.unnamed/jenkins-agent-jnlp-arguments-and-secret-file: agent secret (JNLP <argument>, agent page)":            "64-hex agent secret without a name (JNLP <argument>, echo X > secret-file) is exempt as a hash digest",
	"3.unnamed/datadog-and-newrelic-public-share-paths: New Relic chart embed id (a capability)":                    "UUIDs in URL paths are exempt as ids even after an embed segment (/herald/)",
	"4.carriers/argocd-grpc-web-text-create-repository: repository password in a grpc-web-text protobuf":            "carrier not parsed: application/grpc-web-text (base64 gRPC-web frames of protobuf) is not decoded, so string fields are never judged",
	"5.exporters/fetch-text-plain-json-and-form: Metabase session id (response id)":                                 "a session endpoint's response {id: <uuid>} (Metabase POST /api/session) is not treated as a session token; generic id name kept",
	"lost 5.exporters/multipart-params-only-no-text: 6LdPq2kqAAAAAJ7yMl2-publicSiteKeyX":                            "public-by-design key redacted: recaptcha_site_key matched by the key word; no exemption for site/publishable keys",
	"lost 7.graphql/appsync-realtime-header-and-start-extensions: x7kq2b4zmrfqzp3vn6w5m4y2ua.appsync-api.eu-wes...": "every member of an authorization object is redacted, including its non-secret host member",
	"lost 7.graphql/buildkite-agent-token-create-response: T3JnYW5pemF0aW9uLS0tZjEyMzQ1Njc4OQ==":                    "inline literal arguments of a token-creating mutation are redacted wholesale (organizationID relay id, description)",
	"lost 8.vendors/datadog-keys-vs-public-rum-client-token: pube308d2d304edbead483cca4ee0147b62":                   "public-by-design token redacted: a Datadog RUM clientToken (pub + 32 hex) is matched by the token word; no exemption for client tokens",
	"8.vendors/jfrog-reference-and-nexus-user-token: Nexus user token nameCode":                                     "name word not recognised: nameCode (the user half of a Nexus user token pair nameCode/passCode) is kept",
	"lost 8.vendors/kubernetes-bootstrap-and-openshift-tokens: 7bc13c7c12a8e52d42fa170c6bd05a5715c1708de1cf2...":    "command-line flag --discovery-token-ca-cert-hash matched by its token word: the public CA hash is redacted",
	"9.cards/terraform-plan-output-hcl: plan random_password result":                                                "name word not recognised: result of a random_password resource in plan output (HCL-ish text) is kept",
}
