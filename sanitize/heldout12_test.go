package sanitize

// A twelfth held-out corpus for "Detection that generalizes" (issue 10),
// written without reading the engine and kept distinct from the earlier
// corpora: developer and AI platforms. LLM consoles and APIs (OpenAI
// platform, ChatGPT and Realtime, Anthropic API and claude.ai, Hugging
// Face, Replicate, Together, Groq, OpenRouter, LiteLLM, local Ollama, LM
// Studio and Open WebUI, Gradio apps, MCP servers), CI/CD (GitHub Actions
// live logs, GitLab, CircleCI, Jenkins, Argo CD, Buildkite, Vercel and
// Netlify hooks, SonarQube), package registries (npm, PyPI, Docker Hub,
// Artifactory, Nexus, NuGet), feature flags (LaunchDarkly, Unleash,
// Flagsmith), observability (Grafana, Datadog, Sentry, Honeycomb, New
// Relic, PagerDuty), product analytics and session replay (PostHog,
// rrweb-style recorders), webhook inspectors and mail catchers
// (webhook.site, Pipedream, Mailpit), tunnels (ngrok, Cloudflare Tunnel and
// Access), in-browser IDEs and notebooks (Codespaces, Gitpod, code-server,
// JupyterLab and JupyterHub), and GraphQL developer APIs (GitLab, Buildkite,
// Fly.io, Railway, Apollo Studio, Hasura, Dagster, Sourcegraph). Carriers
// are those these tools really use: websockets (Jupyter kernel JSON and v1
// binary frames, LSP, SignalR, terminals, graphql-ws, Kubernetes exec
// subprotocols), JSON-RPC, event streams, NDJSON, Connect protobuf-JSON,
// OTLP/JSON attribute lists, Stapler multipart forms and Jenkins XML. It
// reuses the harness of generalize_test.go.
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"encoding/binary"
	"html"
	"net/url"
	"strconv"
	"strings"
	"testing"
)

func TestHeldout12Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 12", "heldout12Open", heldout12Cases(), heldout12Open)
}

func TestHeldout12CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout12Cases())
}

func heldout12Cases() []gdef {
	return gCollect(u12Names, u12Pairs, u12Unnamed, u12Carriers, u12Exporters, u12Everywhere, u12GraphQL, u12Vendors, u12CardsPhrases, u12Personal)
}

// u12Pw is a realistic human password: a word, digits, a symbol and a word.
func (c *gcase) u12Pw() string {
	words := []string{"Lantern", "Gravel", "Orchard", "Falcon", "Pebble", "Juniper", "Cobalt", "Saddle", "Thimble", "Marble", "Rocket", "Cactus", "Walnut", "Harpoon", "Velvet", "Quarry"}
	syms := "!#$%&*+-=?@_~"
	return words[c.rng.IntN(len(words))] + c.digits(3) + string(syms[c.rng.IntN(len(syms))]) + strings.ToLower(words[c.rng.IntN(len(words))])
}

// u12OpenAI is an OpenAI key of the given kind (proj, admin, svcacct).
func (c *gcase) u12OpenAI(kind string) string {
	return "sk-" + kind + "-" + c.pick(gB64uAlpha, 74) + "T3BlbkFJ" + c.pick(gB64uAlpha, 74)
}

// u12Ant is an Anthropic key of the given kind (api03, admin01, sid01).
func (c *gcase) u12Ant(kind string) string {
	return "sk-ant-" + kind + "-" + c.pick(gB64uAlpha, 93) + "AA"
}

func (c *gcase) u12HF() string { return "hf_" + c.pick(gLower+gUpper, 34) }

// u12Part is one multipart/form-data part.
func u12Part(b, name, extra, body string) string {
	return "--" + b + "\r\nContent-Disposition: form-data; name=\"" + name + "\"" + extra + "\r\n\r\n" + body + "\r\n"
}

// u12Stainless adds the SDK telemetry headers of the OpenAI and Anthropic
// TypeScript SDKs (decoys).
func (c *gcase) u12Stainless(e *gent) *gent {
	return e.rh("x-stainless-package-version", c.decoy("4.73.1"), "x-stainless-runtime", c.decoy("browser:chrome"), "x-stainless-retry-count", "0")
}

// 1. Compound, abbreviated and foreign-language names.
func u12Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "openwebui-signin-and-plural-openai-api-keys", func(c *gcase) {
			tok := c.secret("Open WebUI signin token", c.hs256JWT(`{"id":"`+c.uuid()+`"}`))
			c.post("http://localhost:3000/api/v1/auths/signin", "application/json", `{"email":"admin@localhost","password":"`+c.secret("Open WebUI signin password", c.u12Pw())+`"}`).
				resp("application/json", `{"id":"`+c.decoy(c.uuid())+`","email":"admin@localhost","name":"Admin","role":"admin","profile_image_url":"/user.png","token":"`+tok+`",`+c.decoy(`"token_type":"Bearer"`)+`,"expires_at":null}`)
			c.post("http://localhost:3000/openai/config/update", "application/json",
				`{"ENABLE_OPENAI_API":true,`+c.decoy(`"OPENAI_API_BASE_URLS":["https://api.together.xyz/v1","http://host.docker.internal:1234/v1"]`)+`,"OPENAI_API_KEYS":["`+
					c.secret("OPENAI_API_KEYS[0] (plural name, array value)", c.alnum(48))+`","`+c.secret("OPENAI_API_KEYS[1] (plural name, array value)", c.alnum(40))+`"],"OPENAI_API_CONFIGS":{"0":{"enable":true,`+c.decoy(`"prefix_id":"together"`)+`}}}`).
				rh("Authorization", "Bearer "+tok)
		}},
		{cat, "litellm-master-key-and-salt-key", func(c *gcase) {
			c.post("https://llm-proxy.acme.example/config/update", "application/json",
				`{"general_settings":{"master_key":"sk-`+c.secret("LiteLLM general_settings.master_key", c.alnum(22))+`","database_url":"postgresql://llmproxy:`+c.secret("LiteLLM database_url password", c.u12Pw())+`@db.internal:5432/litellm",`+
					c.decoy(`"alerting":["slack"]`)+`,`+c.decoy(`"proxy_batch_write_at":60`)+`},"environment_variables":{"LITELLM_SALT_KEY":"`+c.secret("LITELLM_SALT_KEY", c.alnum(32))+`",`+c.decoy(`"LITELLM_LOG":"INFO"`)+`}}`).
				rh("Authorization", "Bearer sk-"+c.secret("LiteLLM admin Bearer sk- (22 alnum)", c.alnum(22)))
		}},
		{cat, "jenkins-crumb-and-generated-api-token-value", func(c *gcase) {
			crumb := c.secret("Jenkins crumb", c.hexs(64))
			sess := "JSESSIONID." + c.hexs(8)
			c.get("https://jenkins.acme.example/crumbIssuer/api/json").
				rh("Cookie", sess+"="+c.secret("Jenkins JSESSIONID.<node> cookie", "node0"+c.pick(gLower+gDigits, 26)+".node0")).
				resp("application/json", `{"_class":"hudson.security.csrf.DefaultCrumbIssuer","crumb":"`+crumb+`",`+c.decoy(`"crumbRequestField":"Jenkins-Crumb"`)+`}`).sh("X-Jenkins", c.decoy("2.479.1"))
			c.post("https://jenkins.acme.example/user/ci-bot/descriptorByName/jenkins.security.ApiTokenProperty/generateNewToken", "application/x-www-form-urlencoded", "newTokenName=ci-deploy").
				rh("Jenkins-Crumb", crumb).
				resp("application/json", `{"status":"ok","data":{`+c.decoy(`"tokenName":"ci-deploy"`)+`,"tokenUuid":"`+c.decoy(c.uuid())+`","tokenValue":"`+c.secret("Jenkins generateNewToken data.tokenValue", "11"+c.hexs(32))+`"}}`)
		}},
		{cat, "gitlab-private-token-and-webhook-token-headers", func(c *gcase) {
			c.get("https://gitlab.acme.example/api/v4/projects/42/pipelines?"+c.decoy("ref=main")+"&per_page=20").
				rh("PRIVATE-TOKEN", c.secret("PRIVATE-TOKEN header (legacy 20-char)", c.pick(gAlnum+"-_", 20))).
				sh("X-Request-Id", c.decoy("01JDB9"+strings.ToUpper(c.pick(gLower+gDigits, 20))), "X-Gitlab-Meta", c.decoy(`{"correlation_id":"01JDB9Q0ZX4T7W6","version":"1"}`))
			c.post("https://hooks.acme.example/gitlab", "application/json", `{"object_kind":"pipeline","object_attributes":{"id":`+c.decoy("118822")+`,"status":"failed"}}`).
				rh("X-Gitlab-Event", c.decoy("Pipeline Hook"), "X-Gitlab-Token", c.secret("X-Gitlab-Token webhook header (user-chosen)", c.alnum(24)), "X-Gitlab-Event-UUID", c.decoy(c.uuid()), "X-Gitlab-Instance", c.decoy("https://gitlab.acme.example"))
		}},
		{cat, "circleci-circle-token-query-and-header-vs-vcs-revision", func(c *gcase) {
			sha := c.hexs(40)
			c.get("https://circleci.com/api/v1.1/project/github/acme/api/tree/main?circle-token="+c.secret("circle-token query (40 hex)", c.hexs(40))+"&"+c.decoy("limit=5")).
				resp("application/json", `[{"build_num":`+c.decoy("8812")+`,"vcs_revision":"`+c.decoy(sha)+`","status":"success"}]`)
			c.get("https://circleci.com/api/v2/pipeline?"+c.decoy("org-slug=gh/acme")).rh("Circle-Token", c.secret("Circle-Token header (40 hex)", c.hexs(40)))
		}},
		{cat, "foreign-language-credential-names", func(c *gcase) {
			c.post("https://portal.acme.example/api/onboarding/registry-access", "application/json",
				`{"benutzername":"ci-build","passwort":"`+c.secret("passwort (de)", c.u12Pw())+`","mot_de_passe":"`+c.secret("mot_de_passe (fr)", c.u12Pw())+`","contraseña":"`+c.secret("contraseña (es)", c.u12Pw())+
					`","senha":"`+c.secret("senha (pt)", c.u12Pw())+`","пароль":"`+c.secret("пароль (ru)", c.u12Pw())+`","密码":"`+c.secret("密码 (zh)", c.u12Pw())+`","パスワード":"`+c.secret("パスワード (ja)", c.u12Pw())+
					`","비밀번호":"`+c.secret("비밀번호 (ko)", c.u12Pw())+`",`+c.decoy(`"sprache":"de-DE"`)+`,`+c.decoy(`"passwortMindestlänge":12`)+`}`)
			c.post("https://portal.acme.example/konto/anmelden", "application/x-www-form-urlencoded",
				"benutzer=ci-build&kennwort="+url.QueryEscape(c.secret("kennwort form (de)", c.u12Pw()))+"&wachtwoord="+url.QueryEscape(c.secret("wachtwoord form (nl)", c.u12Pw()))+"&salasana="+url.QueryEscape(c.secret("salasana form (fi)", c.u12Pw()))+"&"+c.decoy("angemeldet_bleiben=1"))
		}},
		{cat, "maven-settings-xml-in-gitlab-file-api", func(c *gcase) {
			xml := `<settings><servers><server><id>` + c.decoy("acme-releases") + `</id><username>deployer</username><password>` + c.secret("settings.xml <password>", c.u12Pw()) + `</password></server>` +
				`<server><id>gitlab-maven</id><configuration><httpHeaders><property><name>Private-Token</name><value>` + c.secret("settings.xml httpHeaders property name=Private-Token value", c.pick(gAlnum+"-_", 20)) + `</value></property></httpHeaders></configuration></server>` +
				`<server><id>sftp-site</id><privateKey>` + c.decoy("${user.home}/.ssh/id_ed25519") + `</privateKey><passphrase>` + c.secret("settings.xml <passphrase>", c.u12Pw()) + `</passphrase></server></servers></settings>`
			c.post("https://gitlab.acme.example/api/v4/projects/42/repository/files/ci%2Fsettings.xml", "application/json",
				gJS(map[string]any{"branch": "main", "commit_message": c.decoy("ci: add maven settings"), "content": xml}))
		}},
		{cat, "nuget-and-art-api-abbreviated-headers", func(c *gcase) {
			c.req("PUT", "https://nuget.acme.example/api/v2/package/", "multipart/form-data; boundary=nuget", "--nuget\r\nContent-Disposition: form-data; name=\"package\"; filename=\"Acme.Sdk.3.2.0.nupkg\"\r\n\r\nPK\r\n--nuget--\r\n").
				rh("X-NuGet-ApiKey", c.secret("X-NuGet-ApiKey header", c.pick(gLower+gDigits, 46)), "X-NuGet-Client-Version", c.decoy("6.11.0"), "X-NuGet-Protocol-Version", c.decoy("4.1.0"))
			c.get("https://artifactory.acme.example/artifactory/api/storage/libs-release-local/com/acme/sdk/3.2.0").
				rh("X-JFrog-Art-Api", c.secret("X-JFrog-Art-Api header (no vendor prefix)", c.alnum(64))).
				sh("X-JFrog-Version", c.decoy("Artifactory/7.98.9 79809900"), "X-Artifactory-Node-Id", c.decoy("art-primary-01")).
				resp("application/json", `{"repo":"libs-release-local","path":"/com/acme/sdk/3.2.0",`+c.decoy(`"created":"2026-11-20T08:12:44.123Z"`)+`}`)
		}},
		{cat, "otel-config-honeycomb-team-and-basicauth-extension", func(c *gcase) {
			c.post("https://fleet.grafana.example/api/pipelines", "application/json",
				`{"name":"frontend","config":{"exporters":{"otlphttp/honeycomb":{`+c.decoy(`"endpoint":"https://api.honeycomb.io"`)+`,"headers":{"x-honeycomb-team":"`+c.secret("otel exporter headers.x-honeycomb-team", c.alnum(22))+`",`+c.decoy(`"x-honeycomb-dataset":"frontend-web"`)+`}}},`+
					`"extensions":{"basicauth/grafana":{"client_auth":{"username":"`+c.decoy("918273")+`","password":"`+c.secret("otel basicauth client_auth.password", "glc_"+gB64(`{"o":"918273","n":"alloy","k":"`+c.alnum(24)+`","m":{"r":"prod-eu-west-2"}}`))+`"}}},`+c.decoy(`"timeout":"10s"`)+`}}`)
		}},
		{cat, "product-session-cookie-names", func(c *gcase) {
			c.get("https://argocd.acme.example/api/v1/applications?"+c.decoy("projects=payments")).
				rh("Cookie", "argocd.token="+c.secret("argocd.token cookie", c.hs256JWT(`{"iss":"argocd","sub":"admin:login","nbf":1732270500,"iat":1732270500,"jti":"`+c.uuid()+`"}`)))
			c.get("https://grafana.acme.example/api/dashboards/uid/"+c.decoy("be2w7xq")).
				rh("Cookie", "grafana_session="+c.secret("grafana_session cookie", c.hexs(32))+"; "+c.decoy("grafana_session_expiry=1732274100"))
			c.get("http://127.0.0.1:8888/api/contents/work?"+c.decoy("content=1")).
				rh("Cookie", "_xsrf="+c.secret("Jupyter _xsrf cookie", "2|"+c.hexs(8)+"|"+c.hexs(32)+"|1732270500")+`; username-127-0-0-1-8888="`+c.secret("Jupyter username-127-0-0-1-8888 signed cookie", "2|1:0|10:1732270500|23:username-127-0-0-1-8888|44:"+c.b64s(32)+"|"+c.hexs(64))+`"`)
		}},
		{cat, "datadog-query-api-key-and-application-key", func(c *gcase) {
			c.get("https://api.datadoghq.eu/api/v1/query?"+c.decoy("from=1732266900")+"&"+c.decoy("to=1732270500")+"&query="+url.QueryEscape("avg:trace.http.request.duration{service:checkout}")+"&api_key="+c.secret("api_key query (32 hex)", c.hexs(32))+"&application_key="+c.secret("application_key query (40 hex)", c.hexs(40))).
				resp("application/json", `{"status":"ok",`+c.decoy(`"res_type":"time_series"`)+`,"series":[]}`)
		}},
		{cat, "buildkite-agent-register-token-scheme", func(c *gcase) {
			at := c.secret("Buildkite agent access_token", c.alnum(50))
			c.post("https://agent.buildkite.com/v3/register", "application/json", `{"name":"ci-runner-7","hostname":"ip-10-0-3-17",`+c.decoy(`"version":"3.87.0"`)+`,"meta_data":["queue=default"]}`).
				rh("Authorization", "Token "+c.secret("Buildkite registration token (Token scheme)", c.alnum(50))).
				resp("application/json", `{"id":"`+c.decoy(c.uuid())+`","name":"ci-runner-7","access_token":"`+at+`",`+c.decoy(`"endpoint":"https://agent.buildkite.com/v3"`)+`,`+c.decoy(`"ping_interval":10`)+`,"job_status_interval":5}`)
			c.post("https://agent.buildkite.com/v3/ping", "application/json", "").rh("Authorization", "Token "+at)
		}},
	}
}

