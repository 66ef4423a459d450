package sanitize

// An eighth held-out corpus for "Detection that generalizes" (issue 10),
// written without reading the engine and kept distinct from the earlier
// corpora: public cloud web consoles and cloud SDK traffic seen in a
// browser (AWS console, STS and Cognito XML and JSON, GCP console and
// gcloud OAuth, Azure portal ARM calls, Kudu and App Service publish
// profiles, Cloudflare dashboard, DigitalOcean, Oracle Cloud request
// signing), hosted code and CI/CD (GitHub web, REST and GraphQL, GitLab,
// Bitbucket, CircleCI, Buildkite, Vercel, Netlify, deploy hooks), package
// and container registries (npm, PyPI, RubyGems, NuGet, Docker Hub and OCI
// token exchanges, ECR, GCR and ACR, .dockerconfigjson), data and BI SaaS
// (Snowflake, Databricks, BigQuery console, Looker, Tableau, Metabase,
// Power BI embed), password-manager web vaults and secret managers
// (Bitwarden, 1Password, Doppler, Infisical, AWS Secrets Manager), AI API
// consoles (OpenAI, Anthropic, Hugging Face, Replicate, LangSmith) and
// webmail and mail settings (Gmail, Outlook.com, Proton, Fastmail JMAP,
// Roundcube, SMTP/IMAP settings). It reuses the harness of
// generalize_test.go (and the HS256 JWT helper of heldout4_test.go).
//
// Set SAFEHAR_GEN_DUMP=<substring of category/shape> to log the input and
// output of matching cases.

import (
	"net/url"
	"sort"
	"strings"
	"testing"
)

func TestHeldout8Corpus(t *testing.T) {
	gRunCorpus(t, "held-out corpus 8", "heldout8Open", heldout8Cases(), heldout8Open)
}

func TestHeldout8CorpusDeterministic(t *testing.T) {
	gCheckDeterministic(t, heldout8Cases())
}

func heldout8Cases() []gdef {
	var all []gdef
	for _, f := range []func() []gdef{w8Names, w8Pairs, w8Unnamed, w8Carriers, w8Exporters, w8Everywhere, w8GraphQL, w8Vendors, w8Cards, w8Phrases, w8Personal} {
		all = append(all, f()...)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].cat < all[j].cat })
	return all
}

// w8RS is an RS256 JWT (with a key id) with the given claims and a 256-byte signature.
func (c *gcase) w8RS(claims string) string {
	return gB64u(`{"alg":"RS256","kid":"`+c.pick(gB64uAlpha, 27)+`","typ":"JWT"}`) + "." + gB64u(claims) + "." + c.b64u(256)
}

// w8Pw is a realistic human password.
func (c *gcase) w8Pw() string {
	words := []string{"Harbor", "Tundra", "Velvet", "Copper", "Mosaic", "Prairie", "Sequoia", "Nimbus", "Arbor", "Basalt", "Cinder", "Dune", "Ember", "Fjord", "Glacier", "Onyx"}
	syms := "!#$%*-+=?@^_~."
	return words[c.rng.IntN(len(words))] + c.digits(2) + string(syms[c.rng.IntN(len(syms))]) + words[c.rng.IntN(len(words))]
}

// w8AKID is an AWS access key id with the given prefix (AKIA, ASIA).
func (c *gcase) w8AKID(prefix string) string {
	return prefix + c.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
}

// w8AwsSecret is a 40-character AWS secret access key.
func (c *gcase) w8AwsSecret() string { return c.pick(gAlnum+"+/", 40) }

// w8SessionToken is an STS session token (FwoGZXIvYXdzE... / IQoJb3JpZ2luX2Vj...).
func (c *gcase) w8SessionToken() string { return "IQoJb3JpZ2luX2VjE" + c.pick(gAlnum+"+/", 360) + "=" }

// w8Bnd is a multipart boundary as Chromium writes it.
func (c *gcase) w8Bnd() string { return "----WebKitFormBoundary" + c.pick(gAlnum, 16) }

// w8Part is one multipart form-data part.
func w8Part(b, name, filename, ctype, body string) string {
	h := "--" + b + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
	if filename != "" {
		h += "; filename=\"" + filename + "\""
	}
	if ctype != "" {
		h += "\r\nContent-Type: " + ctype
	}
	return h + "\r\n\r\n" + body + "\r\n"
}

// 1. Compound and abbreviated names.
func w8Names() []gdef {
	const cat = "1.names"
	return []gdef{
		{cat, "cognito-initiate-auth-amz-json", func(c *gcase) {
			c.post("https://cognito-idp.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1",
				`{"AuthFlow":"USER_PASSWORD_AUTH","ClientId":"`+c.decoy("3n4b5urk1ft4fl3mg5e62d9ado")+`","AuthParameters":{"USERNAME":"ops-runner","PASSWORD":"`+c.secret("Cognito AuthParameters.PASSWORD", c.w8Pw())+`","SECRET_HASH":"`+c.secret("Cognito AuthParameters.SECRET_HASH", c.b64s(32))+`"}}`).
				rh("X-Amz-Target", c.decoy("AWSCognitoIdentityProviderService.InitiateAuth"), "X-Amz-User-Agent", c.decoy("aws-amplify/6.0.28 auth/4 framework/2")).
				resp("application/x-amz-json-1.1", `{"AuthenticationResult":{"AccessToken":"`+c.secret("Cognito AccessToken", c.w8RS(`{"sub":"`+c.uuid()+`","token_use":"access","scope":"aws.cognito.signin.user.admin","exp":1800000000}`))+`","ExpiresIn":3600,"IdToken":"`+c.secret("Cognito IdToken", c.w8RS(`{"sub":"`+c.uuid()+`","token_use":"id","exp":1800000000}`))+`","RefreshToken":"`+c.secret("Cognito RefreshToken (JWE)", gB64u(`{"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"}`)+"."+c.b64u(256)+"."+c.b64u(12)+"."+c.b64u(600)+"."+c.b64u(16))+`",`+c.decoy(`"TokenType":"Bearer"`)+`},"ChallengeParameters":{}}`)
		}},
		{cat, "cognito-srp-challenge-response", func(c *gcase) {
			c.post("https://cognito-idp.us-east-1.amazonaws.com/", "application/x-amz-json-1.1",
				`{"ChallengeName":"PASSWORD_VERIFIER","ClientId":"`+c.decoy("6f2kq0v3ht8hq4s1e9hs9rgb7a")+`","ChallengeResponses":{"USERNAME":"`+c.uuid()+`","PASSWORD_CLAIM_SECRET_BLOCK":"`+c.secret("Cognito PASSWORD_CLAIM_SECRET_BLOCK", c.b64s(700))+`","PASSWORD_CLAIM_SIGNATURE":"`+c.secret("Cognito PASSWORD_CLAIM_SIGNATURE", c.b64s(32))+`","TIMESTAMP":"`+c.decoy("Sun Nov 22 10:15:00 UTC 2026")+`"}}`).
				rh("X-Amz-Target", "AWSCognitoIdentityProviderService.RespondToAuthChallenge").
				resp("application/x-amz-json-1.1", `{"ChallengeName":"SOFTWARE_TOKEN_MFA","Session":"`+c.secret("Cognito challenge Session", c.pick(gB64uAlpha, 920))+`","ChallengeParameters":{}}`)
		}},
		{cat, "aws-console-federation-signin-token", func(c *gcase) {
			sess := `{"sessionId":"` + c.secret("federation sessionId (an access key id)", c.w8AKID("ASIA")) + `","sessionKey":"` + c.secret("federation sessionKey", c.w8AwsSecret()) + `","sessionToken":"` + c.secret("federation sessionToken", c.w8SessionToken()) + `"}`
			c.get("https://signin.aws.amazon.com/federation?Action=getSigninToken&"+c.decoy("SessionDuration=43200")+"&Session="+url.QueryEscape(sess)).
				resp("application/json", `{"SigninToken":"`+c.secret("federation SigninToken", c.pick(gB64uAlpha, 700))+`"}`)
		}},
		{cat, "gcp-console-sapisidhash-and-xgoog-authuser", func(c *gcase) {
			c.post("https://cloudconsole-pa.clients6.google.com/v3/entityServices/BillingAccountsEntityService/schemas/BILLING_ACCOUNTS_GRAPHQL:batchGraphql?key=AIzaSyCI-zsRP85UVOi0DjtiCwWBwQ1djDy741g&prettyPrint=false", "application/json", `{"requestContext":{"platform":"PLATFORM_TYPE_WEB"}}`).
				rh("Authorization", "SAPISIDHASH 1700000000_"+c.secret("SAPISIDHASH digest", c.hexs(40)), "X-Goog-AuthUser", "0", "X-Goog-Request-Reason", c.decoy("pantheon"),
					"Cookie", "SAPISID="+c.secret("SAPISID cookie", c.pick(gB64uAlpha, 16)+"/"+c.pick(gB64uAlpha, 17))+"; __Secure-3PAPISID="+c.secret("__Secure-3PAPISID cookie", c.pick(gB64uAlpha, 16)+"/"+c.pick(gB64uAlpha, 17)))
		}},
		{cat, "azure-kudu-publishing-credentials", func(c *gcase) {
			c.post("https://management.azure.com/subscriptions/"+c.decoy(c.uuid())+"/resourceGroups/rg-web/providers/Microsoft.Web/sites/acme-api/config/publishingcredentials/list?"+c.decoy("api-version=2023-12-01"), "application/json", "").
				rh("Authorization", "Bearer "+c.secret("ARM bearer token", c.w8RS(`{"aud":"https://management.core.windows.net/","iss":"https://sts.windows.net/`+c.uuid()+`/","exp":1800000000}`)), "x-ms-client-request-id", c.decoy(c.uuid())).
				resp("application/json", `{"id":"/subscriptions/x/resourceGroups/rg-web/providers/Microsoft.Web/sites/acme-api/config/publishingcredentials","properties":{"name":null,"publishingUserName":"$acme-api","publishingPassword":"`+c.secret("Kudu publishingPassword", c.alnum(60))+`","scmUri":"https://$acme-api:`+c.secret("password in scmUri userinfo", c.alnum(60))+`@acme-api.scm.azurewebsites.net"}}`)
		}},
		{cat, "cloudflare-global-key-and-email-headers", func(c *gcase) {
			c.get("https://api.cloudflare.com/client/v4/zones?"+c.decoy("per_page=50")).
				rh("X-Auth-Email", c.secret("X-Auth-Email (personal)", "rhea.castellano@acme-ops.example"), "X-Auth-Key", c.secret("Cloudflare global API key X-Auth-Key (37 hex)", c.hexs(37)), "X-Cross-Site-Security", c.decoy("dash")).
				resp("application/json", `{"result":[{"id":"`+c.decoy(c.hexs(32))+`","name":"acme.example","status":"active","name_servers":["ada.ns.cloudflare.com"]}],"success":true}`)
		}},
		{cat, "cloudflare-dash-atok-and-vses2", func(c *gcase) {
			c.get("https://dash.cloudflare.com/api/v4/accounts/"+c.decoy(c.hexs(32))+"/workers/scripts").
				rh("X-ATOK", c.secret("Cloudflare dash X-ATOK", "1700000000-"+c.hexs(64)), "Cookie", "vses2="+c.secret("Cloudflare vses2 cookie", c.pick(gLower+gDigits, 26))+"; __cf_logged_in=1; CF_VERIFIED_DEVICE_a1b2=1")
		}},
		{cat, "oracle-cloud-signature-header", func(c *gcase) {
			c.get("https://iaas.eu-frankfurt-1.oraclecloud.com/20160918/instances?compartmentId="+c.decoy("ocid1.compartment.oc1..aaaaaaaa"+c.pick(gLower+gDigits, 52))).
				rh("Authorization", `Signature version="1",keyId="ocid1.tenancy.oc1..aaaaaaaa`+c.pick(gLower+gDigits, 52)+`/ocid1.user.oc1..aaaaaaaa`+c.pick(gLower+gDigits, 52)+`/`+c.decoy("4f:9c:2e:01:7a:bb:33:18:de:70:aa:5e:c1:09:62:f4")+`",algorithm="rsa-sha256",headers="(request-target) date host",signature="`+c.secret("OCI request signature", c.b64s(256))+`"`,
					"opc-request-id", c.decoy(strings.ToUpper(c.hexs(32))), "x-obmcs-signing-session", c.secret("OCI console session token header", c.w8RS(`{"sub":"ocid1.user.oc1..x","ttype":"login","exp":1800000000}`)))
		}},
		{cat, "github-login-form-and-timestamp-secret", func(c *gcase) {
			c.post("https://github.com/session", "application/x-www-form-urlencoded",
				"commit=Sign+in&authenticity_token="+url.QueryEscape(c.secret("GitHub authenticity_token", c.b64s(64)))+"&login=kpetrov&password="+url.QueryEscape(c.secret("GitHub password", c.w8Pw()))+"&webauthn-conditional=undefined&"+c.decoy("javascript-support=true")+"&webauthn-support=supported&timestamp="+c.decoy("1700000000123")+"&timestamp_secret="+c.secret("GitHub timestamp_secret", c.hexs(64)))
		}},
		{cat, "gitlab-private-and-job-token-headers", func(c *gcase) {
			c.get("https://gitlab.com/api/v4/projects/"+c.decoy("48213377")+"/jobs/artifacts/main/download?job=build").rh("JOB-TOKEN", c.secret("GitLab JOB-TOKEN header", "glcbt-64_"+c.pick(gAlnum+"_-", 20)))
			c.get("https://gitlab.com/api/v4/projects?membership=true").rh("PRIVATE-TOKEN", c.secret("GitLab PRIVATE-TOKEN header", "glpat-"+c.pick(gAlnum+"_-", 20)), "X-Gitlab-Feature-Category", c.decoy("groups_and_projects"))
		}},
		{cat, "circleci-circle-token-and-envvar-value", func(c *gcase) {
			c.post("https://circleci.com/api/v2/project/gh/acme/api/checkout-key", "application/json", `{"type":"deploy-key"}`).
				rh("Circle-Token", c.secret("Circle-Token header (CCIPAT_)", "CCIPAT_"+c.pick(gAlnum, 22)+"_"+c.hexs(40))).
				resp("application/json", `{"public-key":"`+c.decoy("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ"+c.pick(gAlnum+"+/", 300))+`","type":"deploy-key","fingerprint":"`+c.decoy("SHA256:"+c.pick(gAlnum+"+/", 43))+`","preferred":true}`)
		}},
		{cat, "npm-otp-and-npm-auth-type", func(c *gcase) {
			c.req("PUT", "https://registry.npmjs.org/@acme%2fui-kit", "application/json", `{"_id":"@acme/ui-kit","name":"@acme/ui-kit","dist-tags":{"latest":"`+c.decoy("4.2.1")+`"}}`).
				rh("npm-otp", c.secret("npm-otp header", c.digits(8)), "npm-auth-type", c.decoy("web"), "npm-command", c.decoy("publish"), "Authorization", "Bearer "+c.secret("npm granular token", "npm_"+c.pick(gAlnum, 36)))
		}},
		{cat, "snowflake-login-request-password", func(c *gcase) {
			c.post("https://xy12345.eu-central-1.snowflakecomputing.com/session/v1/login-request?request_id="+c.decoy(c.uuid())+"&databaseName=ANALYTICS&"+c.decoy("warehouse=REPORTING_WH"), "application/json",
				`{"data":{"CLIENT_APP_ID":"Snowsight","CLIENT_APP_VERSION":"`+c.decoy("241119-1-8a0e1f2")+`","ACCOUNT_NAME":"XY12345","LOGIN_NAME":"svc_loader","PASSWORD":"`+c.secret("Snowflake login PASSWORD", c.w8Pw())+`","EXT_AUTHN_DUO_METHOD":"push","passcode":"`+c.secret("Snowflake MFA passcode", c.digits(8))+`"}}`).
				resp("application/json", `{"data":{"masterToken":"`+c.secret("Snowflake masterToken", "ver:1-hint:"+c.digits(10)+"-ETMsDgAAAY"+c.pick(gAlnum+"+/", 200)+"=")+`","token":"`+c.secret("Snowflake session token", "ver:1-hint:"+c.digits(10)+"-ETMsDgAAAY"+c.pick(gAlnum+"+/", 160)+"=")+`","validityInSeconds":3600,`+c.decoy(`"masterValidityInSeconds":14400`)+`,"sessionId":`+c.decoy("190827364519283")+`},"success":true}`)
		}},
		{cat, "tableau-signin-xml-attributes", func(c *gcase) {
			c.post("https://prod-uk-a.online.tableau.com/api/3.22/auth/signin", "application/xml",
				`<tsRequest><credentials personalAccessTokenName="`+c.decoy("ci-extract-refresh")+`" personalAccessTokenSecret="`+c.secret("Tableau personalAccessTokenSecret attribute", c.b64s(24)+":"+c.alnum(32))+`"><site contentUrl="acme"/></credentials></tsRequest>`).
				resp("application/xml", `<?xml version='1.0' encoding='UTF-8'?><tsResponse xmlns="http://tableau.com/api"><credentials token="`+c.secret("Tableau credentials token attribute", c.pick(gB64uAlpha, 22)+"|"+c.alnum(32)+"|"+c.uuid())+`" estimatedTimeToExpiration="`+c.decoy("365:22:11")+`"><site id="`+c.decoy(c.uuid())+`" contentUrl="acme"/><user id="`+c.uuid()+`"/></credentials></tsResponse>`)
		}},
		{cat, "openai-dashboard-sess-and-org-headers", func(c *gcase) {
			c.get("https://api.openai.com/dashboard/organizations/"+c.decoy("org-"+c.alnum(24))+"/api_keys").
				rh("Authorization", "Bearer "+c.secret("OpenAI dashboard session key (sess-)", "sess-"+c.alnum(40)), "OpenAI-Organization", c.decoy("org-"+c.alnum(24)), "OpenAI-Project", c.decoy("proj_"+c.alnum(24)))
		}},
		{cat, "roundcube-login-user-pass-token", func(c *gcase) {
			c.post("https://webmail.acme-mail.example/?_task=login", "application/x-www-form-urlencoded",
				"_token="+c.secret("Roundcube _token", c.alnum(32))+"&_task=login&_action=login&"+c.decoy("_timezone=Europe%2FBerlin")+"&_url=&_user=mkowalczyk&_pass="+url.QueryEscape(c.secret("Roundcube _pass", c.w8Pw()))).
				sh("Set-Cookie", "roundcube_sessauth="+c.secret("roundcube_sessauth cookie", c.alnum(30)+"-"+c.digits(10))+"; path=/; secure; HttpOnly")
		}},
	}
}

