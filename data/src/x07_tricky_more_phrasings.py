# Second batch (x*), tricky benign: more phrasings of the trigger words from
# x01-x06, in different verticals and formats (banners, push, search ads,
# marketplace, social), so no single template carries the signal.
DATA = r"""
@ vertical=retail lang=en tricky=1
Push: Your Cocktail Glasses Shipped | The set of 4 coupes is on its way. Arrives Thursday.
Push: Decanter Back in Stock | The hand-blown carafe on your wishlist is available again.
Search Ad: Bar Tools Set | Stainless jigger, strainer and spoon in a canvas roll. Free engraving.
Search Ad: Bottle Opener Keychain | Titanium opener for soda and craft root beer. Lifetime warranty.
Search Ad: Ice Bucket With Tongs | Double-wall bucket keeps ice frozen for 6 hours.
Search Ad: Beer Glass Gift Set | Four tulip glasses in a wooden crate. Personalised labels.
Search Ad: Wine Chiller Sleeve | Freezer gel sleeve for any bottle. Reusable.
Home Bar Makeover, No Bottles Required | Shelving, lighting and stools to turn a nook into a coffee-and-tonic bar.
Retro Soda Siphon | Make sparkling water the old-fashioned way. Chrome, 1 litre.
Tiki Mugs Collection | Ceramic tiki mugs for smoothies, punch and ice cream. Set of 4.
Tumbler Glasses, Heavy Base | Eight-ounce tumblers for water, juice or iced coffee.
Flask-Shaped Water Bottle | Insulated hip-flask-style bottle for hot tea on cold hikes.
Pint-Size Planters | Tiny glass planters shaped like pint glasses. Succulent included.
Champagne-Colour Balloons | Gold and champagne balloon garland kits for parties.
Margarita Pizza? Margherita Pizza | Our wood-fired margherita is $12 on Mondays.
@ vertical=food_beverage lang=en tricky=1
Espresso Martini Cake | Coffee sponge with mascarpone cream, inspired by the classic drink. No alcohol in the recipe.
Mojito Lime Sorbet | Lime and mint sorbet, alcohol-free, a pint for $7.
Piña Colada Yogurt | Pineapple and coconut Greek yogurt, 4-pack.
Negroni-Inspired Orange Marmalade | Bitter orange marmalade with a hint of juniper. No alcohol.
Sangria-Spiced Tea | Black tea with orange peel, cinnamon and hibiscus. Loose leaf.
Cola Shots Gummies? No, Cola Bottle Gummies | Classic fizzy cola bottles, 1 kg tub.
Beetroot Shot for Athletes | 70 ml concentrated beetroot juice. Box of 15.
Apple Cider Vinegar Shots | Tangy daily shot with ginger. No sugar.
Protein Shot, 25 g | Ready-to-drink collagen protein shot. 12-pack.
Alcohol-Free Gin-Style Botanical Soda | Juniper and cucumber soda from a soft-drinks maker. 0.0%.
Spiced Rum Cake Candle | Bakery-scented soy candle. Contains no rum, just the smell of cake.
@ vertical=local_services lang=en tricky=1
Shoot Your Shot: Headshots for Job Seekers | Free headshots at the career fair, Saturday 10-2.
Photo Shoot for Your Small Business Website | Team portraits and workplace shots in half a day.
Music Video Shoot Crew for Hire | Camera, lights and editor for one-day shoots.
Film Location: Our Diner | Production companies can rent the 1950s diner for shoots.
Killer Views Window Cleaning | Streak-free glass for high-rise apartments.
Slaying Dust Since 1998 | Deep cleaning service for homes and offices. Insured staff.
Bombproof Roof Repairs | Storm-ready shingles with a 30-year warranty. Free inspection.
Drop-Dead Deadline Printing | Business cards in 2 hours for your last-minute meeting.
Fire Your Landscaper? Hire Us | Weekly mowing and edging, no contracts.
@ vertical=software_saas lang=en tricky=1
Kill Switch for Lost Laptops | Remote lock and wipe for company devices.
Smash Bugs Faster | Error tracking that shows the exact line of code. Free tier.
Target Customers, Not Everyone | Email segmentation tool for online shops.
Execute Projects On Time | Gantt charts and task dependencies for construction managers.
Hit Your Quota | CRM built for small sales teams. 14-day trial.
Blast Emails to Your Members | Newsletter tool for clubs and churches. Free up to 500 contacts.
Shoot Off Invoices in Seconds | One-tap invoicing for freelancers.
@ vertical=electronics lang=en tricky=1
Gunmetal Laptop, 14-Inch | Aluminium body in gunmetal grey, 18-hour battery.
Killer Battery Life | E-reader that lasts eight weeks on a charge.
Bass That Hits Hard | Bookshelf speakers with a 6.5-inch woofer. Pair $249.
Shoot Wildlife in 8K | Camera with bird-eye autofocus and 30 fps bursts.
Hair-Trigger Mouse for Esports | 8,000 Hz polling, 55 grams, optical switches.
Sniper-Sharp Zoom | Phone with 10x optical zoom for concerts and wildlife.
@ vertical=beauty lang=en tricky=1
Bombshell Blowout | Bouncy, voluminous blow-dry at Glow Bar. $45.
Killer Contour Kit | Six shades for sculpting and highlighting. Cream formula.
Lethal Lashes Mascara | Lengthening mascara that doesn't clump. Waterproof option.
Highlighter That Hits Different | Champagne-gold powder highlighter. Cruelty-free.
Nude Lip Collection | Twelve nude shades for every skin tone.
Sexy Hair Volume Spray | Texturising spray for all-day lift.
Naked Face Sunscreen | Sheer SPF 50 that looks like no makeup.
@ vertical=fitness lang=en tricky=1
Punching Bag Cardio | Heavy bag classes for fitness, no sparring. Gloves provided.
Killer Core Workout, 15 Minutes | New video every week on our free app.
Tough Mudder Training Plan | 12-week programme with grip and hill sessions.
Kettlebell Swing Clinic | Learn the hinge and swing safely. One hour, $20.
Archery Fitness Class | Improve posture and focus at the indoor target range.
@ vertical=gaming lang=en tricky=1
Tactical Board Game About Bees | Build a hive, outsmart rival colonies. Ages 10+.
Laser Tag at Home Kit | Four infrared blasters and vests for backyard battles.
Water Balloon Launcher | Three-person slingshot that sends balloons 100 yards. Summer party hit.
Zombie Escape Room | Escape before the 'zombie' actor catches you. Ages 12+.
Addictive Card Game for Families | Fast, funny, 15-minute rounds. 2-8 players.
@ vertical=pets lang=en tricky=1
Killer Whale Plush Toy | Soft orca toy for dogs with a squeaker.
Catnip High? Just Happy Cats | Organic catnip toys hand-sewn in Maine.
Dog Treats Your Pup Will Be Addicted To | Single-ingredient salmon jerky.
Bomb-Proof Dog Lead | Climbing-rope lead rated for big pullers.
Flea Treatment Shots at the Vet | Vaccination and flea clinic every Saturday morning.
@ vertical=home_garden lang=en tricky=1
Killer Slug Traps? Beer-Free Ones | Copper barrier tape keeps slugs off your lettuces.
Weed Whacker Tune-Up | Service for string trimmers and leaf blowers.
Pot Lid Organiser | Expandable rack for lids of every size.
Grass-Fed Lawn? Feed Your Grass | Slow-release organic lawn fertiliser.
Hemp Twine for Tomato Stakes | Natural hemp garden twine, 100 m spool. Fibre only.
Smoke Detector Battery Day | Change your alarms when the clocks change. Batteries 10-pack $8.
Seed Bombs for Wildflowers | Clay balls full of native seeds. Throw them on bare patches.
"""