// 2. Name/value pairs spelled as data.
func u12Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "hf-space-secrets-key-value-vs-variables", func(c *gcase) {
			c.post("https://huggingface.co/api/spaces/acme-ml/support-bot/secrets", "application/json",
				`{"key":"OPENAI_API_KEY","value":"`+c.secret(`HF space secret {"key":"OPENAI_API_KEY","value":S}`, c.alnum(48))+`","description":""}`).rh("Authorization", "Bearer "+c.secret("HF Bearer", c.u12HF()))
			c.post("https://huggingface.co/api/spaces/acme-ml/support-bot/variables", "application/json", c.decoy(`{"key":"MODEL_ID","value":"meta-llama/Llama-3.1-8B-Instruct","description":"base model"}`))
		}},
		{cat, "gitlab-ci-variables-form-and-list", func(c *gcase) {
			c.post("https://gitlab.acme.example/api/v4/projects/42/variables", "application/x-www-form-urlencoded",
				"key=AWS_SECRET_ACCESS_KEY&value="+url.QueryEscape(c.secret("GitLab variable form key=AWS_SECRET_ACCESS_KEY value", c.pick(gAlnum+"/+", 40)))+"&"+c.decoy("protected=true")+"&masked=true")
			c.get("https://gitlab.acme.example/api/v4/projects/42/variables").resp("application/json",
				`[{"variable_type":"env_var","key":"DEPLOY_PASSWORD","value":"`+c.secret("GitLab variables list key=DEPLOY_PASSWORD value", c.u12Pw())+`","protected":true,"masked":true,"raw":false,"environment_scope":"*"},`+
					c.decoy(`{"variable_type":"env_var","key":"NODE_ENV","value":"production","protected":false,"masked":false,"raw":false,"environment_scope":"*"}`)+`]`)
		}},
		{cat, "circleci-context-envvar-name-in-path", func(c *gcase) {
			ctx := c.uuid()
			c.req("PUT", "https://circleci.com/api/v2/context/"+c.decoy(ctx)+"/environment-variable/NPM_TOKEN", "application/json", `{"value":"`+c.secret("CircleCI context env var value (name in URL path)", c.alnum(36))+`"}`).
				resp("application/json", `{"variable":"NPM_TOKEN","context_id":"`+ctx+`",`+c.decoy(`"created_at":"2026-11-22T10:15:02.331Z"`)+`}`)
			c.get("https://circleci.com/api/v2/project/gh/acme/api/envvar").resp("application/json", `{"items":[`+c.decoy(`{"name":"NPM_TOKEN","value":"xxxx9fQ2"}`)+`],"next_page_token":null}`)
		}},
		{cat, "argocd-helm-parameters-name-value", func(c *gcase) {
			c.req("PUT", "https://argocd.acme.example/api/v1/applications/orders", "application/json",
				`{"metadata":{"name":"orders","namespace":"argocd"},"spec":{"project":"payments","source":{"repoURL":"https://github.com/acme/deploy.git","path":"charts/orders","targetRevision":"HEAD","helm":{"parameters":[`+
					`{"name":"db.password","value":"`+c.secret("helm parameters name=db.password value", c.u12Pw())+`"},{"name":"stripe.apiKey","value":"`+c.secret("helm parameters name=stripe.apiKey value", c.alnum(32))+`"},`+
					c.decoy(`{"name":"image.tag","value":"v2.14.0"}`)+`,`+c.decoy(`{"name":"replicaCount","value":"3"}`)+`]}}}}`)
		}},
		{cat, "otlp-json-span-attributes-key-value", func(c *gcase) {
			c.post("https://api.honeycomb.io/v1/traces", "application/json",
				`{"resourceSpans":[{"resource":{"attributes":[`+c.decoy(`{"key":"service.name","value":{"stringValue":"web-frontend"}}`)+`]},"scopeSpans":[{"scope":{"name":"@opentelemetry/instrumentation-fetch","version":"0.54.0"},"spans":[{"traceId":"`+c.decoy(c.hexs(32))+`","spanId":"`+c.decoy(c.hexs(16))+`","name":"HTTP POST","kind":3,"attributes":[`+
					`{"key":"http.request.header.authorization","value":{"arrayValue":{"values":[{"stringValue":"Bearer `+c.secret("OTLP attribute key=http.request.header.authorization", c.b64u(40))+`"}]}}},`+
					`{"key":"http.request.header.x-api-key","value":{"stringValue":"`+c.secret("OTLP attribute key=http.request.header.x-api-key", c.alnum(40))+`"}},`+
					c.decoy(`{"key":"http.route","value":{"stringValue":"/api/v1/chat"}}`)+`,`+c.decoy(`{"key":"http.response.status_code","value":{"intValue":"200"}}`)+`]}]}]}]}`).
				rh("X-Honeycomb-Team", c.secret("X-Honeycomb-Team header", c.alnum(22)))
		}},
		{cat, "jenkins-build-json-parameter-list", func(c *gcase) {
			js := `{"parameter":[{"name":"DEPLOY_PASSWORD","value":"` + c.secret("Jenkins json parameter name=DEPLOY_PASSWORD value", c.u12Pw()) + `"},{"name":"REGISTRY_TOKEN","value":"` + c.secret("Jenkins json parameter name=REGISTRY_TOKEN value", c.alnum(36)) + `"},{"name":"BRANCH","value":"release/2026.11"}],"statusCode":"303","redirectTo":"."}`
			c.post("https://jenkins.acme.example/job/deploy/build?delay=0sec", "application/x-www-form-urlencoded", "json="+url.QueryEscape(js)+"&"+c.decoy("Submit=Build")).code(303)
		}},
		{cat, "k8s-env-name-value-vs-secretKeyRef", func(c *gcase) {
			c.get("https://argocd.acme.example/api/v1/applications/orders/resource?"+c.decoy("resourceName=orders-api")+"&kind=Deployment&group=apps&version=v1").resp("application/json",
				gJS(map[string]any{"manifest": `{"apiVersion":"apps/v1","kind":"Deployment","spec":{"template":{"spec":{"containers":[{"name":"api","image":"ghcr.io/acme/orders:2.14.0","env":[` +
					`{"name":"OPENAI_API_KEY","value":"` + c.secret("container env name=OPENAI_API_KEY value", c.alnum(48)) + `"},{"name":"SMTP_PASS","value":"` + c.secret("container env name=SMTP_PASS value", c.u12Pw()) + `"},` +
					`{"name":"DB_PASSWORD","valueFrom":{"secretKeyRef":{"name":"orders-db","key":"password"}}},{"name":"LOG_LEVEL","value":"info"}]}]}}}}`}))
			c.decoy(gJSONInner(`{"name":"DB_PASSWORD","valueFrom":{"secretKeyRef":{"name":"orders-db","key":"password"}}}`))
			c.decoy(gJSONInner(`{"name":"LOG_LEVEL","value":"info"}`))
		}},
		{cat, "jenkins-credential-form-html-inputs", func(c *gcase) {
			page := `<form method="post" action="updateSubmit" name="update"><input name="stapler-class" type="hidden" value="com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl">` +
				`<input name="_.username" type="text" class="jenkins-input" value="deployer">` +
				`<input name="_.password" type="password" class="complex-password-field hidden-password-field" value="` + c.secret("Jenkins hidden _.password encrypted value", "{AQAAABAAAAAQ"+c.b64s(48)+"}") + `">` +
				c.decoy(`<input name="_.id" type="text" class="jenkins-input" value="nexus-deployer">`) +
				`<input type="hidden" name="Jenkins-Crumb" value="` + c.secret("Jenkins-Crumb hidden input", c.hexs(64)) + `"></form>`
			c.get("https://jenkins.acme.example/manage/credentials/store/system/domain/_/credential/nexus-deployer/update").resp("text/html;charset=utf-8", page)
		}},
		{cat, "flagsmith-identity-traits-key-value", func(c *gcase) {
			c.post("https://edge.api.flagsmith.com/api/v1/identities/", "application/json",
				`{"identifier":"`+c.decoy("usr_7Hq2")+`","traits":[{"trait_key":"email","trait_value":"`+c.secret("Flagsmith trait_key=email trait_value", "dagny.vasquez@fastmail.example")+`"},`+
					`{"trait_key":"api_token","trait_value":"`+c.secret("Flagsmith trait_key=api_token trait_value", c.b64u(30))+`"},`+c.decoy(`{"trait_key":"plan","trait_value":"enterprise"}`)+`]}`).
				rh("X-Environment-Key", c.decoy("iR7qL2vXcB9mNwP4sTf3Ha"))
		}},
		{cat, "hoppscotch-collection-headers-and-basic-auth", func(c *gcase) {
			c.post("https://hoppscotch.acme.example/graphql", "application/json", gJS(map[string]any{
				"operationName": "CreateRESTUserRequest",
				"query":         "mutation CreateRESTUserRequest($collectionID: ID!, $title: String!, $request: String!) { createRESTUserRequest(collectionID: $collectionID, title: $title, request: $request) { id } }",
				"variables": map[string]any{"collectionID": "clx8f3", "title": "list builds", "request": `{"v":"11","endpoint":"https://ci.acme.example/api/builds","method":"GET","headers":[{"key":"x-api-key","value":"` +
					c.secret("Hoppscotch headers key=x-api-key value (in a JSON string variable)", c.alnum(40)) + `","active":true},{"key":"Accept","value":"application/json","active":true}],"auth":{"authType":"basic","authActive":true,"username":"ci","password":"` +
					c.secret("Hoppscotch auth.password (in a JSON string variable)", c.u12Pw()) + `"}}`}}))
		}},
		{cat, "datadog-synthetics-global-variable-secure-value", func(c *gcase) {
			c.post("https://api.datadoghq.com/api/v1/synthetics/variables", "application/json",
				`{"name":"CHECKOUT_LOGIN_PASSWORD",`+c.decoy(`"description":"login for checkout browser test"`)+`,"tags":["team:payments"],"value":{"secure":true,"value":"`+c.secret("Synthetics variable value.value (secure)", c.u12Pw())+`"}}`).
				resp("application/json", `{"id":"`+c.decoy(c.uuid())+`","name":"CHECKOUT_LOGIN_PASSWORD","value":{"secure":true}}`)
		}},
		{cat, "grafana-datasource-httpHeaderName-httpHeaderValue", func(c *gcase) {
			c.req("PUT", "https://grafana.acme.example/api/datasources/uid/"+c.decoy("P8E80F9AEF21F6940"), "application/json",
				`{"name":"Tempo","type":"tempo","url":"https://tempo.acme.example","access":"proxy","jsonData":{"httpHeaderName1":"X-Scope-OrgID","httpHeaderName2":"Authorization"},`+
					`"secureJsonData":{"httpHeaderValue1":"`+c.decoy("tenant-payments")+`","httpHeaderValue2":"Bearer `+c.secret("secureJsonData.httpHeaderValue2 (name in httpHeaderName2)", c.b64u(36))+`"}}`).
				resp("application/json", `{"datasource":{"secureJsonFields":`+c.decoy(`{"httpHeaderValue1":true,"httpHeaderValue2":true}`)+`}}`)
		}},
	}
}

