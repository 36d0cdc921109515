// The app's own storage account: the engine's tables and work queue, the audit log, and the Functions host's blobs
// (keys, timer locks, and the deployment package). Shared keys are off: everything connects with the identity.

@description('Azure region of the account.')
param location string

@description('Storage account name: 3-24 lower-case letters and digits, globally unique.')
param name string

@description('Tags applied to every resource.')
param tags object

@description('Principal id of the app identity that gets data-plane roles on this account.')
param principalId string

@description('Blob container that holds the deployment package (Flex Consumption deployment storage, or the Elastic Premium run-from-package zip).')
param deploymentContainerName string

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: { publicAccess: 'None' }
}

// Built-in roles, by their fixed ids. Tables and queues: the engine, audit log and guardrail state. Blob Data Owner
// is what the Functions host documents for an identity-based AzureWebJobsStorage (host keys, timer singleton locks)
// and covers reading and writing the deployment package.
var roles = {
  tableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  queueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  blobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
}

resource assignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in items(roles): {
  scope: account
  name: guid(account.id, principalId, role.value)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.value)
  }
}]

output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output tableEndpoint string = account.properties.primaryEndpoints.table
output queueEndpoint string = account.properties.primaryEndpoints.queue
