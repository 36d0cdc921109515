// The app's secrets: the approval-token signing key and the Teams webhook URL. The app reads them through Key Vault
// references in its app settings, so no secret sits in the site configuration or the deployment history.

@description('Azure region of the vault.')
param location string

@description('Key Vault name: 3-24 letters, digits and hyphens, globally unique.')
param name string

@description('Tags applied to every resource.')
param tags object

@description('Principal id of the app identity, given Key Vault Secrets User on this vault only.')
param principalId string

@secure()
@description('Approval-token HMAC key: base64 of at least 32 random bytes (openssl rand -base64 32). Empty leaves an existing secret as it is.')
param approvalSigningKey string

@secure()
@description('The audit chain key for key id auditKeyId: base64 of at least 32 random bytes. Empty keeps the secret already in Key Vault.')
param auditKey string

@description('The id of the audit key auditKey holds (stored as secret audit-key-{id}).')
param auditKeyId string

@secure()
@description('Teams incoming-webhook (or Workflows) URL for approval cards. Empty leaves an existing secret as it is.')
param teamsWebhookUrl string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
  }
}

resource signingKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(approvalSigningKey)) {
  parent: vault
  name: 'approval-signing-key-k1'
  properties: { value: approvalSigningKey, contentType: 'base64 HMAC key' }
}

resource auditKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(auditKey)) {
  parent: vault
  name: 'audit-key-${auditKeyId}'
  properties: { value: auditKey, contentType: 'base64 HMAC key (audit chain)' }
}

resource teamsWebhook 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(teamsWebhookUrl)) {
  parent: vault
  name: 'teams-webhook-url'
  properties: { value: teamsWebhookUrl, contentType: 'URL' }
}

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, principalId, keyVaultSecretsUser)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

// Versionless references: the app picks up a rotated secret on its next restart (or within a day).
output signingKeyReference string = '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/approval-signing-key-k1)'
output teamsWebhookReference string = '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/teams-webhook-url)'
output vaultUri string = vault.properties.vaultUri
output name string = vault.name