// 3. Generated credentials without a telling name.
func u12Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "npm-web-login-session-uuid-in-path", func(c *gcase) {
			sid := c.uuid()
			c.post("https://registry.npmjs.org/-/v1/login", "application/json", `{"hostname":"ci-laptop"}`).rh("npm-command", c.decoy("login"), "npm-auth-type", c.decoy("web")).
				resp("application/json", `{"loginUrl":"https://www.npmjs.com/login/cli/`+c.secret("npm loginUrl /login/cli/<uuid>", sid)+`","doneUrl":"https://registry.npmjs.org/-/v1/done?sessionId=`+sid+`"}`)
		}},
		{cat, "slack-and-discord-webhook-urls-in-integrations", func(c *gcase) {
			c.req("PUT", "https://gitlab.acme.example/api/v4/projects/42/integrations/slack", "application/json",
				`{"webhook":"https://hooks.slack.com/services/T0`+c.pick(gUpper+gDigits, 8)+`/B0`+c.pick(gUpper+gDigits, 8)+`/`+c.secret("Slack incoming webhook path secret", c.alnum(24))+`","username":"gitlab",`+c.decoy(`"channel":"#deploys"`)+`,"pipeline_events":true}`)
			c.req("PUT", "https://gitlab.acme.example/api/v4/projects/42/integrations/discord", "application/json",
				`{"webhook":"https://discord.com/api/webhooks/`+c.decoy("1309842211774029824")+`/`+c.secret("Discord webhook path token", c.pick(gB64uAlpha, 68))+`",`+c.decoy(`"notify_only_broken_pipelines":true`)+`}`)
		}},
		{cat, "webhook-inspector-token-urls", func(c *gcase) {
			tok := c.secret("webhook.site token uuid in path", c.uuid())
			c.get("https://webhook.site/token/"+tok+"/requests?"+c.decoy("sorting=newest")+"&per_page=50").rh("Referer", "https://webhook.site/#!/view/"+tok)
			c.post("https://eo"+c.secret("Pipedream endpoint id (capability in host)", c.pick(gLower+gDigits, 30))+".m.pipedream.net/", "application/json", `{"ping":true,`+c.decoy(`"source":"grafana-alerting"`)+`}`)
		}},
		{cat, "sentry-recover-and-accept-invite-links", func(c *gcase) {
			c.get("https://sentry.io/account/recover/confirm/" + c.decoy("2209174") + "/" + c.secret("Sentry recover confirm hash in path", c.hexs(32)) + "/")
			c.get("https://acme.sentry.io/accept/"+c.decoy("81620453")+"/"+c.secret("Sentry accept-invite token in path", c.hexs(64))+"/").code(302).sh("Location", "https://acme.sentry.io/auth/login/acme/")
		}},
		{cat, "grafana-snapshot-key-and-delete-url", func(c *gcase) {
			key := c.secret("Grafana snapshot view key", c.alnum(32))
			del := c.secret("Grafana snapshot deleteKey", c.alnum(32))
			c.post("https://grafana.acme.example/api/snapshots", "application/json", `{"dashboard":{"title":"Checkout latency"},"expires":3600}`).
				resp("application/json", `{"deleteKey":"`+del+`","deleteUrl":"https://grafana.acme.example/api/snapshots-delete/`+del+`",`+c.decoy(`"id":118`)+`,"key":"`+key+`","url":"https://grafana.acme.example/dashboard/snapshot/`+key+`"}`)
			c.get("https://grafana.acme.example/invite/" + c.secret("Grafana invite code in path", c.alnum(20)))
		}},
		{cat, "cloudflared-tunnel-token-result-and-install-command", func(c *gcase) {
			tid := c.uuid()
			tok := c.secret("Cloudflare tunnel token under result", gB64(`{"a":"`+c.hexs(32)+`","t":"`+tid+`","s":"`+c.b64s(32)+`"}`))
			c.get("https://dash.cloudflare.com/api/v4/accounts/"+c.hexs(32)+"/cfd_tunnel/"+c.decoy(tid)+"/token").resp("application/json", `{"success":true,"errors":[],"messages":[],"result":"`+tok+`"}`)
			c.get("https://dash.cloudflare.com/api/v4/accounts/x/cfd_tunnel/"+tid+"/install").resp("application/json",
				`{"result":{"docker":"docker run cloudflare/cloudflared:latest tunnel --no-autoupdate run --token `+tok+`","service":"sudo cloudflared service install `+c.secret("cloudflared service install <positional token>", gB64(`{"a":"`+c.hexs(32)+`","t":"`+c.uuid()+`","s":"`+c.b64s(32)+`"}`))+`"},`+c.decoy(`"tunnel_version":"2024.11.1"`)+`}`)
		}},
		{cat, "kubernetes-exec-websocket-bearer-subprotocol", func(c *gcase) {
			jwt := c.secret("k8s ServiceAccount JWT in Sec-WebSocket-Protocol base64url", c.rs256JWT(c.b64u(32), `{"iss":"https://kubernetes.default.svc.cluster.local","sub":"system:serviceaccount:kube-system:headlamp-admin","aud":["https://kubernetes.default.svc"],"exp":1732274100}`))
			e := c.get("wss://headlamp.acme.example/clusters/prod/api/v1/namespaces/payments/pods/orders-api-7d9f/exec?container=api&command=sh&stdin=1&stdout=1&tty=1").code(101).
				rh("Sec-WebSocket-Protocol", "base64url.bearer.authorization.k8s.io."+strings.TrimRight(gB64u(jwt), "=")+", "+c.decoy("v4.channel.k8s.io")).sh("Sec-WebSocket-Protocol", "v4.channel.k8s.io")
			e.wsMsg("send", 1, "\x00ls /var/run/secrets\r")
		}},
		{cat, "ngrok-url-userinfo-and-basic-auth", func(c *gcase) {
			host := c.pick(gLower+gDigits, 4) + "-" + c.digits(3) + "-" + c.digits(2) + ".ngrok-free.app"
			c.get("https://qa:"+c.secret("password in URL userinfo of an ngrok URL", c.u12Pw())+"@"+host+"/api/health").rh("ngrok-skip-browser-warning", c.decoy("69420")).
				sh("Ngrok-Trace-Id", c.decoy(c.hexs(32)))
		}},
		{cat, "mailpit-message-with-reset-and-confirm-links", func(c *gcase) {
			c.get("http://localhost:8025/api/v1/message/"+c.decoy("Nd8kWq2xPz4uRfT7yHbVcE")).resp("application/json", gJS(map[string]any{
				"ID": "Nd8kWq2xPz4uRfT7yHbVcE", "Subject": "[GitHub] Please reset your password", "Date": "2026-11-22T10:15:02Z",
				"Text": "We heard that you lost your GitHub password.\n\nhttps://github.com/password_reset/" + c.secret("GitHub password_reset link path token", c.pick(gAlnum, 54)) +
					"\n\nConfirm your Hugging Face e-mail: https://huggingface.co/email_confirmation/" + c.secret("HF email_confirmation link path token", c.alnum(32)) + "\n" + c.decoy("This link expires in 3 hours.")}))
		}},
		{cat, "vercel-netlify-buildkite-deploy-hooks", func(c *gcase) {
			c.post("https://api.vercel.com/v1/integrations/deploy/prj_"+c.decoy(c.alnum(28))+"/"+c.secret("Vercel deploy hook path secret", c.alnum(10)), "", "").resp("application/json", `{"job":{"id":"`+c.decoy(c.alnum(20))+`","state":"PENDING","createdAt":1732270502123}}`)
			c.post("https://api.netlify.com/build_hooks/"+c.secret("Netlify build hook id (24 hex capability)", c.hexs(24))+"?"+c.decoy("trigger_branch=main"), "application/json", "{}")
			c.post("https://webhook.buildkite.com/deliver/"+c.secret("Buildkite webhook deliver token", c.pick(gLower+gDigits, 50)), "application/json", `{"build":{"branch":"main"}}`)
		}},
		{cat, "honeycomb-browser-export-opaque-team-header", func(c *gcase) {
			c.post("https://api.honeycomb.io/v1/traces", "application/json", `{"resourceSpans":[]}`).
				rh("x-honeycomb-team", c.secret("x-honeycomb-team header (ingest key)", "hcaik_01"+c.pick(gLower+gDigits, 56)), "traceparent", c.decoy("00-"+c.hexs(32)+"-"+c.hexs(16)+"-01"),
					"baggage", c.decoy("deployment.environment=prod"))
		}},
		{cat, "vercel-protection-bypass-header-and-query", func(c *gcase) {
			by := c.secret("x-vercel-protection-bypass header value", c.alnum(32))
			c.get("https://acme-web-git-feat-chat-acme.vercel.app/api/preview?x-vercel-protection-bypass="+by+"&"+c.decoy("x-vercel-set-bypass-cookie=samesitenone")).
				sh("x-vercel-id", c.decoy("fra1::iad1::8pz4q-1732270502123-"+c.hexs(12)))
			c.get("https://acme-web-git-feat-chat-acme.vercel.app/chat").rh("x-vercel-protection-bypass", by)
		}},
	}
}

// 4. Carriers.
func u12Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "lsp-over-websocket-dotenv-document", func(c *gcase) {
			text := "DATABASE_URL=postgres://app:" + c.secret("LSP didOpen .env DATABASE_URL password", c.u12Pw()) + "@db.internal:5432/app\nSESSION_SIGNING_KEY=" + c.secret("LSP didOpen .env SESSION_SIGNING_KEY", c.b64u(32)) + "\n" + c.decoy("PORT=8080") + "\n"
			e := c.get("wss://code.acme.example/stable-" + c.decoy(c.hexs(40)) + "/lsp/dotenv").code(101)
			e.wsMsg("send", 1, gJS(map[string]any{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": map[string]any{"textDocument": map[string]any{"uri": "file:///home/coder/app/.env", "languageId": "dotenv", "version": 1, "text": text}}}))
			ch := gJS(map[string]any{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": map[string]any{"textDocument": map[string]any{"uri": "file:///home/coder/app/.env", "version": 2},
				"contentChanges": []any{map[string]any{"text": text + "STRIPE_WEBHOOK_SIGNING=whsec_" + c.secret("LSP Content-Length framed didChange whsec_", c.b64s(24)) + "\n"}}}})
			e.wsMsg("send", 1, "Content-Length: "+strconv.Itoa(len(ch))+"\r\n\r\n"+ch)
			e.wsMsg("receive", 1, c.decoy(`{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///home/coder/app/.env","diagnostics":[]}}`))
		}},
		{cat, "jupyter-kernel-execute-request-and-iopub-echo", func(c *gcase) {
			hf := c.secret("HF token in notebook code (execute_request)", c.u12HF())
			key := c.secret("api_key= kwarg in notebook code", c.alnum(40))
			code := "import os\nos.environ[\"HF_TOKEN\"] = \"" + hf + "\"\nclient = OpenAI(base_url=\"http://localhost:1234/v1\", api_key=\"" + key + "\")"
			kid := c.uuid()
			e := c.get("wss://hub.acme.example/user/ana/api/kernels/" + c.decoy(kid) + "/channels?session_id=" + c.uuid()).code(101)
			e.wsMsg("send", 1, gJS(map[string]any{"header": map[string]any{"msg_id": c.uuid(), "msg_type": "execute_request", "username": "", "session": c.uuid(), "date": "2026-11-22T10:15:03.120Z", "version": "5.3"},
				"parent_header": map[string]any{}, "metadata": map[string]any{}, "content": map[string]any{"code": code, "silent": false, "store_history": true, "user_expressions": map[string]any{}, "allow_stdin": true, "stop_on_error": true}, "buffers": []any{}, "channel": "shell"}))
			e.wsMsg("receive", 1, gJS(map[string]any{"header": map[string]any{"msg_type": "execute_input", "version": "5.3"}, "content": map[string]any{"code": code, "execution_count": 7}, "channel": "iopub"}))
			e.wsMsg("receive", 1, c.decoy(`{"header":{"msg_type":"status","version":"5.3"},"content":{"execution_state":"idle"},"channel":"iopub"}`))
		}},
		{cat, "openai-realtime-subprotocol-and-ephemeral-client-secret", func(c *gcase) {
			ek := c.secret("Realtime client_secret.value ek_", "ek_"+c.hexs(32))
			c.post("https://api.openai.com/v1/realtime/sessions", "application/json", `{"model":"gpt-4o-realtime-preview-2024-12-17","voice":"verse"}`).
				rh("Authorization", "Bearer "+c.secret("OpenAI key for minting sessions", c.u12OpenAI("proj"))).
				resp("application/json", `{"id":"sess_`+c.alnum(21)+`",`+c.decoy(`"object":"realtime.session"`)+`,"model":"gpt-4o-realtime-preview-2024-12-17","client_secret":{"value":"`+ek+`",`+c.decoy(`"expires_at":1732270562`)+`}}`)
			c.get("wss://api.openai.com/v1/realtime?"+c.decoy("model=gpt-4o-realtime-preview-2024-12-17")).code(101).
				rh("Sec-WebSocket-Protocol", "realtime, openai-insecure-api-key."+ek+", "+c.decoy("openai-beta.realtime-v1"))
			c.get("wss://api.openai.com/v1/realtime?model=gpt-4o-mini-realtime-preview").code(101).
				rh("Sec-WebSocket-Protocol", "realtime, openai-insecure-api-key."+c.secret("OpenAI project key in Sec-WebSocket-Protocol", c.u12OpenAI("proj"))+", openai-beta.realtime-v1")
		}},
		{cat, "ollama-chat-ndjson-echo", func(c *gcase) {
			pw := c.secret("PGPASSWORD=S pasted in an Ollama prompt", c.u12Pw())
			c.post("http://localhost:11434/api/chat", "application/json", gJS(map[string]any{"model": "llama3.1:8b", "stream": true, "messages": []any{map[string]any{"role": "user", "content": "why does this fail?\nPGPASSWORD=" + pw + " psql -h db.internal -U etl analytics"}}})).
				resp("application/x-ndjson", `{"model":"llama3.1:8b","created_at":"2026-11-22T10:15:03.101Z","message":{"role":"assistant","content":"Your command"},"done":false}`+"\n"+
					`{"model":"llama3.1:8b","created_at":"2026-11-22T10:15:03.142Z","message":{"role":"assistant","content":" sets PGPASSWORD=`+pw+` inline;"},"done":false}`+"\n"+
					`{"model":"llama3.1:8b","created_at":"2026-11-22T10:15:03.190Z","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop",`+c.decoy(`"eval_count":87`)+`,`+c.decoy(`"total_duration":4183921000`)+`}`+"\n")
		}},
		{cat, "jenkins-stapler-multipart-build-parameters", func(c *gcase) {
			b := "----WebKitFormBoundaryJ3nk1nsXq7"
			tok := c.secret("Stapler multipart name=DEPLOY_TOKEN then value=S", c.alnum(40))
			crumb := c.secret("Jenkins-Crumb multipart part", c.hexs(64))
			js := `{"parameter":[{"name":"DEPLOY_TOKEN","value":"` + tok + `"},{"name":"TARGET","value":"staging"}],"statusCode":"303","redirectTo":".","Jenkins-Crumb":"` + crumb + `"}`
			body := u12Part(b, "name", "", "DEPLOY_TOKEN") + u12Part(b, "value", "", tok) + u12Part(b, "name", "", "TARGET") + u12Part(b, "value", "", c.decoy("staging")) +
				u12Part(b, "statusCode", "", "303") + u12Part(b, "redirectTo", "", ".") + u12Part(b, "Jenkins-Crumb", "", crumb) + u12Part(b, "json", "", js) + u12Part(b, "Submit", "", "Build") + "--" + b + "--\r\n"
			c.post("https://jenkins.acme.example/job/deploy/build?delay=0sec", "multipart/form-data; boundary="+b, body).code(303)
		}},
		{cat, "hf-svelte-data-props-html-entities", func(c *gcase) {
			props := `{"tokens":[{"displayName":"ci-read","role":"read","token":"` + c.secret("HF token in data-props (entity-encoded JSON)", c.u12HF()) + `","createdAt":"2026-11-01T08:00:00.000Z"},{"displayName":"inference","role":"fineGrained","token":"` +
				c.secret("random token in data-props (entity-encoded JSON)", c.alnum(40)) + `"}],"canCreate":true}`
			c.get("https://huggingface.co/settings/tokens").resp("text/html; charset=utf-8",
				`<!doctype html><html><body><div class="SVELTE_HYDRATER contents" `+c.decoy(`data-target="UserTokensPage"`)+` data-props="`+html.EscapeString(props)+`"></div></body></html>`)
		}},
		{cat, "argocd-sse-helm-values-yaml-in-json", func(c *gcase) {
			app := gJS(map[string]any{"result": map[string]any{"type": "MODIFIED", "application": map[string]any{"metadata": map[string]any{"name": "orders", "resourceVersion": "884213"},
				"spec": map[string]any{"source": map[string]any{"repoURL": "https://github.com/acme/deploy.git", "path": "charts/orders", "targetRevision": "HEAD",
					"helm": map[string]any{"values": "replicaCount: 3\ndb:\n  host: orders-db\n  password: " + c.secret("helm values YAML db.password in SSE JSON", c.u12Pw()) + "\nsmtp:\n  apiKey: " + c.secret("helm values YAML smtp.apiKey in SSE JSON", c.alnum(32)) + "\nimage:\n  tag: v2.14.0\n"}}}}}})
			c.get("https://argocd.acme.example/api/v1/stream/applications?"+c.decoy("name=orders")).resp("text/event-stream", "data: "+app+"\n\n").sh("Content-Type", "text/event-stream")
			c.decoy(`"resourceVersion":"884213"`)
		}},
		{cat, "gitpod-connect-protobuf-json", func(c *gcase) {
			c.post("https://api.gitpod.io/gitpod.v1.EnvironmentVariableService/CreateUserEnvironmentVariable", "application/json",
				`{"name":"NPM_TOKEN","value":"`+c.secret("Connect CreateUserEnvironmentVariable name/value", c.alnum(36))+`",`+c.decoy(`"repositoryPattern":"acme/*"`)+`}`).
				rh("Connect-Protocol-Version", "1", "Authorization", "Bearer "+c.secret("Gitpod Bearer", c.b64u(40))).
				resp("application/json", `{"environmentVariable":{"id":"`+c.decoy(c.uuid())+`","name":"NPM_TOKEN","repositoryPattern":"acme/*"}}`)
			c.post("https://api.gitpod.io/gitpod.v1.SecretService/CreateSecret", "application/json",
				`{"projectId":"`+c.decoy(c.uuid())+`","name":"registry-auth","value":"`+c.secret("Connect CreateSecret value", c.u12Pw())+`","containerRegistryBasicAuthHost":"ghcr.io"}`)
		}},
		{cat, "mcp-streamable-http-jsonrpc-and-sse", func(c *gcase) {
			sid := c.secret("Mcp-Session-Id header", c.b64u(24))
			c.post("https://mcp.acme.example/mcp", "application/json", `{"jsonrpc":"2.0","id":0,"method":"initialize","params":{`+c.decoy(`"protocolVersion":"2025-06-18"`)+`,"capabilities":{},"clientInfo":{"name":"claude-ai","version":"0.1.0"}}}`).
				rh("Authorization", "Bearer "+c.secret("MCP Bearer", c.b64u(36))).sh("Mcp-Session-Id", sid)
			c.post("https://mcp.acme.example/mcp", "application/json",
				`{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"postgres_query","arguments":{"connectionString":"postgresql://app:`+c.secret("tools/call arguments connectionString password", c.u12Pw())+`@db.internal:5432/prod","sql":"select count(*) from orders"}}}`).
				rh("Mcp-Session-Id", sid, "Accept", "application/json, text/event-stream", "Mcp-Protocol-Version", "2025-06-18").
				resp("text/event-stream", "event: message\ndata: "+`{"jsonrpc":"2.0","id":3,"result":{"content":[{"type":"text","text":"`+c.decoy("count=18231")+`"}],"isError":false}}`+"\n\n")
		}},
		{cat, "posthog-base64-form-data", func(c *gcase) {
			ev := `[{"event":"$pageview","properties":{"$current_url":"https://app.acme.example/auth/callback?code=` + c.secret("OAuth code in $current_url inside base64 form data", c.b64u(30)) + `&state=xyz","$lib":"web","$lib_version":"1.194.3","distinct_id":"` + c.uuid() + `","$set":{"email":"` +
				c.secret("$set.email inside base64 form data", "rosalind.achebe@fastmail.example") + `"}}}]`
			c.post("https://us.i.posthog.com/e/?ip=1&_=1732270502123&"+c.decoy("ver=1.194.3"), "application/x-www-form-urlencoded", "data="+url.QueryEscape(gB64(ev))+"&"+c.decoy("compression=base64")).
				resp("application/json", `{"status":1}`)
		}},
		{cat, "jenkins-config-xml-parameter-defaults", func(c *gcase) {
			xml := `<?xml version='1.1' encoding='UTF-8'?><flow-definition plugin="` + c.decoy("workflow-job@1436.vfa_244484591f") + `"><properties><hudson.model.ParametersDefinitionProperty><parameterDefinitions>` +
				`<hudson.model.StringParameterDefinition><name>REGISTRY_TOKEN</name><defaultValue>` + c.secret("config.xml StringParameterDefinition name=REGISTRY_TOKEN defaultValue", c.alnum(36)) + `</defaultValue><trim>false</trim></hudson.model.StringParameterDefinition>` +
				`<hudson.model.PasswordParameterDefinition><name>DEPLOY_PASSWORD</name><defaultValue>` + c.secret("config.xml PasswordParameterDefinition defaultValue (encrypted)", "{AQAAABAAAAAQ"+c.b64s(48)+"}") + `</defaultValue></hudson.model.PasswordParameterDefinition>` +
				c.decoy(`<hudson.model.StringParameterDefinition><name>BRANCH</name><defaultValue>main</defaultValue><trim>true</trim></hudson.model.StringParameterDefinition>`) +
				`</parameterDefinitions></hudson.model.ParametersDefinitionProperty></properties></flow-definition>`
			c.get("https://jenkins.acme.example/job/deploy/config.xml").resp("application/xml", xml)
		}},
		{cat, "github-actions-signalr-log-lines", func(c *gcase) {
			e := c.get("wss://pipelinesghubeus22.actions.githubusercontent.com/" + c.pick(gAlnum, 50) + "/_apis/pipelines/1/runs/4821/signalr?" + c.decoy("runId=4821")).code(101)
			e.wsMsg("send", 1, c.decoy(`{"protocol":"json","version":1}`)+"\x1e")
			e.wsMsg("receive", 1, "{}\x1e")
			e.wsMsg("receive", 1, gJS(map[string]any{"type": 1, "target": "logConsoleLines", "arguments": []any{map[string]any{"runId": 4821, "stepId": c.uuid(), "lines": []any{
				"2026-11-22T10:15:03.1234567Z ##[group]Run ./scripts/publish.sh",
				"2026-11-22T10:15:03.2234567Z curl -fsS -H \"Authorization: Bearer " + c.secret("Bearer in a SignalR log line", c.b64u(36)) + "\" https://uploads.acme.example/v1/push",
				"2026-11-22T10:15:03.3234567Z PUBLISH_KEY=" + c.secret("PUBLISH_KEY= in a SignalR log line", c.alnum(32))}}}})+"\x1e")
			c.decoy("##[group]Run ./scripts/publish.sh")
		}},
		{cat, "gradio-config-script-password-textbox", func(c *gcase) {
			cfg := `{"version":"4.44.1","mode":"blocks","components":[{"id":3,"type":"textbox","props":{"label":"OpenAI API Key","type":"password","value":"` + c.secret("Gradio textbox type=password value", c.alnum(48)) + `","show_label":true}},` +
				`{"id":4,"type":"textbox","props":{"label":"Model","type":"text","value":"gpt-4o-mini"}}],"root":"https://acme-demo.hf.space"}`
			c.get("https://acme-demo.hf.space/").resp("text/html", `<!doctype html><html><head><script>window.gradio_config = `+cfg+`;</script></head><body><gradio-app></gradio-app></body></html>`)
			c.decoy(`"version":"4.44.1"`)
			c.decoy(`"label":"Model","type":"text","value":"gpt-4o-mini"`)
		}},
	}
}

