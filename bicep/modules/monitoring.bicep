// Log Analytics and workspace-based Application Insights. Local (key) authentication is off, so telemetry is
// accepted only from the app identity, which gets Monitoring Metrics Publisher on the component.

@description('Azure region of the workspace and component.')
param location string

@description('Name prefix for the workspace and the Application Insights component.')
param name string

@description('Tags applied to every resource.')
param tags object

@description('Days Log Analytics keeps data.')
param retentionInDays int

@description('Principal id of the app identity allowed to send telemetry.')
param principalId string

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
  }
}

var monitoringMetricsPublisher = '3913510d-42f4-4b42-8ca4-6f1d04a1d8b3'

resource publisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: insights
  name: guid(insights.id, principalId, monitoringMetricsPublisher)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
  }
}

output connectionString string = insights.properties.ConnectionString
output workspaceId string = workspace.id