// 2. Pairs spelled as data.
func w8Pairs() []gdef {
	const cat = "2.pairs"
	return []gdef{
		{cat, "circleci-project-envvar-name-value", func(c *gcase) {
			c.post("https://circleci.com/api/v2/project/gh/acme/api/envvar", "application/json", `{"name":"AWS_SECRET_ACCESS_KEY","value":"`+c.secret("CircleCI envvar value for AWS_SECRET_ACCESS_KEY", c.w8AwsSecret())+`"}`).
				resp("application/json", `{"name":"AWS_SECRET_ACCESS_KEY","value":"xxxxAb3/",`+c.decoy(`"created_at":"2026-11-22T10:15:00.000Z"`)+`}`)
		}},
		{cat, "vercel-env-key-value-type", func(c *gcase) {
			c.post("https://api.vercel.com/v10/projects/"+c.decoy("prj_"+c.alnum(28))+"/env?upsert=true&"+c.decoy("teamId=team_"+c.alnum(24)), "application/json",
				`[{"key":"DATABASE_URL","value":"`+c.secret("Vercel env DATABASE_URL value (dsn with password)", "postgres://app:"+c.alnum(24)+"@ep-cool-dawn-123456.eu-central-1.aws.neon.tech/neondb?sslmode=require")+`","type":"encrypted","target":["production","preview"]},{"key":"`+c.decoy("NEXT_PUBLIC_SITE_URL")+`","value":"`+c.decoy("https://www.acme.example")+`","type":"plain","target":["production"]},{"key":"STRIPE_WEBHOOK_SIGNING","value":"`+c.secret("Vercel env STRIPE_WEBHOOK_SIGNING value", "whsec_"+c.alnum(32))+`","type":"sensitive","target":["production"]}]`).
				rh("Authorization", "Bearer "+c.secret("Vercel token", c.alnum(24)))
		}},
		{cat, "databricks-secrets-put-key-string-value", func(c *gcase) {
			c.post("https://adb-"+c.decoy("2718281828459042")+".5.azuredatabricks.net/api/2.0/secrets/put", "application/json",
				`{"scope":"`+c.decoy("prod-warehouse")+`","key":"snowflake-password","string_value":"`+c.secret("Databricks secrets/put string_value", c.w8Pw())+`"}`).
				rh("Authorization", "Bearer "+c.secret("Databricks PAT (dapi)", "dapi"+c.hexs(32)+"-2"), "X-Databricks-Org-Id", c.decoy("2718281828459042"))
		}},
		{cat, "infisical-raw-secrets-secretkey-secretvalue", func(c *gcase) {
			c.get("https://app.infisical.com/api/v3/secrets/raw?workspaceId="+c.decoy(c.uuid())+"&environment=prod&"+c.decoy("secretPath=%2Fbackend")).
				rh("Authorization", "Bearer "+c.secret("Infisical service token (st.)", "st."+c.uuid()+"."+c.hexs(32)+"."+c.hexs(32))).
				resp("application/json", `{"secrets":[{"_id":"`+c.decoy(c.hexs(24))+`","version":4,"secretKey":"STRIPE_SECRET_KEY","secretValue":"`+c.secret("Infisical secretValue for STRIPE_SECRET_KEY", "rk_live_"+c.alnum(99))+`","type":"shared"},{"_id":"`+c.hexs(24)+`","version":1,"secretKey":"`+c.decoy("LOG_LEVEL")+`","secretValue":"`+c.decoy("warning")+`","type":"shared"},{"secretKey":"SESSION_SIGNING","secretValue":"`+c.secret("Infisical secretValue for SESSION_SIGNING (unnamed machine)", c.hexs(64))+`","type":"shared"}]}`)
		}},
		{cat, "onepassword-connect-item-fields", func(c *gcase) {
			c.get("https://op-connect.acme.example/v1/vaults/"+c.decoy(c.pick(gLower+gDigits, 26))+"/items/"+c.pick(gLower+gDigits, 26)).
				rh("Authorization", "Bearer "+c.secret("1Password Connect token (JWT)", c.qJWT(`{"aud":["`+c.pick(gUpper+gDigits, 26)+`"],"iss":"com.1password.connect","sub":"`+c.pick(gUpper+gDigits, 26)+`","vaults":[{"id":"x","acl":["read"]}]}`))).
				resp("application/json", `{"id":"`+c.pick(gLower+gDigits, 26)+`","title":"prod-db","category":"LOGIN","fields":[{"id":"username","type":"STRING","purpose":"USERNAME","label":"username","value":"app_rw"},{"id":"password","type":"CONCEALED","purpose":"PASSWORD","label":"password","value":"`+c.secret("1Password CONCEALED PASSWORD field value", c.w8Pw())+`","entropy":96},{"id":"`+c.pick(gLower+gDigits, 26)+`","type":"CONCEALED","label":"replica dsn","value":"`+c.secret("1Password CONCEALED field under a non-secret label", c.alnum(32))+`"}]}`)
		}},
		{cat, "ecs-register-task-definition-environment", func(c *gcase) {
			c.post("https://ecs.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1",
				`{"family":"api","containerDefinitions":[{"name":"api","image":"`+c.decoy("123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:2026.11.22")+`","environment":[{"name":"DB_PASSWORD","value":"`+c.secret("ECS environment DB_PASSWORD value", c.w8Pw())+`"},{"name":"`+c.decoy("NODE_ENV")+`","value":"`+c.decoy("production")+`"},{"name":"SENTRY_DSN","value":"https://`+c.secret("Sentry DSN key in ECS environment", c.hexs(32))+`@o`+c.digits(6)+`.ingest.sentry.io/`+c.digits(7)+`"}]}]}`).
				rh("X-Amz-Target", c.decoy("AmazonEC2ContainerServiceV20141113.RegisterTaskDefinition"), "X-Amz-Security-Token", c.secret("X-Amz-Security-Token header", c.w8SessionToken()))
		}},
		{cat, "cloudformation-parameters-key-value", func(c *gcase) {
			c.post("https://cloudformation.us-east-1.amazonaws.com/", "application/x-www-form-urlencoded",
				"Action=CreateStack&"+c.decoy("Version=2010-05-15")+"&StackName=acme-rds&Parameters.member.1.ParameterKey=DBMasterUserPassword&Parameters.member.1.ParameterValue="+url.QueryEscape(c.secret("CloudFormation ParameterValue for DBMasterUserPassword", c.w8Pw()))+"&Parameters.member.2.ParameterKey=InstanceClass&"+c.decoy("Parameters.member.2.ParameterValue=db.r6g.large"))
		}},
		{cat, "ssm-get-parameter-securestring", func(c *gcase) {
			c.post("https://ssm.eu-central-1.amazonaws.com/", "application/x-amz-json-1.1", `{"Name":"/prod/payments/stripe-secret","WithDecryption":true}`).rh("X-Amz-Target", "AmazonSSM.GetParameter").
				resp("application/x-amz-json-1.1", `{"Parameter":{"ARN":"`+c.decoy("arn:aws:ssm:eu-central-1:123456789012:parameter/prod/payments/stripe-secret")+`","DataType":"text","LastModifiedDate":1.700000000123E9,"Name":"/prod/payments/stripe-secret","Type":"SecureString","Value":"`+c.secret("SSM SecureString Value", c.alnum(48))+`",`+c.decoy(`"Version":7`)+`}}`)
		}},
		{cat, "cognito-admin-user-attributes-name-value", func(c *gcase) {
			c.post("https://cognito-idp.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1",
				`{"UserPoolId":"`+c.decoy("eu-west-1_Ab12Cd34E")+`","Username":"`+c.uuid()+`","UserAttributes":[{"Name":"email","Value":"`+c.secret("Cognito UserAttributes email (personal)", "ngozi.adebayo@acme-ops.example")+`"},{"Name":"custom:partner_secret","Value":"`+c.secret("Cognito custom:partner_secret attribute", c.alnum(40))+`"},{"Name":"`+c.decoy("custom:tier")+`","Value":"`+c.decoy("enterprise")+`"}],"TemporaryPassword":"`+c.secret("Cognito TemporaryPassword", c.w8Pw())+`"}`).
				rh("X-Amz-Target", "AWSCognitoIdentityProviderService.AdminCreateUser")
		}},
		{cat, "azure-app-settings-array-and-function-keys", func(c *gcase) {
			c.req("PUT", "https://acme-api.scm.azurewebsites.net/api/settings", "application/json",
				`[{"name":"SQLAZURECONNSTR_Main","value":"Server=tcp:acme.database.windows.net,1433;Database=main;User ID=app;Password=`+c.secret("Password= in an app-setting connection string", c.w8Pw())+`;Encrypt=True;","slotSetting":false},{"name":"`+c.decoy("WEBSITE_RUN_FROM_PACKAGE")+`","value":"1","slotSetting":false}]`)
			c.post("https://management.azure.com/subscriptions/"+c.uuid()+"/resourceGroups/rg/providers/Microsoft.Web/sites/acme-fn/host/default/listkeys?api-version=2023-12-01", "application/json", "").
				resp("application/json", `{"masterKey":"`+c.secret("Azure Functions masterKey", c.pick(gAlnum+"-_", 54)+"==")+`","functionKeys":{"default":"`+c.secret("Azure Functions default function key", c.pick(gAlnum+"-_", 54)+"==")+`"},"systemKeys":{}}`)
		}},
		{cat, "gitlab-ci-variables-list", func(c *gcase) {
			c.get("https://gitlab.com/api/v4/projects/48213377/variables?"+c.decoy("per_page=100")).
				resp("application/json", `[{"variable_type":"env_var","key":"DEPLOY_KEY_B64","value":"`+c.secret("GitLab CI variable value DEPLOY_KEY_B64", c.b64s(96))+`","protected":true,"masked":true,"raw":false,"environment_scope":"*"},{"variable_type":"env_var","key":"`+c.decoy("HELM_CHART_VERSION")+`","value":"`+c.decoy("3.14.2")+`","protected":false,"masked":false,"raw":true,"environment_scope":"production"}]`)
		}},
		{cat, "netlify-env-values-context-array", func(c *gcase) {
			c.post("https://api.netlify.com/api/v1/accounts/acme/env?site_id="+c.decoy(c.uuid()), "application/json",
				`[{"key":"SUPABASE_SERVICE_ROLE","scopes":["builds","functions"],"values":[{"value":"`+c.secret("Netlify env values[].value (service role JWT)", c.qJWT(`{"iss":"supabase","ref":"abcdefghijklmnopqrst","role":"service_role","iat":1700000000,"exp":2015000000}`))+`","context":"production"},{"value":"`+c.secret("Netlify env values[].value for deploy-preview", c.alnum(40))+`","context":"deploy-preview"}]}]`).
				rh("Authorization", "Bearer "+c.secret("Netlify PAT (nfp_)", "nfp_"+c.alnum(36)+c.hexs(4)))
		}},
		{cat, "bigquery-console-rows-f-v-with-schema", func(c *gcase) {
			c.post("https://bigquery.clients6.google.com/bigquery/v2/projects/acme-analytics/queries?"+c.decoy("prettyPrint=false"), "application/json", `{"query":"SELECT email, api_key FROM crm.partners LIMIT 1","useLegacySql":false}`).
				resp("application/json", `{"kind":"bigquery#queryResponse","schema":{"fields":[{"name":"email","type":"STRING","mode":"NULLABLE"},{"name":"api_key","type":"STRING","mode":"NULLABLE"}]},"jobReference":{"projectId":"acme-analytics","jobId":"`+c.decoy("job_"+c.pick(gAlnum+"_-", 28))+`","location":"EU"},"totalRows":"1","rows":[{"f":[{"v":"`+c.secret("BigQuery row email (personal, column named in schema)", "lucia.ferreira@partner-co.example")+`"},{"v":"`+c.secret("BigQuery row api_key (column named in schema)", c.alnum(40))+`"}]}],`+c.decoy(`"cacheHit":false`)+`}`)
		}},
	}
}