// 5. Exporters' quirks.
func u12Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "fiddler-json-body-in-params-name", func(c *gcase) {
			body := `{"username":"acmeci","password":"` + c.secret("Docker Hub login password in params[].name", c.u12Pw()) + `"}`
			e := c.post("https://hub.docker.com/v2/users/login", "application/json", "")
			e.post.params = []any{map[string]any{"name": body, "value": ""}}
			e.rh("X-Request-Id", c.decoy(c.uuid()))
			c.creator = [2]string{"Fiddler", "5.0.20243.10853"}
		}},
		{cat, "fetch-text-plain-json-body-and-octet-stream-response", func(c *gcase) {
			c.post("https://hub.docker.com/v2/users/2fa-login", "text/plain;charset=UTF-8", `{"login_2fa_token":"`+c.secret("login_2fa_token (JSON labelled text/plain)", c.hs256JWT(`{"sub":"acmeci","scope":"2fa"}`))+`","code":"`+c.decoy("482913")+`"}`).
				resp("application/octet-stream", `{"token":"`+c.secret("token in JSON labelled octet-stream", c.rs256JWT(c.hexs(16), `{"username":"acmeci","session_id":"`+c.uuid()+`"}`))+`","refresh_token":"`+c.secret("refresh_token in JSON labelled octet-stream", c.b64u(40))+`"}`)
		}},
		{cat, "comma-joined-set-cookie", func(c *gcase) {
			c.post("https://grafana.acme.example/login", "application/json", `{"user":"admin","password":"`+c.secret("Grafana login password", c.u12Pw())+`"}`).
				sh("Set-Cookie", "grafana_session="+c.secret("grafana_session in comma-joined Set-Cookie", c.hexs(32))+"; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax, grafana_session_expiry="+c.decoy("1732274222")+"; Path=/; Max-Age=2592000; SameSite=Lax, "+
					"grafana_oauth_state="+c.secret("second cookie inside comma-joined Set-Cookie", c.b64u(32))+"; Path=/; Expires=Sun, 22 Nov 2026 10:25:00 GMT; HttpOnly").
				resp("application/json", `{"message":"Logged in",`+c.decoy(`"redirectUrl":"/d/be2w7xq/checkout"`)+`}`)
		}},
		{cat, "base64-response-content-registry-token", func(c *gcase) {
			e := c.get("https://auth.docker.io/token?"+c.decoy("service=registry.docker.io")+"&scope="+url.QueryEscape("repository:acme/api:pull,push")).
				rh("Authorization", "Basic "+gB64("acmeci:"+c.secret("Basic password for registry token", c.u12Pw())))
			e.respMime = "application/json"
			e.respText = gB64(`{"token":"` + c.secret("registry token in base64 content", c.rs256JWT(c.hexs(16), `{"iss":"auth.docker.io","sub":"acmeci","access":[{"type":"repository","name":"acme/api","actions":["pull","push"]}]}`)) + `","expires_in":300,"issued_at":"2026-11-22T10:15:03.123Z"}`)
			e.respEncoding = "base64"
			e.sh("Docker-Distribution-Api-Version", c.decoy("registry/2.0"))
		}},
		{cat, "safari-form-params-without-text", func(c *gcase) {
			e := c.post("https://jenkins.acme.example/j_spring_security_check", "application/x-www-form-urlencoded", "")
			e.post.params = []any{map[string]any{"name": "j_username", "value": "ci-bot"}, map[string]any{"name": "j_password", "value": c.secret("j_password in params without text", c.u12Pw())},
				map[string]any{"name": "from", "value": c.decoy("/job/deploy/")}, map[string]any{"name": "remember_me", "value": "on"}}
			e.code(302).sh("Location", "https://jenkins.acme.example/job/deploy/")
			c.creator = [2]string{"WebKit", "19620.1.16"}
		}},
		{cat, "http2-pseudo-header-path-with-token", func(c *gcase) {
			tok := c.secret("Jupyter token in :path pseudo-header and URL", c.hexs(48))
			e := c.get("http://127.0.0.1:8888/lab?token="+tok).rh(":authority", "127.0.0.1:8888", ":method", "GET", ":path", "/lab?token="+tok, ":scheme", "http", "accept", c.decoy("text/html,application/xhtml+xml"))
			e.httpVersion = "h2"
			e.query = []any{}
		}},
		{cat, "websocket-binary-frame-jupyter-v1", func(c *gcase) {
			content := `{"code":"!huggingface-cli login --token ` + c.secret("HF token in a Jupyter v1 binary frame", c.u12HF()) + `","silent":false}`
			parts := []string{"shell", `{"msg_id":"` + c.uuid() + `","msg_type":"execute_request","version":"5.3"}`, "{}", "{}", content}
			n := len(parts) + 1
			var frame []byte
			frame = binary.LittleEndian.AppendUint64(frame, uint64(n))
			off := 8 * (n + 1)
			for _, p := range parts {
				frame = binary.LittleEndian.AppendUint64(frame, uint64(off))
				off += len(p)
			}
			frame = binary.LittleEndian.AppendUint64(frame, uint64(off))
			for _, p := range parts {
				frame = append(frame, p...)
			}
			e := c.get("wss://hub.acme.example/user/ana/api/kernels/"+c.uuid()+"/channels").code(101).rh("Sec-WebSocket-Protocol", c.decoy("v1.kernel.websocket.jupyter.org"))
			e.wsMsg("send", 2, gB64(string(frame)))
		}},
		{cat, "chrome-initiator-and-page-title-urls", func(c *gcase) {
			tok := c.secret("JupyterHub token in pages[].title and _initiator.url", c.hexs(32))
			c.extraLog = map[string]any{"pages": []any{map[string]any{"startedDateTime": "2026-11-22T10:15:00.000Z", "id": "page_1", "title": "https://hub.acme.example/user/ana/lab?token=" + tok, "pageTimings": map[string]any{"onLoad": 812.4}}}}
			c.get("https://hub.acme.example/user/ana/static/lab/main."+c.decoy(c.hexs(20))+".js").set("_initiator", map[string]any{"type": "parser", "url": "https://hub.acme.example/user/ana/lab?token=" + tok, "lineNumber": 12}).set("pageref", "page_1")
		}},
		{cat, "redirect-url-and-location-sso-callback", func(c *gcase) {
			code := c.secret("Dex authorization code in Location/redirectURL", c.pick(gLower+gDigits, 25))
			c.post("https://argocd.acme.example/api/dex/auth/local/login?back=&state="+c.pick(gLower+gDigits, 25), "application/x-www-form-urlencoded", "login=admin%40acme.example&password="+url.QueryEscape(c.secret("Dex local login password", c.u12Pw()))).
				code(303).sh("Location", "https://argocd.acme.example/auth/callback?code="+code+"&state=fz6d2q")
		}},
		{cat, "firefox-multipart-params-with-filename", func(c *gcase) {
			b := "---------------------------38104021771620781351204263722"
			pw := c.secret("Nexus upload password in multipart params", c.u12Pw())
			body := u12Part(b, "username", "", "deployer") + u12Part(b, "password", "", pw) + u12Part(b, "maven2.asset1", "; filename=\"sdk-3.2.0.jar\"\r\nContent-Type: application/java-archive", "PK") + "--" + b + "--\r\n"
			e := c.post("https://nexus.acme.example/service/rest/v1/components?"+c.decoy("repository=maven-releases"), "multipart/form-data; boundary="+b, body)
			e.post.params = []any{map[string]any{"name": "username", "value": "deployer"}, map[string]any{"name": "password", "value": pw},
				map[string]any{"name": "maven2.asset1", "fileName": c.decoy("sdk-3.2.0.jar"), "contentType": "application/java-archive"}}
			c.creator = [2]string{"Firefox", "133.0"}
		}},
		{cat, "charles-base64-encoded-request-body", func(c *gcase) {
			e := c.post("https://nexus.acme.example/service/rapture/session", "application/x-www-form-urlencoded",
				gB64("username="+gB64("admin")+"&password="+url.QueryEscape(gB64(c.secret("Nexus rapture password (base64 in base64 body)", c.u12Pw())))))
			e.post.encoding = "base64"
			e.post.params = []any{}
			e.rh("X-Nexus-UI", c.decoy("true")).sh("Set-Cookie", "NXSESSIONID="+c.secret("NXSESSIONID cookie", c.uuid())+"; Path=/; HttpOnly")
			c.creator = [2]string{"Charles Proxy", "5.0"}
		}},
		{cat, "cookies-array-only-no-header", func(c *gcase) {
			e := c.get("https://code.acme.example/?" + c.decoy("folder=/home/coder/project"))
			e.reqCookies = []any{map[string]any{"name": "code-server-session", "value": c.secret("code-server-session in cookies[] only", "$argon2id$v=19$m=65536,t=3,p=4$"+c.b64u(16)+"$"+c.b64u(32))},
				map[string]any{"name": "vscode-tkn", "value": c.secret("vscode-tkn in cookies[] only", c.uuid())}}
			e.respCookies = []any{map[string]any{"name": "vscode-tkn", "value": c.secret("vscode-tkn set in response cookies[] only", c.uuid()), "path": "/", "httpOnly": true, "secure": true}}
		}},
	}
}

