// The app's one identity: every Azure call the app and the Functions host make runs as this user-assigned identity,
// so its role assignments are the whole of what the deployment can touch.

@description('Azure region of the identity.')
param location string

@description('Name of the user-assigned managed identity.')
param name string

@description('Tags applied to every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
