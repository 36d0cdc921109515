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
var controlActions = []

// Data-plane actions (Key Vault certificates and secrets, storage queue messages).
var dataActions = []

resource role 'Microsoft.Authorization/roleDefinitions@2022-04-01' = if (!empty(controlActions) || !empty(dataActions)) {
  name: guid(resourceGroup().id, name, 'autoremediate-runbooks')
  properties: {
    roleName: '${name} runbooks (${resourceGroup().name})'
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

resource assignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(controlActions) || !empty(dataActions)) {
  name: guid(resourceGroup().id, principalId, role.id)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: role.id
  }
}

output roleDefinitionId string = (!empty(controlActions) || !empty(dataActions)) ? role.id : ''