// 6. A value known secret in one place echoed elsewhere.
func u12Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "jupyter-token-in-terminal-output-before-url", func(c *gcase) {
			tok := c.secret("Jupyter token (terminal, referer, ws url)", c.hexs(48))
			e := c.get("wss://code.acme.example/terminals/websocket/1").code(101)
			e.wsMsg("receive", 1, `["stdout","[I 2026-11-22 10:15:02.311 ServerApp] Jupyter Server 2.14.2 is running at:\r\n    http://127.0.0.1:8888/lab?token=`+tok+`\r\n"]`)
			e.wsMsg("receive", 1, `["stdout","    or copy `+tok+` into the login form\r\n"]`)
			c.get("http://127.0.0.1:8888/api/kernelspecs").rh("Referer", "http://127.0.0.1:8888/lab?token="+tok, "X-XSRFToken", c.secret("X-XSRFToken header", "2|"+c.hexs(8)+"|"+c.hexs(32)+"|1732270500")).
				resp("application/json", `{`+c.decoy(`"default":"python3"`)+`}`)
			c.get("ws://127.0.0.1:8888/api/events/subscribe?token=" + tok).code(101)
		}},
		{cat, "litellm-key-echoed-in-error-message", func(c *gcase) {
			k := c.secret("LiteLLM virtual key echoed in error", "sk-"+c.alnum(22))
			c.post("https://llm-proxy.acme.example/v1/chat/completions", "application/json", `{"model":"claude-3-5-sonnet","messages":[{"role":"user","content":"hi"}]}`).
				rh("Authorization", "Bearer "+k).code(401).
				resp("application/json", `{"error":{"message":"Authentication Error, Invalid proxy server token passed. Received API Key = `+k+`, Key Hash (Token) =`+c.hexs(64)+`. Unable to find token in cache or `+"`LiteLLM_VerificationTokenTable`"+`",`+c.decoy(`"type":"auth_error"`)+`,"param":"None","code":"401"}}`)
		}},
		{cat, "gitlab-runner-token-then-base64-k8s-secret", func(c *gcase) {
			rt := c.secret("glrt- runner token (response, then base64 config.toml)", "glrt-t1_"+c.pick(gAlnum+"-_", 20))
			c.post("https://gitlab.acme.example/api/v4/user/runners", "application/json", `{"runner_type":"group_type","group_id":77,"description":"k8s-runner","tag_list":"k8s"}`).
				resp("application/json", `{"id":`+c.decoy("3310")+`,"token":"`+rt+`",`+c.decoy(`"token_expires_at":null`)+`}`)
			toml := "concurrent = 4\n[[runners]]\n  name = \"k8s-runner\"\n  url = \"https://gitlab.acme.example\"\n  token = \"" + rt + "\"\n  executor = \"kubernetes\"\n"
			c.req("PUT", "https://k8s-dashboard.acme.example/api/v1/_raw/secret/namespace/gitlab-runner/name/runner-config", "application/json",
				`{"apiVersion":"v1","kind":"Secret","metadata":{"name":"runner-config","namespace":"gitlab-runner"},`+c.decoy(`"type":"Opaque"`)+`,"data":{"config.toml":"`+gB64(toml)+`"}}`)
		}},
		{cat, "webhook-inspector-echoes-headers-as-arrays", func(c *gcase) {
			bearer := c.secret("Bearer sent to webhook.site, echoed in its requests API", c.b64u(40))
			gl := c.secret("X-Gitlab-Token sent, echoed in headers arrays", c.alnum(24))
			tok := c.uuid()
			c.post("https://webhook.site/"+tok, "application/json", `{"object_kind":"push"}`).rh("Authorization", "Bearer "+bearer, "X-Gitlab-Token", gl)
			c.get("https://webhook.site/token/"+tok+"/requests?sorting=newest").resp("application/json",
				`{"data":[{"uuid":"`+c.decoy(c.uuid())+`","method":"POST","ip":"34.74.90.64","headers":{"authorization":["Bearer `+bearer+`"],"x-gitlab-token":["`+gl+`"],`+c.decoy(`"x-gitlab-event":["Push Hook"]`)+`},"content":"{\"object_kind\":\"push\"}"}],"total":1}`)
			c.secret("webhook.site token uuid in path", tok)
		}},
		{cat, "hf-token-in-git-remote-before-api-use", func(c *gcase) {
			hf := c.secret("HF token in a git remote URL (terminal), later Bearer", c.u12HF())
			e := c.get("wss://acme-ana-7k2q.github.dev/vscode-remote-resource/terminal/ws").code(101)
			e.wsMsg("receive", 1, "$ git remote -v\r\norigin\thttps://ana:"+hf+"@huggingface.co/spaces/acme-ml/support-bot (fetch)\r\n")
			c.get("https://huggingface.co/api/whoami-v2").rh("Authorization", "Bearer "+hf).resp("application/json", `{"type":"user",`+c.decoy(`"name":"acme-bot"`)+`,"auth":{"type":"access_token","accessToken":{"displayName":"ci","role":"write"}}}`)
		}},
		{cat, "artifactory-set-me-up-password-base64", func(c *gcase) {
			pw := c.secret("Artifactory password (Basic, then base64 _password in .npmrc)", c.u12Pw())
			c.get("https://artifactory.acme.example/artifactory/api/npm/npm-remote/auth").rh("Authorization", "Basic "+gB64("deployer:"+pw)).
				resp("text/plain", "_auth = "+gB64("deployer:"+pw)+"\n"+c.decoy("always-auth = true")+"\nemail = deployer@acme.example\n")
			c.get("https://artifactory.acme.example/ui/api/v1/ui/repos/npm-remote/setMeUp").resp("application/json",
				gJS(map[string]any{"npmrc": "registry=https://artifactory.acme.example/artifactory/api/npm/npm-remote/\n//artifactory.acme.example/artifactory/api/npm/npm-remote/:_password=" + gB64(pw) + "\n//artifactory.acme.example/artifactory/api/npm/npm-remote/:username=deployer\n", "repoKey": "npm-remote"}))
			c.decoy("npm-remote")
		}},
		{cat, "webhook-secret-in-path-before-named", func(c *gcase) {
			s := c.secret("webhook secret first in a path, then named", c.alnum(32))
			c.post("https://hooks.acme.example/buildkite/"+s, "application/json", `{"event":"build.finished"}`).rh("X-Buildkite-Event", c.decoy("build.finished"))
			c.get("https://buildkite.com/organizations/acme/services/"+c.decoy(c.uuid())).resp("application/json", `{"provider":"webhook","settings":{"url":"https://hooks.acme.example/buildkite/`+s+`","token":"`+s+`"}}`)
		}},
		{cat, "playground-key-echoed-in-sentry-breadcrumb", func(c *gcase) {
			k := c.secret("Anthropic key saved in settings then in a Sentry breadcrumb", c.u12Ant("api03"))
			c.post("https://playground.acme.example/api/settings", "application/json", `{"provider":"anthropic","apiKey":"`+k+`",`+c.decoy(`"defaultModel":"claude-sonnet-4-5"`)+`}`)
			inner := gJS(map[string]any{"headers": map[string]any{"x-api-key": k, "anthropic-version": "2023-06-01"}, "method": "POST"})
			c.post("https://o450123.ingest.sentry.io/api/4508112233/envelope/?"+c.decoy("sentry_version=7"), "text/plain;charset=UTF-8",
				`{"event_id":"`+c.hexs(32)+`"}`+"\n"+`{"type":"event"}`+"\n"+gJS(map[string]any{"breadcrumbs": []any{map[string]any{"category": "console", "level": "log", "message": "fetch init " + inner}}, "level": "error", "release": "playground@3.4.1"}))
			c.decoy("playground@3.4.1")
		}},
		{cat, "dockerhub-pat-in-ci-log-before-config-json", func(c *gcase) {
			pat := c.secret("Docker Hub PAT in CI log, then config.json auth", "dckr_pat_"+c.pick(gB64uAlpha, 27))
			c.get("https://circleci.com/api/v1.1/project/github/acme/api/8812/output/104/0?"+c.decoy("file=true")).resp("text/plain",
				"#!/bin/bash -eo pipefail\necho "+pat+" | docker login -u acmeci --password-stdin\n"+c.decoy("Login Succeeded")+"\n")
			c.post("https://circleci.com/api/v2/project/gh/acme/api/envvar", "application/json", `{"name":"DOCKER_CONFIG_JSON","value":"`+gJSONInner(`{"auths":{"https://index.docker.io/v1/":{"auth":"`+gB64("acmeci:"+pat)+`"}}}`)+`"}`)
		}},
		{cat, "cloudflare-access-jwt-cookie-header-and-debug-body", func(c *gcase) {
			jwt := c.secret("CF_Authorization JWT (cookie, header, body)", c.rs256JWT(c.hexs(64), `{"aud":["`+c.hexs(64)+`"],"email":"ops@acme.example","exp":1732356900,"iss":"https://acme.cloudflareaccess.com","type":"app"}`))
			c.get("https://grafana.acme.example/api/health").rh("Cookie", "CF_Authorization="+jwt, "Cf-Access-Jwt-Assertion", jwt).
				resp("application/json", `{"database":"ok",`+c.decoy(`"version":"11.3.0"`)+`,"debug":{"forwardedHeaders":"Cf-Access-Jwt-Assertion=`+jwt+`"}}`)
			c.get("https://grafana.acme.example/api/frontend/settings").rh("cf-access-client-id", c.decoy(c.hexs(32)+".access"), "cf-access-client-secret", c.secret("cf-access-client-secret", c.hexs(64)))
		}},
		{cat, "circleci-token-percent-encoded-twice-in-return-to", func(c *gcase) {
			tok := c.secret("CircleCI token (named, then double-percent-encoded)", c.hexs(40))
			c.get("https://circleci.com/api/v1.1/me").rh("Circle-Token", tok)
			inner := "https://circleci.com/api/v1.1/me?circle-token=" + tok
			c.get("https://app.circleci.com/login?" + c.decoy("f=gho") + "&return-to=" + url.QueryEscape("https://app.circleci.com/redirect?to="+url.QueryEscape(inner)))
		}},
		{cat, "ngrok-authtoken-yaml-then-base64-file", func(c *gcase) {
			at := c.secret("ngrok authtoken in YAML then base64 contents", "2"+c.alnum(26)+"_"+c.alnum(21))
			y := "version: \"3\"\nagent:\n    authtoken: " + at + "\ntunnels:\n  web:\n    proto: http\n    addr: 3000\n"
			c.req("PUT", "http://127.0.0.1:8888/api/contents/ngrok.yml", "application/json", gJS(map[string]any{"type": "file", "format": "text", "content": y}))
			c.get("http://127.0.0.1:8888/api/contents/ngrok.yml?format=base64&"+c.decoy("type=file")).resp("application/json", gJS(map[string]any{"name": "ngrok.yml", "format": "base64", "mimetype": "application/x-yaml", "content": gB64(y)}))
		}},
	}
}