// 3. Unnamed machine credentials by shape.
func w8Unnamed() []gdef {
	const cat = "3.unnamed"
	return []gdef{
		{cat, "vercel-and-netlify-deploy-hook-paths", func(c *gcase) {
			c.post("https://api.vercel.com/v1/integrations/deploy/"+c.decoy("prj_"+c.alnum(28))+"/"+c.secret("Vercel deploy hook id path segment", c.alnum(10)), "", "").resp("application/json", `{"job":{"id":"`+c.decoy(c.alnum(20))+`","state":"PENDING","createdAt":1700000000123}}`)
			c.post("https://api.netlify.com/build_hooks/"+c.secret("Netlify build hook id path segment", c.hexs(24))+"?"+c.decoy("trigger_branch=main")+"&trigger_title=cms+publish", "application/json", "{}")
		}},
		{cat, "buildkite-webhook-and-gitlab-trigger-paths", func(c *gcase) {
			c.post("https://webhook.buildkite.com/deliver/"+c.secret("Buildkite webhook path token", c.hexs(50)), "application/json", `{"ref":"refs/heads/main","after":"`+c.decoy(c.hexs(40))+`"}`).rh("X-GitHub-Event", c.decoy("push"), "X-GitHub-Delivery", c.decoy(c.uuid()))
		}},
		{cat, "metabase-signed-embed-jwt-in-path", func(c *gcase) {
			jwt := c.secret("Metabase signed embed JWT path segment", c.qJWT(`{"resource":{"dashboard":12},"params":{"tenant_id":[42]},"exp":1700000600}`))
			c.get("https://bi.acme.example/embed/dashboard/" + jwt + "#" + c.decoy("bordered=true&titled=false"))
			c.get("https://bi.acme.example/api/embed/dashboard/"+jwt+"/dashcard/"+c.decoy("118")+"/card/97?tenant_id=42").resp("application/json", `{"data":{"rows":[[1,"ok"]]},"row_count":1}`)
		}},
		{cat, "bitwarden-send-and-proton-share-fragments", func(c *gcase) {
			c.get("https://vault.bitwarden.com/#/send/" + c.decoy(c.pick(gB64uAlpha, 22)) + "/" + c.secret("Bitwarden Send key in fragment path", c.b64u(16)))
			c.get("https://drive.proton.me/urls/" + c.decoy(strings.ToUpper(c.pick(gUpper+gDigits, 10))) + "#" + c.secret("Proton Drive share password in fragment", c.alnum(12)))
			c.get("https://share.1password.com/s#" + c.secret("1Password share link fragment", c.b64u(96)))
		}},
		{cat, "cloudflare-tunnel-token-under-result", func(c *gcase) {
			tun := gB64(`{"a":"` + c.hexs(32) + `","t":"` + c.uuid() + `","s":"` + c.secret("tunnel secret inside base64 JSON under result", c.b64s(32)) + `"}`)
			c.get("https://api.cloudflare.com/client/v4/accounts/"+c.decoy(c.hexs(32))+"/cfd_tunnel/"+c.decoy(c.uuid())+"/token").
				resp("application/json", `{"success":true,"errors":[],"messages":[],"result":"`+tun+`"}`)
		}},
		{cat, "azure-storage-listkeys-value", func(c *gcase) {
			c.post("https://management.azure.com/subscriptions/"+c.decoy(c.uuid())+"/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/acmelake/listKeys?api-version=2023-05-01&$expand=kerb", "application/json", "").
				resp("application/json", `{"keys":[{"creationTime":"`+c.decoy("2026-03-01T09:12:44.1234567Z")+`","keyName":"key1","value":"`+c.secret("storage account key1 value (88 base64)", c.b64s(64))+`","permissions":"FULL"},{"creationTime":"2026-03-01T09:12:44.1234567Z","keyName":"kerb1","value":"`+c.secret("storage account kerb1 value", strings.ToUpper(c.pick(gUpper+gDigits, 52)))+`","permissions":"FULL"}]}`)
		}},
		{cat, "gmail-batchexecute-positional-token", func(c *gcase) {
			inner := `[null,[` + c.decoy("1700000000123") + `,"` + c.secret("positional OAuth token in batchexecute payload", "ya29.a0"+c.pick(gB64uAlpha, 160)) + `",3599]]`
			c.post("https://mail.google.com/_/scs/mail-static/_/js/batchexecute?rpcids="+c.decoy("Xb1Oaf")+"&source-path=%2Fmail%2Fu%2F0%2F&"+c.decoy("bl=boq_gmail-frontend_20261118.06_p0")+"&hl=en&rt=c", "application/x-www-form-urlencoded;charset=UTF-8",
				"f.req="+url.QueryEscape(`[[["Xb1Oaf","[]",null,"generic"]]]`)+"&at="+url.QueryEscape(c.secret("batchexecute at= XSRF token", "AJpMio"+c.pick(gB64uAlpha, 28)+":1700000000123"))+"&").
				resp("application/json", ")]}'\n\n"+c.decoy("184")+"\n"+gJS([]any{[]any{"wrb.fr", "Xb1Oaf", inner, nil, nil, nil, "generic"}})+"\n")
		}},
		{cat, "decoys-only-cloud-request-ids", func(c *gcase) {
			c.get("https://acme-assets.s3.eu-west-1.amazonaws.com/static/app."+c.decoy(c.hexs(8))+".js").rh("If-None-Match", c.decoy(`"`+c.hexs(32)+`"`)).
				sh("x-amz-request-id", c.decoy(strings.ToUpper(c.hexs(16))), "x-amz-id-2", c.decoy(c.b64s(57)), "ETag", c.decoy(`"`+c.hexs(32)+`-12"`), "x-amz-version-id", c.decoy(c.pick(gAlnum+"._", 32)), "x-amz-cf-id", c.decoy(c.pick(gB64uAlpha, 54)+"=="))
			c.get("https://api.github.com/repos/acme/api/commits/main").sh("X-GitHub-Request-Id", c.decoy("C0DE:3A7F:"+strings.ToUpper(c.hexs(7))+":"+strings.ToUpper(c.hexs(7))+":6560A1B2"), "ETag", c.decoy(`W/"`+c.hexs(64)+`"`), "CF-Ray", c.decoy(c.hexs(16)+"-FRA"))
			c.get("https://console.cloud.google.com/m/operations?"+c.decoy("pid=acme-prod-4821")).rh("X-Cloud-Trace-Context", c.decoy(c.hexs(32)+"/"+c.digits(19)+";o=1"), "traceparent", c.decoy("00-"+c.hexs(32)+"-"+c.hexs(16)+"-01")).
				sh("x-goog-hash", c.decoy("crc32c="+c.b64s(4)+",md5="+c.b64s(16)), "x-ms-request-id", c.decoy(c.uuid()))
		}},
		{cat, "decoys-registry-digests-and-integrity", func(c *gcase) {
			c.get("https://registry.npmjs.org/@acme%2fui-kit/-/ui-kit-4.2.1.tgz").sh("ETag", c.decoy(`"`+c.hexs(32)+`"`))
			c.get("https://registry.npmjs.org/@acme%2fui-kit").resp("application/json", `{"name":"@acme/ui-kit","versions":{"4.2.1":{"dist":{"integrity":"`+c.decoy("sha512-"+c.b64s(64))+`","shasum":"`+c.decoy(c.hexs(40))+`","tarball":"https://registry.npmjs.org/@acme/ui-kit/-/ui-kit-4.2.1.tgz","signatures":[{"keyid":"`+c.decoy("SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA")+`","sig":"`+c.decoy("MEUCIQ"+c.pick(gAlnum+"+/", 88)+"==")+`"}]},"gitHead":"`+c.decoy(c.hexs(40))+`"}}}`)
			c.get("https://ghcr.io/v2/acme/api/manifests/2026.11.22").rh("Accept", "application/vnd.oci.image.index.v1+json").sh("Docker-Content-Digest", c.decoy("sha256:"+c.hexs(64)))
		}},
		{cat, "github-actions-public-key-decoy-and-runner-token", func(c *gcase) {
			c.get("https://api.github.com/repos/acme/api/actions/secrets/public-key").resp("application/json", `{"key_id":"`+c.decoy("3380204578043523362")+`","key":"`+c.decoy(c.b64s(32))+`"}`)
			c.post("https://api.github.com/repos/acme/api/actions/runners/registration-token", "application/json", "").
				resp("application/json", `{"token":"`+c.secret("Actions runner registration token (29 upper)", strings.ToUpper(c.pick(gUpper+gDigits, 29)))+`","expires_at":"`+c.decoy("2026-11-22T11:15:00.000+00:00")+`"}`)
		}},
		{cat, "replicate-and-hf-signed-download-urls", func(c *gcase) {
			c.get("https://cdn-lfs-us-1.hf.co/repos/"+c.decoy(c.hexs(2)+"/"+c.hexs(2)+"/"+c.hexs(64))+"/"+c.hexs(64)+"?response-content-disposition=attachment%3B+filename%3Dmodel.safetensors&Expires=1700003600&Policy="+gB64u(`{"Statement":[{"Condition":{"DateLessThan":{"AWS:EpochTime":1700003600}},"Resource":"https://cdn-lfs-us-1.hf.co/repos/`+c.hexs(24)+`"}]}`)+"&Signature="+c.secret("CloudFront Signature", c.pick(gB64uAlpha+"~", 340))+"&"+c.decoy("Key-Pair-Id=K24J24Z295AEI9")).
				rh("Authorization", "Bearer "+c.secret("Hugging Face token (hf_)", "hf_"+c.pick(gAlnum, 34)))
		}},
	}
}

