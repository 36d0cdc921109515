// AutoRemediate on Azure Functions: one resource group holding the app, its identity, storage, Key Vault and
// monitoring, plus a least-privilege custom role in every resource group the runbooks may act on.
// Deploy with: az deployment group create -g RG -f bicep/main.bicep -p @main.parameters.json (docs/deploy.md).

targetScope = 'resourceGroup'

@description('Name prefix for every resource: 3-16 lower-case letters and digits.')
@minLength(3)
@maxLength(16)
param name string

@description('Azure region; defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('FlexConsumption (default: pay per execution, scales to zero) or ElasticPremium (always warm, EP1).')
@allowed(['FlexConsumption', 'ElasticPremium'])
param hostingPlan string = 'FlexConsumption'

@description('Flex Consumption: the most instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Flex Consumption: memory per instance in MB (2048 or 4096).')
@allowed([2048, 4096])
param instanceMemoryMB int = 2048

@description('Elastic Premium only: blob URL of the published zip in the deployment container (set after the first upload).')
param packageUri string = ''

@description('Task hub: lower-case letters and digits; names the work queue and the engine\'s tables.')
@minLength(3)
@maxLength(45)
param taskHub string = 'autoremediate'

@secure()
@description('The alert webhook key (e.g. openssl rand -hex 32). Goes into the action group\'s URL as ?code=; the app only gets its hash.')
param webhookKey string

@description('SHA-256 (hex) of webhookKey: printf %s "$KEY" | sha256sum. Bicep has no hash function, so it is passed in.')
param webhookKeySha256 string

@description('Entra ID tenant whose bearer tokens the webhook and operator API accept; empty for key-only.')
param webhookEntraTenantId string = ''

@description('Audience those bearer tokens must carry; empty for key-only.')
param webhookEntraAudience string = ''

@description('Action group secure webhook: object id of the app registration to get tokens for; empty sends the key instead.')
param secureWebhookObjectId string = ''

@description('Action group secure webhook: identifier URI of that app registration.')
param secureWebhookIdentifierUri string = ''

@description('Client id of the Entra ID app registration that App Service authentication signs approvers and dashboard users in with.')
param authClientId string

@description('Turn the approval step on (Teams cards and signed approval pages).')
param approvalsEnabled bool = true

@secure()
@description('Approval-token signing key: base64 of at least 32 random bytes (openssl rand -base64 32). Empty keeps the secret already in Key Vault.')
param approvalSigningKey string = ''

@secure()
@description('Audit chain HMAC key for key id auditActiveKeyId: base64 of at least 32 random bytes (openssl rand -base64 32). Empty keeps the secret already in Key Vault. Rotating: docs/deploy.md.')
param auditKey string = ''

@description('The audit key new records are keyed with (Key Vault secret audit-key-{id}). Every key listed in modules/functionApp.bicep stays configured so older records verify.')
param auditActiveKeyId string = 'a1'

@secure()
@description('Teams webhook URL for approval cards. Empty keeps the secret already in Key Vault.')
param teamsWebhookUrl string = ''

@description('Resource groups the runbooks may act on, as [{ subscriptionId, resourceGroup }]; each gets the runbook role.')
param remediationTargets array = []

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Tags applied to every resource.')
param tags object = { application: 'autoremediate' }

var suffix = uniqueString(resourceGroup().id, name)
var deploymentContainerName = 'deployment'

module identity 'modules/identity.bicep' = {
  name: '${name}-identity'
  params: { location: location, name: '${name}-id', tags: tags }
}

module storage 'modules/storage.bicep' = {
  name: '${name}-storage'
  params: {
    location: location
    name: take('${name}${suffix}', 24)
    tags: tags
    principalId: identity.outputs.principalId
    deploymentContainerName: deploymentContainerName
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: '${name}-monitoring'
  params: {
    location: location
    name: name
    tags: tags
    retentionInDays: logRetentionInDays
    principalId: identity.outputs.principalId
  }
}

module vault 'modules/keyVault.bicep' = {
  name: '${name}-vault'
  params: {
    location: location
    name: take('${name}-kv-${suffix}', 24)
    tags: tags
    principalId: identity.outputs.principalId
    approvalSigningKey: approvalSigningKey
    auditKey: auditKey
    auditKeyId: auditActiveKeyId
    teamsWebhookUrl: teamsWebhookUrl
  }
}

module app 'modules/functionApp.bicep' = {
  name: '${name}-app'
  params: {
    location: location
    name: '${name}-${suffix}'
    tags: tags
    hostingPlan: hostingPlan
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: deploymentContainerName
    packageUri: packageUri
    insightsConnectionString: monitoring.outputs.connectionString
    taskHub: taskHub
    webhookKeySha256: webhookKeySha256
    webhookEntraTenantId: webhookEntraTenantId
    webhookEntraAudience: webhookEntraAudience
    approvalsEnabled: approvalsEnabled
    signingKeyReference: vault.outputs.signingKeyReference
    vaultUri: vault.outputs.vaultUri
    auditActiveKeyId: auditActiveKeyId
    teamsWebhookReference: vault.outputs.teamsWebhookReference
    authClientId: authClientId
  }
}

module runbookRoles 'modules/runbookRole.bicep' = [for target in remediationTargets: {
  name: '${name}-role-${uniqueString(target.subscriptionId, target.resourceGroup)}'
  scope: resourceGroup(target.subscriptionId, target.resourceGroup)
  params: { principalId: identity.outputs.principalId, name: name }
}]

module actionGroup 'modules/actionGroup.bicep' = {
  name: '${name}-actions'
  params: {
    name: '${name}-remediate'
    shortName: take(name, 12)
    tags: tags
    alertEndpoint: 'https://${app.outputs.hostName}/api/alerts'
    webhookKey: empty(secureWebhookObjectId) ? webhookKey : ''
    secureWebhookObjectId: secureWebhookObjectId
    secureWebhookIdentifierUri: secureWebhookIdentifierUri
  }
}

@description('The alert webhook, without its key (the action group adds ?code=).')
output webhookUrl string = 'https://${app.outputs.hostName}/api/alerts'

@description('The dashboard; it and the approval pages sign people in with Entra ID.')
output dashboardUrl string = 'https://${app.outputs.hostName}/dashboard'

@description('Principal id of the app identity, for extra role assignments.')
output principalId string = identity.outputs.principalId

@description('Name of the Function App, for the deploy commands.')
output functionAppName string = app.outputs.name

@description('Storage account holding the deployment container.')
output storageAccountName string = storage.outputs.name

@description('Resource id of the action group to add to existing alert rules.')
output actionGroupId string = actionGroup.outputs.id