// 7. GraphQL.
func u12GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "gitlab-runnerCreate-ephemeral-token", func(c *gcase) {
			c.post("https://gitlab.acme.example/api/graphql", "application/json",
				`{"operationName":"runnerCreate","variables":{"input":{"runnerType":"GROUP_TYPE","groupId":"gid://gitlab/Group/77","description":"k8s","tagList":["k8s"],"runUntagged":false}},"query":"mutation runnerCreate($input: RunnerCreateInput!) { runnerCreate(input: $input) { runner { id ephemeralAuthenticationToken } errors } }"}`).
				rh("X-CSRF-Token", c.secret("GitLab X-CSRF-Token", c.b64s(64))).
				resp("application/json", `{"data":{"runnerCreate":{"runner":{`+c.decoy(`"id":"gid://gitlab/Ci::Runner/3311"`)+`,"ephemeralAuthenticationToken":"`+c.secret("runnerCreate ephemeralAuthenticationToken", "glrt-"+c.pick(gAlnum+"-_", 20))+`"},"errors":[]}}}`)
		}},
		{cat, "buildkite-agentTokenCreate-in-batch", func(c *gcase) {
			c.post("https://graphql.buildkite.com/v1", "application/json",
				`[{"query":"mutation($org: ID!) { agentTokenCreate(input: {organizationID: $org, description: \"k8s\"}) { tokenValue agentTokenEdge { node { id } } } }","variables":{"org":"`+c.decoy("T3JnYW5pemF0aW9uLS0tMTIz")+`"}},`+
					c.decoy(`{"query":"query { viewer { user { uuid } } }","variables":{}}`)+`]`).
				rh("Authorization", "Bearer "+c.secret("Buildkite bkua_ Bearer", "bkua_"+c.hexs(40))).
				resp("application/json", `[{"data":{"agentTokenCreate":{"tokenValue":"`+c.secret("agentTokenCreate tokenValue", c.pick(gLower+gDigits, 50))+`","agentTokenEdge":{"node":{"id":"`+c.decoy("QWdlbnRUb2tlbi0tLTk4")+`"}}}}},{"data":{"viewer":{"user":{"uuid":"`+c.uuid()+`"}}}}]`)
		}},
		{cat, "flyio-setSecrets-key-value-list", func(c *gcase) {
			c.post("https://api.fly.io/graphql", "application/json", gJS(map[string]any{
				"query":     "mutation($input: SetSecretsInput!) { setSecrets(input: $input) { release { id version } } }",
				"variables": map[string]any{"input": map[string]any{"appId": "acme-orders", "replaceAll": false, "secrets": []any{map[string]any{"key": "DATABASE_URL", "value": "postgres://orders:" + c.secret("setSecrets secrets[].value DATABASE_URL password", c.u12Pw()) + "@orders-db.flycast:5432/orders"}, map[string]any{"key": "SESSION_KEY", "value": c.secret("setSecrets secrets[] key=SESSION_KEY value", c.b64u(32))}}}}})).
				rh("Authorization", "FlyV1 fm2_"+c.secret("FlyV1 fm2_ macaroon", c.b64s(90))).
				resp("application/json", `{"data":{"setSecrets":{"release":{"id":"`+c.decoy("rel_"+c.pick(gLower+gDigits, 16))+`","version":42}}}}`)
		}},
		{cat, "railway-variableUpsert-and-collection-map", func(c *gcase) {
			c.post("https://backboard.railway.com/graphql/v2", "application/json",
				`{"query":"mutation variableUpsert($input: VariableUpsertInput!) { variableUpsert(input: $input) }","variables":{"input":{"projectId":"`+c.decoy(c.uuid())+`","environmentId":"`+c.uuid()+`","serviceId":"`+c.uuid()+`","name":"OPENAI_API_KEY","value":"`+c.secret("variableUpsert name=OPENAI_API_KEY value", c.alnum(48))+`"}}}`).
				rh("Authorization", "Bearer "+c.secret("Railway account token (uuid)", c.uuid()))
			c.post("https://backboard.railway.com/graphql/v2", "application/json",
				`{"query":"mutation { variableCollectionUpsert(input: {projectId: \"p1\", environmentId: \"e1\", variables: {REDIS_PASSWORD: \"`+c.secret("inline variables map REDIS_PASSWORD literal", c.u12Pw())+`\", `+c.decoy(`NODE_ENV: \"production\"`)+`}}) }"}`)
		}},
		{cat, "apollo-studio-graph-api-key", func(c *gcase) {
			c.post("https://graphql.api.apollographql.com/api/graphql", "application/json",
				`{"operationName":"CreateGraphKey","variables":{"graphId":"acme-supergraph","keyName":"ci-publish"},"query":"mutation CreateGraphKey($graphId: ID!, $keyName: String) { graph(id: $graphId) { newKey(keyName: $keyName) { id token } } }"}`).
				rh("apollographql-client-name", c.decoy("studio-web"), "apollographql-client-version", c.decoy("1.0.0-2026.11.20")).
				resp("application/json", `{"data":{"graph":{"newKey":{"id":"`+c.decoy("key-"+c.hexs(12))+`","token":"`+c.secret("Apollo service: graph key", "service:acme-supergraph:"+c.pick(gB64uAlpha, 22))+`"}}}}`)
			c.post("https://graphql.api.apollographql.com/api/graphql", "application/json", `{"query":"query { me { id } }"}`).rh("X-API-Key", c.secret("Apollo user: key", "user:gh.acme-dev:"+c.pick(gB64uAlpha, 22)))
		}},
		{cat, "hasura-console-graphql-ws-admin-secret", func(c *gcase) {
			e := c.get("wss://hasura.acme.example/v1/graphql").code(101).rh("Sec-WebSocket-Protocol", "graphql-ws")
			e.wsMsg("send", 1, `{"type":"connection_init","payload":{"headers":{"x-hasura-admin-secret":"`+c.secret("connection_init headers.x-hasura-admin-secret", c.alnum(32))+`",`+c.decoy(`"x-hasura-role":"admin"`)+`},"lazy":true}}`)
			e.wsMsg("receive", 1, c.decoy(`{"type":"connection_ack"}`))
			e.wsMsg("send", 1, `{"id":"1","type":"start","payload":{"query":"mutation($t: String!) { insert_api_tokens_one(object: {token: $t, owner: \"ci\"}) { id } }","variables":{"t":"`+c.secret("variables.t bound to object.token", c.b64u(30))+`"}}}`)
		}},
		{cat, "dagster-launch-run-config-yaml", func(c *gcase) {
			c.post("https://dagster.acme.example/graphql", "application/json", gJS(map[string]any{
				"operationName": "LaunchPipelineExecution",
				"query":         "mutation LaunchPipelineExecution($executionParams: ExecutionParams!) { launchPipelineExecution(executionParams: $executionParams) { __typename } }",
				"variables": map[string]any{"executionParams": map[string]any{"selector": map[string]any{"repositoryLocationName": "etl", "repositoryName": "__repository__", "pipelineName": "daily_orders"}, "mode": "default",
					"runConfigData": "resources:\n  warehouse:\n    config:\n      account: acme-eu1\n      user: etl\n      password: " + c.secret("Dagster runConfigData YAML password", c.u12Pw()) + "\nops:\n  load:\n    config:\n      batch_size: 5000\n"}}}))
			c.decoy("daily_orders")
		}},
		{cat, "graphql-ruby-error-extensions-echo-value", func(c *gcase) {
			tok := c.secret("deploy token in variables, echoed in errors[].extensions.value", c.alnum(32))
			c.post("https://gitlab.acme.example/api/graphql", "application/json",
				`{"query":"mutation($input: DeployTokenCreateInput!) { deployTokenCreate(input: $input) { errors } }","variables":{"input":{"name":"k8s-pull","token":"`+tok+`","scopes":["READ_REGISTRY"]}}}`).
				resp("application/json", `{"errors":[{"message":"Variable $input of type DeployTokenCreateInput! was provided invalid value for token (Field is not defined on DeployTokenCreateInput)","locations":[{"line":1,"column":10}],"extensions":{"value":{"name":"k8s-pull","token":"`+tok+`","scopes":["READ_REGISTRY"]},"problems":[{"path":["token"],`+c.decoy(`"explanation":"Field is not defined on DeployTokenCreateInput"`)+`}]}}]}`)
		}},
		{cat, "graphql-multipart-upload-operations", func(c *gcase) {
			b := "----WebKitFormBoundarygqlUp9"
			ops := `{"query":"mutation($file: Upload!, $passphrase: String!) { importSigningKey(file: $file, passphrase: $passphrase) { id fingerprint } }","variables":{"file":null,"passphrase":"` + c.secret("multipart operations variables.passphrase", c.u12Pw()) + `"}}`
			body := u12Part(b, "operations", "", ops) + u12Part(b, "map", "", c.decoy(`{"0":["variables.file"]}`)) + u12Part(b, "0", "; filename=\"release-signing.asc\"\r\nContent-Type: application/pgp-keys", "-----BEGIN PGP PUBLIC KEY BLOCK-----\r\n\r\nmDMEZz"+c.b64s(24)+"\r\n-----END PGP PUBLIC KEY BLOCK-----") + "--" + b + "--\r\n"
			c.post("https://portal.acme.example/api/graphql", "multipart/form-data; boundary="+b, body).rh("apollo-require-preflight", "true").
				resp("application/json", `{"data":{"importSigningKey":{"id":"sk_81","fingerprint":"`+c.decoy(strings.ToUpper(c.hexs(40)))+`"}}}`)
		}},
		{cat, "sourcegraph-createAccessToken", func(c *gcase) {
			c.post("https://sourcegraph.acme.example/.api/graphql?CreateAccessToken", "application/json",
				`{"query":"mutation CreateAccessToken($user: ID!, $scopes: [String!]!, $note: String!) { createAccessToken(user: $user, scopes: $scopes, note: $note) { id token } }","variables":{"user":"VXNlcjox","scopes":["user:all"],"note":"cody-cli"}}`).
				rh("X-Requested-With", c.decoy("Sourcegraph")).
				resp("application/json", `{"data":{"createAccessToken":{`+c.decoy(`"id":"QWNjZXNzVG9rZW46MTI="`)+`,"token":"`+c.secret("Sourcegraph sgp_ token", "sgp_"+c.hexs(16)+"_"+c.hexs(40))+`"}}}`)
		}},
		{cat, "relay-persisted-id-and-apq-get", func(c *gcase) {
			c.post("https://buildkite.com/_graphql", "application/json",
				`{"id":"AccountPasswordUpdateMutation_`+c.decoy(c.hexs(32))+`","variables":{"input":{"currentPassword":"`+c.secret("Relay persisted variables.input.currentPassword", c.u12Pw())+`","newPassword":"`+c.secret("Relay persisted variables.input.newPassword", c.u12Pw())+`"}}}`).
				rh("X-Buildkite-Frontend-Version", c.decoy("6e3f1c9"))
			hash := c.hexs(64)
			c.get("https://api.acme-dev.example/graphql?" + c.decoy("operationName=AcceptOrgInvite") + "&variables=" + url.QueryEscape(`{"inviteCode":"`+c.secret("APQ GET variables.inviteCode", c.alnum(32))+`"}`) + "&extensions=" + url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"`+c.decoy(hash)+`"}}`))
		}},
		{cat, "github-graphql-viewer-personal", func(c *gcase) {
			c.post("https://api.github.com/graphql", "application/json", `{"query":"query { viewer { login name email company location } }"}`).
				rh("Authorization", "bearer "+c.secret("GitHub gho_ Bearer", "gho_"+c.alnum(36))).
				resp("application/json", `{"data":{"viewer":{"login":"tkowalczyk-dev","name":"`+c.secret("viewer.name", "Teodora Kowalczyk")+`","email":"`+c.secret("viewer.email", "teodora.kowalczyk@posteo.example")+`",`+c.decoy(`"company":"@acme-platform"`)+`,"location":"Kraków"}}}`).
				sh("X-GitHub-Request-Id", c.decoy("C1A2:3B4C:5D6E7F:8A9B0C:6740A1B2"))
		}},
	}
}

// 8. Vendor token formats of the domain.
func u12Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "openai-project-admin-and-service-account-keys", func(c *gcase) {
			c.u12Stainless(c.post("https://api.openai.com/v1/chat/completions", "application/json", `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"ping"}]}`).
				rh("Authorization", "Bearer "+c.secret("OpenAI sk-proj- key", c.u12OpenAI("proj")), "OpenAI-Organization", c.decoy("org-"+c.alnum(24)), "OpenAI-Project", c.decoy("proj_"+c.alnum(24))).
				sh("x-request-id", c.decoy("req_"+c.hexs(32)), "openai-processing-ms", c.decoy("412")))
			c.get("https://api.openai.com/v1/organization/admin_api_keys?limit=20").rh("Authorization", "Bearer "+c.secret("OpenAI sk-admin- key", c.u12OpenAI("admin"))).
				resp("application/json", `{"object":"list","data":[{"object":"organization.admin_api_key","id":"`+c.decoy("key_"+c.alnum(16))+`","name":"ops",`+c.decoy(`"redacted_value":"sk-admin...Xq7A"`)+`,"created_at":1711471533}]}`)
			c.post("https://api.openai.com/v1/organization/projects/proj_abc/service_accounts", "application/json", `{"name":"ci"}`).
				resp("application/json", `{"object":"organization.project.service_account","id":"svc_acct_`+c.alnum(16)+`","api_key":{"object":"organization.project.service_account.api_key","value":"`+c.secret("OpenAI sk-svcacct- key under api_key.value", c.u12OpenAI("svcacct"))+`","name":"Secret Key",`+c.decoy(`"created_at":1732270501`)+`}}`)
		}},
		{cat, "anthropic-api03-and-admin01-keys", func(c *gcase) {
			c.u12Stainless(c.post("https://api.anthropic.com/v1/messages", "application/json", `{"model":"claude-sonnet-4-5","max_tokens":256,"messages":[{"role":"user","content":"ping"}]}`).
				rh("x-api-key", c.secret("Anthropic sk-ant-api03- key", c.u12Ant("api03")), "anthropic-version", c.decoy("2023-06-01"), "anthropic-dangerous-direct-browser-access", "true").
				sh("request-id", c.decoy("req_011CV"+c.alnum(19)), "anthropic-ratelimit-tokens-remaining", c.decoy("79000")))
			c.get("https://api.anthropic.com/v1/organizations/api_keys?limit=20").rh("x-api-key", c.secret("Anthropic sk-ant-admin01- key", c.u12Ant("admin01")), "anthropic-version", "2023-06-01").
				resp("application/json", `{"data":[{"id":"`+c.decoy("apikey_01"+c.alnum(22))+`","type":"api_key","name":"ci",`+c.decoy(`"partial_key_hint":"sk-ant-api03-R2D...igAA"`)+`,"status":"active"}],"has_more":false}`)
		}},
		{cat, "claude-ai-sessionKey-and-chatgpt-session", func(c *gcase) {
			org := c.uuid()
			c.get("https://claude.ai/api/organizations/"+c.decoy(org)+"/chat_conversations?limit=30").
				rh("Cookie", "sessionKey="+c.secret("claude.ai sessionKey sk-ant-sid01-", c.u12Ant("sid01"))+"; lastActiveOrg="+org, "anthropic-client-version", c.decoy("1.0.0"))
			jwe := "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.." + c.b64u(12) + "." + c.b64u(600) + "." + c.b64u(16)
			c.get("https://chatgpt.com/backend-api/me").
				rh("Authorization", "Bearer "+c.secret("ChatGPT access token (RS256 JWT)", c.rs256JWT("19344e65-bbc9-44d1-a9d0-f957b079bd0e", `{"aud":["https://api.openai.com/v1"],"client_id":"app_X8zY6vW2pQ9tR3dE7nK1jL5gH","exp":1733134500,"scp":["openid","email","profile","model.request"]}`)),
					"Cookie", "__Secure-next-auth.session-token="+c.secret("ChatGPT next-auth session-token (JWE)", jwe)+"; "+c.decoy("oai-hlib=true"))
		}},
		{cat, "bare-ai-provider-keys-in-text", func(c *gcase) {
			body := "keys for the eval harness (rotate after the demo)\nhf: " + c.secret("Hugging Face hf_ token", c.u12HF()) + "\nreplicate: " + c.secret("Replicate r8_ token", "r8_"+c.alnum(37)) +
				"\ntogether: " + c.secret("Together tgp_v1_ key", "tgp_v1_"+c.pick(gB64uAlpha, 43)) + "\ngroq: " + c.secret("Groq gsk_ key", "gsk_"+c.alnum(52)) + "\nopenrouter: " + c.secret("OpenRouter sk-or-v1- key", "sk-or-v1-"+c.hexs(64)) + "\n" + c.decoy("notes: run nightly at 02:00 UTC") + "\n"
			c.post("https://eo"+c.pick(gLower+gDigits, 30)+".m.pipedream.net/notes", "text/plain", body)
		}},
		{cat, "github-token-family", func(c *gcase) {
			c.get("https://api.github.com/user/repos?"+c.decoy("per_page=100")).rh("Authorization", "token "+c.secret("GitHub ghp_ classic PAT", "ghp_"+c.alnum(36)), "X-GitHub-Api-Version", c.decoy("2022-11-28"))
			c.post("https://github.com/login/oauth/access_token", "application/x-www-form-urlencoded", "client_id="+c.decoy("Iv23li"+c.alnum(14))+"&grant_type=refresh_token&refresh_token="+c.secret("GitHub ghr_ refresh token (form)", "ghr_"+c.alnum(76))).
				resp("application/json", `{"access_token":"`+c.secret("GitHub ghu_ user-to-server token", "ghu_"+c.alnum(36))+`",`+c.decoy(`"expires_in":28800`)+`,"refresh_token":"`+c.secret("GitHub ghr_ refresh token (response)", "ghr_"+c.alnum(76))+`",`+c.decoy(`"refresh_token_expires_in":15897600`)+`,"scope":"","token_type":"bearer"}`)
			c.get("https://github.com/acme/api/actions/runs/4821/job/99123/logs").resp("text/plain",
				"2026-11-22T10:15:03.1Z git config --local http.https://github.com/.extraheader AUTHORIZATION: basic "+gB64("x-access-token:"+c.secret("GitHub ghs_ installation token (base64 in extraheader)", "ghs_"+c.alnum(36)))+"\n"+
					"2026-11-22T10:15:04.2Z remote: https://"+c.secret("GitHub github_pat_ fine-grained", "github_pat_11"+c.pick(gUpper+gDigits, 20)+"_"+c.alnum(59))+"@github.com/acme/api.git\n")
		}},
		{cat, "gitlab-token-family", func(c *gcase) {
			c.get("https://gitlab.acme.example/api/v4/user").rh("Authorization", "Bearer "+c.secret("GitLab glpat-", "glpat-"+c.pick(gAlnum+"-_", 20)))
			c.post("https://gitlab.acme.example/api/v4/projects/42/trigger/pipeline", "application/x-www-form-urlencoded", "token="+c.secret("GitLab glptt- trigger token", "glptt-"+c.hexs(40))+"&"+c.decoy("ref=release%2F2026.11")).
				resp("application/json", `{"id":`+c.decoy("118901")+`,"status":"created"}`)
			c.get("https://gitlab.acme.example/dashboard/projects.atom?feed_token=" + c.secret("GitLab glft- feed token", "glft-"+c.pick(gAlnum+"-_", 20)) + "&" + c.decoy("sort=latest_activity_desc"))
			c.get("https://gitlab.acme.example/api/v4/jobs/77123/trace").resp("text/plain", "$ docker login -u gitlab+deploy-token-12 -p "+c.secret("GitLab gldt- deploy token", "gldt-"+c.pick(gAlnum+"-_", 20))+" registry.acme.example\n$ gitlab-runner register --registration-token "+c.secret("GitLab GR1348941 registration token", "GR1348941"+c.pick(gAlnum+"-_", 20))+"\n"+c.decoy("Job succeeded")+"\n")
		}},
		{cat, "npm-pypi-dockerhub-tokens", func(c *gcase) {
			c.req("PUT", "https://registry.npmjs.org/@acme%2fui", "application/json", `{"_id":"@acme/ui","name":"@acme/ui",`+c.decoy(`"dist-tags":{"latest":"2.3.1"}`)+`}`).rh("Authorization", "Bearer "+c.secret("npm_ token", "npm_"+c.alnum(36)), "npm-command", "publish")
			b := "4a1f3b2c9d8e7f60"
			body := u12Part(b, ":action", "", "file_upload") + u12Part(b, "protocol_version", "", "1") + u12Part(b, "name", "", "acme-sdk") + u12Part(b, "version", "", "0.9.2") + u12Part(b, "sha256_digest", "", c.decoy(c.hexs(64))) + "--" + b + "--\r\n"
			c.post("https://upload.pypi.org/legacy/", "multipart/form-data; boundary="+b, body).rh("Authorization", "Basic "+gB64("__token__:"+c.secret("PyPI pypi- token (Basic)", "pypi-AgEIcHlwaS5vcmc"+c.pick(gB64uAlpha, 150))))
			c.get("https://hub.docker.com/v2/access-tokens?page=1").resp("application/json", `{"results":[{"uuid":"`+c.decoy(c.uuid())+`","token_label":"ci","token":"`+c.secret("Docker Hub dckr_pat_", "dckr_pat_"+c.pick(gB64uAlpha, 27))+`","scopes":["repo:write"]}]}`)
		}},
		{cat, "jfrog-reference-token-apikey-and-nuget-oy2", func(c *gcase) {
			c.get("https://acme.jfrog.io/artifactory/api/repositories").rh("Authorization", "Bearer "+c.secret("JFrog reference token (base64 reftkn:01:...)", strings.TrimRight(gB64("reftkn:01:1795341600:"+c.alnum(27)), "=")))
			c.get("https://acme.jfrog.io/artifactory/api/npm/npm-remote/-/ping").rh("X-JFrog-Art-Api", c.secret("Artifactory AKCp API key", "AKCp"+c.alnum(69))).sh("X-JFrog-Version", c.decoy("Artifactory/7.98.9 79809900"))
			c.req("PUT", "https://www.nuget.org/api/v2/package", "application/octet-stream", "").rh("X-NuGet-ApiKey", c.secret("NuGet oy2 key", "oy2"+c.pick(gLower+gDigits, 43)), "X-NuGet-Client-Version", c.decoy("6.12.1"))
		}},
		{cat, "launchdarkly-unleash-flagsmith-keys", func(c *gcase) {
			csid := c.hexs(24)
			c.get("https://app.launchdarkly.com/api/v2/projects/default/environments/production").rh("Authorization", c.secret("LaunchDarkly api- access token", "api-"+c.uuid())).
				resp("application/json", `{"key":"production","name":"Production",`+c.decoy(`"_id":"`+csid+`"`)+`,"apiKey":"`+c.secret("LaunchDarkly sdk- server key", "sdk-"+c.uuid())+`","mobileKey":"mob-`+c.uuid()+`",`+c.decoy(`"color":"417505"`)+`}`)
			c.get("https://unleash.acme.example/api/admin/projects").rh("Authorization", c.secret("Unleash admin token *:*.hex", "*:*."+c.hexs(64)), "Unleash-AppName", c.decoy("orders-api"), "Unleash-Sdk", c.decoy("unleash-client-node:6.1.2"))
			c.get("https://unleash.acme.example/api/client/features").rh("Authorization", c.secret("Unleash client token default:production.hex", "default:production."+c.hexs(64)))
			c.get("https://edge.api.flagsmith.com/api/v1/environment-document/").rh("X-Environment-Key", c.secret("Flagsmith ser. server key", "ser."+c.alnum(22)))
		}},
		{cat, "observability-vendor-keys", func(c *gcase) {
			c.get("https://grafana.acme.example/api/search?"+c.decoy("type=dash-db")).rh("Authorization", "Bearer "+c.secret("Grafana glsa_ token", "glsa_"+c.alnum(32)+"_"+c.hexs(8)))
			c.post("https://api.datadoghq.com/api/v2/series", "application/json", `{"series":[]}`).rh("DD-API-KEY", c.secret("Datadog DD-API-KEY (32 hex)", c.hexs(32)), "DD-APPLICATION-KEY", c.secret("Datadog DD-APPLICATION-KEY (40 hex)", c.hexs(40)))
			c.post("https://browser-intake-datadoghq.com/api/v2/rum?ddsource=browser&dd-api-key="+c.decoy("pub"+c.hexs(32))+"&dd-evp-origin=browser&dd-request-id="+c.uuid(), "text/plain;charset=UTF-8", `{"type":"view"}`)
			c.get("https://sentry.io/api/0/organizations/acme/issues/?"+c.decoy("query=is%3Aunresolved")).rh("Authorization", "Bearer "+c.secret("Sentry sntryu_ user token", "sntryu_"+c.hexs(64)))
			c.get("https://app.acme.example/").resp("text/html", `<script>Sentry.init({dsn:"`+c.decoy("https://"+c.hexs(32)+"@o450123.ingest.us.sentry.io/4508112233")+`"})</script>`)
			c.post("https://api.newrelic.com/graphql", "application/json", `{"query":"{ actor { user { id } } }"}`).rh("API-Key", c.secret("New Relic NRAK- user key", "NRAK-"+c.pick(gUpper+gDigits, 27)))
			c.post("https://log-api.eu.newrelic.com/log/v1", "application/json", `[]`).rh("X-License-Key", c.secret("New Relic ingest license key ...NRAL", c.hexs(36)+"NRAL"))
		}},
		{cat, "ngrok-and-cloudflare-tunnel-keys", func(c *gcase) {
			c.post("https://api.ngrok.com/credentials", "application/json", `{"description":"ci agent"}`).rh("Authorization", "Bearer "+c.secret("ngrok API key", "2"+c.alnum(26)+"_"+c.alnum(21)), "Ngrok-Version", c.decoy("2")).
				resp("application/json", `{"id":"`+c.decoy("cr_2"+c.alnum(26))+`","uri":"https://api.ngrok.com/credentials/cr_x","description":"ci agent","token":"`+c.secret("ngrok authtoken", "2"+c.alnum(26)+"_"+c.alnum(21))+`","acl":[]}`)
			tid := c.uuid()
			c.get("https://api.cloudflare.com/client/v4/accounts/"+c.hexs(32)+"/cfd_tunnel/"+c.decoy(tid)).rh("Authorization", "Bearer "+c.secret("Cloudflare API token (40)", c.pick(gAlnum+"_-", 40)))
			c.get("https://api.cloudflare.com/client/v4/zones?"+c.decoy("name=acme.example")).rh("X-Auth-Email", "ops@acme.example", "X-Auth-Key", c.secret("Cloudflare global API key (37 hex)", c.hexs(37)))
		}},
		{cat, "ci-and-quality-vendor-tokens", func(c *gcase) {
			c.get("https://circleci.com/api/v2/me").rh("Circle-Token", c.secret("CircleCI CCIPAT_ token", "CCIPAT_"+c.alnum(22)+"_"+c.hexs(40)))
			c.get("https://api.buildkite.com/v2/organizations/acme/pipelines").rh("Authorization", "Bearer "+c.secret("Buildkite bkua_ token", "bkua_"+c.hexs(40)))
			c.get("https://jenkins.acme.example/job/deploy/api/json?"+c.decoy("tree=builds%5Bnumber%5D")).rh("Authorization", "Basic "+gB64("ci-bot:"+c.secret("Jenkins 11+32hex API token (Basic)", "11"+c.hexs(32))))
			c.post("https://sonarqube.acme.example/api/user_tokens/generate", "application/x-www-form-urlencoded", "name=ci&type=USER_TOKEN").
				resp("application/json", `{"login":"ci-bot","name":"ci","token":"`+c.secret("SonarQube squ_ token", "squ_"+c.hexs(40))+`",`+c.decoy(`"createdAt":"2026-11-22T10:15:04+0000"`)+`,"type":"USER_TOKEN"}`)
			c.get("https://sonarqube.acme.example/api/qualitygates/project_status?"+c.decoy("projectKey=acme_api")).rh("Authorization", "Bearer "+c.secret("SonarQube sqp_ project token", "sqp_"+c.hexs(40)))
		}},
	}
}