// 4. Carriers and stacked encodings.
func w8Carriers() []gdef {
	const cat = "4.carriers"
	return []gdef{
		{cat, "sts-assume-role-with-web-identity-xml", func(c *gcase) {
			c.post("https://sts.amazonaws.com/", "application/x-www-form-urlencoded", "Action=AssumeRoleWithWebIdentity&"+c.decoy("Version=2011-06-15")+"&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fgh-deploy&RoleSessionName=gha&WebIdentityToken="+c.secret("WebIdentityToken (GitHub OIDC JWT)", c.w8RS(`{"iss":"https://token.actions.githubusercontent.com","sub":"repo:acme/api:ref:refs/heads/main","aud":"sts.amazonaws.com","exp":1700000300}`))).
				resp("text/xml", `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult><Audience>sts.amazonaws.com</Audience><AssumedRoleUser><AssumedRoleId>`+c.decoy("AROA"+c.pick(gUpper+gDigits, 17)+":gha")+`</AssumedRoleId><Arn>arn:aws:sts::123456789012:assumed-role/gh-deploy/gha</Arn></AssumedRoleUser><Credentials><AccessKeyId>`+c.secret("STS XML AccessKeyId", c.w8AKID("ASIA"))+`</AccessKeyId><SecretAccessKey>`+c.secret("STS XML SecretAccessKey", c.w8AwsSecret())+`</SecretAccessKey><SessionToken>`+c.secret("STS XML SessionToken", c.w8SessionToken())+`</SessionToken><Expiration>`+c.decoy("2026-11-22T11:15:00Z")+`</Expiration></Credentials></AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>`+c.decoy(c.uuid())+`</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`)
		}},
		{cat, "azure-publish-profile-xml-attributes", func(c *gcase) {
			pw := c.secret("publish profile userPWD attribute", c.alnum(60))
			c.post("https://management.azure.com/subscriptions/"+c.uuid()+"/resourceGroups/rg-web/providers/Microsoft.Web/sites/acme-web/publishxml?api-version=2023-12-01", "application/json", `{"format":"WebDeploy"}`).
				resp("application/xml", `<publishData><publishProfile profileName="acme-web - Web Deploy" publishMethod="MSDeploy" publishUrl="`+c.decoy("acme-web.scm.azurewebsites.net:443")+`" msdeploySite="acme-web" userName="$acme-web" userPWD="`+pw+`" destinationAppUrl="https://acme-web.azurewebsites.net" SQLServerDBConnectionString="" mySQLDBConnectionString="" hostingProviderForumLink="" controlPanelLink="https://portal.azure.com" webSystem="WebSites"><databases /></publishProfile><publishProfile profileName="acme-web - FTP" publishMethod="FTP" publishUrl="ftps://waws-prod-am2-123.ftp.azurewebsites.windows.net/site/wwwroot" ftpPassiveMode="True" userName="acme-web\$acme-web" userPWD="`+pw+`" destinationAppUrl="https://acme-web.azurewebsites.net"/></publishData>`)
		}},
		{cat, "github-html-hidden-inputs-and-embedded-json", func(c *gcase) {
			emb := `{"payload":{"csrf_tokens":{"/acme/api/settings/keys":{"post":"` + c.secret("csrf token inside embeddedData script JSON", c.b64u(64)) + `"}},"repo":{"id":` + c.decoy("712345678") + `,"defaultBranch":"main"}}}`
			c.get("https://github.com/acme/api/settings/keys/new").resp("text/html; charset=utf-8",
				`<form action="/acme/api/settings/keys" method="post"><input type="hidden" name="authenticity_token" value="`+c.secret("hidden input authenticity_token", c.b64u(64))+`" autocomplete="off"><input type="text" name="public_key[title]" value="`+c.decoy("deploy-ci")+`"></form><script type="application/json" data-target="react-app.embeddedData">`+emb+`</script>`)
		}},
		{cat, "appsync-realtime-header-base64-query", func(c *gcase) {
			hdr := gB64(`{"host":"abc123xyz.appsync-api.eu-west-1.amazonaws.com","x-api-key":"` + c.secret("AppSync x-api-key inside base64 header= query", "da2-"+c.pick(gLower+gDigits, 26)) + `"}`)
			c.get("wss://abc123xyz.appsync-realtime-api.eu-west-1.amazonaws.com/graphql?header="+url.QueryEscape(hdr)+"&payload=e30%3D").rh("Sec-WebSocket-Protocol", c.decoy("graphql-ws")).code(101).
				wsMsg("send", 1, `{"type":"connection_init"}`).
				wsMsg("send", 1, `{"id":"`+c.decoy(c.uuid())+`","type":"start","payload":{"data":"{\"query\":\"subscription { onOrder { id } }\"}","extensions":{"authorization":{"Authorization":"`+c.secret("AppSync start extensions.authorization.Authorization (Cognito JWT)", c.w8RS(`{"sub":"`+c.uuid()+`","token_use":"id","exp":1800000000}`))+`","host":"abc123xyz.appsync-api.eu-west-1.amazonaws.com"}}}}`)
		}},
		{cat, "gke-console-exec-websocket-protocol-bearer", func(c *gcase) {
			c.get("wss://container.googleapis.com/v1/projects/acme-prod/locations/europe-west1/clusters/main/k8s/api/v1/namespaces/web/pods/api-7d9f/exec?command=sh&stdin=true&stdout=true&tty=true").
				rh("Sec-WebSocket-Protocol", "base64url.bearer.authorization.k8s.io."+gB64u(c.secret("bearer inside Sec-WebSocket-Protocol base64url", "ya29.c."+c.pick(gB64uAlpha, 180)))+", "+c.decoy("v4.channel.k8s.io")).code(101).
				wsMsg("send", 2, gB64("\x00export PGPASSWORD='"+c.secret("PGPASSWORD typed into exec terminal (binary frame)", c.w8Pw())+"'\r")).
				wsMsg("receive", 2, gB64("\x01root@api-7d9f:/app# "))
		}},
		{cat, "secrets-manager-secretstring-json-in-json", func(c *gcase) {
			ss := gJS(map[string]any{"username": "admin", "password": c.secret("password inside SecretString JSON string", c.w8Pw()), "engine": "postgres", "host": "prod.cluster-c8a1.eu-west-1.rds.amazonaws.com", "port": 5432})
			c.post("https://secretsmanager.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1", `{"SecretId":"prod/rds/master"}`).rh("X-Amz-Target", "secretsmanager.GetSecretValue").
				resp("application/x-amz-json-1.1", `{"ARN":"`+c.decoy("arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/rds/master-Ab12Cd")+`","CreatedDate":1.700000000E9,"Name":"prod/rds/master","SecretString":`+gJS(ss)+`,"VersionId":"`+c.decoy(c.uuid())+`","VersionStages":["AWSCURRENT"]}`)
			c.post("https://secretsmanager.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1", `{"SecretId":"prod/signing/p12"}`).rh("X-Amz-Target", "secretsmanager.GetSecretValue").
				resp("application/x-amz-json-1.1", `{"Name":"prod/signing/p12","SecretBinary":"`+gB64("apiSecret="+c.secret("apiSecret inside SecretBinary base64", c.alnum(40)))+`","VersionStages":["AWSCURRENT"]}`)
		}},
		{cat, "k8s-dockerconfigjson-base64-json-base64", func(c *gcase) {
			pw := c.secret("registry password inside auth inside .dockerconfigjson inside base64", c.alnum(40))
			dcj := `{"auths":{"acmecr.azurecr.io":{"username":"acmecr","password":"` + pw + `","auth":"` + gB64("acmecr:"+pw) + `"}}}`
			c.get("https://portal.azure.com/api/aks/proxy/api/v1/namespaces/web/secrets/acr-pull").resp("application/json",
				`{"kind":"Secret","apiVersion":"v1","metadata":{"name":"acr-pull","namespace":"web","uid":"`+c.decoy(c.uuid())+`","resourceVersion":"`+c.decoy("4821337")+`"},"data":{".dockerconfigjson":"`+gB64(dcj)+`"},"type":"kubernetes.io/dockerconfigjson"}`)
		}},
		{cat, "anthropic-sse-stream-echoing-a-key", func(c *gcase) {
			body := "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"" + c.decoy("msg_01"+c.alnum(22)) + "\",\"model\":\"claude-sonnet-4-5\"}}\n\n" +
				"event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Set it like this: export STRIPE_API_KEY=" + c.secret("key echoed in an SSE text_delta", "sk_live_"+c.alnum(99)) + "\"}}\n\n" +
				"event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"
			c.post("https://api.anthropic.com/v1/messages", "application/json", `{"model":"claude-sonnet-4-5","max_tokens":1024,"stream":true,"messages":[{"role":"user","content":"format my env"}]}`).
				rh("x-api-key", c.secret("Anthropic x-api-key", "sk-ant-api03-"+c.pick(gB64uAlpha, 93)+"AA"), "anthropic-version", c.decoy("2023-06-01"), "anthropic-dangerous-direct-browser-access", "true").
				resp("text/event-stream; charset=utf-8", body)
		}},
		{cat, "vercel-build-events-ndjson", func(c *gcase) {
			body := `{"type":"stdout","created":1700000000100,"payload":{"deploymentId":"` + c.decoy("dpl_"+c.alnum(28)) + `","text":"Running \"vercel build\""}}` + "\n" +
				`{"type":"stdout","created":1700000000200,"payload":{"text":"npm config set //registry.npmjs.org/:_authToken=` + c.secret("npm _authToken in NDJSON build log text", "npm_"+c.pick(gAlnum, 36)) + `"}}` + "\n" +
				`{"type":"stdout","created":1700000000300,"payload":{"text":"` + c.decoy("Build Completed in /vercel/output [38s]") + `"}}` + "\n"
			c.get("https://vercel.com/api/v3/deployments/dpl_x/events?builds=1&direction=forward&follow=1").resp("application/x-ndjson", body)
		}},
		{cat, "roundcube-compose-attachment-base64-part", func(c *gcase) {
			b := c.w8Bnd()
			att := "[default]\naws_access_key_id = " + c.secret("aws_access_key_id in a base64 attachment part", c.w8AKID("AKIA")) + "\naws_secret_access_key = " + c.secret("aws_secret_access_key in a base64 attachment part", c.w8AwsSecret()) + "\nregion = eu-west-1\n"
			body := w8Part(b, "_token", "", "", c.alnum(32)) + "--" + b + "\r\nContent-Disposition: form-data; name=\"_attachments[]\"; filename=\"credentials\"\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n" + gB64(att) + "\r\n--" + b + "--\r\n"
			c.post("https://webmail.acme-mail.example/?_task=mail&_action=upload&_id="+c.decoy(c.hexs(14))+"&_uploadid=upload"+c.digits(13), "multipart/form-data; boundary="+b, body)
		}},
		{cat, "azure-portal-state-double-percent-encoded-code", func(c *gcase) {
			inner := "https://portal.azure.com/signin/index/?feature.refreshtokenbinding=true&code=" + c.secret("auth code double percent-encoded inside state", "0.A"+c.pick(gB64uAlpha, 300)) + "&session_state=" + c.uuid()
			c.get("https://portal.azure.com/?l=en.en-us#blade/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade&state=" + url.QueryEscape(url.QueryEscape(inner)))
		}},
		{cat, "aws-console-saml-post-and-redirect-deflate", func(c *gcase) {
			assertion := `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_` + c.hexs(32) + `"><saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">` + c.secret("SAML NameID e-mail (personal)", "tobias.lindqvist@acme-ops.example") + `</saml:NameID></saml:Subject><saml:AttributeStatement><saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/Role"><saml:AttributeValue>arn:aws:iam::123456789012:role/Admin,arn:aws:iam::123456789012:saml-provider/Okta</saml:AttributeValue></saml:Attribute></saml:AttributeStatement></saml:Assertion><ds:SignatureValue xmlns:ds="http://www.w3.org/2000/09/xmldsig#">` + c.secret("SAML SignatureValue", c.b64s(256)) + `</ds:SignatureValue></samlp:Response>`
			c.post("https://signin.aws.amazon.com/saml", "application/x-www-form-urlencoded", "SAMLResponse="+url.QueryEscape(gB64(assertion))+"&"+c.decoy("RelayState=https%3A%2F%2Fconsole.aws.amazon.com%2Fec2"))
			req := `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_` + c.hexs(32) + `" Version="2.0"><samlp:Extensions><login_hint>` + c.secret("login_hint e-mail inside deflated SAMLRequest", "tobias.l@acme-ops.example") + `</login_hint></samlp:Extensions></samlp:AuthnRequest>`
			c.get("https://acme.okta.com/app/amazon_aws/" + c.decoy("exk1a2b3c4d5e6f7g8h9") + "/sso/saml?SAMLRequest=" + url.QueryEscape(gDeflateB64(req)) + "&" + c.decoy("RelayState=ec2"))
		}},
	}
}

// 5. Exporter quirks.
func w8Exporters() []gdef {
	const cat = "5.exporters"
	return []gdef{
		{cat, "fiddler-docker-hub-login-json-as-param-name", func(c *gcase) {
			c.creator = [2]string{"Fiddler", "5.0.20244"}
			body := `{"username":"acmebuild","password":"` + c.secret("Docker Hub password in params[0].name (Fiddler)", c.w8Pw()) + `"}`
			e := c.post("https://hub.docker.com/v2/users/login", "application/x-www-form-urlencoded", body)
			e.post.params = []any{map[string]any{"name": body, "value": ""}}
			e.resp("application/json", `{"token":"`+c.secret("Docker Hub login JWT", c.w8RS(`{"https://hub.docker.com":{"username":"acmebuild","session_id":"`+c.uuid()+`"},"exp":1700002592}`))+`",`+c.decoy(`"refresh_token":""`)+`}`)
		}},
		{cat, "charles-npm-adduser-put-with-form-params", func(c *gcase) {
			c.creator = [2]string{"Charles Proxy", "5.0"}
			body := `{"_id":"org.couchdb.user:acme-bot","name":"acme-bot","password":"` + c.secret("npm adduser password (Charles params)", c.w8Pw()) + `","type":"user","roles":[],"date":"2026-11-22T10:15:00.000Z"}`
			e := c.req("PUT", "https://registry.npmjs.org/-/user/org.couchdb.user:acme-bot", "application/json", body)
			e.post.params = []any{map[string]any{"name": body}}
			e.resp("application/json", `{"ok":true,"id":"org.couchdb.user:acme-bot","rev":"`+c.decoy("_we_dont_use_revs_any_more")+`","token":"`+c.secret("npm adduser response token", "npm_"+c.pick(gAlnum, 36))+`"}`)
		}},
		{cat, "empty-mime-json-login-to-looker", func(c *gcase) {
			c.post("https://acme.cloud.looker.com/api/4.0/login", "", "client_id="+c.decoy(c.pick(gAlnum, 20))+"&client_secret="+c.secret("Looker client_secret in form body with empty mimeType", c.alnum(24))).
				resp("", `{"access_token":"`+c.secret("Looker access_token in JSON response with empty mimeType", c.alnum(40))+`","token_type":"Bearer",`+c.decoy(`"expires_in":3600`)+`,"refresh_token":null}`)
		}},
		{cat, "text-plain-json-sentry-style-beacon", func(c *gcase) {
			c.post("https://o123456.ingest.sentry.io/api/4506781234567890/envelope/?sentry_key="+c.decoy(c.hexs(32))+"&"+c.decoy("sentry_version=7"), "text/plain;charset=UTF-8",
				`{"event_id":"`+c.decoy(c.hexs(32))+`","sent_at":"2026-11-22T10:15:00.000Z"}`+"\n"+`{"type":"event"}`+"\n"+`{"request":{"url":"https://console.acme.example/settings","headers":{"Authorization":"Bearer `+c.secret("Authorization inside a Sentry envelope (text/plain NDJSON)", c.qJWT(`{"sub":"u_81","exp":1800000000}`))+`"}},"breadcrumbs":[{"category":"fetch","data":{"url":"/api/keys?secret=`+c.secret("secret= in breadcrumb url", c.alnum(32))+`"}}]}`)
		}},
		{cat, "joined-set-cookie-github-session", func(c *gcase) {
			c.creator = [2]string{"Firefox", "134.0"}
			c.get("https://github.com/sessions/two-factor").sh("Set-Cookie",
				"user_session="+c.secret("user_session in joined Set-Cookie", c.pick(gB64uAlpha, 48))+"; path=/; expires=Sun, 06 Dec 2026 10:15:00 GMT; secure; HttpOnly; SameSite=Lax\n"+
					"__Host-user_session_same_site="+c.secret("__Host-user_session_same_site in joined Set-Cookie", c.pick(gB64uAlpha, 48))+"; path=/; expires=Sun, 06 Dec 2026 10:15:00 GMT; secure; HttpOnly; SameSite=Strict\n"+
					"logged_in=yes; domain=github.com; path=/; expires=Mon, 22 Nov 2027 10:15:00 GMT; secure; HttpOnly; SameSite=Lax\n"+
					"_gh_sess="+c.secret("_gh_sess in joined Set-Cookie", c.pick(gAlnum+"%", 300))+"; path=/; secure; HttpOnly; SameSite=Lax")
		}},
		{cat, "comma-joined-set-cookie-with-expires-aws", func(c *gcase) {
			e := c.get("https://eu-west-1.console.aws.amazon.com/console/home").sh("Set-Cookie",
				"aws-creds="+c.secret("aws-creds cookie in comma-joined Set-Cookie", c.pick(gB64uAlpha, 120))+"; Expires=Sun, 22 Nov 2026 22:15:00 GMT; Path=/; Secure; HttpOnly, aws-userInfo-signature="+c.secret("aws-userInfo-signature cookie after a comma in Expires", c.b64s(32))+"; Expires=Sun, 22 Nov 2026 22:15:00 GMT; Path=/; Secure, aws-consoleInfo=eu-west-1; Path=/")
			e.respCookies = []any{}
		}},
		{cat, "cookie-without-equals-and-bare-token-header", func(c *gcase) {
			c.get("https://app.netlify.com/access-control/bb-api/api/v1/sites").rh("Cookie", c.secret("bare cookie value without name", c.pick(gB64uAlpha, 43))+"; _ga=GA1.1.1234567890.1700000000", "token", c.secret("header named plain token", c.alnum(43)))
		}},
		{cat, "wrong-mime-octet-stream-pypi-json-and-base64", func(c *gcase) {
			e := c.get("https://pypi.org/manage/account/token/").resp("application/octet-stream", gB64(`{"token_id":"`+c.uuid()+`","macaroon":"`+c.secret("PyPI token in base64 body with octet-stream mime", "pypi-AgEIcHlwaS5vcmc"+c.pick(gB64uAlpha, 160))+`","caveats":[{"permissions":"user","version":1}]}`))
			e.respEncoding = "base64"
		}},
		{cat, "insomnia-style-export-comment-and-page-title", func(c *gcase) {
			c.creator = [2]string{"Insomnia", "10.2.0"}
			c.extraLog = map[string]any{"comment": "exported from workspace ACME Cloud, env DO_TOKEN=" + c.secret("DigitalOcean token in log.comment", "dop_v1_"+c.hexs(64))}
			e := c.get("https://api.digitalocean.com/v2/account").rh("Authorization", "Bearer "+c.secret("DigitalOcean OAuth token (doo_v1_)", "doo_v1_"+c.hexs(64)))
			e.set("comment", c.decoy("replayed"))
		}},
	}
}

