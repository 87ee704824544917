// Virtual network with two delegated subnets: one for the App Service VNet integration (outbound traffic of
// the site, with a Key Vault service endpoint) and one for the PostgreSQL flexible server (private access),
// plus the private DNS zone that resolves the server's name inside the network.
param vnetName string
param location string
param tags object

@description('Address space of the virtual network.')
param addressPrefix string = '10.40.0.0/16'

@description('Subnet for the App Service VNet integration (a /26 or larger is recommended).')
param appSubnetPrefix string = '10.40.1.0/26'

@description('Subnet delegated to the PostgreSQL flexible server.')
param databaseSubnetPrefix string = '10.40.2.0/28'

@description('Name of the PostgreSQL server; the private DNS zone is named after it.')
param databaseServerName string

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: vnetName
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [addressPrefix]
    }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: appSubnetPrefix
          delegations: [
            {
              name: 'app-service'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
          // Lets the vault's network rules admit the site while the vault denies everything else.
          serviceEndpoints: [
            {
              service: 'Microsoft.KeyVault'
            }
          ]
        }
      }
      {
        name: 'database'
        properties: {
          addressPrefix: databaseSubnetPrefix
          delegations: [
            {
              name: 'postgres-flexible'
              properties: {
                serviceName: 'Microsoft.DBforPostgreSQL/flexibleServers'
              }
            }
          ]
        }
      }
    ]
  }
}

// Flexible servers with private access require a zone ending in .postgres.database.azure.com.
resource databaseDnsZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: '${databaseServerName}.private.postgres.database.azure.com'
  location: 'global'
  tags: tags
}

resource databaseDnsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: databaseDnsZone
  name: '${vnetName}-link'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: vnet.id
    }
  }
}

output appSubnetId string = vnet.properties.subnets[0].id
output databaseSubnetId string = vnet.properties.subnets[1].id
// Referencing this module's outputs makes the database wait for the whole module, DNS link included,
// which the server needs before it is created.
output databaseDnsZoneId string = databaseDnsZone.id
