// An action group whose webhook posts alerts in the common alert schema to the app's alert endpoint. Existing alert
// rules are wired by adding this action group to them (docs/deploy.md).

@description('Name of the action group.')
param name string

@description('Short name shown in notifications (at most 12 characters).')
@maxLength(12)
param shortName string

@description('Tags applied to every resource.')
param tags object

@description('The alert endpoint, without a key.')
param alertEndpoint string

@secure()
@description('The webhook key, appended as ?code=. Empty when the action group authenticates with Entra ID only.')
param webhookKey string

@description('Entra ID secure webhook: object id of the app registration the action group gets tokens for; empty for key-only.')
param secureWebhookObjectId string

@description('Entra ID secure webhook: identifier URI (audience) of that app registration.')
param secureWebhookIdentifierUri string

var useEntraId = !empty(secureWebhookObjectId)

resource group 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: name
  location: 'Global'
  tags: tags
  properties: {
    groupShortName: shortName
    enabled: true
    webhookReceivers: [
      {
        name: 'autoremediate'
        serviceUri: empty(webhookKey) ? alertEndpoint : '${alertEndpoint}?code=${webhookKey}'
        useCommonAlertSchema: true
        useAadAuth: useEntraId
        objectId: useEntraId ? secureWebhookObjectId : null
        identifierUri: useEntraId ? secureWebhookIdentifierUri : null
        tenantId: useEntraId ? tenant().tenantId : null
      }
    ]
  }
}

output id string = group.id