// 6. One secret redacted everywhere.
func w8Everywhere() []gdef {
	const cat = "6.everywhere"
	return []gdef{
		{cat, "metabase-session-uuid-header-cookie-and-earlier-log", func(c *gcase) {
			sid := c.secret("Metabase session id (a UUID) echoed everywhere", c.uuid())
			c.post("https://bi.acme.example/api/util/logs", "application/json", `{"msg":"restored","s":"`+sid+`",`+c.decoy(`"level":"info"`)+`}`)
			c.post("https://bi.acme.example/api/session", "application/json", `{"username":"analyst@acme-ops.example","password":"`+c.secret("Metabase login password", c.w8Pw())+`","remember":true}`).
				resp("application/json", `{"id":"`+sid+`"}`).sh("Set-Cookie", "metabase.SESSION="+sid+"; HttpOnly; Path=/; SameSite=Lax")
			c.get("https://bi.acme.example/api/user/current").rh("X-Metabase-Session", sid, "X-Metabase-Client", c.decoy("embedding-sdk-react"))
		}},
		{cat, "snowflake-token-reused-in-authorization", func(c *gcase) {
			tok := c.secret("Snowflake session token reused in Authorization", "ver:1-hint:"+c.digits(10)+"-ETMsDgAAAY"+c.pick(gAlnum+"+/", 150)+"=")
			c.post("https://xy12345.snowflakecomputing.com/session/token-request?requestId="+c.uuid(), "application/json", `{"oldSessionToken":"`+tok+`","requestType":"RENEW"}`)
			c.post("https://xy12345.snowflakecomputing.com/queries/v1/query-request?requestId="+c.decoy(c.uuid()), "application/json", `{"sqlText":"select current_version()","asyncExec":false}`).
				rh("Authorization", `Snowflake Token="`+tok+`"`)
		}},
		{cat, "gitlab-session-cookie-in-earlier-json-and-base64", func(c *gcase) {
			gs := c.secret("_gitlab_session echoed earlier and base64", c.hexs(32))
			c.post("https://gitlab.com/-/collect_events", "application/json", `{"data":[{"e":"pageview","ctx":"`+gB64(`{"sid":"`+gs+`"}`)+`"}]}`)
			c.get("https://gitlab.com/dashboard/projects").rh("Cookie", "_gitlab_session="+gs+"; preferred_language=en; event_filter=all")
			c.post("https://snowplow.trx.gitlab.net/com.snowplowanalytics.snowplow/tp2", "application/json", `{"data":[{"e":"se","se_ca":"projects","cx":"`+gB64u(`{"x":"`+gs+`"}`)+`"}]}`)
		}},
		{cat, "looker-token-in-query-and-header", func(c *gcase) {
			at := c.secret("Looker access_token reused in query and header", c.alnum(40))
			c.post("https://acme.cloud.looker.com/api/4.0/login", "application/x-www-form-urlencoded", "client_id="+c.alnum(20)+"&client_secret="+c.secret("Looker client_secret", c.alnum(24))).resp("application/json", `{"access_token":"`+at+`","token_type":"Bearer","expires_in":3600}`)
			c.get("https://acme.cloud.looker.com/api/4.0/dashboards/"+c.decoy("42")).rh("Authorization", "token "+at)
			c.get("https://acme.cloud.looker.com/api/4.0/render_tasks/" + c.decoy(c.hexs(32)) + "/results?access_token=" + at)
		}},
		{cat, "proton-accesstoken-in-auth-cookie-and-header", func(c *gcase) {
			uid := c.pick(gLower+gDigits, 32)
			at := c.secret("Proton AccessToken reused in AUTH- cookie and Authorization", c.pick(gLower+gDigits, 32))
			c.post("https://account.proton.me/api/core/v4/auth", "application/json", `{"Username":"signal-ops","ClientEphemeral":"`+c.secret("Proton SRP ClientEphemeral", c.b64s(256))+`","ClientProof":"`+c.secret("Proton SRP ClientProof", c.b64s(256))+`","SRPSession":"`+c.hexs(32)+`"}`).
				resp("application/json", `{"Code":1000,"AccessToken":"`+at+`","RefreshToken":"`+c.secret("Proton RefreshToken", c.pick(gLower+gDigits, 32))+`","TokenType":"Bearer","UID":"`+uid+`","ServerProof":"`+c.b64s(256)+`",`+c.decoy(`"PasswordMode":1`)+`}`)
			c.get("https://mail.proton.me/api/core/v4/users").rh("x-pm-uid", uid, "Authorization", "Bearer "+at, "Cookie", "AUTH-"+uid+"="+at, "x-pm-appversion", c.decoy("web-mail@5.0.52.4"))
		}},
		{cat, "docker-registry-token-exchange-then-bearer", func(c *gcase) {
			tok := c.secret("OCI /v2/token bearer reused for blob pulls", c.w8RS(`{"iss":"auth.docker.io","sub":"acmebuild","aud":"registry.docker.io","exp":1700000300,"access":[{"type":"repository","name":"acme/api","actions":["pull"]}]}`))
			c.get("https://auth.docker.io/token?account=acmebuild&"+c.decoy("scope=repository%3Aacme%2Fapi%3Apull")+"&service=registry.docker.io").rh("Authorization", "Basic "+gB64("acmebuild:"+c.secret("Docker Hub PAT in Basic", "dckr_pat_"+c.pick(gB64uAlpha, 27)))).
				resp("application/json", `{"token":"`+tok+`","access_token":"`+tok+`","expires_in":300,"issued_at":"`+c.decoy("2026-11-22T10:15:00.123456789Z")+`"}`)
			c.get("https://registry-1.docker.io/v2/acme/api/blobs/"+c.decoy("sha256:"+c.hexs(64))).rh("Authorization", "Bearer "+tok).code(302).sh("Location", "https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/ab/x/data?verify=1700000300-"+url.QueryEscape(c.secret("Docker blob redirect verify signature", c.b64s(20))))
		}},
		{cat, "powerbi-embed-token-in-response-then-js-config", func(c *gcase) {
			et := c.secret("Power BI embed token reused in page script", "H4sIAAAAAAAEAB2Tt66EVgAF"+c.pick(gAlnum+"+/", 400)+"=")
			c.post("https://api.powerbi.com/v1.0/myorg/groups/"+c.decoy(c.uuid())+"/reports/"+c.uuid()+"/GenerateToken", "application/json", `{"accessLevel":"View"}`).
				rh("Authorization", "Bearer "+c.secret("AAD bearer for Power BI REST", c.w8RS(`{"aud":"https://analysis.windows.net/powerbi/api","exp":1800000000}`))).
				resp("application/json", `{"@odata.context":"http://wabi-west-europe-redirect.analysis.windows.net/v1.0/myorg/$metadata#Microsoft.PowerBI.ServiceContracts.Api.V1.EmbedToken","token":"`+et+`","tokenId":"`+c.decoy(c.uuid())+`","expiration":"2026-11-22T11:15:00Z"}`)
			c.get("https://reports.acme.example/sales").resp("text/html", `<script>powerbi.embed(el,{type:'report',tokenType:models.TokenType.Embed,accessToken:'`+et+`',embedUrl:'https://app.powerbi.com/reportEmbed?reportId=`+c.decoy(c.uuid())+`'});</script>`)
		}},
		{cat, "databricks-token-earlier-unnamed-then-bearer", func(c *gcase) {
			tok := c.secret("Databricks PAT first seen unnamed in a notebook result", "dapi"+c.hexs(32))
			c.post("https://adb-123.4.azuredatabricks.net/api/2.0/workspace/import", "application/json", `{"path":"/Users/x/setup","format":"SOURCE","content":"`+gB64("# Databricks notebook source\nhost = 'https://adb-123.4.azuredatabricks.net'\nt = '"+tok+"'\n")+`"}`)
			c.get("https://adb-123.4.azuredatabricks.net/api/2.1/jobs/list").rh("Authorization", "Bearer "+tok, "X-Databricks-Org-Id", c.decoy("1234567890123456"))
		}},
	}
}

// 7. GraphQL.
func w8GraphQL() []gdef {
	const cat = "7.graphql"
	return []gdef{
		{cat, "gitlab-runner-create-ephemeral-token", func(c *gcase) {
			c.post("https://gitlab.com/api/graphql", "application/json",
				`{"operationName":"runnerCreate","variables":{"input":{"runnerType":"PROJECT_TYPE","projectId":"gid://gitlab/Project/48213377","description":"`+c.decoy("k8s-runner-eu")+`","tagList":["docker"],"runUntagged":false}},"query":"mutation runnerCreate($input: RunnerCreateInput!) { runnerCreate(input: $input) { runner { id ephemeralAuthenticationToken } errors } }"}`).
				rh("X-CSRF-Token", c.secret("GitLab X-CSRF-Token", c.pick(gB64uAlpha, 86))).
				resp("application/json", `{"data":{"runnerCreate":{"runner":{"id":"`+c.decoy("gid://gitlab/Ci::Runner/34871265")+`","ephemeralAuthenticationToken":"`+c.secret("GitLab runner ephemeralAuthenticationToken (glrt-)", "glrt-t3_"+c.pick(gAlnum+"_-", 20))+`"},"errors":[]}}}`)
		}},
		{cat, "gitlab-batched-array-ci-variables-response", func(c *gcase) {
			c.post("https://gitlab.com/api/graphql", "application/json", `[{"operationName":"getCurrentUser","variables":{},"query":"query getCurrentUser { currentUser { id } }"},{"operationName":"getProjectVariables","variables":{"fullPath":"acme/api","first":100},"query":"query getProjectVariables($fullPath: ID!, $first: Int) { project(fullPath: $fullPath) { ciVariables(first: $first) { nodes { key value masked } } } }"}]`).
				resp("application/json", `[{"data":{"currentUser":{"id":"gid://gitlab/User/`+c.decoy("9182736")+`"}}},{"data":{"project":{"ciVariables":{"nodes":[{"key":"KUBE_TOKEN","value":"`+c.secret("ciVariables node value for KUBE_TOKEN in batched response", c.w8RS(`{"iss":"kubernetes/serviceaccount","sub":"system:serviceaccount:ci:deployer"}`))+`","masked":true},{"key":"`+c.decoy("DOCKER_DRIVER")+`","value":"`+c.decoy("overlay2")+`","masked":false}]}}}}]`)
		}},
		{cat, "github-create-commit-on-branch-base64-contents", func(c *gcase) {
			env := "DATABASE_URL=postgres://app@db:5432/app\nJWT_SIGNING_SECRET=" + c.secret("JWT_SIGNING_SECRET in base64 fileChanges.additions[].contents", c.alnum(48)) + "\n"
			c.post("https://api.github.com/graphql", "application/json",
				`{"query":"mutation ($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }","variables":{"input":{"branch":{"repositoryNameWithOwner":"acme/api","branchName":"main"},"message":{"headline":"add env"},"expectedHeadOid":"`+c.decoy(c.hexs(40))+`","fileChanges":{"additions":[{"path":".env","contents":"`+gB64(env)+`"}]}}}}`).
				rh("Authorization", "bearer "+c.secret("GitHub App installation token (ghs_)", "ghs_"+c.pick(gAlnum, 36)))
		}},
		{cat, "appsync-login-mutation-positional-vars", func(c *gcase) {
			c.post("https://abc123xyz.appsync-api.eu-west-1.amazonaws.com/graphql", "application/json",
				`{"query":"mutation SignIn($a: String!, $b: String!) { signIn(username: $a, password: $b) { sessionToken expiresAt } }","variables":{"a":"kiosk-07","b":"`+c.secret("variable $b bound to password argument", c.w8Pw())+`"}}`).
				rh("x-api-key", c.secret("AppSync x-api-key header (da2-)", "da2-"+c.pick(gLower+gDigits, 26))).
				resp("application/json", `{"data":{"signIn":{"sessionToken":"`+c.secret("signIn.sessionToken", c.b64u(48))+`","expiresAt":"`+c.decoy("2026-11-22T18:15:00Z")+`"}}}`)
		}},
		{cat, "github-web-persisted-query-get-variables", func(c *gcase) {
			v := `{"invitationToken":"` + c.secret("persisted GET variables.invitationToken", c.hexs(40)) + `","org":"acme"}`
			c.get("https://github.com/_graphql?body="+url.QueryEscape(`{"query":"`+c.decoy(c.hexs(32))+`","variables":`+v+`}`)).rh("GitHub-Verified-Fetch", c.decoy("true"), "X-Requested-With", "XMLHttpRequest")
		}},
		{cat, "tableau-metadata-api-inline-literal", func(c *gcase) {
			c.post("https://prod-uk-a.online.tableau.com/api/metadata/graphql", "application/json",
				`{"query":"query { databaseServers(filter: {hostName: \"db01.acme.internal\"}) { name connectionType } } mutation { updateConnection(id: \"`+c.decoy(c.uuid())+`\", password: \"`+c.secret("inline literal password: argument in Tableau mutation", c.w8Pw())+`\") { ok } }"}`).
				rh("X-Tableau-Auth", c.secret("X-Tableau-Auth header", c.pick(gB64uAlpha, 22)+"|"+c.alnum(32)+"|"+c.uuid()))
		}},
		{cat, "buildkite-agent-token-create", func(c *gcase) {
			c.post("https://graphql.buildkite.com/v1", "application/json",
				`{"query":"mutation($org: ID!) { agentTokenCreate(input: {organizationID: $org, description: \"eu-pool\"}) { tokenValue agentTokenEdge { node { uuid } } } }","variables":{"org":"`+c.decoy("T3JnYW5pemF0aW9uLS0tMDE4YTJi")+`"}}`).
				rh("Authorization", "Bearer "+c.secret("Buildkite API token (bkua_)", "bkua_"+c.hexs(40))).
				resp("application/json", `{"data":{"agentTokenCreate":{"tokenValue":"`+c.secret("Buildkite agent tokenValue", c.hexs(50))+`","agentTokenEdge":{"node":{"uuid":"`+c.decoy(c.uuid())+`"}}}}}`)
		}},
		{cat, "cloudflare-graphql-analytics-decoys", func(c *gcase) {
			c.post("https://api.cloudflare.com/client/v4/graphql", "application/json",
				`{"query":"query($zoneTag: string, $since: Time) { viewer { zones(filter: {zoneTag: $zoneTag}) { httpRequests1hGroups(limit: 24, filter: {datetime_gt: $since}) { sum { requests } } } } }","variables":{"zoneTag":"`+c.decoy(c.hexs(32))+`","since":"`+c.decoy("2026-11-21T10:00:00Z")+`"}}`).
				rh("Authorization", "Bearer "+c.secret("Cloudflare API token (40 chars)", c.pick(gAlnum+"_-", 40)))
		}},
	}
}

