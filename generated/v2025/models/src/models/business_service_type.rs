/// Specifies the type of business service or resource. Possible values include:
///   0    - Folder
///   1    - Computer
///   2    - Container
///   3    - Domain
///   4    - Group / GPO
///   5    - OrganizationalUnit
///   6    - User
///   7    - Document
///   8    - List / WindowsFileServer / SharepointOnline
///   9    - ListItem
///   10   - Site
///   11   - Unknown / DropboxUser
///   12   - WSSFolder
///   13   - Web
///   14   - ExchangeFolder
///   15   - Mailbox
///   16   - PublicFolder
///   18   - UserSAMAccountName
///   24   - (reserved)
///   25   - GroupPolicyContainer
///   30   - File
///   801  - WindowsClusterServerName
///   908  - GoogleFolder
///   909  - GoogleUser
///   910  - DropboxFolder
///   912  - BoxFolder
///   913  - BoxUser
///   914  - BoxFile
///   950  - WSSFile
///   951  - HiddenList
///   952  - HiddenWSSFolder
///   953  - HiddenWSSFile
///   1000 - BuiltinDomain
///   1100 - DfsNamespace
///   1101 - DfsLink
///   1200 - SqlServerInstance
///   1201 - SqlServerDatabase
///   1202 - SqlServerSchema
///   1203 - SqlServerTable
///   1204 - SqlServerView
///   1205 - SqlServerStoredProcedure
///   1206 - SqlServerFunction
///   1207 - SqlServerAssemblie
///   1208 - SqlServerType
///   1209 - SqlServerDatabaseRole
///   1210 - SqlServerDatabaseUser
///   1211 - SqlServerApplicationRole
///   1212 - SqlServerLogin
///   1213 - SqlServerServerRole
///   1214 - SqlServerVirtualContainer
///   1215 - SqlServerSynonym
///   1216 - SqlServerExtendedStoredProcedure
///   1300 - AwsS3Root
///   1301 - AwsS3OU
///   1302 - AwsS3Account
///   1303 - AwsS3Bucket
///   1304 - AwsS3Folder
///   1305 - AwsS3File
///   1400 - SnowflakeDatabase
///   1401 - SnowflakeSchema
///   1402 - SnowflakeTable
///   1403 - SnowflakeView
///   1404 - SnowflakeFunction
///   1405 - SnowflakeProcedure
///   1406 - SnowflakeVirtualContainer
///   1407 - SnowflakeDatabaseApplication
///   1408 - SnowflakeDatabaseApplicationPackage
///   1409 - SnowflakeDatabasePersonal
///   1410 - SnowflakeDatabaseImported
///   1411 - SnowflakeViewMaterialized
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BusinessServiceType {
    /// `0`
    V0,
    /// `1`
    V1,
    /// `2`
    V2,
    /// `3`
    V3,
    /// `4`
    V4,
    /// `5`
    V5,
    /// `6`
    V6,
    /// `7`
    V7,
    /// `8`
    V8,
    /// `9`
    V9,
    /// `10`
    V10,
    /// `11`
    V11,
    /// `12`
    V12,
    /// `13`
    V13,
    /// `14`
    V14,
    /// `15`
    V15,
    /// `16`
    V16,
    /// `18`
    V18,
    /// `24`
    V24,
    /// `25`
    V25,
    /// `30`
    V30,
    /// `801`
    V801,
    /// `908`
    V908,
    /// `909`
    V909,
    /// `910`
    V910,
    /// `912`
    V912,
    /// `913`
    V913,
    /// `914`
    V914,
    /// `950`
    V950,
    /// `951`
    V951,
    /// `952`
    V952,
    /// `953`
    V953,
    /// `1000`
    V1000,
    /// `1100`
    V1100,
    /// `1101`
    V1101,
    /// `1200`
    V1200,
    /// `1201`
    V1201,
    /// `1202`
    V1202,
    /// `1203`
    V1203,
    /// `1204`
    V1204,
    /// `1205`
    V1205,
    /// `1206`
    V1206,
    /// `1207`
    V1207,
    /// `1208`
    V1208,
    /// `1209`
    V1209,
    /// `1210`
    V1210,
    /// `1211`
    V1211,
    /// `1212`
    V1212,
    /// `1213`
    V1213,
    /// `1214`
    V1214,
    /// `1215`
    V1215,
    /// `1216`
    V1216,
    /// `1300`
    V1300,
    /// `1301`
    V1301,
    /// `1302`
    V1302,
    /// `1303`
    V1303,
    /// `1304`
    V1304,
    /// `1305`
    V1305,
    /// `1400`
    V1400,
    /// `1401`
    V1401,
    /// `1402`
    V1402,
    /// `1403`
    V1403,
    /// `1404`
    V1404,
    /// `1405`
    V1405,
    /// `1406`
    V1406,
    /// `1407`
    V1407,
    /// `1408`
    V1408,
    /// `1409`
    V1409,
    /// `1410`
    V1410,
    /// `1411`
    V1411,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(i64),
}
impl BusinessServiceType {
    /// The value as on the wire.
    pub fn value(&self) -> i64 {
        match *self {
            Self::V0 => 0i64,
            Self::V1 => 1i64,
            Self::V2 => 2i64,
            Self::V3 => 3i64,
            Self::V4 => 4i64,
            Self::V5 => 5i64,
            Self::V6 => 6i64,
            Self::V7 => 7i64,
            Self::V8 => 8i64,
            Self::V9 => 9i64,
            Self::V10 => 10i64,
            Self::V11 => 11i64,
            Self::V12 => 12i64,
            Self::V13 => 13i64,
            Self::V14 => 14i64,
            Self::V15 => 15i64,
            Self::V16 => 16i64,
            Self::V18 => 18i64,
            Self::V24 => 24i64,
            Self::V25 => 25i64,
            Self::V30 => 30i64,
            Self::V801 => 801i64,
            Self::V908 => 908i64,
            Self::V909 => 909i64,
            Self::V910 => 910i64,
            Self::V912 => 912i64,
            Self::V913 => 913i64,
            Self::V914 => 914i64,
            Self::V950 => 950i64,
            Self::V951 => 951i64,
            Self::V952 => 952i64,
            Self::V953 => 953i64,
            Self::V1000 => 1000i64,
            Self::V1100 => 1100i64,
            Self::V1101 => 1101i64,
            Self::V1200 => 1200i64,
            Self::V1201 => 1201i64,
            Self::V1202 => 1202i64,
            Self::V1203 => 1203i64,
            Self::V1204 => 1204i64,
            Self::V1205 => 1205i64,
            Self::V1206 => 1206i64,
            Self::V1207 => 1207i64,
            Self::V1208 => 1208i64,
            Self::V1209 => 1209i64,
            Self::V1210 => 1210i64,
            Self::V1211 => 1211i64,
            Self::V1212 => 1212i64,
            Self::V1213 => 1213i64,
            Self::V1214 => 1214i64,
            Self::V1215 => 1215i64,
            Self::V1216 => 1216i64,
            Self::V1300 => 1300i64,
            Self::V1301 => 1301i64,
            Self::V1302 => 1302i64,
            Self::V1303 => 1303i64,
            Self::V1304 => 1304i64,
            Self::V1305 => 1305i64,
            Self::V1400 => 1400i64,
            Self::V1401 => 1401i64,
            Self::V1402 => 1402i64,
            Self::V1403 => 1403i64,
            Self::V1404 => 1404i64,
            Self::V1405 => 1405i64,
            Self::V1406 => 1406i64,
            Self::V1407 => 1407i64,
            Self::V1408 => 1408i64,
            Self::V1409 => 1409i64,
            Self::V1410 => 1410i64,
            Self::V1411 => 1411i64,
            Self::Unknown(value) => value,
        }
    }
}
impl From<i64> for BusinessServiceType {
    fn from(value: i64) -> Self {
        match value {
            0i64 => Self::V0,
            1i64 => Self::V1,
            2i64 => Self::V2,
            3i64 => Self::V3,
            4i64 => Self::V4,
            5i64 => Self::V5,
            6i64 => Self::V6,
            7i64 => Self::V7,
            8i64 => Self::V8,
            9i64 => Self::V9,
            10i64 => Self::V10,
            11i64 => Self::V11,
            12i64 => Self::V12,
            13i64 => Self::V13,
            14i64 => Self::V14,
            15i64 => Self::V15,
            16i64 => Self::V16,
            18i64 => Self::V18,
            24i64 => Self::V24,
            25i64 => Self::V25,
            30i64 => Self::V30,
            801i64 => Self::V801,
            908i64 => Self::V908,
            909i64 => Self::V909,
            910i64 => Self::V910,
            912i64 => Self::V912,
            913i64 => Self::V913,
            914i64 => Self::V914,
            950i64 => Self::V950,
            951i64 => Self::V951,
            952i64 => Self::V952,
            953i64 => Self::V953,
            1000i64 => Self::V1000,
            1100i64 => Self::V1100,
            1101i64 => Self::V1101,
            1200i64 => Self::V1200,
            1201i64 => Self::V1201,
            1202i64 => Self::V1202,
            1203i64 => Self::V1203,
            1204i64 => Self::V1204,
            1205i64 => Self::V1205,
            1206i64 => Self::V1206,
            1207i64 => Self::V1207,
            1208i64 => Self::V1208,
            1209i64 => Self::V1209,
            1210i64 => Self::V1210,
            1211i64 => Self::V1211,
            1212i64 => Self::V1212,
            1213i64 => Self::V1213,
            1214i64 => Self::V1214,
            1215i64 => Self::V1215,
            1216i64 => Self::V1216,
            1300i64 => Self::V1300,
            1301i64 => Self::V1301,
            1302i64 => Self::V1302,
            1303i64 => Self::V1303,
            1304i64 => Self::V1304,
            1305i64 => Self::V1305,
            1400i64 => Self::V1400,
            1401i64 => Self::V1401,
            1402i64 => Self::V1402,
            1403i64 => Self::V1403,
            1404i64 => Self::V1404,
            1405i64 => Self::V1405,
            1406i64 => Self::V1406,
            1407i64 => Self::V1407,
            1408i64 => Self::V1408,
            1409i64 => Self::V1409,
            1410i64 => Self::V1410,
            1411i64 => Self::V1411,
            other => Self::Unknown(other),
        }
    }
}
crate::serde_helpers::integer_enum!(BusinessServiceType);
