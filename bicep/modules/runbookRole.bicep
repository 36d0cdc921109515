// Deployed once per remediation target resource group: a custom role holding exactly the Azure actions the enabled
// runbooks call, assigned to the app identity at that resource group and nowhere else.
//
// The two lists below must equal the union of the runbooks' declared AzureActions: the deployment tests compare
// them with every runbook registered in the app and fail, naming the action, when they differ.

@description('Principal id of the app identity.')
param principalId string

@description('Name prefix of the deployment, so two deployments in one tenant get distinct roles.')
param name string

// Control-plane (ARM) actions.
var controlActions = [
  'Microsoft.App/containerApps/read'
  'Microsoft.App/containerApps/revisions/restart/action'
  'Microsoft.App/containerApps/write'
  'Microsoft.Compute/virtualMachineScaleSets/read'
  'Microsoft.Compute/virtualMachineScaleSets/restart/action'
  'Microsoft.Compute/virtualMachineScaleSets/virtualMachines/read'
  'Microsoft.Compute/virtualMachineScaleSets/write'
  'Microsoft.Compute/virtualMachines/read'
  'Microsoft.Compute/virtualMachines/restart/action'
  'Microsoft.Insights/metrics/read'
  'Microsoft.KeyVault/vaults/read'
  'Microsoft.OperationalInsights/workspaces/query/read'
  'Microsoft.Storage/storageAccounts/read'
  'Microsoft.Storage/storageAccounts/tableServices/tables/write'
  'Microsoft.Web/certificates/read'
  'Microsoft.Web/certificates/write'
  'Microsoft.Web/serverfarms/read'
  'Microsoft.Web/serverfarms/write'
  'Microsoft.Web/sites/read'
  'Microsoft.Web/sites/restart/action'
  'Microsoft.Web/sites/slots/restart/action'
]

// Data-plane actions (Key Vault certificates and secrets, storage queue messages).
var dataActions = [
  'Microsoft.KeyVault/vaults/certificates/create/action'
  'Microsoft.KeyVault/vaults/certificates/read'
  'Microsoft.Storage/storageAccounts/queueServices/queues/messages/add/action'
  'Microsoft.Storage/storageAccounts/queueServices/queues/messages/delete'
  'Microsoft.Storage/storageAccounts/queueServices/queues/messages/process/action'
  'Microsoft.Storage/storageAccounts/queueServices/queues/messages/read'
  'Microsoft.Storage/storageAccounts/queueServices/queues/metadata/read'
  'Microsoft.Storage/storageAccounts/tableServices/tables/entities/add/action'
  'Microsoft.Storage/storageAccounts/tableServices/tables/entities/read'
  'Microsoft.Storage/storageAccounts/tableServices/tables/entities/update/action'
  'Microsoft.Storage/storageAccounts/tableServices/tables/entities/write'
]

resource role 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(resourceGroup().id, name, 'autoremediate-runbooks')
  properties: {
    roleName: '${name} runbooks (${resourceGroup().name}, ${subscription().subscriptionId})'
    description: 'Only the actions AutoRemediate runbooks call; assigned to its managed identity at this resource group.'
    type: 'CustomRole'
    assignableScopes: [resourceGroup().id]
    permissions: [
      {
        actions: controlActions
        notActions: []
        dataActions: dataActions
        notDataActions: []
      }
    ]
  }
}

resource assignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, principalId, role.id)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: role.id
  }
}

output roleDefinitionId string = role.id