// 8. Vendor token formats.
func w8Vendors() []gdef {
	const cat = "8.vendors"
	return []gdef{
		{cat, "aws-keys-in-minified-js-bundle", func(c *gcase) {
			c.get("https://console.acme.example/static/js/main."+c.decoy(c.hexs(8))+".js").resp("application/javascript",
				`!function(){var e={region:"eu-west-1",bucket:"`+c.decoy("acme-uploads-prod")+`"},t=new S3Client({region:e.region,credentials:{accessKeyId:"`+c.secret("AKIA key in minified bundle", c.w8AKID("AKIA"))+`",secretAccessKey:"`+c.secret("AWS secret in minified bundle", c.w8AwsSecret())+`"}});window.__s3=t}();`)
		}},
		{cat, "github-token-family-in-api-calls", func(c *gcase) {
			c.get("https://api.github.com/user/repos?"+c.decoy("per_page=100")).rh("Authorization", "token "+c.secret("GitHub classic PAT (ghp_)", "ghp_"+c.pick(gAlnum, 36)), "X-GitHub-Api-Version", c.decoy("2022-11-28"))
			c.get("https://api.github.com/user").rh("Authorization", "Bearer "+c.secret("GitHub fine-grained PAT (github_pat_)", "github_pat_11"+c.pick(gUpper+gDigits, 20)+"_"+c.pick(gAlnum, 59)))
			c.post("https://github.com/login/oauth/access_token", "application/json", `{"client_id":"`+c.decoy("Iv1.8a3f0c2d9b7e6a51")+`","device_code":"`+c.secret("GitHub device_code", c.hexs(40))+`","grant_type":"urn:ietf:params:oauth:grant-type:device_code"}`).
				resp("application/json", `{"access_token":"`+c.secret("GitHub user-to-server token (ghu_)", "ghu_"+c.pick(gAlnum, 36))+`","refresh_token":"`+c.secret("GitHub refresh token (ghr_)", "ghr_"+c.pick(gAlnum, 76))+`","token_type":"bearer","scope":""}`)
		}},
		{cat, "gitlab-and-bitbucket-tokens-in-remote-urls", func(c *gcase) {
			c.post("https://ci.acme.example/api/pipelines", "application/json", `{"repo":"https://oauth2:`+c.secret("glpat in git remote userinfo", "glpat-"+c.pick(gAlnum+"_-", 20))+`@gitlab.com/acme/api.git","mirror":"https://x-token-auth:`+c.secret("Bitbucket repository access token in userinfo", "ATCTT3xFfGN0"+c.pick(gAlnum+"_-", 180)+"="+c.hexs(8))+`@bitbucket.org/acme/api.git",`+c.decoy(`"ref":"main"`)+`}`)
			c.get("https://api.bitbucket.org/2.0/repositories/acme").rh("Authorization", "Basic "+gB64("acme-ci:"+c.secret("Bitbucket app password (ATBB)", "ATBB"+c.pick(gAlnum, 32)+strings.ToUpper(c.hexs(8)))))
		}},
		{cat, "registry-tokens-pypi-rubygems-nuget", func(c *gcase) {
			b := c.w8Bnd()
			body := w8Part(b, ":action", "", "", "file_upload") + w8Part(b, "name", "", "", "acme-sdk") + w8Part(b, "version", "", "", c.decoy("2.8.0")) + w8Part(b, "sha256_digest", "", "", c.decoy(c.hexs(64))) + w8Part(b, "content", "acme_sdk-2.8.0-py3-none-any.whl", "application/octet-stream", "PK\x03\x04") + "--" + b + "--\r\n"
			c.post("https://upload.pypi.org/legacy/", "multipart/form-data; boundary="+b, body).rh("Authorization", "Basic "+gB64("__token__:"+c.secret("PyPI API token in Basic", "pypi-AgEIcHlwaS5vcmcCJ"+c.pick(gB64uAlpha, 150))))
			c.post("https://rubygems.org/api/v1/gems", "application/octet-stream", "").rh("Authorization", c.secret("RubyGems key as bare Authorization", "rubygems_"+c.hexs(48)), "OTP", c.secret("RubyGems OTP header", c.digits(6)+c.digits(2)))
			c.req("PUT", "https://www.nuget.org/api/v2/package/", "application/octet-stream", "").rh("X-NuGet-ApiKey", c.secret("NuGet oy2 key", "oy2"+c.pick(gLower+gDigits, 43)), "X-NuGet-Client-Version", c.decoy("6.11.1"))
		}},
		{cat, "docker-config-and-ecr-authorization-token", func(c *gcase) {
			ecr := gB64("AWS:" + c.secret("ECR password inside authorizationToken", "eyJwYXlsb2FkIjoi"+c.pick(gAlnum+"+/", 800)+"="))
			c.post("https://api.ecr.eu-west-1.amazonaws.com/", "application/x-amz-json-1.1", "{}").rh("X-Amz-Target", "AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken").
				resp("application/x-amz-json-1.1", `{"authorizationData":[{"authorizationToken":"`+ecr+`","expiresAt":1.700043200E9,"proxyEndpoint":"`+c.decoy("https://123456789012.dkr.ecr.eu-west-1.amazonaws.com")+`"}]}`)
			c.get("https://gcr.io/v2/token?scope=repository:acme-prod/api:pull&service=gcr.io").rh("Authorization", "Basic "+gB64("oauth2accesstoken:"+c.secret("GCR oauth2accesstoken password (ya29.)", "ya29.a0AfB_by"+c.pick(gB64uAlpha, 200))))
		}},
		{cat, "acr-oauth2-exchange-refresh-token", func(c *gcase) {
			c.post("https://acmecr.azurecr.io/oauth2/exchange", "application/x-www-form-urlencoded", "grant_type=access_token&"+c.decoy("service=acmecr.azurecr.io")+"&tenant="+c.decoy(c.uuid())+"&access_token="+c.secret("AAD access_token posted to ACR exchange", c.w8RS(`{"aud":"https://management.azure.com/","exp":1800000000}`))).
				resp("application/json", `{"refresh_token":"`+c.secret("ACR refresh_token", c.w8RS(`{"jti":"`+c.uuid()+`","sub":"dv@acme-ops.example","grant_type":"refresh_token","aud":"acmecr.azurecr.io"}`))+`"}`)
		}},
		{cat, "ai-provider-keys-openai-replicate-langsmith", func(c *gcase) {
			c.post("https://api.openai.com/v1/chat/completions", "application/json", `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]}`).rh("Authorization", "Bearer "+c.secret("OpenAI project key (sk-proj-)", "sk-proj-"+c.pick(gB64uAlpha, 64)+"T3BlbkFJ"+c.pick(gB64uAlpha, 64)), "OpenAI-Beta", c.decoy("assistants=v2"))
			c.post("https://api.replicate.com/v1/predictions", "application/json", `{"version":"`+c.decoy(c.hexs(64))+`","input":{"prompt":"a lighthouse"}}`).rh("Authorization", "Token "+c.secret("Replicate token (r8_)", "r8_"+c.pick(gAlnum, 37)))
			c.post("https://api.smith.langchain.com/runs/batch", "application/json", `{"post":[{"id":"`+c.decoy(c.uuid())+`","name":"ChatOpenAI","run_type":"llm"}]}`).rh("x-api-key", c.secret("LangSmith key (lsv2_pt_)", "lsv2_pt_"+c.hexs(32)+"_"+c.hexs(10)))
		}},
		{cat, "openai-realtime-ephemeral-and-admin-key", func(c *gcase) {
			c.post("https://api.openai.com/v1/realtime/sessions", "application/json", `{"model":"gpt-4o-realtime-preview","voice":"verse"}`).rh("Authorization", "Bearer "+c.secret("OpenAI admin key (sk-admin-)", "sk-admin-"+c.pick(gB64uAlpha, 140))).
				resp("application/json", `{"id":"`+c.decoy("sess_"+c.alnum(21))+`","object":"realtime.session","model":"gpt-4o-realtime-preview","client_secret":{"value":"`+c.secret("Realtime ephemeral client_secret.value (ek_)", "ek_"+c.hexs(32))+`","expires_at":1700000060}}`)
		}},
		{cat, "doppler-and-infisical-tokens", func(c *gcase) {
			c.get("https://api.doppler.com/v3/configs/config/secrets/download?project=api&config=prd&"+c.decoy("format=json")).rh("Authorization", "Bearer "+c.secret("Doppler service token (dp.st.)", "dp.st.prd."+c.pick(gAlnum, 40))).
				resp("application/json", `{"DOPPLER_PROJECT":"api","DOPPLER_CONFIG":"prd",`+c.decoy(`"DOPPLER_ENVIRONMENT":"prd"`)+`,"REDIS_URL":"rediss://default:`+c.secret("password in REDIS_URL userinfo", c.alnum(32))+`@redis.acme.internal:6380","MAILGUN":"`+c.secret("Mailgun key under unhelpful name MAILGUN", "key-"+c.hexs(32))+`"}`)
			c.post("https://app.infisical.com/api/v1/auth/universal-auth/login", "application/json", `{"clientId":"`+c.decoy(c.uuid())+`","clientSecret":"`+c.secret("Infisical clientSecret", c.hexs(64))+`"}`)
		}},
		{cat, "onepassword-service-account-and-secret-key", func(c *gcase) {
			sid := c.secret("1Password session ID in body and X-AgileBits-Session-ID header", c.pick(gUpper+gDigits, 26))
			c.post("https://my.1password.com/api/v2/auth/complete", "application/json", `{"sessionID":"`+sid+`","clientVerifyHash":"`+c.secret("1Password clientVerifyHash", c.b64u(32))+`"}`).
				rh("X-AgileBits-Session-ID", sid, "X-AgileBits-Client", c.decoy("1Password for Web/2063"))
			c.post("https://support.acme.example/api/notes", "application/json", `{"note":"emergency kit: Secret Key `+c.secret("1Password Secret Key (A3-...)", "A3-"+c.pick(gUpper+gDigits, 6)+"-"+c.pick(gUpper+gDigits, 6)+"-"+c.pick(gUpper+gDigits, 5)+"-"+c.pick(gUpper+gDigits, 5)+"-"+c.pick(gUpper+gDigits, 5)+"-"+c.pick(gUpper+gDigits, 5))+` and OP_SERVICE_ACCOUNT_TOKEN=`+c.secret("1Password service account token (ops_)", "ops_"+gB64u(`{"signInAddress":"acme.1password.com","userAuth":{"method":"SRPg-4096"},"email":"x@y","srpX":"`+c.hexs(64)+`"}`))+`"}`)
		}},
		{cat, "azure-ad-client-secret-and-gcp-sa-key", func(c *gcase) {
			c.post("https://login.microsoftonline.com/"+c.decoy(c.uuid())+"/oauth2/v2.0/token", "application/x-www-form-urlencoded", "client_id="+c.decoy(c.uuid())+"&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&client_secret="+url.QueryEscape(c.secret("Azure AD client secret (Q~)", c.pick(gAlnum, 3)+c.digits(1)+"Q~"+c.pick(gAlnum+"_.-~", 34)))+"&grant_type=client_credentials")
			key := "-----BEGIN PRIVATE KEY-----\n" + c.b64s(48) + "\n" + c.b64s(48) + "\n-----END PRIVATE KEY-----\n"
			c.secret("GCP service account private_key", key[28:92])
			c.post("https://console.cloud.google.com/m/iam/serviceaccounts/keys/download", "application/json", "").resp("application/json", gJS(map[string]any{"type": "service_account", "project_id": "acme-prod-4821", "private_key_id": c.secret("GCP private_key_id", c.hexs(40)), "private_key": key, "client_email": "deployer@acme-prod-4821.iam.gserviceaccount.com", "client_id": c.decoy("104839201938475610293"), "token_uri": "https://oauth2.googleapis.com/token"}))
		}},
		{cat, "digitalocean-spaces-and-fastmail-and-hf-org", func(c *gcase) {
			c.post("https://cloud.digitalocean.com/api/v1/spaces/keys", "application/json", `{"name":"cdn-sync"}`).resp("application/json", `{"key":{"name":"cdn-sync","access_key":"`+c.secret("DO Spaces access_key (DO00)", "DO00"+c.pick(gUpper+gDigits, 16))+`","secret_key":"`+c.secret("DO Spaces secret_key", c.pick(gAlnum+"+/", 43))+`",`+c.decoy(`"created_at":"2026-11-22T10:15:00Z"`)+`}}`)
			c.get("https://api.fastmail.com/jmap/session").rh("Authorization", "Bearer "+c.secret("Fastmail API token (fmu1-)", "fmu1-"+c.hexs(8)+"-"+c.hexs(32)+"-0-"+c.hexs(32)))
			c.get("https://huggingface.co/api/whoami-v2").rh("Authorization", "Bearer "+c.secret("Hugging Face org token (api_org_)", "api_org_"+c.pick(gAlnum, 34)))
		}},
	}
}

