# Tricky benign: violence / death / weapon-sounding words used innocently.
# All compliant (empty labels), tricky=1.
DATA = r"""
@ vertical=retail_fashion lang=en tricky=1
Killer Deals on Denim | Every pair of jeans $29.99 this weekend only at Corrie Lane.
~Denim Deals That Slay | All jeans $29.99 through Sunday. Every fit, every wash.
Drop-Dead Gorgeous Gowns | Evening dresses for galas and proms. Rent or buy.
Knockout Prices on Coats | Winter coats from $49 during our clearance event.
Dresses to Die For | Our summer collection is here. Flowy midis from $59.
Slay the Holiday Party | Sequin tops and velvet blazers, new this week.
Savage Sale: 60% Off Everything | Final clearance on all summer styles. Ends Monday.
Bombshell Red Lipstick Is Back | Our best-selling matte red has restocked in all finishes.
Shoes That Kill It on the Dance Floor | Block heels comfortable enough for a 6-hour wedding.
Camo Print Jackets | Streetwear staple in olive and sand camo. $69.
Gunmetal Grey Suits | Slim-fit suits in gunmetal grey wool. Free tailoring.
Combat Boots | Chunky lace-up boots with a lug sole. Women's sizes 5-12.
Bullet Journal Tote | Canvas tote with a notebook sleeve for your bullet journal.
Attack the Clearance Rack | Extra 30% off already-reduced styles, online and in stores.
Cargo Pants in Army Green | Relaxed fit with 6 pockets. Unisex sizing.
Dead Stock Sneakers | Never-worn vintage sneakers from the 90s, authenticated.
Shot on iPhone Lookbook | See our spring collection photographed entirely by our customers.
Cut-Throat Prices on Tees | Plain tees 5 for $30. Mix any colors.
@ vertical=electronics lang=en tricky=1
Blast Your Music | Party speaker with 40-hour battery and light show. $149.
Shoot Stunning 4K Video | Mirrorless camera with in-body stabilization. Save $300.
Battery That Won't Die on You | 20,000mAh power bank for 4 full phone charges.
Kill Background Noise | ANC earbuds that silence the subway. $99.
Nuke Your Lag | Gaming router with traffic prioritization. Lower ping, fewer disconnects.
Explosive Bass | Subwoofer with 12" driver for home theaters.
Shutter Speed Masterclass | Learn to freeze motion and shoot sharp action photos.
Bulletproof Phone Case | Survives 15-foot drops. Lifetime warranty.
Laser Printer Deals | Monochrome laser printers from $129. Fast and cheap per page.
Stun Your Guests | Projector with 3,000 lumens for bright backyard movie nights.
Headshot Lighting Kit | Two softboxes and stands for pro headshots at home.
Target Your Wi-Fi Dead Zones | Mesh extenders that reach every corner of the house.
@ vertical=home_garden lang=en tricky=1
Kills 99.9% of Germs | Disinfecting wipes for kitchens and bathrooms. 3-pack $9.
Weed Killer for Driveways | Pet-safe vinegar-based weed killer. Spray and wait 24 hours.
~Kill Driveway Weeds Naturally | Vinegar-based spray, safe for pets once dry.
Bomb-Proof Garden Hose | Kink-resistant hose with a lifetime guarantee.
Slug Killer Pellets | Protect your lettuces. Organic, safe around pets.
Mosquito Trap | Kill mosquitoes in your yard without chemicals.
Ant Bait Stations | Kill the colony, not just the ants you see. 6-pack.
Axe the Clutter | Professional organizers declutter your garage in one day.
Hedge Trimmer Blowout | Cordless trimmers from $79 this weekend.
Chainsaw Sharpening | Bring your chainsaw in for sharpening while you wait. $15.
Dead-Bolt Installation | Upgrade your locks. Smart dead-bolts installed for $99.
Fire Pit Season | Steel fire pits and smokeless fire pit kits in stock.
Rodent Control | Humane rodent removal and exclusion. Free inspection.
Drop Cloths and Painter's Tape | Everything for a clean paint job, 25% off.
Smoke Detectors | Protect your family. 10-year sealed battery alarms.
Bug Bombs? Try This Instead | Plant-based indoor insect control with no fogging.
@ vertical=food_beverage lang=en tricky=1
Cake to Die For | Triple chocolate layer cake for birthdays. Order 48 hours ahead.
Killer Hot Sauce | Ghost pepper sauce for fearless eaters. 5oz bottle $9.
Flavor Bomb Dumplings | Soup dumplings bursting with broth. Frozen, ready in 10 minutes.
Death by Chocolate Brownies | Fudge brownies with chocolate chunks. Box of 12 shipped.
Smash Burgers | Crispy-edged smash burgers at Griddle House. $8.99.
Butcher's Cut Steaks | Dry-aged ribeye and strip cut to order.
Slaughterhouse-Free Eating | Plant-based deli slices that taste like the real thing.
Shot of Espresso, Every Morning | Coffee subscription with fresh espresso beans weekly.
Ginger Shots | Cold-pressed ginger and turmeric wellness shots. 12-pack.
Wheatgrass Shots | Fresh wheatgrass at our juice bar. $3.50 a shot.
Brain Freeze Guaranteed | Slushies in 20 flavors at Polar Stop.
Cleaver-Cut Noodles | Hand-cut noodles made fresh daily at Mian House.
Sticky Fingers Ribs | Fall-off-the-bone ribs. Half rack $15.
Bloody Good Beetroot Burger | Our beet burger is back on the menu for spring.
Killer Breakfast Burrito | Eggs, potatoes, chorizo and salsa verde. $7.
@ vertical=fitness lang=en tricky=1
Crush Your Goals | Personal training packages to help you hit your fitness targets.
Kickboxing Classes | Full-body cardio and technique. First class free.
~Try Kickboxing Free | Learn pads and combos while burning calories. First class on us.
Boxing Gym Open House | Hit the bags, meet the coaches and try sparring drills. Free Saturday.
Knockout Workout | 45-minute boxing-inspired HIIT. Drop in for $15.
Beast Mode Bootcamp | Outdoor bootcamp at 6am. Bring water and a towel.
Punch Out Stress | Heavy bag classes for all levels. Gloves provided.
Self-Defense Class for Women | Learn awareness and escape techniques. No experience needed.
Fencing Lessons | Olympic-style fencing for kids and adults. Equipment provided.
Archery Tag Parties | Foam-tipped arrow games for birthday parties ages 10+.
Martial Arts Academy | Karate, judo and BJJ for all ages. Free trial week.
Sweat Like You Mean It | Hot yoga classes 7 days a week.
Torture-Free Leg Day | Machines that protect your knees. Book a gym tour.
@ vertical=entertainment lang=en tricky=1
Murder Mystery Dinner | Solve the case over three courses. Friday and Saturday nights.
True Crime Podcast | Cold cases revisited with new evidence every week.
Zombie Run 5K | Dodge costumed zombies on an obstacle course. Registration open.
Haunted House Tickets | Three floors of scares. Not recommended for kids under 12.
Horror Film Festival | Midnight screenings of cult horror classics all October.
Laser Tag Arena | Birthday parties and corporate team events. Book online.
Paintball Park | Woodland and speedball fields. Rental gear included.
Thriller Book Club | This month: a psychological thriller that will keep you up at night.
Dead Poets Reading Night | Read your favorite classic poems at our open mic.
Crime Drama Streaming Now | Season 2 of Precinct 9 is streaming on Flixwave.
Axe Throwing Venue | Throw axes at wooden targets with trained coaches. Groups of 4-20.
Escape Room: The Heist | Crack the vault in 60 minutes. Groups up to 8.
War of the Worlds Live | Radio drama performed live on stage with sound effects.
Medieval Fair | Jousting demos, craft stalls and knights in armor. Saturday and Sunday.
History Museum: Civil War Exhibit | Letters, maps and uniforms from the 1860s. Free with admission.
@ vertical=gaming lang=en tricky=1
Battle Royale Season 6 | 100 players, one island, new weapons crate drops. Free to play.
Zombie Survival Game | Build your base and survive the night. Play free on mobile.
~Survive the Zombie Night | Craft, build and defend your base. Free mobile game.
Sniper Puzzle Game | Line up the perfect shot in 300 physics puzzles. Download free.
Tower Defense | Stop waves of invading robots with upgradable towers.
Fighting Game Tournament | Double-elimination bracket, $10 entry, trophies for top 3.
Space Shooter | Classic arcade shooter with modern graphics. On Steam now.
Knight's Quest | Sword-and-sorcery RPG with a 60-hour campaign.
Kill Time on Your Commute | Relaxing puzzle games that play offline.
Headshot Highlights | Watch the best esports plays of the week on our channel.
Warhammer-Style Miniatures | Paint and play tabletop strategy games. Starter sets available.
@ vertical=local_services lang=en tricky=1
We Kill Bed Bugs | Heat treatment that eliminates bed bugs in one day. Guaranteed.
Termite Terminator | Termite inspections and treatment plans. Free inspection.
~Termites? Call the Terminators | Free termite inspection and a treatment warranty.
Stump Grinding | We remove stumps below ground level. Free quote.
Demolition Services | Interior demo for kitchen and bath remodels.
Dead Battery? Jump Start Service | Roadside jump starts in 30 minutes.
Blast Cleaning | Sandblasting and soda blasting for car restoration.
Gutter Cleaning Blitz: Shoot Us a Text | Clean gutters in under an hour. $99 for most homes.
Photo Shoot Packages | Portrait photo shoots in studio or outdoors. From $150.
Headshot Photographer | Corporate headshots at your office.
First Aid Training | CPR and first aid certification. Red Cross approved.
First-Aid Kits for Workplaces | OSHA-compliant kits with refill service.
Trauma Kits for Schools | Bleeding control kits and training for school staff.
Hunting Lodge Cabins | Rustic cabins for hunters and anglers. Book for the season.
Chop Shop for Trees | Precise tree felling in tight spaces. Licensed arborists.
"""
