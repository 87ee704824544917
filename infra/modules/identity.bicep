// The one identity of the app: the bot authenticates to Bot Service with it (msaAppType UserAssignedMSI),
// the site reads Key Vault references with it, and it is the Entra login of the database.
@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string

param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