// 9. Cards and free-text credential phrases.
func u12CardsPhrases() []gdef {
	const cat = "9.cards+phrases"
	return []gdef{
		{cat, "chatgpt-pasted-compose-yaml", func(c *gcase) {
			txt := "why can't my app reach postgres? here's the compose:\n```yaml\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: " + c.secret("compose POSTGRES_PASSWORD in a ChatGPT prompt", c.u12Pw()) +
				"\n  cache:\n    command: redis-server --requirepass " + c.secret("redis --requirepass in a ChatGPT prompt", c.alnum(24)) + "\n```"
			c.post("https://chatgpt.com/backend-api/conversation", "application/json", gJS(map[string]any{"action": "next", "model": "gpt-4o", "conversation_id": c.decoy(c.uuid()),
				"messages": []any{map[string]any{"id": c.uuid(), "author": map[string]any{"role": "user"}, "content": map[string]any{"content_type": "text", "parts": []any{txt}}}}}))
		}},
		{cat, "anthropic-messages-password-is-phrase", func(c *gcase) {
			c.post("https://api.anthropic.com/v1/messages", "application/json", gJS(map[string]any{"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": []any{map[string]any{"role": "user", "content": []any{map[string]any{"type": "text",
				"text": "Jenkins keeps rejecting me. The admin password is " + c.secret("'the admin password is X' in a Messages prompt", c.u12Pw()) + " and the API token is " + c.secret("'the API token is X' in a Messages prompt", "11"+c.hexs(32)) + " - what am I doing wrong? " + c.decoy("Jenkins 2.479.1 LTS")}}}}})).
				rh("x-api-key", c.secret("Anthropic key", c.u12Ant("api03")), "anthropic-version", "2023-06-01")
		}},
		{cat, "sse-assistant-echoes-pasted-password", func(c *gcase) {
			pw := c.secret("password echoed in an SSE delta", c.u12Pw())
			c.post("https://api.openai.com/v1/chat/completions", "application/json", gJS(map[string]any{"model": "gpt-4o-mini", "stream": true, "messages": []any{map[string]any{"role": "user", "content": "my grafana login is admin / " + pw + " and it says invalid"}}})).
				rh("Authorization", "Bearer "+c.secret("OpenAI key for SSE", c.u12OpenAI("proj"))).
				resp("text/event-stream", `data: {"id":"chatcmpl-`+c.alnum(29)+`","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"If the password `+"`"+pw+"`"+` is rejected,"}}]}`+"\n\n"+
					`data: {"id":"chatcmpl-x","object":"chat.completion.chunk","choices":[{"index":0,"delta":{},`+c.decoy(`"finish_reason":"stop"`)+`}]}`+"\n\ndata: [DONE]\n\n")
		}},
		{cat, "gitlab-trace-pgpassword-and-test-card", func(c *gcase) {
			card := c.card("4", 16)
			c.get("https://gitlab.acme.example/api/v4/jobs/77200/trace").resp("text/plain",
				"$ export PGPASSWORD="+c.secret("export PGPASSWORD= in a job trace", c.u12Pw())+"\n$ psql -h db.internal -U app -c 'select 1'\n"+
					"POST /v1/charges {\"card\":\""+c.secret("Luhn-valid Visa in a job trace fixture", card)+"\",\"exp\":\"09/29\"} -> 402\n"+c.decoy("ERROR: Job failed: exit code 1")+"\n")
		}},
		{cat, "sentry-exception-connstring-and-card-breadcrumb", func(c *gcase) {
			mc := c.card("52", 16)
			c.post("https://o450123.ingest.sentry.io/api/4508112299/store/?sentry_key="+c.decoy(c.hexs(32))+"&"+c.decoy("sentry_version=7"), "application/json", gJS(map[string]any{
				"event_id": c.hexs(32), "release": c.decoy("checkout-web@5.2.0"),
				"exception":   map[string]any{"values": []any{map[string]any{"type": "ConnectionError", "value": "could not connect to mongodb+srv://svc-orders:" + c.secret("connection string password in exception value", c.u12Pw()) + "@cluster0.x1y2z.mongodb.net/orders"}}},
				"breadcrumbs": map[string]any{"values": []any{map[string]any{"category": "ui.input", "message": "card entered " + c.secret("Luhn-valid Mastercard (grouped) in a breadcrumb", gGroup4(mc, " "))}}}}))
		}},
		{cat, "ipynb-cell-source-connect-call", func(c *gcase) {
			c.req("PUT", "https://hub.acme.example/user/ana/api/contents/etl/explore.ipynb", "application/json", gJS(map[string]any{"type": "notebook", "format": "json", "content": map[string]any{
				"cells": []any{map[string]any{"cell_type": "code", "execution_count": 3, "metadata": map[string]any{}, "outputs": []any{},
					"source": []any{"import snowflake.connector\n", "conn = snowflake.connector.connect(account='acme-eu1', user='etl', password='" + c.secret("password= kwarg in an ipynb cell source", c.u12Pw()) + "')\n", "cur = conn.cursor()\n"}}},
				"metadata": map[string]any{"kernelspec": map[string]any{"name": "python3", "display_name": "Python 3 (ipykernel)"}}, "nbformat": 4, "nbformat_minor": 5}}))
			c.decoy("Python 3 (ipykernel)")
		}},
		{cat, "github-issue-body-phrases", func(c *gcase) {
			c.post("https://api.github.com/repos/acme/infra/issues", "application/json", gJS(map[string]any{"title": c.decoy("Runner registration fails on arm64"),
				"body": "Steps:\n1. ./config.sh --url https://github.com/acme --token " + c.secret("./config.sh --token X (runner registration)", "A"+c.pick(gUpper+gDigits, 28)) + "\n2. the proxy password is " + c.secret("'the proxy password is X' in an issue body", c.u12Pw()) +
					"\n3. signing key passphrase: " + c.secret("'passphrase: X' in an issue body", c.u12Pw()) + "\n\n" + c.decoy("actions-runner-linux-arm64-2.321.0"), "labels": []any{"bug"}}))
		}},
		{cat, "llm-extraction-prompt-with-card-and-cvv", func(c *gcase) {
			amex := c.card("37", 15)
			c.post("https://api.together.xyz/v1/chat/completions", "application/json", gJS(map[string]any{"model": c.decoy("meta-llama/Llama-3.3-70B-Instruct-Turbo"), "max_tokens": 512, "messages": []any{map[string]any{"role": "user",
				"content": "Extract JSON from this support chat: 'hi, please update my card to " + c.secret("Luhn-valid Amex (dashes) in an LLM prompt", amex[:4]+"-"+amex[4:10]+"-"+amex[10:]) + ", exp 07/28, cvv " + c.digits(4) + "' and the order " + c.decoy("ORD-2026-118822")}}}))
		}},
		{cat, "dotenv-gist-and-codespaces-secret-names", func(c *gcase) {
			env := c.decoy("NODE_ENV=production") + "\n" + c.decoy("PORT=3000") + "\nAPI_SECRET=" + c.secret("API_SECRET= in a .env gist", c.b64u(32)) + "\nSMTP_PASS=" + c.secret("SMTP_PASS= in a .env gist", c.u12Pw()) + "\nSENTRY_DSN=" + c.decoy("https://"+c.hexs(32)+"@o450123.ingest.sentry.io/4508") + "\n"
			c.post("https://api.github.com/gists", "application/json", gJS(map[string]any{"description": "staging env", "public": false, "files": map[string]any{".env.staging": map[string]any{"content": env}}}))
		}},
		{cat, "terminal-ws-cli-password-flags", func(c *gcase) {
			e := c.get("wss://gitpod-ws.acme.example/_supervisor/v1/terminal/listen/term-1").code(101)
			e.wsMsg("receive", 1, "gitpod /workspace/api $ docker login -u ci -p "+c.secret("docker login -p X in a terminal stream", c.u12Pw())+" registry.acme.example\r\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\r\n"+c.decoy("Login Succeeded")+"\r\n")
			e.wsMsg("receive", 1, "gitpod /workspace/api $ mysql -h 10.0.4.12 -uroot -p"+c.secret("mysql -pX in a terminal stream", c.u12Pw())+" orders\r\n"+c.decoy("Server version: 8.0.39 MySQL Community Server - GPL")+"\r\n")
		}},
		{cat, "datadog-browser-logs-card-in-message", func(c *gcase) {
			disc := c.card("6011", 16)
			c.post("https://browser-intake-datadoghq.eu/api/v2/logs?ddsource=browser&"+c.decoy("ddtags=sdk_version%3A5.35.0%2Cenv%3Aprod")+"&dd-api-key=pub"+c.hexs(32), "text/plain;charset=UTF-8",
				`{"message":"payment declined for card `+c.secret("Luhn-valid Discover in a browser log message", disc)+`","status":"error","service":"checkout-web",`+c.decoy(`"view":{"url":"https://shop.acme.example/checkout","referrer":""}`)+`}`+"\n")
		}},
		{cat, "git-config-list-credential-urls", func(c *gcase) {
			c.post("https://code.acme.example/api/terminal/output", "application/json", gJS(map[string]any{"id": "term-2", "data": "$ git config --list\n" + c.decoy("credential.helper=store") + "\nuser.name=ci-bot\nurl.https://oauth2:" + c.secret("git config url.insteadOf oauth2:<token>", c.pick(gAlnum+"-_", 20)) + "@gitlab.acme.example/.insteadof=https://gitlab.acme.example/\nhttp.proxy=http://build:" + c.secret("git http.proxy password", c.u12Pw()) + "@proxy.acme.example:3128\n" + c.decoy("core.autocrlf=input") + "\n"}))
		}},
	}
}

