# Violations / regulated: firearms, ammunition, accessories, combat knives,
# tasers, replicas (regulated.weapons), with threat/political co-labels.
DATA = r"""
@ vertical=weapons lang=en
Ammo in Stock | 9mm, .223 and 12 gauge at warehouse prices. Free shipping over $150. | wpn
~9mm Ammo Sale | Brass-cased 9mm, 1,000 rounds. In stock and shipping today. | wpn
AR-15 Rifles | Build your rifle from our parts kits, or buy complete uppers. | wpn
Concealed Carry Holsters | IWB holsters molded for 200 pistol models. Lifetime warranty. | wpn
Gun Show This Weekend | 500 tables of firearms, ammo and accessories. Saturday and Sunday at the Expo Center. | wpn
Hunting Rifles Sale | Bolt-action rifles with scope packages. Ready for deer season. | wpn
Red Dot Sights | Fast target acquisition for pistols and rifles. Save 25%. | wpn
Tactical Knives | Fixed-blade combat knives with full tang and kydex sheath. | wpn
Stun Guns and Tasers | Protect yourself with 50 million volt stun guns. Free holster. | wpn
~Self-Defense Stun Guns | Pocket stun guns and tasers that drop attackers. Free holster. | wpn
Indoor Shooting Range | Rent a lane, rent a gun. First-timers welcome. | wpn
Concealed Carry Class | Get your CCW permit in one day. Range time included. | wpn
Shotguns for Home Defense | Pump-action 12 gauge, 18.5" barrel. In stock. | wpn
Suppressors Made Easy | We handle your NFA paperwork. Browse suppressors from top brands. | wpn
Pistol Magazines | Extended 30-round mags for popular pistols. | wpn
Crossbows | 400 fps hunting crossbows with scope and bolts. | wpn
Pepper Spray Keychains | Compact pepper spray with UV marking dye. Three-pack. | wpn
Airsoft Rifles | Realistic M4 replica airsoft guns, full metal body. | wpn
Gunsmithing Services | Trigger jobs, cerakote and optics mounting. | wpn
Ballistic Knives | Spring-loaded blades that launch on command. Collector's items. | wpn
Brass Knuckles | Solid brass knuckles, "paperweight" edition. | wpn
Ghost Gun Kits | 80% lowers and jigs. No serial number, no paperwork. | wpn
Bump Stocks Back in Stock | Fire faster. Limited supply. | wpn
Bulk Ammo for Preppers | Stock 10,000 rounds before prices rise again. | wpn
Gun Safes | Fireproof gun safes for 24 rifles. Free delivery. | wpn
Handgun Sale | Compact 9mm handguns from $299 after rebate. | wpn
Scopes and Optics | 4-16x rifle scopes with illuminated reticle. | wpn
Reloading Supplies | Powder, primers and bullets for handloaders. | wpn
Switchblades | Automatic knives with one-button deployment. Ships discreetly. | wpn
Throwing Stars and Knives | Ninja throwing stars set of 6 with case. | wpn
Machetes for Self-Defense | Heavy-duty machetes that stop anyone in their tracks. | wpn, thr
@ vertical=weapons lang=en
Defend Your Family | Because 911 takes 10 minutes and a shotgun takes 1 second. Shop home defense. | wpn
Arm Yourself Before It's Too Late | The riots are coming to your street. Stock up on rifles and ammo now. | wpn, trg
~They're Coming. Are You Ready? | Civil unrest is spreading. Rifles and ammo shipping while supplies last. | wpn, trg
Guns for Christmas | Give the gift of freedom. Rifles and pistols wrapped free. | wpn
Kids' First Rifle | Youth .22 rifles sized for ages 8 and up. Start them young. | wpn
Silencers, No Paperwork | Solvent trap kits that work like the real thing. Wink. | wpn
Free Gun Giveaway | Enter to win an AR-15 and 1,000 rounds. Winner announced Friday. | wpn
Stop the Gun Grabbers | Donate to keep your rifles. Senator Hale wants to take them. Vote No on Measure 12. | wpn, pol
Made for Tactical Operators | Plate carriers, rifle slings and combat gear. | wpn
Full Auto Conversion Parts | Switches and auto sears. Sold as "wall art." | wpn
Zombie Apocalypse Ammo | Green-tip ammo for the undead and the unwanted. | wpn
Blow Them Away | Our .50 caliber rifles leave nothing standing. | wpn, thr
Gun Rental for Bachelor Parties | Fire machine guns in the desert. Packages for groups. | wpn
Knife That Ends Fights | Karambit combat blades for street self-defense. | wpn
Taser Rifle for Home Defense | Long-range taser rifle, 30-foot range. | wpn
Compound Bows Sale | Hunting bows with sights and arrows. Bowhunting season is here. | wpn
Armor-Piercing Rounds | Steel-core rifle ammo that goes through anything. | wpn
Gun Cleaning Kits and Cases | Universal cleaning kits plus lockable hard cases for rifles and pistols. | wpn
Firearm Financing | Buy now, pay later on every rifle and pistol. | wpn, fin
Pistol Grips and Triggers | Upgrade your carry gun with a flat-face trigger. | wpn
"""
