// The Function App running AutoRemediate as a custom handler on Linux, its hosting plan, its app settings (secrets as
// Key Vault references), and App Service authentication in front of the human-facing pages.

@description('Azure region of the plan and the app.')
param location string

@description('Name of the Function App (also its host name: NAME.azurewebsites.net).')
param name string

@description('Tags applied to every resource.')
param tags object

@description('FlexConsumption (pay per execution, scales to zero) or ElasticPremium (always-warm EP1 instances).')
@allowed(['FlexConsumption', 'ElasticPremium'])
param hostingPlan string

@description('Flex Consumption: the most instances the app scales out to.')
param maximumInstanceCount int

@description('Flex Consumption: memory per instance, in MB.')
param instanceMemoryMB int

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity.')
param identityClientId string

@description('Name of the app storage account (identity-based AzureWebJobsStorage).')
param storageAccountName string

@description('Blob endpoint of the app storage account.')
param blobEndpoint string

@description('Container holding the deployment package.')
param deploymentContainerName string

@description('Elastic Premium only: blob URL of the published zip the app runs from (uploaded by the deploy commands).')
param packageUri string

@description('Application Insights connection string.')
param insightsConnectionString string

@description('Task hub name: lower-case letters and digits, 3-45 characters; names the work queue and tables.')
param taskHub string

@description('SHA-256 (hex) of the webhook key the action group sends; empty to accept Entra ID tokens only.')
param webhookKeySha256 string

@description('Entra ID tenant whose tokens the webhook and operator API accept; empty disables bearer tokens.')
param webhookEntraTenantId string

@description('Audience those tokens must carry (the app registration\'s identifier URI or client id).')
param webhookEntraAudience string

@description('Turn the approval step on (Teams cards, signed approval pages).')
param approvalsEnabled bool

@description('Key Vault reference to the approval signing key.')
param signingKeyReference string

@description('The Key Vault\'s URI; audit keys are referenced as its secrets audit-key-{id}.')
param vaultUri string

@description('The audit key new records are keyed with; it must be one of the Audit__Keys__ settings below.')
param auditActiveKeyId string

@description('Key Vault reference to the Teams webhook URL.')
param teamsWebhookReference string

@description('Client id of the Entra ID app registration App Service authentication signs people in with.')
param authClientId string

var isFlex = hostingPlan == 'FlexConsumption'

// Requests that callers authenticate to the app itself (alert delivery: function key or the action group's Entra
// bearer token, checked by the app) or that must stay open (/healthz). Everything else needs a signed-in person or an
// Entra ID token for the sign-in app registration: approval pages, the dashboard, and the operator and toil APIs, whose
// operator is the principal App Service authentication passes on (a webhook key is no operator identity).
var machineRoutes = [
  '/healthz'
  '/api/alerts'
]

var commonSettings = [
  { name: 'AzureWebJobsStorage__accountName', value: storageAccountName }
  { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
  { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insightsConnectionString }
  { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
  { name: 'Durable__TaskHub', value: taskHub }
  { name: 'Webhook__KeyHashes__0', value: webhookKeySha256 }
  { name: 'Webhook__EntraId__TenantId', value: webhookEntraTenantId }
  { name: 'Webhook__EntraId__Audience', value: webhookEntraAudience }
  { name: 'Approvals__Enabled', value: string(approvalsEnabled) }
  { name: 'Approvals__PublicBaseUrl', value: 'https://${name}.azurewebsites.net' }
  { name: 'Approvals__ActiveKeyId', value: 'k1' }
  { name: 'Approvals__SigningKeys__k1', value: signingKeyReference }
  { name: 'Approvals__TrustAppServiceAuthentication', value: 'true' }
  // Audit chain keys: one line per key id whose records must still verify (never remove one while its records are
  // kept); Audit__ActiveKeyId picks the one new records use. Rotating: docs/deploy.md.
  { name: 'Audit__Keys__a1', value: '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/audit-key-a1)' }
  { name: 'Audit__ActiveKeyId', value: auditActiveKeyId }
  { name: 'Operator__TrustAppServiceAuthentication', value: 'true' }
  { name: 'Teams__WebhookUrl', value: teamsWebhookReference }
  { name: 'Azure__ManagedIdentityClientId', value: identityClientId }
  // The toil timers' schedules are %Toil__…% in function.json, which the Functions host resolves from app settings
  // only: the app's own defaults never reach it.
  { name: 'Toil__DailySchedule', value: '0 0 7 * * *' }
  { name: 'Toil__WeeklySchedule', value: '0 0 7 * * 1' }
]

// Flex Consumption takes the runtime from functionAppConfig and refuses these settings; Elastic Premium needs them,
// and runs from the zip in blob storage (read with the identity), so it needs no Azure Files share or account key.
var premiumSettings = [
  { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
  { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'custom' }
  { name: 'WEBSITE_RUN_FROM_PACKAGE', value: packageUri }
  { name: 'WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID', value: identityId }
]

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan'
  location: location
  tags: tags
  kind: isFlex ? 'functionapp' : 'elastic'
  sku: isFlex ? { name: 'FC1', tier: 'FlexConsumption' } : { name: 'EP1', tier: 'ElasticPremium' }
  properties: {
    reserved: true
    maximumElasticWorkerCount: isFlex ? null : 20
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      appSettings: concat(commonSettings, isFlex ? [] : premiumSettings)
      linuxFxVersion: isFlex ? null : ''
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: isFlex
      ? {
          deployment: {
            storage: {
              type: 'blobContainer'
              value: '${blobEndpoint}${deploymentContainerName}'
              authentication: { type: 'UserAssignedIdentity', userAssignedIdentityResourceId: identityId }
            }
          }
          scaleAndConcurrency: { maximumInstanceCount: maximumInstanceCount, instanceMemoryMB: instanceMemoryMB }
          runtime: { name: 'custom', version: '1.0' }
        }
      : null
  }
}

// No publishing passwords: deployments authenticate with Entra ID.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: { allow: false }
}

resource authentication 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true, runtimeVersion: '~1' }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
      excludedPaths: machineRoutes
    }
    httpSettings: { requireHttps: true }
    login: { tokenStore: { enabled: false } }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: authClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [authClientId, 'api://${authClientId}']
        }
      }
    }
  }
}

output hostName string = site.properties.defaultHostName
output name string = site.name