// 10. Personal data.
func u12Personal() []gdef {
	const cat = "10.personal"
	return []gdef{
		{cat, "github-user-api", func(c *gcase) {
			c.get("https://api.github.com/user").resp("application/json",
				`{"login":"mbaptiste-dev",`+c.decoy(`"id":83920174`)+`,"node_id":"`+c.decoy("MDQ6VXNlcjgzOTIwMTc0")+`","type":"User","name":"`+c.secret("GitHub /user name", "Marisol Baptiste-Ortega")+`","company":"Acme","email":"`+c.secret("GitHub /user email", "marisol.baptiste@tutanota.example")+`","location":"Lisbon",`+c.decoy(`"public_repos":41`)+`}`)
		}},
		{cat, "gitlab-commit-author-fields", func(c *gcase) {
			sha := c.hexs(40)
			c.get("https://gitlab.acme.example/api/v4/projects/42/repository/commits?"+c.decoy("ref_name=main")).resp("application/json",
				`[{"id":"`+c.decoy(sha)+`","short_id":"`+sha[:8]+`","title":"`+c.decoy("fix(api): retry idempotent POSTs")+`","author_name":"`+c.secret("commit author_name", "Oskar Lindqvist-Aho")+`","author_email":"`+c.secret("commit author_email", "oskar.lindqvist-aho@kolumbus.example")+`","committer_name":"`+c.secret("commit committer_name", "Ingrid Solvang")+`","committer_email":"`+c.secret("commit committer_email", "ingrid.solvang@broadpost.example")+`","authored_date":"2026-11-21T16:02:11.000+01:00"}]`)
		}},
		{cat, "npm-packument-maintainers", func(c *gcase) {
			c.get("https://registry.npmjs.org/@acme%2fui").resp("application/json",
				`{"_id":"@acme/ui","name":"@acme/ui",`+c.decoy(`"dist-tags":{"latest":"2.3.1"}`)+`,"maintainers":[{"name":"acme-bot","email":"`+c.secret("npm maintainers[].email", "release-eng.kwame@protonmail.example")+`"}],"_npmUser":{"name":"kmensah","email":"`+c.secret("npm _npmUser.email", "kwame.mensah@gmx.example")+`"},"author":{"name":"`+c.secret("npm author.name", "Kwame Mensah-Boateng")+`"},`+c.decoy(`"license":"MIT"`)+`}`)
		}},
		{cat, "sentry-event-user-context-and-ip", func(c *gcase) {
			c.post("https://o450123.ingest.sentry.io/api/4508112233/envelope/", "text/plain;charset=UTF-8",
				`{"event_id":"`+c.hexs(32)+`","sent_at":"2026-11-22T10:15:03.000Z"}`+"\n"+`{"type":"event"}`+"\n"+
					`{"user":{"id":"u_90211","email":"`+c.secret("Sentry user.email", "beatriz.quintanilla@laposte.example")+`","ip_address":"`+c.secret("Sentry user.ip_address", "198.51.100.77")+`","username":"`+c.secret("Sentry user.username (a person)", "Beatriz Quintanilla")+`"},`+c.decoy(`"sdk":{"name":"sentry.javascript.react","version":"8.42.0"}`)+`,"level":"error"}`)
		}},
		{cat, "launchdarkly-identify-event-context", func(c *gcase) {
			csid := c.hexs(24)
			ctx := `{"kind":"multi","user":{"key":"usr-5521","name":"` + c.secret("LD identify event context user.name", "Yevgenia Hartmann") + `","email":"` + c.secret("LD identify event context user.email", "yevgenia.hartmann@web-mail.example") + `"},"org":{"key":"acme","plan":"enterprise"}}`
			c.post("https://events.launchdarkly.com/events/bulk/"+c.decoy(csid), "application/json", `[{"kind":"identify","creationDate":1732270502123,"context":`+ctx+`}]`).rh("X-LaunchDarkly-Event-Schema", "4", "X-LaunchDarkly-Payload-ID", c.decoy(c.uuid()))
			c.req("REPORT", "https://clientsdk.launchdarkly.com/sdk/evalx/"+csid+"/context", "application/json",
				`{"kind":"user","key":"usr-5521","email":"`+c.secret("LD REPORT context email", "y.hartmann@acme-partner.example")+`"}`)
		}},
		{cat, "datadog-rum-usr-and-session", func(c *gcase) {
			c.post("https://browser-intake-datadoghq.com/api/v2/rum?ddsource=browser&dd-api-key=pub"+c.hexs(32), "text/plain;charset=UTF-8",
				`{"type":"view","application":{"id":"`+c.decoy(c.uuid())+`"},"usr":{"id":"usr-7731","name":"`+c.secret("RUM usr.name", "Anneke Vermeulen")+`","email":"`+c.secret("RUM usr.email", "anneke.vermeulen@ziggo-mail.example")+`"},"view":{"url":"https://app.acme.example/dashboards"},`+c.decoy(`"service":"web-console"`)+`}`+"\n")
		}},
		{cat, "tunnel-forwarded-client-ips", func(c *gcase) {
			c.get("https://"+c.pick(gLower, 6)+".ngrok-free.app/api/orders").rh("X-Forwarded-For", c.secret("ngrok X-Forwarded-For (user's IP)", "203.0.113.51"), "X-Forwarded-Proto", "https").set("serverIPAddress", c.decoy("3.125.209.94"))
			c.get("https://dev.acme.example/api/orders").rh("Cf-Connecting-Ip", c.secret("Cloudflare Tunnel Cf-Connecting-Ip", "2001:db8:4f21::1a:7c"), "Cf-Ray", c.decoy("8e4f2a1b3c5d6e7f-FRA"))
			c.get("https://webhook.site/token/"+c.uuid()+"/request/latest").resp("application/json", `{"ip":"`+c.secret("webhook.site captured request ip", "192.0.2.184")+`","hostname":"webhook.site",`+c.decoy(`"user_agent":"GitHub-Hookshot/7a1f2c3"`)+`}`)
		}},
		{cat, "posthog-identify-person-properties", func(c *gcase) {
			c.post("https://eu.i.posthog.com/i/v0/e/?"+c.decoy("ver=1.194.3"), "application/json",
				`{"event":"$identify","properties":{"distinct_id":"`+c.uuid()+`","$set":{"email":"`+c.secret("PostHog $set.email", "cassius.oyelaran@icloud.example")+`","name":"`+c.secret("PostHog $set.name", "Cassius Oyelaran")+`",`+c.decoy(`"plan":"team"`)+`},`+c.decoy(`"$lib":"web"`)+`}}`)
		}},
		{cat, "jupyterlab-git-commit-author-identity", func(c *gcase) {
			c.post("https://hub.acme.example/user/ana/git/commit", "application/json",
				`{"path":"etl","commit_msg":"`+c.decoy("tune batch size")+`","amend":false,"author":"`+c.secret("git author identity string", "Anahí Villaseñor <anahi.villasenor@correo.example>")+`"}`)
			c.post("https://hub.acme.example/user/ana/git/config", "application/json", `{"path":"etl","options":{"user.name":"`+c.secret("git config user.name", "Anahí Villaseñor-Prieto")+`","user.email":"`+c.secret("git config user.email", "a.villasenor@acme-partner.example")+`",`+c.decoy(`"pull.rebase":"true"`)+`}}`)
		}},
		{cat, "openwebui-admin-users-list", func(c *gcase) {
			c.get("http://localhost:3000/api/v1/users/?"+c.decoy("skip=0")+"&limit=50").resp("application/json",
				`[{"id":"`+c.decoy(c.uuid())+`","name":"`+c.secret("Open WebUI users[].name", "Fenella Drummond")+`","email":"`+c.secret("Open WebUI users[].email", "fenella.drummond@btinternet.example")+`","role":"user","profile_image_url":"/user.png",`+c.decoy(`"last_active_at":1732270101`)+`}]`)
		}},
		{cat, "hf-whoami-v2-fullname-email", func(c *gcase) {
			c.get("https://huggingface.co/api/whoami-v2").resp("application/json",
				`{"type":"user","id":"`+c.decoy(c.hexs(24))+`","name":"rnakashima","fullname":"`+c.secret("HF whoami fullname", "Rei Nakashima-Lund")+`","email":"`+c.secret("HF whoami email", "rei.nakashima@ocn-mail.example")+`","emailVerified":true,"orgs":[{"name":"acme-ml",`+c.decoy(`"roleInOrg":"write"`)+`}]}`)
		}},
		{cat, "pagerduty-contact-methods-and-grafana-user", func(c *gcase) {
			c.get("https://api.pagerduty.com/users/"+c.decoy("PXPGF42")+"/contact_methods").resp("application/json",
				`{"contact_methods":[{"id":"PZ1T2Q3","type":"phone_contact_method","summary":"Mobile","country_code":44,"address":"`+c.secret("PagerDuty phone contact address", "7700900418")+`"},{"id":"PZ4W5E6","type":"email_contact_method","summary":"Work","address":"`+c.secret("PagerDuty email contact address", "h.okonjo-reyes@acme.example")+`"}]}`)
			c.get("https://grafana.acme.example/api/user").resp("application/json", `{"id":7,"email":"`+c.secret("Grafana /api/user email", "ludovic.marchetti@free-mail.example")+`","name":"`+c.secret("Grafana /api/user name", "Ludovic Marchetti")+`","login":"lmarchetti",`+c.decoy(`"theme":"dark"`)+`,"orgId":1,"isGrafanaAdmin":false}`)
		}},
	}
}

// heldout12Open lists the cases of this corpus the engine does not handle
// yet, each with the reason. They are reported, not failed; any other leak
// or lost decoy fails the test, and so does an entry here that no longer
// leaks (the list only shrinks).
var heldout12Open = map[string]string{
	"lost 8.vendors/anthropic-api03-and-admin01-keys: 79000":                                                 "a count under a plural secret word in a header (anthropic-ratelimit-tokens-remaining: 79000) is redacted: only JSON numbers count, a string of digits may be a PIN among credentials",
	"lost 1.names/jenkins-crumb-and-generated-api-token-value: e2265a6b-2d92-425a-a572-41b25c6b0b5d":         "token word in a compound name (tokenUuid) redacts an identifier: the Uuid/Id qualifier is not exempt",
	"lost 1.names/product-session-cookie-names: grafana_session_expiry=1732274100":                           "session word in a cookie name: the _expiry qualifier is not exempt for cookies, so a Unix time is redacted",
	"10.personal/pagerduty-contact-methods-and-grafana-user: PagerDuty phone contact address":                "personal data by value: a bare-digit phone number under a generic name (address) beside type=phone_contact_method is not recognised",
	"lost 2.pairs/flagsmith-identity-traits-key-value: iR7qL2vXcB9mNwP4sTf3Ha":                               "key word in a header name (X-Environment-Key): Flagsmith's client-side environment key, public by design, is not told apart from server keys (ser.)",
	"3.unnamed/webhook-inspector-token-urls: Pipedream endpoint id (capability in host)":                     "unnamed capability in a host name: a generated subdomain (eo<id>.m.pipedream.net) is not judged",
	"3.unnamed/vercel-netlify-buildkite-deploy-hooks: Vercel deploy hook path secret":                        "unnamed path segment: a short (10-char) generated capability after /integrations/deploy/prj_*/ is below the value-shape threshold; no rule for deploy-hook URLs",
	"lost 3.unnamed/vercel-protection-bypass-header-and-query: x-vercel-set-bypass-cookie=samesitenone":      "cookie word in a query name redacts a flag value (x-vercel-set-bypass-cookie=samesitenone): enumerated option values are not exempt",
	"lost 4.carriers/openai-realtime-subprotocol-and-ephemeral-client-secret: openai-beta.realtime-v1":       "carrier not parsed: Sec-WebSocket-Protocol is a comma list; it is redacted whole for its openai-insecure-api-key.<key> member instead of per member",
	"lost 4.carriers/jenkins-config-xml-parameter-defaults: workflow-job@1436.vfa_244484591f":                "value-shape rule: a Jenkins incrementals plugin version (name@build.v<hex>) is judged a generated token",
	"lost 5.exporters/comma-joined-set-cookie: 1732274222":                                                   "exporter quirk: a comma-joined Set-Cookie line is not split into cookies, so grafana_session_expiry in it is redacted with the session",
	"lost 7.graphql/graphql-multipart-upload-operations: A18D68C36304FD22B26891C87BAE7AE12C6F1753":           "value-shape rule: a public PGP key fingerprint (40 upper hex under fingerprint) is judged generated; fingerprint is not an exempt name",
	"lost 8.vendors/openai-project-admin-and-service-account-keys: org-sfSrk3HlC4G9jW3xP5kab644":             "value-shape rule in headers: OpenAI organisation ids (org-<24>) are judged generated tokens; vendor identifiers are not exempt",
	"lost 8.vendors/openai-project-admin-and-service-account-keys: proj_qZQGewepnfK8GSu6qytQdqx8":            "value-shape rule in headers: OpenAI project ids (proj_<24>) are judged generated tokens; vendor identifiers are not exempt",
	"lost 8.vendors/claude-ai-sessionKey-and-chatgpt-session: ff70aafb-4e00-4caf-a244-10633497c1ab":          "every cookie value judged secret: lastActiveOrg (an organisation uuid) is redacted and its echo in the URL path follows",
	"lost 8.vendors/claude-ai-sessionKey-and-chatgpt-session: oai-hlib=true":                                 "every cookie value judged secret: a boolean preference cookie (oai-hlib=true) is redacted",
	"lost 8.vendors/observability-vendor-keys: https://cbc24fa2e5b5b156c124bc954bdae3db@o450...":             "public-by-design browser key: a Sentry DSN (public key as URL userinfo) is redacted as a credential in a URL",
	"9.cards+phrases/datadog-browser-logs-card-in-message: Luhn-valid Discover in a browser log message":     "card by value not recognised: an ungrouped Luhn-valid Discover number (6011...) in free text of a log message survives",
	"lost 9.cards+phrases/sentry-exception-connstring-and-card-breadcrumb: d8195d1632dc1d961905f8b48928db59": "key word in a query name (sentry_key): the Sentry DSN public key, public by design, is redacted",
	"lost 9.cards+phrases/ipynb-cell-source-connect-call: Python 3 (ipykernel)":                              "identity-name rule too broad: display_name of a Jupyter kernelspec is pseudonymised as a person's name",
}