// 9. Payment cards.
func w8Cards() []gdef {
	const cat = "9.cards"
	return []gdef{
		{cat, "zuora-hosted-page-github-billing", func(c *gcase) {
			c.post("https://www.zuora.com/apps/PublicHostedPageLite.do", "application/x-www-form-urlencoded",
				"method=submitPage&id="+c.decoy(c.hexs(32))+"&tenantId="+c.decoy("10000173")+"&token="+c.secret("Zuora hosted page token", c.alnum(32))+"&signature="+url.QueryEscape(c.secret("Zuora hosted page signature", c.b64s(256)))+"&field_creditCardType=Visa&field_creditCardNumber="+c.secret("Zuora field_creditCardNumber", c.card("4147", 16))+"&field_creditCardExpirationMonth=08&field_creditCardExpirationYear=2029&field_cardSecurityCode=412&"+c.decoy("field_creditCardCountry=DEU"))
		}},
		{cat, "braintree-graphql-tokenize-credit-card", func(c *gcase) {
			c.post("https://payments.braintree-api.com/graphql", "application/json",
				`{"clientSdkMetadata":{"source":"client","integration":"custom","sessionId":"`+c.decoy(c.uuid())+`"},"query":"mutation TokenizeCreditCard($input: TokenizeCreditCardInput!) { tokenizeCreditCard(input: $input) { token creditCard { bin last4 } } }","variables":{"input":{"creditCard":{"number":"`+c.secret("Braintree tokenizeCreditCard variables number", c.card("5425", 16))+`","expirationMonth":"11","expirationYear":"2030","cvv":"813"},"options":{"validate":false}}},"operationName":"TokenizeCreditCard"}`).
				rh("Authorization", "Bearer "+c.secret("Braintree authorizationFingerprint bearer", c.qJWT(`{"iss":"https://api.braintreegateway.com","merchant":{"public_id":"acme"},"exp":1700086400}`)), "Braintree-Version", c.decoy("2018-05-10"))
		}},
		{cat, "digitalocean-stripe-card-spaces", func(c *gcase) {
			p := c.card("4000002", 16)
			c.secret("card with spaces in Stripe form", gGroup4(p, " "))
			c.post("https://api.stripe.com/v1/tokens", "application/x-www-form-urlencoded", "card[number]="+url.QueryEscape(gGroup4(p, " "))+"&card[cvc]=123&card[exp_month]=07&card[exp_year]=28&"+c.decoy("payment_user_agent=stripe.js%2F7c1b2a3d4e")+"&time_on_page="+c.decoy("48213")+"&key="+c.decoy("pk_live_51"+c.pick(gAlnum, 20)))
		}},
		{cat, "aws-billing-payment-instrument-json", func(c *gcase) {
			p := c.secret("AWS billing cardNumber", c.card("3714", 15))
			c.post("https://us-east-1.console.aws.amazon.com/billing/rest/v1.0/paymentinstruments", "application/json", `{"paymentInstrumentType":"CreditCard","cardNumber":"`+p+`","expirationMonth":4,"expirationYear":2031,"accountHolderName":"`+c.secret("card holder name (personal)", "Oluwaseun Bankole")+`","address":{"countryCode":"`+c.decoy("NG")+`"}}`).
				rh("x-awsbc-xsrf-token", c.secret("AWS billing xsrf token", c.b64s(48)), "X-Amz-Account", c.decoy("123456789012"))
		}},
		{cat, "support-chat-card-dashed-in-ws-frame", func(c *gcase) {
			p := c.card("6011", 16)
			c.secret("Discover card dashed in support chat", gGroup4(p, "-"))
			c.get("wss://support.digitalocean.example/chat").code(101).wsMsg("send", 1, `{"type":"msg","body":"charge failed on `+gGroup4(p, "-")+` - invoice `+c.decoy("INV-2026-11-0042871")+`, droplet `+c.decoy("412893771")+`"}`)
		}},
		{cat, "google-payments-positional-array", func(c *gcase) {
			p := c.card("4929", 16)
			c.secret("card in Google Payments positional array", p)
			c.post("https://payments.google.com/payments/apis-secure/u/0/instrumentmanager_addinstrument?"+c.decoy("s7e=3.1"), "application/x-www-form-urlencoded", "xsrf_token="+c.secret("Google Payments xsrf_token", c.pick(gB64uAlpha, 42)+":"+c.digits(13))+"&request="+url.QueryEscape(`[[null,null,[1]],[["`+p+`",null,"09","2030"],[null,"DE","10115"]]]`))
		}},
		{cat, "card-decoys-aws-account-and-order-ids", func(c *gcase) {
			c.get("https://us-east-1.console.aws.amazon.com/billing/rest/v1.0/invoices?"+c.decoy("accountId=210987654321")).resp("application/json", `{"invoices":[{"invoiceId":"`+c.decoy("EUINDE26-1234567")+`","accountId":"`+c.decoy("210987654321")+`","totalAmount":"`+c.decoy("1842.17")+`","orderId":"`+c.decoy("D-9018273645123456")+`"}]}`)
		}},
	}
}

// 10. Free-text credential phrases.
func w8Phrases() []gdef {
	const cat = "10.phrases"
	return []gdef{
		{cat, "aws-support-case-root-password-prose", func(c *gcase) {
			c.post("https://support.console.aws.amazon.com/support/api/cases", "application/x-amz-json-1.1",
				`{"subject":"locked out","serviceCode":"`+c.decoy("account-management")+`","communicationBody":"Our root password is `+c.secret("'root password is X' in AWS support case", c.w8Pw())+` and MFA was lost. Access key `+c.secret("access key id in support case prose", c.w8AKID("AKIA"))+` still works.","severityCode":"urgent"}`).rh("X-Amz-Target", "AWSSupport_20130415.CreateCase")
		}},
		{cat, "github-issue-npmrc-paste", func(c *gcase) {
			npmrc := "registry=https://npm.pkg.github.com/acme\n//npm.pkg.github.com/:_authToken=" + c.secret(".npmrc _authToken in issue body", "ghp_"+c.pick(gAlnum, 36)) + "\n//registry.acme.example/:_auth=" + gB64("ci:"+c.secret(".npmrc _auth base64 user:pass", c.w8Pw())) + "\n" + c.decoy("always-auth=true") + "\n"
			c.post("https://api.github.com/repos/acme/sdk/issues", "application/json", gJS(map[string]string{"title": "install fails", "body": "my .npmrc:\n```\n" + npmrc + "```"}))
		}},
		{cat, "pypirc-and-netrc-in-gist", func(c *gcase) {
			c.post("https://api.github.com/gists", "application/json", gJS(map[string]any{"description": "dotfiles", "public": false, "files": map[string]any{
				".pypirc": map[string]string{"content": "[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = " + c.secret(".pypirc password = pypi- token", "pypi-AgEIcHlwaS5vcmcC"+c.pick(gB64uAlpha, 120)) + "\n"},
				".netrc":  map[string]string{"content": "machine api.heroku.com\n  login ops@acme-ops.example\n  password " + c.secret(".netrc password", c.uuid()) + "\nmachine " + c.decoy("git.heroku.com") + "\n"}}}))
		}},
		{cat, "ci-log-docker-login-and-curl", func(c *gcase) {
			c.get("https://circleci.com/api/v1.1/project/gh/acme/api/1842/output/103/0?file=true").resp("text/plain",
				"#!/bin/bash -eo pipefail\n"+c.decoy("docker version 27.3.1")+"\n+ docker login -u acmebuild -p "+c.secret("docker login -p X in CI log", "dckr_pat_"+c.pick(gB64uAlpha, 27))+" docker.io\nWARNING! Using --password via the CLI is insecure.\n+ curl -sf -H \"Authorization: Bearer "+c.secret("curl -H Authorization Bearer in CI log", c.alnum(40))+"\" https://api.acme.example/deploy\n")
		}},
		{cat, "outlook-mail-body-connection-string", func(c *gcase) {
			c.post("https://outlook.live.com/owa/0/service.svc?action=CreateItem&app=Mail&"+c.decoy("n=74"), "application/json; charset=utf-8",
				`{"__type":"CreateItemJsonRequest:#Exchange","Body":{"Items":[{"__type":"Message:#Exchange","Subject":"storage","Body":{"BodyType":"HTML","Value":"<div>use DefaultEndpointsProtocol=https;AccountName=acmelake;AccountKey=`+c.secret("AccountKey= in an HTML mail body", c.b64s(64))+`;EndpointSuffix=core.windows.net</div>"}}]}}`).
				rh("X-OWA-CANARY", c.secret("X-OWA-CANARY header", c.pick(gB64uAlpha, 76)+"."), "Action", c.decoy("CreateItem"))
		}},
		{cat, "gmail-compose-wifi-passphrase-and-app-password", func(c *gcase) {
			c.post("https://mail.google.com/sync/u/0/i/s?hl=en&"+c.decoy("c=17"), "application/json",
				gJS([]any{[]any{nil, "thread-f:" + c.digits(19), []any{"guest wifi: SSID " + c.decoy("ACME-Guest") + ", passphrase: " + c.secret("'passphrase: X' in a Gmail compose body", c.w8Pw()) + "; psk=" + c.secret("psk=X in a Gmail compose body", c.alnum(20))}}}))
			c.post("https://mail.google.com/sync/u/0/i/s?hl=en&c=18", "application/json",
				gJS([]any{[]any{nil, "thread-f:" + c.digits(19), []any{"IMAP app password for the printer: " + c.secret("Google app password (4x4 lowercase) in prose", c.pick(gLower, 4)+" "+c.pick(gLower, 4)+" "+c.pick(gLower, 4)+" "+c.pick(gLower, 4))}}}))
		}},
		{cat, "snowflake-worksheet-create-user-password", func(c *gcase) {
			c.post("https://app.snowflake.com/v0/queries", "application/json", `{"sqlText":"CREATE USER etl_svc PASSWORD = '`+c.secret("Snowflake SQL PASSWORD = 'X'", c.w8Pw())+`' DEFAULT_ROLE = LOADER MUST_CHANGE_PASSWORD = FALSE;\nALTER USER etl_svc SET RSA_PUBLIC_KEY='`+c.decoy("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"+c.pick(gAlnum+"+/", 40))+`';",`+c.decoy(`"warehouse":"ETL_WH"`)+`}`)
		}},
		{cat, "databricks-notebook-cell-token-assignment", func(c *gcase) {
			c.post("https://adb-2718281828459042.5.azuredatabricks.net/ajax-api/2.0/notebook/command/execute", "application/json", gJS(map[string]any{"commandId": c.uuid(), "command": "import requests\nOPENAI_KEY = \"" + c.secret("assignment OPENAI_KEY = \"X\" in notebook cell", "sk-"+c.alnum(48)) + "\"\nspark_conf = {\"spark.sql.shuffle.partitions\": \"" + c.decoy("200") + "\", \"fs.azure.account.key.acmelake.dfs.core.windows.net\": \"" + c.secret("fs.azure.account.key in a notebook dict", c.b64s(64)) + "\"}\n"}))
		}},
		{cat, "smtp-imap-settings-page-form", func(c *gcase) {
			c.post("https://webmail.acme-mail.example/?_task=settings&_action=save-pref", "application/x-www-form-urlencoded",
				"_section=server&_smtp_host="+c.decoy("smtp.acme-mail.example")+"&_smtp_port=587&_smtp_user=relay&_smtp_pass="+url.QueryEscape(c.secret("_smtp_pass form field", c.w8Pw()))+"&_imap_auth_secret="+url.QueryEscape(c.secret("_imap_auth_secret form field", c.alnum(24)))+"&_token="+c.secret("Roundcube settings _token", c.alnum(32)))
			c.get("https://mail.acme-mail.example/admin/settings.json").resp("application/json", `{"smtp":{"host":"smtp.sendgrid.net","port":587,"security":"starttls","username":"apikey","password":"`+c.secret("SMTP settings password (SendGrid key)", "SG."+c.pick(gB64uAlpha, 22)+"."+c.pick(gB64uAlpha, 43))+`"},"imap":{"host":"imap.acme-mail.example","port":993,`+c.decoy(`"idleTimeout":1740`)+`}}`)
		}},
	}
}

// 11. Personal data.
func w8Personal() []gdef {
	const cat = "11.personal"
	return []gdef{
		{cat, "github-rest-user", func(c *gcase) {
			c.get("https://api.github.com/user").resp("application/json",
				`{"login":"`+c.secret("GitHub login", "ayodele-ok")+`","id":`+c.decoy("58213377")+`,"node_id":"`+c.decoy("MDQ6VXNlcjU4MjEzMzc3")+`","avatar_url":"https://avatars.githubusercontent.com/u/58213377?v=4","name":"`+c.secret("GitHub name", "Ayodele Okonjo")+`","company":"@acme","email":"`+c.secret("GitHub email", "ayodele.okonjo@acme-ops.example")+`","twitter_username":null,`+c.decoy(`"public_repos":42`)+`,"created_at":"2014-03-09T12:01:44Z"}`)
		}},
		{cat, "gitlab-api-user-and-commit-emails", func(c *gcase) {
			c.get("https://gitlab.com/api/v4/user").resp("application/json",
				`{"id":9182736,"username":"`+c.secret("GitLab username", "mirela.dumitrescu")+`","name":"`+c.secret("GitLab name", "Mirela Dumitrescu")+`","state":"active","email":"`+c.secret("GitLab email", "mirela.d@acme-ops.example")+`","commit_email":"`+c.secret("GitLab commit_email", "9182736-mirela.dumitrescu@users.noreply.gitlab.com")+`","current_sign_in_ip":"`+c.secret("GitLab current_sign_in_ip", "198.51.100.61")+`",`+c.decoy(`"two_factor_enabled":true`)+`}`)
		}},
		{cat, "azure-portal-graph-me", func(c *gcase) {
			c.get("https://graph.microsoft.com/v1.0/me?"+c.decoy("$select=displayName,mail,mobilePhone,userPrincipalName")).resp("application/json",
				`{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users/$entity","displayName":"`+c.secret("Graph displayName", "Sigrun Halvorsen")+`","mail":"`+c.secret("Graph mail", "sigrun.halvorsen@acmecorp.onmicrosoft.example")+`","mobilePhone":"`+c.secret("Graph mobilePhone", "+47 915 55 321")+`","userPrincipalName":"`+c.secret("Graph userPrincipalName", "shalvorsen@acmecorp.onmicrosoft.example")+`","id":"`+c.decoy(c.uuid())+`","jobTitle":"`+c.decoy("Platform Engineer")+`"}`)
		}},
		{cat, "cloudflare-dash-user-telephone", func(c *gcase) {
			c.get("https://dash.cloudflare.com/api/v4/user").resp("application/json",
				`{"result":{"id":"`+c.decoy(c.hexs(32))+`","email":"`+c.secret("Cloudflare user email", "kwame.mensah@acme-ops.example")+`","first_name":"`+c.secret("Cloudflare first_name", "Abena-Serwaa")+`","last_name":"`+c.secret("Cloudflare last_name", "Mensah-Boateng")+`","telephone":"`+c.secret("Cloudflare telephone", "+233 24 555 0187")+`","country":"GH","two_factor_authentication_enabled":true,`+c.decoy(`"suspended":false`)+`},"success":true}`)
		}},
		{cat, "jmap-email-get-from-and-to", func(c *gcase) {
			c.post("https://api.fastmail.com/jmap/api/", "application/json", `{"using":["urn:ietf:params:jmap:core","urn:ietf:params:jmap:mail"],"methodCalls":[["Email/get",{"accountId":"`+c.decoy("u8a3f2b1c")+`","ids":["`+c.decoy("M"+c.hexs(24))+`"],"properties":["from","to","subject"]},"0"]]}`).
				resp("application/json", `{"methodResponses":[["Email/get",{"accountId":"u8a3f2b1c","list":[{"id":"M`+c.hexs(24)+`","from":[{"name":"`+c.secret("JMAP from[].name", "Beatriz Quintanilla")+`","email":"`+c.secret("JMAP from[].email", "beatriz.q@fastmail.example")+`"}],"to":[{"name":null,"email":"`+c.secret("JMAP to[].email", "noor.haddad@acme-ops.example")+`"}],"subject":"`+c.decoy("Q4 capacity review")+`"}],"state":"`+c.decoy("J8912")+`"},"0"]],"sessionState":"`+c.decoy("cyrus-0;p-5;vfs-0")+`"}`)
		}},
		{cat, "gmail-people-api-contacts", func(c *gcase) {
			c.get("https://people-pa.clients6.google.com/v2/people:listAutocomplete?query=dar&"+c.decoy("client=GMAIL_WEB_AUTOCOMPLETE")).resp("application/json",
				`{"results":[{"person":{"personId":"`+c.decoy("c"+c.digits(19))+`","names":[{"displayName":"`+c.secret("People API names[].displayName", "Darius Khorasani")+`"}],"emails":[{"value":"`+c.secret("People API emails[].value", "darius.khorasani@partner-co.example")+`"}],"phones":[{"value":"`+c.secret("People API phones[].value", "+1 (646) 555-0142")+`","type":"mobile"}]}}],`+c.decoy(`"nextPageToken":""`)+`}`)
		}},
		{cat, "bitwarden-prelogin-and-auth-email-header", func(c *gcase) {
			em := c.secret("Bitwarden e-mail in prelogin and base64url Auth-Email header", "fenna.de.vries@acme-ops.example")
			c.post("https://vault.bitwarden.com/identity/accounts/prelogin", "application/json", `{"email":"`+em+`"}`).resp("application/json", `{"kdf":0,`+c.decoy(`"kdfIterations":600000`)+`,"kdfMemory":null}`)
			c.post("https://vault.bitwarden.com/identity/connect/token", "application/x-www-form-urlencoded", "scope=api+offline_access&client_id=web&"+c.decoy("deviceType=10")+"&deviceIdentifier="+c.decoy(c.uuid())+"&deviceName=chrome&grant_type=password&username="+url.QueryEscape(em)+"&password="+url.QueryEscape(c.secret("Bitwarden master password hash", c.b64s(32)))).
				rh("Auth-Email", gB64u(em), "Bitwarden-Client-Version", c.decoy("2024.11.1"))
		}},
		{cat, "vercel-runtime-logs-client-ip-and-xff", func(c *gcase) {
			c.get("https://vercel.com/api/logs/request-logs?projectId="+c.decoy("prj_"+c.alnum(28))).resp("application/json",
				`{"rows":[{"requestId":"`+c.decoy("fra1::iad1::"+c.pick(gLower+gDigits, 5)+"-1700000000123-"+c.hexs(12))+`","timestamp":1700000000123,"requestPath":"/api/login","statusCode":200,"clientIp":"`+c.secret("Vercel clientIp", "203.0.113.214")+`","clientUserAgent":"`+c.decoy("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)")+`","region":"fra1"}]}`)
			c.get("https://acme-web.vercel.app/api/me").rh("X-Forwarded-For", c.secret("X-Forwarded-For first hop (user)", "192.0.2.219")+", "+c.decoy("76.76.21.21")).set("serverIPAddress", c.decoy("76.76.21.98"))
		}},
		{cat, "openai-and-hf-account-profiles", func(c *gcase) {
			c.get("https://api.openai.com/v1/me").resp("application/json", `{"object":"user","id":"`+c.decoy("user-"+c.alnum(24))+`","email":"`+c.secret("OpenAI /v1/me email", "yusuf.demirci@acme-ops.example")+`","name":"`+c.secret("OpenAI /v1/me name", "Yusuf Demirci")+`","phone_number":"`+c.secret("OpenAI /v1/me phone_number", "+905325550176")+`",`+c.decoy(`"mfa_flag_enabled":true`)+`}`)
			c.get("https://huggingface.co/api/whoami-v2").resp("application/json", `{"type":"user","id":"`+c.decoy(c.hexs(24))+`","name":"`+c.secret("Hugging Face whoami name (handle)", "yusufdemirci")+`","fullname":"`+c.secret("Hugging Face fullname", "Yusuf D. Demirci")+`","email":"`+c.secret("Hugging Face email", "y.demirci@hf-mail.example")+`","isPro":false}`)
		}},
		{cat, "snowflake-session-and-looker-user", func(c *gcase) {
			c.get("https://app.snowflake.com/v0/session").resp("application/json", `{"user":{"loginName":"`+c.secret("Snowflake loginName", "ISABELLA.MORETTI")+`","firstName":"`+c.secret("Snowflake firstName", "Isabella")+`","lastName":"`+c.secret("Snowflake lastName", "Moretti-Rossi")+`","email":"`+c.secret("Snowflake email", "isabella.moretti@acme-ops.example")+`","defaultRole":"`+c.decoy("ANALYST")+`"},"account":{"name":"XY12345","region":"`+c.decoy("aws_eu_central_1")+`"}}`)
			c.get("https://acme.cloud.looker.com/api/4.0/user").resp("application/json", `{"id":"`+c.decoy("217")+`","first_name":"Isabella","last_name":"Moretti-Rossi","display_name":"`+c.secret("Looker display_name", "Isabella Moretti-Rossi")+`","email":"`+c.secret("Looker email", "i.moretti@acme-ops.example")+`",`+c.decoy(`"locale":"it_IT"`)+`}`)
		}},
		{cat, "aws-console-userinfo-cookie-json", func(c *gcase) {
			info := url.QueryEscape(`{"arn":"arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Admin_1a2b3c/` + c.secret("SSO user e-mail inside aws-userInfo cookie ARN", "henrike.sauer@acme-ops.example") + `","alias":"acme-prod","username":"assumed-role%2FAWSReservedSSO_Admin_1a2b3c%2Fhenrike.sauer%40acme-ops.example","keybase":"` + c.secret("aws-userInfo keybase", c.pick(gAlnum+"+/", 43)+"=") + `","issuer":"https://d-9367012345.awsapps.com/start","signinType":"PUBLIC"}`)
			c.get("https://eu-west-1.console.aws.amazon.com/console/home?"+c.decoy("region=eu-west-1")).rh("Cookie", "aws-userInfo="+info+"; aws-consoleInfo=eu-west-1")
		}},
	}
}

// heldout8Open lists the cases of this corpus the engine does not handle
// yet, each with the reason. They are reported, not failed; any other leak
// or lost decoy fails the test, and so does an entry here that no longer
// leaks (the list only shrinks).
var heldout8Open = map[string]string{
	// names the classifier does not split or know
	"1.names/cloudflare-dash-atok-and-vses2: Cloudflare dash X-ATOK":                      "abbreviated compound header name (X-ATOK = a-tok) is not split into a secret word; its ts-hex value is not judged machine-generated",
	"8.vendors/onepassword-service-account-and-secret-key: 1Password clientVerifyHash":    "compound name ending in VerifyHash (weak word hash) with a 43-char base64url value is not judged machine-generated",
	"8.vendors/doppler-and-infisical-tokens: Mailgun key under unhelpful name MAILGUN":    "vendor format key-<32 hex> (gitleaks mailgun-private-api-token) needs its keyword nearby; a vendor name as the JSON member name is not used as that keyword",
	"2.pairs/ecs-register-task-definition-environment: Sentry DSN key in ECS environment": "the userinfo of a DSN URL (https://<32 hex>@host/id) is not read as a credential unless the URL has a password part",
	"3.unnamed/vercel-and-netlify-deploy-hook-paths: Vercel deploy hook id path segment":  "value-shape rule on URL path segments: a 10-char mixed alnum hook id is below the length threshold and the deploy-hook path shape is not known",
	// pairs spelled as data
	"lost 2.pairs/infisical-raw-secrets-secretkey-secretvalue: LOG_LEVEL": "descriptor members of a pair-as-data carry the secret word themselves (secretKey/secretValue); the name member is redacted instead of read as the pair's name",
	"lost 2.pairs/infisical-raw-secrets-secretkey-secretvalue: warning":   "descriptor members of a pair-as-data carry the secret word themselves (secretKey/secretValue); the value is redacted though its pair name (LOG_LEVEL) is not secret",
	// carriers
	"4.carriers/roundcube-compose-attachment-base64-part: aws_secret_access_key in a base64 attachment part": "multipart part with Content-Transfer-Encoding: base64 is not decoded; only the AKIA id is caught there by its vendor format",
	// free-text phrases and personal data
	"10.phrases/gmail-compose-wifi-passphrase-and-app-password: Google app password (4x4 lowercase) in prose":            "free-text phrase 'app password: X' (and the 4x4 lowercase app-password shape) is not a credential phrase",
	"11.personal/bitwarden-prelogin-and-auth-email-header: Bitwarden e-mail in prelogin and base64url Auth-Email header": "one secret everywhere does not cover personal data: a pseudonymised e-mail is not replaced inside base64url of another header (Auth-Email)",
	// decoys lost: public identifiers judged secret
	"lost 1.names/oracle-cloud-signature-header: 4f:9c:2e:01:7a:bb:33:18:de:70:aa:5e:c1:09:62:f4":                   "parameterised Authorization schemes (HTTP Signatures keyId=, headers=, signature=) are redacted whole; only the signature parameter is secret",
	"lost 3.unnamed/github-actions-public-key-decoy-and-runner-token: TaetL4ap//zMo87Yrf21np5lS1XaBT7cX+sqIoDZ9Oc=": "weak word key with 32-byte base64 is judged machine; the sibling key_id (a public sealed-box key) does not mark it as a public key",
	"lost 3.unnamed/decoys-registry-digests-and-integrity: MEUCIQutGhNnXwPjUUtpQumssASAgy5TEubGRIZkm7SDX...":        "strong word sig redacts any value; public artefact signatures (npm dist.signatures[] with keyid) are not told apart from request signatures",
	"lost 1.names/snowflake-login-request-password: 190827364519283":                                                "weak word session with a long integer: numeric session ids (not usable to authenticate) are judged credentials",
	"lost 9.cards/braintree-graphql-tokenize-credit-card: a4f4b45b-b979-4511-a177-ff6a451536d6":                     "weak word session with a UUID (analytics clientSdkMetadata.sessionId) is judged a credential; UUIDs are exempt only as request ids",
	"lost 5.exporters/text-plain-json-sentry-style-beacon: eaf7f19d46855429a7e3d29f31101583":                        "weak word id with 32 hex (Sentry event_id) is judged machine-generated; hex event ids are not among the exempt identifier shapes",
	"lost 1.names/openai-dashboard-sess-and-org-headers: org-a2SmtEcKw0xNdhaJAU239SxX":                              "value-shape rule: vendor public identifier prefixes (org-) with 24 mixed alnum in an unknown header (OpenAI-Organization) are judged credentials",
	"lost 1.names/openai-dashboard-sess-and-org-headers: proj_W7lrEyQUGFNg9OwdswFtgTtQ":                             "value-shape rule: vendor public identifier prefixes (proj_) with 24 mixed alnum in an unknown header (OpenAI-Project) are judged credentials",
	"lost 11.personal/aws-console-userinfo-cookie-json: region=eu-west-1":                                           "one secret everywhere propagates a trivial cookie value (aws-consoleInfo=eu-west-1, redacted because every cookie is) into an unrelated query parameter",
}
